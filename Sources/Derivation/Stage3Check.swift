import Algebra

/// Stage 3 as checks: the bracket of Eq. (18), the cancellation of odd powers of δ, the
/// integrability of the μ' integrals, and Eqs. (32)-(37) from the first moment, Eq. (31).
public struct Stage3Check {
    public let seeds: SeedFile

    public init(seeds: SeedFile) { self.seeds = seeds }

    public struct Result: Sendable {
        public let rows: [CheckRow]
        public let derivation: Stage3Derivation
        /// Terms of the derived V that the paper does not keep (e.g. (h·B̂)B̂), per claim id.
        public let omitted: [String: VectorExpression]
        /// Eq. (18): the derived bracket through O(δ) and the printed one with ε = 2wδ.
        public let bracket: RecordedComparison<Polynomial>
        /// Each term of Eq. (31) by claim id (`eq32` … `eq37`), read off the derived V as
        /// `Stage3Check.combinations` says, whole (δ-bookkeeping): what the emitter evaluates.
        public let terms: [String: VectorExpression]
        /// Eqs. (32)-(37) by claim id: the derived part as compared (δ-bookkeeping; only its
        /// g-terms where the paper keeps only those) and the printed vector with m = T/δ².
        public let comparisons: [String: RecordedComparison<VectorExpression>]
    }

    /// The claim's vector in δ-bookkeeping: m = T/δ² (so k/m = kδ²/T, μ_B B/m = μ_B B δ²/T).
    func claim(_ id: String) throws -> VectorExpression {
        let parsed = try seeds.vector(id)
        let m = try Polynomial(Stage2Derivation.T) * Polynomial(Stage3Derivation.delta, -2)
        return try VectorExpression(collecting: parsed.terms.map { ($0.basis, try $0.coefficient.substituting(PaperSymbols.m, with: m)) })
    }

    public func run(stage2: Stage2Derivation, progress: (String) -> Void = { _ in }) throws -> Result {
        let derivation = try Stage3Derivation(seeds: seeds, stage2: stage2, progress: progress)
        progress("Eqs. (18), (32)-(37)")
        return try compare(derivation)
    }

    /// The rows for an already computed derivation (the claims are read from `seeds`).
    public func compare(_ d: Stage3Derivation) throws -> Result {
        var log = RowLog()
        func add(_ row: CheckRow) { log.add(row) }
        let delta = Stage3Derivation.delta
        for row in try bookkeepingRows(d.kinematics) { add(row) }

        // Eq. (18): the bracket to O(ε), with ε = 2wδ.
        let bracket = try d.s0Bracket.truncated(maxOrder: 1).polynomial
        let printed18 = try seeds.polynomial("eq18.bracket").substituting([
            Symbol("epsilon"): try (Polynomial(Stage3Derivation.w) * Polynomial(delta)).scaled(by: 2),
        ])
        let bracketSides = RecordedComparison(derived: bracket, printed: printed18)
        add(try CheckRow.compare(id: "eq18", equation: "18", particle: nil, kind: .claim, derived: bracket, printed: printed18,
                                 note: "bracket of S0 through O(eps), from the exact nondegenerate form (eps = 2 w delta)"))

        // Odd powers of δ must vanish after the u-integration.
        for particle in Particle.allCases {
            let odd = d.ordersAfterU[particle]!.filter { $0 % 2 != 0 }
            add(CheckRow(id: "check.odd-delta.\(particle.rawValue)", equation: "31", particle: particle, kind: .consistency,
                         verdict: odd.isEmpty ? .match : .mismatch, difference: nil,
                         note: odd.isEmpty ? "odd powers of delta = (T/m)^(1/2) cancel after the u-integration"
                             : "odd powers of delta survive: \(odd)"))
        }
        add(CheckRow(id: "check.integrable", equation: "31", particle: nil, kind: .consistency,
                     verdict: d.lowestAngularExponent >= 0 ? .match : .mismatch, difference: nil,
                     note: "every mu' integral has w^e dw with e >= \(d.lowestAngularExponent) > -1, w = (1 - mu')^(1/2)"))

        // Eq. (31): V = V0 ± δV^B± + δV^WM_0 ± δV^WM_± + δV^{B,WM}_0 ± δV^{B,WM}_±.
        var omitted: [String: VectorExpression] = [:]
        var comparisons: [String: RecordedComparison<VectorExpression>] = [:], terms: [String: VectorExpression] = [:]
        for c in Stage3Check.combinations {
            let derived = try Stage3Check.component(d, order: c.order, field: c.field, sign: c.sign)
            terms[c.id] = derived
            var compared = derived
            if c.keepsG {
                // The paper keeps the g B̂ terms in the B parts; the rest is listed as omitted.
                let (kept, dropped) = try Stage3Check.splitGTerms(derived)
                compared = kept
                if !dropped.isZero { omitted[c.id] = dropped }
            }
            let printed = try claim(c.id)
            comparisons[c.id] = RecordedComparison(derived: compared, printed: printed)
            let difference = try compared - printed
            let parity = c.sign > 0 ? "same for nu and nubar (half the sum)" : "sign differs (half the difference nu - nubar)"
            add(CheckRow(id: c.id, equation: String(c.id.dropFirst(2)), particle: nil, kind: .claim,
                         verdict: difference.isZero ? .match : .mismatch,
                         difference: difference.isZero ? nil : try Stage3Check.flatten(difference),
                         note: "order delta^\(c.order), muB B^\(c.field); \(parity)",
                         derived: try Stage3Check.flatten(compared), printed: try Stage3Check.flatten(printed)))
        }
        // Terms of Eq. (31) the paper does not print: δV^B_0 and the odd orders.
        let extra = try Stage3Check.component(d, order: 0, field: 1, sign: 1)
        add(CheckRow(id: "check.eq31.no-dV0B", equation: "31", particle: nil, kind: .consistency,
                     verdict: extra.isZero ? .match : .mismatch, difference: extra.isZero ? nil : try Stage3Check.flatten(extra),
                     note: "at O(muB B/T) the nu and nubar drifts are opposite (no dV^B_0 term)"))
        return Result(rows: log.rows, derivation: d, omitted: omitted, bracket: bracketSides, terms: terms,
                      comparisons: comparisons)
    }

