/// A product of symbols with nonzero integer exponents (negative allowed: 1/m, 1/T).
///
/// Canonical form: `powers` sorted by symbol, no zero exponents, no repeated symbol,
/// and the imaginary unit `I` (if present) with exponent 1. Equality is structural.
public struct Monomial: Hashable, Comparable, Sendable {
    public struct Power: Hashable, Sendable {
        public let symbol: Symbol
        public let exponent: Int
        public init(_ symbol: Symbol, _ exponent: Int) {
            self.symbol = symbol
            self.exponent = exponent
        }
    }

    public let powers: [Power]

    public static let one = Monomial(canonical: [])

    /// Trusts that `powers` is already canonical (asserted in debug builds).
    init(canonical powers: [Power]) {
        self.powers = powers
        assert(Monomial.isCanonical(powers), "non-canonical monomial \(powers)")
    }

    /// A single symbol to a power. For the imaginary unit only I⁰ and I¹ are monomials:
    /// build I^e as a product (which returns the sign) instead.
    public init(_ symbol: Symbol, _ exponent: Int = 1) {
        precondition(!symbol.isImaginaryUnit || exponent == 0 || exponent == 1,
                     "I^\(exponent) is not a monomial; use Monomial.product, which reduces I² = −1")
        if exponent == 0 { self = .one; return }
        self.init(canonical: [Power(symbol, exponent)])
    }

    static func isCanonical(_ powers: [Power]) -> Bool {
        for (i, p) in powers.enumerated() {
            if p.exponent == 0 { return false }
            if p.symbol.isImaginaryUnit && p.exponent != 1 { return false }
            if i > 0 && !(powers[i - 1].symbol < p.symbol) { return false }
        }
        return true
    }

    public var isOne: Bool { powers.isEmpty }

    /// Sum of exponents (saturating, so no monomial can make it trap).
    public var degree: Int {
        powers.reduce(0) { total, p in
            let (sum, overflow) = total.addingReportingOverflow(p.exponent)
            return overflow ? (p.exponent > 0 ? Int.max : Int.min) : sum
        }
    }

    /// Exponent of `symbol` (0 when absent).
    public func exponent(of symbol: Symbol) -> Int {
        for p in powers where p.symbol == symbol { return p.exponent }
        return 0
    }

    /// Σ weight(symbol)·exponent, the order of this monomial in the small parameters.
    public func order(weights: [Symbol: Int]) -> Int {
        var total = 0
        for p in powers { if let w = weights[p.symbol] { total += w * p.exponent } }
        return total
    }

    /// The largest |exponent| the arithmetic of `Polynomial` forms (`checkedProduct`). With
    /// every exponent within it, sums of exponents (`degree`, `product`) cannot overflow `Int`.
    public static let maxExponent = 1_000_000

    /// `product`, or `AlgebraError.undefined` naming the symbol when an exponent of the result
    /// would exceed `maxExponent` in magnitude (so growth is refused, never a trap).
    public static func checkedProduct(_ a: Monomial, _ b: Monomial) throws -> (monomial: Monomial, negated: Bool) {
        let (monomial, negated, tooLarge) = merged(a, b)
        if let symbol = tooLarge {
            throw AlgebraError.undefined("the exponent of \(symbol.name) would exceed \(maxExponent)")
        }
        return (monomial, negated)
    }

    /// The product; `negated` is true when I·I = −1 flipped the sign. Exponents are added
    /// with overflow reporting: a sum beyond `Int` traps nowhere (see `checkedProduct`).
    public static func product(_ a: Monomial, _ b: Monomial) -> (monomial: Monomial, negated: Bool) {
        let (monomial, negated, _) = merged(a, b)
        return (monomial, negated)
    }

    /// The product and the first symbol whose combined exponent exceeds `maxExponent` (the
    /// exponent is then clamped, and only `checkedProduct` may be trusted).
    private static func merged(_ a: Monomial, _ b: Monomial) -> (monomial: Monomial, negated: Bool, tooLarge: Symbol?) {
        if a.isOne { return (b, false, nil) }
        if b.isOne { return (a, false, nil) }
        var result: [Power] = []
        result.reserveCapacity(a.powers.count + b.powers.count)
        var negated = false
        var tooLarge: Symbol?
        var i = 0, j = 0
        let x = a.powers, y = b.powers
        func append(_ s: Symbol, _ e: Int) {
            var e = e
            if s.isImaginaryUnit {
                // I^e with e ≥ 0 here: I² = −1.
                let r = ((e % 4) + 4) % 4
                if r >= 2 { negated.toggle() }
                e = r % 2
            }
            if e != 0 { result.append(Power(s, e)) }
        }
        while i < x.count && j < y.count {
            if x[i].symbol == y[j].symbol {
                var (e, overflow) = x[i].exponent.addingReportingOverflow(y[j].exponent)
                if overflow || e.magnitude > UInt(maxExponent) {
                    if tooLarge == nil { tooLarge = x[i].symbol }
                    if overflow { e = x[i].exponent > 0 ? Int.max : Int.min + 1 }
                }
                append(x[i].symbol, e); i += 1; j += 1
            } else if x[i].symbol < y[j].symbol {
                result.append(x[i]); i += 1
            } else {
                result.append(y[j]); j += 1
            }
        }
        while i < x.count { result.append(x[i]); i += 1 }
        while j < y.count { result.append(y[j]); j += 1 }
        return (Monomial(canonical: result), negated, tooLarge)
    }

    /// The reciprocal: every exponent negated, with 1/I = −I (hence `negated`).
    public var inverse: (monomial: Monomial, negated: Bool) {
        var negated = false
        let inverted = powers.map { p -> Power in
            if p.symbol.isImaginaryUnit { negated = true; return p }
            return Power(p.symbol, -p.exponent)
        }
        return (Monomial(canonical: inverted), negated)
    }

    /// The monomial with `symbol` removed.
    public func removing(_ symbol: Symbol) -> Monomial {
        Monomial(canonical: powers.filter { $0.symbol != symbol })
    }

    /// Graded order: lower total degree first, then lexicographic on (symbol, exponent).
    public static func < (a: Monomial, b: Monomial) -> Bool {
        let da = a.degree, db = b.degree
        if da != db { return da < db }
        let n = min(a.powers.count, b.powers.count)
        for k in 0..<n {
            let p = a.powers[k], q = b.powers[k]
            if p.symbol != q.symbol { return p.symbol < q.symbol }
            if p.exponent != q.exponent { return p.exponent > q.exponent }
        }
        return a.powers.count < b.powers.count
    }
}

extension Monomial {
    /// The product of distinct symbols, each to the first power, given in ascending symbol
    /// order (the caller's claim, checked: a violation is a programming error and traps rather
    /// than building a non-canonical monomial). For generators that know the order already.
    public init(ascendingDistinct symbols: [Symbol]) {
        let powers = symbols.map { Power($0, 1) }
        precondition(Monomial.isCanonical(powers), "Monomial(ascendingDistinct:) given symbols out of order")
        self.init(canonical: powers)
    }
}
