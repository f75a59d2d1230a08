import Algebra

/// Exact evaluation of a `Polynomial` (negative powers allowed) at Double arguments, for the
/// numeric tests of the generated Stage 2-3 code.
///
/// Every finite Double is a dyadic rational M·2^E, so the value of a polynomial with rational
/// coefficients at Double arguments (and at atoms computed exactly from them, such as dot
/// products or k − k'μ') is a rational N/D·2^S with integer N, D. `Rational` (64-bit) overflows
/// on these, so this file carries its own small unsigned big integer; the final N/D is rounded
/// once, correctly, to the nearest Double. Nothing here is approximate before that rounding.
struct BigUInt: Equatable {
    /// Little-endian 64-bit limbs, no trailing zero limb (zero is []).
    var limbs: [UInt64]

    init(_ v: UInt64) { limbs = v == 0 ? [] : [v] }
    init(limbs: [UInt64]) {
        var l = limbs
        while l.last == 0 { l.removeLast() }
        self.limbs = l
    }

    var isZero: Bool { limbs.isEmpty }
    var bitWidth: Int { limbs.isEmpty ? 0 : 64 * limbs.count - limbs.last!.leadingZeroBitCount }

    static func compare(_ a: BigUInt, _ b: BigUInt) -> Int {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count ? -1 : 1 }
        for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
            return a.limbs[i] < b.limbs[i] ? -1 : 1
        }
        return 0
    }

    static func + (a: BigUInt, b: BigUInt) -> BigUInt {
        let n = max(a.limbs.count, b.limbs.count)
        var out = [UInt64](repeating: 0, count: n + 1)
        var carry: UInt64 = 0
        for i in 0..<n {
            let x = i < a.limbs.count ? a.limbs[i] : 0, y = i < b.limbs.count ? b.limbs[i] : 0
            let (s1, o1) = x.addingReportingOverflow(y)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        out[n] = carry
        return BigUInt(limbs: out)
    }

    /// a − b for a ≥ b.
    static func - (a: BigUInt, b: BigUInt) -> BigUInt {
        var out = a.limbs
        var borrow: UInt64 = 0
        for i in 0..<out.count {
            let y = i < b.limbs.count ? b.limbs[i] : 0
            let (d1, o1) = out[i].subtractingReportingOverflow(y)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            out[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        precondition(borrow == 0, "BigUInt: negative difference")
        return BigUInt(limbs: out)
    }

    static func * (a: BigUInt, b: BigUInt) -> BigUInt {
        if a.isZero || b.isZero { return BigUInt(0) }
        var out = [UInt64](repeating: 0, count: a.limbs.count + b.limbs.count)
        for i in 0..<a.limbs.count {
            var carry: UInt64 = 0
            let x = a.limbs[i]
            for j in 0..<b.limbs.count {
                let (high, low) = x.multipliedFullWidth(by: b.limbs[j])
                let (s1, o1) = out[i + j].addingReportingOverflow(low)
                let (s2, o2) = s1.addingReportingOverflow(carry)
                out[i + j] = s2
                carry = high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
            out[i + b.limbs.count] = carry
        }
        return BigUInt(limbs: out)
    }

    /// self >>= 1, in place.
    mutating func shiftRightOne() {
        for i in 0..<limbs.count {
            limbs[i] = (limbs[i] >> 1) | (i + 1 < limbs.count ? limbs[i + 1] << 63 : 0)
        }
        if limbs.last == 0 { limbs.removeLast() }
    }

    func shiftedLeft(_ bits: Int) -> BigUInt {
        precondition(bits >= 0)
        if isZero || bits == 0 { return self }
        let words = bits / 64, rest = bits % 64
        var out = [UInt64](repeating: 0, count: limbs.count + words + 1)
        for i in 0..<limbs.count {
            out[i + words] |= limbs[i] << UInt64(rest)
            if rest > 0 { out[i + words + 1] |= limbs[i] >> UInt64(64 - rest) }
        }
        return BigUInt(limbs: out)
    }

    /// a·2^e/b rounded to the nearest Double (b > 0): a quotient of 67-68 bits by long
    /// division, a sticky bit for the remainder, then one rounding.
    static func quotient(_ a: BigUInt, _ b: BigUInt, timesPowerOfTwo e: Int) -> Double {
        precondition(!b.isZero, "BigUInt: division by zero")
        if a.isZero { return 0 }
        let shift = a.bitWidth - b.bitWidth - 67
        var r = shift < 0 ? a.shiftedLeft(-shift) : a
        let d = shift > 0 ? b.shiftedLeft(shift) : b
        var q: UInt128 = 0
        var t = d.shiftedLeft(69)
        for i in stride(from: 69, through: 0, by: -1) {
            if compare(t, r) <= 0 {
                r = r - t
                q |= UInt128(1) << UInt128(i)
            }
            t.shiftRightOne()
        }
        let sticky: UInt128 = r.isZero ? 0 : 1
        let rounded = Double((q << 1) | sticky)
        return Double(sign: .plus, exponent: shift - 1 + e, significand: rounded)
    }
}

/// A signed big integer (this file's own, independent of the engine's `Algebra.BigInt`).
struct BigInt {
    var negative: Bool
    var magnitude: BigUInt

    init(negative: Bool, magnitude: BigUInt) {
        self.negative = magnitude.isZero ? false : negative
        self.magnitude = magnitude
    }
    init(_ v: Int64) { self.init(negative: v < 0, magnitude: BigUInt(v.magnitude)) }
    /// The engine's value, limb for limb (how a `Rational`'s parts enter these checks).
    init(engine v: Algebra.BigInt) { self.init(negative: v.isNegative, magnitude: BigUInt(limbs: v.limbs)) }
    var isZero: Bool { magnitude.isZero }

    static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.negative == b.negative { return BigInt(negative: a.negative, magnitude: a.magnitude + b.magnitude) }
        if BigUInt.compare(a.magnitude, b.magnitude) >= 0 { return BigInt(negative: a.negative, magnitude: a.magnitude - b.magnitude) }
        return BigInt(negative: b.negative, magnitude: b.magnitude - a.magnitude)
    }
    static prefix func - (a: BigInt) -> BigInt { BigInt(negative: !a.negative, magnitude: a.magnitude) }
    static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }
    static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(negative: a.negative != b.negative, magnitude: a.magnitude * b.magnitude)
    }
    func shiftedLeft(_ bits: Int) -> BigInt { BigInt(negative: negative, magnitude: magnitude.shiftedLeft(bits)) }
}

