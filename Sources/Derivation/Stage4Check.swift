import Algebra
import Foundation

/// Stage 4 as checks: κ0 (Eq. 39) from the derived V0, the form of Eq. (40) and the
/// coefficients δ(1), δ(2), ε(1), ε(2), ε(3) of Eqs. (41)-(45), read off the derived
/// F_ν + F_ν̄ in the paper's grouping, and Eq. (40) with the printed coefficients under plain
/// calculus (`Stage4Derivation.Reading`).
public struct Stage4Check {
    public let seeds: SeedFile
    /// The seed file, repository-relative.
    public static let seedPath = "seeds/stage4.claims"

    public init(seeds: SeedFile) { self.seeds = seeds }

    public struct Result: Sendable {
        public let rows: [CheckRow]
        /// The paper's grouping and plain calculus.
        public let paper: Stage4Derivation, literal: Stage4Derivation
        /// δ(1), δ(2), ε(1..3) read off each reading's flux ("d1", "d2", "e1", "e2", "e3"),
        /// in δ-bookkeeping with C5 = cV² + 5cA² as a symbol.
        public let coefficients: [Stage4Derivation.Reading: [String: Polynomial]]
    }

    /// The coefficient ids of Eq. (40) and the equations that print them.
    public static let coefficientClaims: [(symbol: String, id: String)] = [
        ("d1", "eq41"), ("d2", "eq42"), ("e1", "eq43"), ("e2", "eq44"), ("e3", "eq45"),
    ]

    public func run(stage3: Stage3Derivation, progress: (String) -> Void = { _ in }) throws -> Result {
        progress("Stage 4: h for nu and nubar by iteration from Eq. (38), the paper's grouping")
        let paper = try Stage4Derivation(stage3: stage3, reading: .paper)
        progress("Stage 4: the same in plain calculus")
        let literal = try Stage4Derivation(stage3: stage3, reading: .literal)
        progress("Eqs. (39)-(45)")
        return try compare(paper: paper, literal: literal)
    }

    /// A printed scalar entry in δ-bookkeeping (m = T/δ²).
    public func printed(_ id: String) throws -> Polynomial {
        try seeds.polynomial(id).substituting(PaperSymbols.m, with: Stage4Check.mass)
    }

    func printedVector(_ id: String) throws -> VectorExpression {
        return try Stage4Derivation.mapCoefficients(seeds.vector(id)) { try $0.substituting(PaperSymbols.m, with: Stage4Check.mass) }
    }

    static var mass: Polynomial { get throws { try Polynomial(Stage2Derivation.T) * Polynomial(Stage3Derivation.delta, -2) } }

