import Algebra
import Derivation

/// The Stage 3 entries of the registry: the terms of the first moment of the collision integral,
/// Eq. (31), V = V0 ± δV^B_± + δV^WM_0 ± δV^WM_± + δV^{B,WM}_0 ± δV^{B,WM}_± (Eqs. 32-37), and
/// V itself for ν or ν̄, as derived.
///
/// Each term is read off the derived moments exactly as `Stage3Check` does: half the sum ("0")
/// or half the difference ν − ν̄ ("±") at one δ-order (δ² = T/m) and one power of μ_B B.
public enum Stage3Coefficients {
    /// The repository-relative path of the Stage 3 seeds, as written into file headers.
    public static let seedPath = "seeds/stage3.claims"

    static let delta2 = "T/m"

    /// Every argument a Stage 3 function can take, in signature order; a function takes those
    /// whose symbols or vectors it uses.
    static let parameters: [CoefficientParameter] = [.leptonSign] + CoefficientParameter.medium + [
        .scalar(Symbol("f0_2"), label: "d2f0dk2", name: "d2f0dk2", doc: "∂²f_ν^(0)/∂k² at k"),
        .scalar(Symbol("f0_3"), label: "d3f0dk3", name: "d3f0dk3", doc: "∂³f_ν^(0)/∂k³ at k"),
        .scalar(Symbol("g"), label: "g", name: "g", doc: "g(k), the isotropic deviation of Eq. (28)"),
        .scalar(Symbol("g_1"), label: "dgdk", name: "dgdk", doc: "∂g/∂k at k"),
        .scalar(Symbol("g_2"), label: "d2gdk2", name: "d2gdk2", doc: "∂²g/∂k² at k"),
        .scalar(Symbol("g_3"), label: "d3gdk3", name: "d3gdk3", doc: "∂³g/∂k³ at k"),
        .vector("h", label: "h", name: "h", doc: "h(k), the dipole deviation of Eq. (28) (f = f0 + g + 3Ω·h)"),
        .vector("h_1", label: "dhdk", name: "dhdk", doc: "∂h/∂k at k"),
        .vector("h_2", label: "d2hdk2", name: "d2hdk2", doc: "∂²h/∂k² at k"),
        .vector("h_3", label: "d3hdk3", name: "d3hdk3", doc: "∂³h/∂k³ at k"),
        .vector(PaperSymbols.bHat, label: "fieldDirection", name: "bHat", doc: "B̂, direction of the magnetic field (unit vector)"),
        .vertexCouplings,
        .fermiConstant,
    ]
    static let pi = CoefficientDefinition(Stage2Derivation.pi, local: "pi", expression: "Double.pi", doc: "")
    static let outer: Set<Symbol> = [PaperSymbols.GF, PaperSymbols.cV, PaperSymbols.cA, PaperSymbols.F2, PaperSymbols.pm]

    static let ranges = "T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, n > 0, 0 < f0 < 1 (derivatives of f0, g, h "
        + "with respect to k of the natural sizes 1/T per order)"
    static let returns = "the term of ∫dΩ/4π Ω [∂f/∂t]_sc (Eq. 31), a vector along the given vectors: in natural units "
        + "(G_F in MeV⁻², k, T, m, μ_B B in MeV, n in MeV³, h dimensionless) in MeV."

    /// The terms of Eq. (31) as (function name, equation, symbol, meaning); how each is read off V
    /// (δ-order, power of μ_B B, half sum or half difference) is `Stage3Check.combinations`.
    static let terms: [(name: String, equation: String, symbol: String, meaning: String)] = [
        ("v0", "32", "V_0", "the leading term, the same for ν and ν̄"),
        ("deltaVB", "33", "δV^B_±", "the O(μ_B B/T) term, entering V with the sign ± (+ for ν)"),
        ("deltaVWM0", "34", "δV^WM_0", "the O(T/m) (recoil and weak-magnetism) term, the same for ν and ν̄"),
        ("deltaVWM", "35", "δV^WM_±", "the O(T/m) term entering V with the sign ± (+ for ν)"),
        ("deltaVBWM0", "36", "δV^{B,WM}_0", "the O(μ_B B/m) term, the same for ν and ν̄"),
        ("deltaVBWM", "37", "δV^{B,WM}_±", "the O(μ_B B/m) term entering V with the sign ± (+ for ν)"),
    ]