/// An exact dyadic rational mantissa·2^exponent.
struct Dyadic {
    var mantissa: BigInt
    var exponent: Int

    init(mantissa: BigInt, exponent: Int) {
        self.mantissa = mantissa
        self.exponent = exponent
    }

    /// The exact value of a finite Double.
    init(_ x: Double) {
        precondition(x.isFinite, "Dyadic: not finite")
        if x == 0 { self.init(mantissa: BigInt(0), exponent: 0); return }
        // x = significand·2^exponent with significand in [1, 2): 53 bits.
        let m = Int64(x.significand * 9_007_199_254_740_992.0)  // · 2^53, exact
        self.init(mantissa: BigInt(x.sign == .minus ? -m : m), exponent: Int(x.exponent) - 53)
    }

    init(_ r: Rational) {
        let d = r.denominator.int64Value ?? 0
        precondition(d > 0 && d & (d - 1) == 0, "Dyadic: not a dyadic rational")
        self.init(mantissa: BigInt(engine: r.numerator), exponent: -d.trailingZeroBitCount)
    }

    var isZero: Bool { mantissa.isZero }

    static func + (a: Dyadic, b: Dyadic) -> Dyadic {
        let e = min(a.exponent, b.exponent)
        return Dyadic(mantissa: a.mantissa.shiftedLeft(a.exponent - e) + b.mantissa.shiftedLeft(b.exponent - e), exponent: e)
    }
    static prefix func - (a: Dyadic) -> Dyadic { Dyadic(mantissa: -a.mantissa, exponent: a.exponent) }
    static func - (a: Dyadic, b: Dyadic) -> Dyadic { a + (-b) }
    static func * (a: Dyadic, b: Dyadic) -> Dyadic { Dyadic(mantissa: a.mantissa * b.mantissa, exponent: a.exponent + b.exponent) }

    var fraction: ExactFraction { ExactFraction(numerator: mantissa, denominator: BigUInt(1), exponent: exponent) }
    var double: Double { fraction.double }
}

/// numerator/denominator·2^exponent, denominator > 0.
struct ExactFraction {
    var numerator: BigInt
    var denominator: BigUInt
    var exponent: Int