    public func compare(paper: Stage4Derivation, literal: Stage4Derivation) throws -> Result {
        var log = RowLog()
        let couplings = paper.kappaCouplings

        // Eq. (39): κ0 from V0 = −κ0 h.
        log.add(try CheckRow.compare(id: "eq39", equation: "39", particle: nil, kind: .claim, derived: paper.kappa0,
                                     printed: try printed("eq39"),
                                     note: "kappa0 from the derived V0 = -kappa0 h (the same for nu and nubar); h0 = -grad(f0+g)/(3 kappa0), Eq. (38)"))

        var coefficients: [Stage4Derivation.Reading: [String: Polynomial]] = [:]
        for d in [paper, literal] { coefficients[d.reading] = try Stage4Check.readOff(d.flux) }

        // The form of Eq. (40) in the paper's grouping, with the coefficients read off.
        let form = try printedVector("eq40")
        let derivedMap = coefficients[.paper]!.reduce(into: [Symbol: Polynomial]()) { $0[Symbol($1.key)] = $1.value }
        let formed = try Stage4Derivation.mapCoefficients(form) { try $0.substituting(derivedMap) }
        let residual = try paper.flux - formed
        let residualText = try Stage4Check.cleared(Stage3Check.flatten(residual), couplings: couplings)
        log.add(CheckRow(id: "eq40", equation: "40", particle: nil, kind: .claim,
                         verdict: residualText.isZero ? .match : .mismatch, difference: residualText.isZero ? nil : residualText,
                         note: "form of F_nu + F_nubar with the coefficients read off; grouping: k^3/2pi^2 taken through d/dk "
                             + "((k^3/2pi^2) d^n h0/dk^n -> -(1/3) d^n W/dk^n, (k^3/2pi^2) d^n g/dk^n -> d^n dU/dk^n), W = grad U/kappa0",
                         derived: try Stage3Check.flatten(paper.flux), printed: try Stage3Check.flatten(formed)))

        // Eqs. (41)-(45).
        for (symbol, id) in Stage4Check.coefficientClaims {
            let derived = coefficients[.paper]![symbol]!
            let difference = try Stage4Check.cleared(derived - printed(id), couplings: couplings)
            log.add(CheckRow(id: id, equation: String(id.dropFirst(2)), particle: nil, kind: .claim,
                             verdict: difference.isZero ? .match : .mismatch, difference: difference.isZero ? nil : difference,
                             note: "\(symbol == "d1" ? "delta(1)" : symbol == "d2" ? "delta(2)" : "eps(\(symbol.dropFirst()))") "
                                 + "from the derived F_nu + F_nubar (paper's grouping); C5 = cV^2 + 5 cA^2",
                             derived: derived, printed: try printed(id)))
        }

        // Eq. (40) with the printed coefficients, under plain calculus.
        var printedMap: [Symbol: Polynomial] = [:]
        for (symbol, id) in Stage4Check.coefficientClaims { printedMap[Symbol(symbol)] = try printed(id) }
        let printedFlux = try Stage4Derivation.mapCoefficients(form) { try $0.substituting(printedMap) }
        let literalDifference = try Stage4Check.cleared(Stage3Check.flatten(literal.flux - printedFlux), couplings: couplings)
        log.add(CheckRow(id: "eq40.literal", equation: "40", particle: nil, kind: .claim,
                         verdict: literalDifference.isZero ? .match : .mismatch,
                         difference: literalDifference.isZero ? nil : literalDifference,
                         note: "Eq. (40) with the printed (41)-(45), d/dk acting on grad U/kappa0 and dU by plain calculus "
                             + "(F = k^3 h/2pi^2, dU = k^3 g/2pi^2)",
                         derived: try Stage3Check.flatten(literal.flux), printed: try Stage3Check.flatten(printedFlux)))
        return Result(rows: log.rows, paper: paper, literal: literal, coefficients: coefficients)
    }

    /// δ(1), δ(2), ε(1..3) of Eq. (40) read off a flux: −(2/3)(1 − δ(1)) is the W coefficient,
    /// δ(2) kT the W_2 coefficient, and ε(1), ε(2) k, ε(3) k² those of δU, δU_1, δU_2 along B̂.
    public static func readOff(_ flux: VectorExpression) throws -> [String: Polynomial] {
        let k = Polynomial(Stage2Derivation.k), T = Polynomial(Stage2Derivation.T)
        let w = flux.coefficient(of: .vector("W")), w2 = flux.coefficient(of: .vector("W_2"))
        let b = flux.coefficient(of: .vector(PaperSymbols.bHat))
        return [
            "d1": try Polynomial.one + w.scaled(by: Rational(3, 2)),
            "d2": try w2 / (k * T),
            "e1": try b.coefficient(of: Symbol("dU"), exponent: 1),
            "e2": try b.coefficient(of: Symbol("dU_1"), exponent: 1) / k,
            "e3": try b.coefficient(of: Symbol("dU_2"), exponent: 1) / (k * k),
        ]
    }

    /// A difference with C5 as a symbol, made exact: multiplied by C5^N (N the deepest negative
    /// power), C5 → `couplings`, then written as (that polynomial)·C5^{−N}; δ^{2j} → (T/m)^j.
    public static func cleared(_ p: Polynomial, couplings: Polynomial) throws -> Polynomial {
        let c5 = Stage4Derivation.c5
        let depth = p.terms.map { -$0.monomial.exponent(of: c5) }.max() ?? 0
        let n = max(depth, 0)
        let numerator = try (p * Polynomial(c5, n)).substituting(c5, with: couplings)
        var pairs: [(Monomial, Rational)] = []
        let delta = Stage3Derivation.delta
        var total = Polynomial.zero
        for t in numerator.terms {
            let e = t.monomial.exponent(of: delta)
            let rest = Polynomial(monomial: t.monomial.removing(delta), coefficient: t.coefficient)
            if e % 2 == 0 {
                let ratio = try Polynomial(Stage2Derivation.T, e / 2) * Polynomial(PaperSymbols.m, -e / 2)
                total = try total + rest * ratio
            } else {
                pairs.append((t.monomial, t.coefficient))
            }
        }
        total = try total + Polynomial(collecting: pairs)
        return try total * Polynomial(c5, -n)
    }
}