    static func group(_ verification: Verification, inputs: [(path: String, sha256: String)]) throws -> CoefficientGroup {
        let result = verification.stage3
        let moments = result.derivation.moments
        guard let nu = moments[.nu], let nubar = moments[.nubar] else { throw OutputError(message: "Stage 3: no moments") }
        let orders = Set(nu.keys).union(nubar.keys)
        guard orders.isSubset(of: [0, 2]) else {
            throw OutputError(message: "Stage 3: moments at δ-orders \(orders.sorted()), expected only 0 and 2; not emitting")
        }
        let deltaSquared = try Polynomial(Stage2Derivation.T) * Polynomial(PaperSymbols.m, -1)
        let muBB = Stage2Derivation.muBB

        /// V at one δ-order (δ^order written as (T/m)^(order/2)), restricted to one power of μ_B B.
        func piece(_ byOrder: [Int: VectorExpression], order: Int, field: Int?) throws -> VectorExpression {
            guard let v = byOrder[order] else { return .zero }
            var pairs: [(VectorExpression.Basis, Polynomial)] = []
            for t in v.terms {
                var c = t.coefficient
                if let field { c = try c.coefficient(of: muBB, exponent: field) * Polynomial(muBB, field) }
                if order == 2 { c = try c * deltaSquared }
                pairs.append((t.basis, c))
            }
            return try VectorExpression(collecting: pairs)
        }
        func combine(_ a: VectorExpression, _ b: VectorExpression, _ f: (Polynomial, Polynomial) throws -> Polynomial) throws -> VectorExpression {
            let bases = Set(a.terms.map(\.basis)).union(b.terms.map(\.basis)).sorted()
            func coefficient(_ v: VectorExpression, _ basis: VectorExpression.Basis) -> Polynomial {
                v.terms.first { $0.basis == basis }?.coefficient ?? .zero
            }
            return try VectorExpression(collecting: bases.map { ($0, try f(coefficient(a, $0), coefficient(b, $0))) })
        }
        // Every power of μ_B B in the moments is 0 or 1, and there is no δV^B_0 (checked as a row too).
        for byOrder in [nu, nubar] {
            for order in byOrder.keys.sorted() {
                let rebuilt = try combine(try piece(byOrder, order: order, field: 0), try piece(byOrder, order: order, field: 1)) { $0 + $1 }
                let whole = try piece(byOrder, order: order, field: nil)
                guard rebuilt == whole else {
                    throw OutputError(message: "Stage 3: the moment at δ^\(order) has powers of μ_B B other than 0 and 1; not emitting")
                }
            }
        }
        guard result.rows.first(where: { $0.id == "check.eq31.no-dV0B" })?.verdict == .match else {
            throw OutputError(message: "Stage 3: a δV^B_0 term is present (row check.eq31.no-dV0B); Eq. (31) has none; not emitting")
        }

        func verdict(_ equation: String) -> String {
            let row = result.rows.first { $0.id == "eq\(equation)" }
            var text = "Printed Eq. (\(equation)) against this derivation: \(row?.verdict.rawValue ?? "not checked")"
            if let omitted = result.omitted["eq\(equation)"], !omitted.isZero {
                text += "; compared without the terms free of g that the paper does not print, which this function includes"
            }
            return text + " (`swift run verify traces` prints any difference). This function evaluates the derived expression."
        }
        func function(_ name: String, summary: String, discussion: [String], equations: [String], vector: VectorExpression,
                      ranges: String = ranges, returns: String = returns) throws -> CoefficientFunction {
            var used = Set<Symbol>(), vectors = Set<String>()
            for t in vector.terms {
                used.formUnion(t.coefficient.symbols)
                switch t.basis {
                case .vector(let x): vectors.insert(x)
                case let .cross(a, b): vectors.formUnion([a, b])
                }
            }
            let chosen = parameters.filter { p in
                p.vector.map { vectors.contains($0) } ?? p.scalars.contains { used.contains($0.symbol) }
            }
            return try CoefficientFunction(name: name, summary: summary, discussion: discussion, equations: equations,
                                           parameters: chosen, vector: vector, outerSymbols: outer, ranges: ranges,
                                           definitions: [pi], returns: returns)
        }

        var functions: [CoefficientFunction] = []
        for term in terms {
            guard let c = Stage3Check.combinations.first(where: { $0.id == "eq\(term.equation)" }), let recorded = result.terms[c.id] else {
                throw OutputError(message: "Stage 3: no derived term of Eq. (\(term.equation)); not emitting")
            }
            let v = try Stage3ReportSection.massForm(recorded)
            let reading = c.sign > 0 ? "half the sum of the ν and ν̄ moments" : "half the difference ν − ν̄ of the moments"
            let order = c.order == 0 ? "δ⁰" : "δ² = T/m"
            functions.append(try function(
                term.name,
                summary: "Eq. (\(term.equation)): \(term.symbol), \(term.meaning).",
                discussion: ["Read off the derived first moment (Eq. 31) as \(reading) at order \(order) and (μ_B B)^\(c.field).",
                             verdict(term.equation)],
                equations: [term.equation], vector: v))
        }
        var totals: [VectorExpression] = []
        for byOrder in [nu, nubar] {
            totals.append(try combine(try piece(byOrder, order: 0, field: nil), try piece(byOrder, order: 2, field: nil)) { $0 + $1 })
        }
        let total = try combine(totals[0], totals[1]) { try combinedInSign(nu: $0, nubar: $1) }
        functions.append(try function(
            "firstMoment",
            summary: "Eq. (31): V = ∫dΩ/4π Ω [∂f_ν/∂t]_sc = V_0 ± δV^B_± + δV^WM_0 ± δV^WM_± + δV^{B,WM}_0 ± δV^{B,WM}_± for ν (upper signs) or ν̄.",
            discussion: ["Evaluated from the whole derived moment of the given lepton at once (not as a sum of the six calls). "
                         + "For B = 0 and a locally constant dipole (∂h/∂k = ∂²h/∂k² = 0, g = 0) V = −κ h defines the "
                         + "transport opacity κ (Eq. 39 at leading order)."],
            equations: ["31", "32", "33", "34", "35", "36", "37"], vector: total,
            returns: "V of Eq. (31), units as for `v0`."))

        let provenance = [
            "Equations: (31)-(37) of S. Ando, astro-ph/0307006: the first moment V = int dOmega/4pi Omega [df/dt]_sc of the",
            "  scattering collision integral (25)-(28), derived by the Stage 3 engine from Stage 2's rate (as derived):",
            "  delta = (T/m)^(1/2) bookkeeping, S0 from the exact nondegenerate form of Eq. (18) (bracket to O(delta^4)),",
            "  Taylor expansion of f0, g, h and exp(-q0/T), Gaussian u-moments, the Omega' and Omega angular integrals.",
            "  Each term of Eq. (31) is half the sum (\"0\") or half the difference nu - nubar (\"+-\") of the derived moments",
            "  at one order in delta (delta^2 = T/m) and in muB B.",
            "Inputs: \(Stage1Coefficients.seedPath), \(Stage2Coefficients.seedPath) and \(seedPath) (Eqs. 17, 18, 26-28, printed 32-37).",
            "Approximations, neglected:",
        ] + Verification.neglected.map { "  - \($0)" }
        return CoefficientGroup(
            name: "FirstMoment",
            doc: [
                "The first moment of the scattering collision integral, Eqs. (31)-(37) of astro-ph/0307006,",
                "V = ∫dΩ/4π Ω [∂f_ν/∂t]_sc, for nondegenerate nucleons through relative order T/m, k/m and μ_B B/m,",
                "evaluated from the expressions the symbolic engine derives (not as printed).",
                "",
                "Arguments: the energy k, the medium (T, m, n, μ_B B and the field direction B̂), the couplings",
                "and G_F, and the values at k of f_ν^(0), of the deviations g, h of Eq. (28) (f_ν = f_ν^(0) + g + 3Ω·h)",
                "and of their k-derivatives.",
            ],
            provenance: provenance,
            functions: functions,
            inputs: inputs)
    }
}