    static func + (a: ExactFraction, b: ExactFraction) -> ExactFraction {
        let e = min(a.exponent, b.exponent)
        let da = BigInt(negative: false, magnitude: a.denominator), db = BigInt(negative: false, magnitude: b.denominator)
        let n = (a.numerator * db).shiftedLeft(a.exponent - e) + (b.numerator * da).shiftedLeft(b.exponent - e)
        return ExactFraction(numerator: n, denominator: a.denominator * b.denominator, exponent: e)
    }
    static func * (a: ExactFraction, b: Dyadic) -> ExactFraction {
        ExactFraction(numerator: a.numerator * b.mantissa, denominator: a.denominator, exponent: a.exponent + b.exponent)
    }
    var isZero: Bool { numerator.isZero }

    /// The value rounded once to the nearest Double.
    var double: Double {
        let q = BigUInt.quotient(numerator.magnitude, denominator, timesPowerOfTwo: exponent)
        return numerator.negative ? -q : q
    }
}

/// A polynomial prepared for repeated exact evaluation: terms as integer numerators over one
/// common denominator, exponents over a fixed symbol list.
struct ExactPolynomial {
    let symbols: [Symbol]
    /// Per term: numerator·(L/denominator), the exponent of each symbol.
    let terms: [(numerator: BigInt, exponents: [Int])]
    /// The common denominator L of the coefficients.
    let denominator: BigUInt
    /// min(0, smallest exponent) of each symbol: the powers multiplied through.
    let lowest: [Int]
    /// Per term, the rational coefficient as a Double (for Σ|terms|).
    let coefficients: [Double]

    init(_ p: Polynomial) {
        symbols = p.symbols
        let index = Dictionary(uniqueKeysWithValues: symbols.enumerated().map { ($1, $0) })
        var l: UInt64 = 1
        func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 { var (a, b) = (a, b); while b != 0 { (a, b) = (b, a % b) }; return a }
        for t in p.terms { let d = UInt64(t.coefficient.denominator.int64Value!); l = l / gcd(l, d) * d }
        denominator = BigUInt(l)
        var lowest = [Int](repeating: 0, count: symbols.count)
        var terms: [(BigInt, [Int])] = [], coefficients: [Double] = []
        for t in p.terms {
            var e = [Int](repeating: 0, count: symbols.count)
            for power in t.monomial.powers {
                e[index[power.symbol]!] = power.exponent
                lowest[index[power.symbol]!] = min(lowest[index[power.symbol]!], power.exponent)
            }
            let scale = Int64(l / UInt64(t.coefficient.denominator.int64Value!))
            terms.append((BigInt(engine: t.coefficient.numerator) * BigInt(scale), e))
            coefficients.append(t.coefficient.doubleValue)
        }
        self.terms = terms
        self.lowest = lowest
        self.coefficients = coefficients
    }

    /// The exact value at `values` (every symbol of the polynomial), or nil when a symbol with
    /// a negative power is zero.
    func value(_ values: [Symbol: Dyadic]) -> ExactFraction? {
        let x = symbols.map { values[$0]! }
        var powers: [[BigInt]] = x.map { [BigInt(1), $0.mantissa] }
        func power(_ i: Int, _ e: Int) -> BigInt {
            while powers[i].count <= e { powers[i].append(powers[i].last! * x[i].mantissa) }
            return powers[i][e]
        }
        var sum = Dyadic(mantissa: BigInt(0), exponent: 0)
        var first = true
        for t in terms {
            var n = t.numerator
            var e = 0
            for i in 0..<x.count {
                let shifted = t.exponents[i] - lowest[i]
                if shifted > 0 { n = n * power(i, shifted) }
                e += x[i].exponent * t.exponents[i]
            }
            let term = Dyadic(mantissa: n, exponent: e)
            sum = first ? term : sum + term
            first = false
        }
        var denominator = BigInt(negative: false, magnitude: self.denominator)
        for i in 0..<x.count where lowest[i] < 0 {
            if x[i].isZero { return nil }
            denominator = denominator * power(i, -lowest[i])
        }
        let numerator = denominator.negative ? -sum.mantissa : sum.mantissa
        return ExactFraction(numerator: numerator, denominator: denominator.magnitude, exponent: sum.exponent)
    }

    /// Σ |term| with each symbol replaced by a magnitude (a Double, ≥ 0).
    func termScale(_ magnitudes: [Symbol: Double]) -> Double {
        let x = symbols.map { magnitudes[$0]! }
        var total = 0.0
        for (t, c) in zip(terms, coefficients) {
            var v = abs(c)
            for i in 0..<x.count where t.exponents[i] != 0 {
                let e = t.exponents[i]
                for _ in 0..<abs(e) { v = e > 0 ? v * x[i] : v / x[i] }
            }
            total += v
        }
        return total
    }
}