    /// How a claim of Eqs. (32)-(37) is read off Eq. (31): the δ-order, the power of μ_B B, the
    /// ν/ν̄ combination (+1: half the sum, "0" terms; −1: half the difference, "±" terms) and
    /// whether only the g-terms are compared (the paper keeps g B̂ in the B parts).
    public struct Combination: Sendable {
        public let id: String, order: Int, field: Int, sign: Int, keepsG: Bool
    }

    /// The combinations `compare(_:)` uses, in the same order.
    public static let combinations: [Combination] = [
        Combination(id: "eq32", order: 0, field: 0, sign: 1, keepsG: false),
        Combination(id: "eq33", order: 0, field: 1, sign: -1, keepsG: true),
        Combination(id: "eq34", order: 2, field: 0, sign: 1, keepsG: false),
        Combination(id: "eq35", order: 2, field: 0, sign: -1, keepsG: false),
        Combination(id: "eq36", order: 2, field: 1, sign: 1, keepsG: true),
        Combination(id: "eq37", order: 2, field: 1, sign: -1, keepsG: true),
    ]

    /// δ^order · ½(V_ν ± V_ν̄) at the given power of μ_B B, as compared with a claim (δ-bookkeeping).
    public static func component(_ d: Stage3Derivation, order: Int, field: Int, sign: Int) throws -> VectorExpression {
        func part(_ v: VectorExpression) throws -> VectorExpression {
            try VectorExpression(collecting: v.terms.map {
                ($0.basis, try $0.coefficient.coefficient(of: Stage2Derivation.muBB, exponent: field) * Polynomial(Stage2Derivation.muBB, field))
            })
        }
        let nu = try part(d.moments[.nu]![order] ?? .zero), nubar = try part(d.moments[.nubar]![order] ?? .zero)
        let combined = sign > 0 ? try nu + nubar : try nu - nubar
        return try Polynomial(Stage3Derivation.delta, order).scaled(by: .half) * combined
    }

    /// Splits a vector into the part whose coefficients carry g or its derivatives and the rest.
    static func splitGTerms(_ v: VectorExpression) throws -> (VectorExpression, VectorExpression) {
        let isG: (Symbol) -> Bool = { Stage3Derivation.g.derivativeOrder(of: $0.name) != nil }
        var kept: [(VectorExpression.Basis, Polynomial)] = [], dropped: [(VectorExpression.Basis, Polynomial)] = []
        for t in v.terms {
            kept.append((t.basis, Polynomial.filtered(t.coefficient) { $0.monomial.powers.contains { isG($0.symbol) } }))
            dropped.append((t.basis, Polynomial.filtered(t.coefficient) { !$0.monomial.powers.contains { isG($0.symbol) } }))
        }
        return (try VectorExpression(collecting: kept), try VectorExpression(collecting: dropped))
    }

    /// The atom `vec(X)` that stands for the basis vector X (h, B, cross(B,h), …) in a flattened vector.
    public static func basisSymbol(_ b: VectorExpression.Basis) -> Symbol { Symbol("vec(\(b.description))") }

    /// A vector as one scalar polynomial, Σ coefficient·vec(X): the form of the rows' sides and
    /// differences, and of the report's vector layout.
    public static func flatten(_ v: VectorExpression) throws -> Polynomial {
        try Polynomial.sum(v.terms.map { try $0.coefficient * Polynomial(basisSymbol($0.basis)) })
    }
}
