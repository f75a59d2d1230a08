import Algebra
import TestSupport

/// Random polynomials for the printer properties: negative exponents, symbols missing from
/// some terms, `I`, the sign symbol `pm`, 3-vector and 4-vector atoms (`dot(a,b)`, `dot(a,a)`,
/// `triple(a,b,c)`, `p1.p2`, `eps(…)`, spelled canonically), and large rational coefficients.
struct RandomPrinterInput {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// Vectors: a, b, c general 3-vectors, B, Om, Om' unit vectors, p1 … k2 4-vectors.
    static let context = ParseContext(scalars: .any, vectors: ["a", "b", "c"], unitVectors: ["B", "Om", "Om'"],
                                      fourVectors: ["p1", "p2", "k1", "k2"])
    /// Scalars with primes, digits and underscores; `pm` is the paper's ± (η = ±1).
    static let scalars = ["x", "T", "m", "cA", "cV", "GF", "s'", "T_2", "k1x", "pm"].map(Symbol.init)
    static let sign = Symbol("pm")
    /// Atoms in their canonical spelling (as the parser writes them).
    static let atoms: [Symbol] = ["dot(B,Om)", "dot(Om,Om')", "dot(a,b)", "dot(a,a)", "dot(B,c)", "p1.p2", "k1.k2", "k1.p1"]
        .map(canonical)
    /// Atoms kept to at most one per term, exponent 1 (a product of two is reduced by the parser).
    static let single: [Symbol] = ["triple(a,b,c)", "triple(B,Om,Om')", "eps(k1,k2,p1,p2)"].map(canonical)

    static func canonical(_ text: String) -> Symbol {
        let p = try! ExpressionParser(context: context).parsePolynomial(text)
        precondition(p.terms.count == 1 && p.terms[0].monomial.powers.count == 1, "\(text) is not one atom")
        return p.terms[0].monomial.powers[0].symbol
    }

    mutating func int(_ range: ClosedRange<Int64>) -> Int64 { Int64.random(in: range, using: &rng) }
    mutating func chance(_ percent: Int64) -> Bool { int(0...99) < percent }

    /// Small or large (numerator up to 10^12, denominator up to 10^5), never zero.
    mutating func coefficient() -> Rational {
        let large = chance(30)
        var n = large ? int(-1_000_000_000_000...1_000_000_000_000) : int(-12...12)
        if n == 0 { n = 1 }
        let d = large ? int(1...100_000) : [1, 1, 2, 3, 4, 6][Int(int(0...5))]
        return try! Rational(n, d)
    }

    mutating func monomial(imaginary: Bool) throws -> Polynomial {
        var p = Polynomial.one
        for s in Self.scalars where chance(28) {
            var e = Int(int(-3...3))
            if e == 0 { e = 1 }
            p = try p * Polynomial(s, e)
        }
        for a in Self.atoms where chance(12) { p = try p * Polynomial(a, Int(int(1...2))) }
        if chance(25) { p = try p * Polynomial(Self.single[Int(int(0...Int64(Self.single.count - 1)))]) }
        if imaginary && chance(25) { p = try p * Polynomial(Symbol.imaginaryUnit) }
        return p
    }

    /// Up to `maxTerms` terms (possibly zero); `imaginary`: terms may carry `I`.
    mutating func polynomial(maxTerms: Int64 = 6, imaginary: Bool = true) throws -> Polynomial {
        var accumulator = PolynomialAccumulator()
        for _ in 0..<int(0...maxTerms) {
            try accumulator.add(monomial(imaginary: imaginary), times: coefficient())
        }
        return accumulator.polynomial
    }

    /// Random exact values: small nonzero rationals for scalars and atoms, η = pm = ±1.
    mutating func point(for p: Polynomial) -> [Symbol: ExactComplex] {
        var values: [Symbol: ExactComplex] = [:]
        for s in p.symbols where !s.isImaginaryUnit {
            if s == Self.sign { values[s] = ExactComplex(Rational(chance(50) ? 1 : -1)); continue }
            var n = int(-9...9)
            if n == 0 { n = 2 }
            values[s] = ExactComplex(try! Rational(n, int(1...7)))
        }
        return values
    }
}
