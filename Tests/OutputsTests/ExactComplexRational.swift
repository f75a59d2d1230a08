import Algebra

/// An exact rational with big-integer numerator and denominator (not reduced; equality by
/// cross-multiplication), for evaluating printed formulas whose intermediate values do not fit
/// the engine's 64-bit `Rational`. Built on `BigInt` of ExactEvaluation.swift.
struct BigRational: Equatable, CustomStringConvertible {
    var numerator: BigInt
    /// Always positive.
    var denominator: BigInt

    init(_ r: Rational) {
        numerator = BigInt(engine: r.numerator)
        denominator = BigInt(engine: r.denominator)
    }

    init(numerator: BigInt, denominator: BigInt) {
        precondition(!denominator.isZero, "BigRational: zero denominator")
        self.numerator = denominator.negative ? -numerator : numerator
        self.denominator = denominator.negative ? -denominator : denominator
    }

    static let zero = BigRational(Rational.zero), one = BigRational(Rational.one)

    var isZero: Bool { numerator.isZero }

    static func + (a: BigRational, b: BigRational) -> BigRational {
        BigRational(numerator: a.numerator * b.denominator + b.numerator * a.denominator, denominator: a.denominator * b.denominator)
    }
    static prefix func - (a: BigRational) -> BigRational { BigRational(numerator: -a.numerator, denominator: a.denominator) }
    static func - (a: BigRational, b: BigRational) -> BigRational { a + (-b) }
    static func * (a: BigRational, b: BigRational) -> BigRational {
        BigRational(numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator)
    }
    /// nil for division by zero.
    static func / (a: BigRational, b: BigRational) -> BigRational? {
        b.isZero ? nil : BigRational(numerator: a.numerator * b.denominator, denominator: a.denominator * b.numerator)
    }
    static func == (a: BigRational, b: BigRational) -> Bool { (a - b).isZero }

    var description: String { "\(numerator.decimal)/\(denominator.decimal)" }
}

/// (re + i·im)/denominator with big-integer parts: the exact value of a polynomial containing
/// `I`. One common denominator keeps the sizes linear in the number of operations.
struct ExactComplex: Equatable, CustomStringConvertible {
    var re: BigInt
    var im: BigInt
    /// Always positive.
    var denominator: BigInt

    init(re: BigInt, im: BigInt, denominator: BigInt) {
        precondition(!denominator.isZero, "ExactComplex: zero denominator")
        let flip = denominator.negative
        self.re = flip ? -re : re
        self.im = flip ? -im : im
        self.denominator = flip ? -denominator : denominator
    }
    init(_ r: BigRational) { self.init(re: r.numerator, im: BigInt(0), denominator: r.denominator) }
    init(_ r: Rational) { self.init(BigRational(r)) }

    static let zero = ExactComplex(Rational.zero), one = ExactComplex(Rational.one)
    static let i = ExactComplex(re: BigInt(0), im: BigInt(1), denominator: BigInt(1))

    var isZero: Bool { re.isZero && im.isZero }
    /// The real part (the imaginary part is dropped).
    var real: BigRational { BigRational(numerator: re, denominator: denominator) }

    static func + (a: ExactComplex, b: ExactComplex) -> ExactComplex {
        ExactComplex(re: a.re * b.denominator + b.re * a.denominator, im: a.im * b.denominator + b.im * a.denominator,
                     denominator: a.denominator * b.denominator)
    }
    static prefix func - (a: ExactComplex) -> ExactComplex { ExactComplex(re: -a.re, im: -a.im, denominator: a.denominator) }
    static func - (a: ExactComplex, b: ExactComplex) -> ExactComplex { a + (-b) }
    static func * (a: ExactComplex, b: ExactComplex) -> ExactComplex {
        ExactComplex(re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re, denominator: a.denominator * b.denominator)
    }
    /// nil for division by zero: (a/d)/(b/f) = a·f·conj(b) / (d·|b|²).
    static func / (a: ExactComplex, b: ExactComplex) -> ExactComplex? {
        if b.isZero { return nil }
        let norm = b.re * b.re + b.im * b.im
        let conjugate = ExactComplex(re: b.re, im: -b.im, denominator: BigInt(1))
        let top = a * conjugate
        return ExactComplex(re: top.re * b.denominator, im: top.im * b.denominator, denominator: top.denominator * norm)
    }
    static func == (a: ExactComplex, b: ExactComplex) -> Bool {
        (a.re * b.denominator - b.re * a.denominator).isZero && (a.im * b.denominator - b.im * a.denominator).isZero
    }

    /// x^e for any integer e (nil when x = 0 and e < 0).
    func power(_ e: Int) -> ExactComplex? {
        var result = ExactComplex.one
        for _ in 0..<abs(e) { result = result * self }
        return e >= 0 ? result : ExactComplex.one / result
    }

    var description: String {
        "(\(re.decimal) + i*\(im.decimal))/\(denominator.decimal)"
    }
}

extension BigInt {
    /// Decimal digits, for failure messages.
    var decimal: String {
        if isZero { return "0" }
        var limbs = magnitude.limbs, digits: [Character] = []
        while !limbs.isEmpty {
            var remainder: UInt64 = 0
            for i in stride(from: limbs.count - 1, through: 0, by: -1) {
                let (q, r) = UInt64(10).dividingFullWidth((remainder, limbs[i]))
                limbs[i] = q
                remainder = r
            }
            while limbs.last == 0 { limbs.removeLast() }
            digits.append(Character(String(remainder)))
        }
        return (negative ? "-" : "") + String(digits.reversed())
    }
}

extension Polynomial {
    /// The exact value with `values` for every symbol (`I` is i); nil on a division by zero
    /// or a missing value.
    func exactValue(_ values: [Symbol: ExactComplex]) -> ExactComplex? {
        var total = ExactComplex.zero
        for t in terms {
            var v = ExactComplex(t.coefficient)
            for p in t.monomial.powers {
                let x = p.symbol.isImaginaryUnit ? ExactComplex.i : values[p.symbol]
                guard let x, let power = x.power(p.exponent) else { return nil }
                v = v * power
            }
            total = total + v
        }
        return total
    }
}
