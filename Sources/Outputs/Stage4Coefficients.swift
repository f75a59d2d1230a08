import Algebra
import Derivation

/// The Stage 4 entries of the registry, `DiffusionFlux`: κ0 (Eq. 39), δ(1), δ(2), ε(1..3)
/// (Eqs. 41-45) and F_ν + F_ν̄ of Eq. (40), as derived under the paper's own definitions,
/// Eqs. (29)-(30) (`Stage4Derivation.Reading.definitions`: ∂/∂k acts on k³ too), the reading
/// the equilibrium rows single out.
///
/// The coefficients are polynomials in 1/C5, C5 = c_V² + 5c_A² computed inside each function;
/// δ² = T/m is written back (`Stage4Check.cleared`).
public enum Stage4Coefficients {
    /// The Stage 4 seed file (printed Eqs. 39-45), as written into the file header.
    public static let seedPath = Stage4Check.seedPath

    static let c5 = Stage4Derivation.c5

    /// Every argument a Stage 4 function can take, in signature order; a function takes those
    /// whose symbols or vectors it uses.
    static let parameters: [CoefficientParameter] = CoefficientParameter.medium + [
        .vector("W", label: "gradientOverKappa", name: "W", doc: "W = ∇U_ν/κ0 at k (U_ν of Eq. 29, κ0 of Eq. 39, e.g. from `kappa0`)"),
        .vector("W_1", label: "dGradientOverKappadk", name: "dWdk", doc: "∂W/∂k at k"),
        .vector("W_2", label: "d2GradientOverKappadk2", name: "d2Wdk2", doc: "∂²W/∂k² at k"),
        .scalar(Symbol("dU"), label: "deltaU", name: "dU", doc: "δU_ν = k³g/2π² at k (Eq. 29)"),
        .scalar(Symbol("dU_1"), label: "dDeltaUdk", name: "dUdk", doc: "∂δU_ν/∂k at k (plain calculus: ∂/∂k acts on k³ too)"),
        .scalar(Symbol("dU_2"), label: "d2DeltaUdk2", name: "d2Udk2", doc: "∂²δU_ν/∂k² at k"),
        .vector(PaperSymbols.bHat, label: "fieldDirection", name: "bHat", doc: "B̂, direction of the magnetic field (unit vector)"),
        .vertexCouplings,
        .fermiConstant,
    ]
    static let definitions = [
        CoefficientDefinition(c5, local: "c5", expression: "couplings.cV * couplings.cV + 5.0 * couplings.cA * couplings.cA",
                              doc: "C5 = c_V² + 5c_A²"),
        CoefficientDefinition(Stage2Derivation.pi, local: "pi", expression: "Double.pi", doc: ""),
    ]
    static let outer: Set<Symbol> = [PaperSymbols.GF, PaperSymbols.cV, PaperSymbols.cA, PaperSymbols.F2, c5]
    static let ranges = "T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, 0 < f0 < 1 (k-derivatives of the natural size 1/T per order), "
        + "C5 = c_V² + 5c_A² > 0"

    /// The coefficients of Eq. (40): (the coefficient read off by `Stage4Check.readOff`, function name, meaning).
    static let coefficientTerms: [(coefficient: Eq40Coefficient, name: String, meaning: String)] = [
        (.delta1, "delta1", "δ^(1), the O(T/m) correction of the diffusion term −(2/3κ0)(1 − δ^(1))∇U_ν"),
        (.delta2, "delta2", "δ^(2), the coefficient of the k-derivatives of ∇U_ν/κ0"),
        (.epsilon1, "epsilon1", "ε^(1), the drift coefficient of δU_ν along B̂"),
        (.epsilon2, "epsilon2", "ε^(2), the drift coefficient of k ∂δU_ν/∂k along B̂"),
        (.epsilon3, "epsilon3", "ε^(3), the drift coefficient of k² ∂²δU_ν/∂k² along B̂"),
    ]

    static func group(_ verification: Verification, inputs: [(path: String, sha256: String)]) throws -> CoefficientGroup {
        let result = verification.stage4
        let derivation = result.definitions
        let couplings = derivation.kappaCouplings
        guard couplings == (Polynomial(PaperSymbols.cV, 2) + Polynomial(PaperSymbols.cA, 2).scaled(by: Rational(5))) else {
            throw OutputError(message: "Stage 4: κ0's couplings are not c_V² + 5c_A²; not emitting (C5 is computed as that)")
        }
        /// δ² → T/m with C5 as a symbol; no odd power of δ may remain.
        func physical(_ p: Polynomial) throws -> Polynomial {
            let q = try Stage4Check.cleared(p, couplings: couplings)
            guard !q.symbols.contains(Stage3Derivation.delta) else {
                throw OutputError(message: "Stage 4: an odd power of δ in a coefficient; not emitting")
            }
            return q
        }
        func row(_ id: String) -> CheckRow? { result.rows.first { $0.id == id } }
        func verdict(_ equation: String) -> String {
            let r = row("eq\(equation)")
            var text = "Printed Eq. (\(equation)) against this derivation, under the paper's definitions (Eqs. 29-30): "
                + (r?.verdict.rawValue ?? "not checked")
            if let g = row("check.eq\(equation).grouping") {
                text += "; in the grouping that carries k³/2π² through ∂/∂k as a constant: \(g.verdict.rawValue)"
            }
            text += ". This function evaluates the derived expression."
            if let d = r?.difference { text += " Derived − printed (δ² = T/m, C5 = c_V² + 5c_A²): \(DifferenceText.text(d))." }
            return text
        }
        func chosen(scalars used: Set<Symbol>, vectors: Set<String>) -> [CoefficientParameter] {
            parameters.filter { p in p.vector.map { vectors.contains($0) } ?? p.scalars.contains { used.contains($0.symbol) } }
        }

        var functions: [CoefficientFunction] = []
        let kappa = try physical(derivation.kappa0)
        functions.append(CoefficientFunction(
            name: "kappa0",
            summary: "Eq. (39): κ0, the leading transport opacity (V_0 = −κ0 h), the same for ν and ν̄.",
            discussion: [verdict("39")],
            equations: ["39"], parameters: chosen(scalars: Set(kappa.symbols), vectors: []), value: kappa, outerSymbols: outer,
            ranges: "k > 0, n > 0", definitions: definitions,
            returns: "κ0 in natural units (G_F in MeV⁻², k in MeV, n in MeV³): MeV, an inverse length."))
        for term in coefficientTerms {
            guard let raw = result.coefficients[.definitions]?[term.coefficient] else {
                throw OutputError(message: "Stage 4: no derived \(term.coefficient.rawValue); not emitting")
            }
            let value = try physical(raw)
            functions.append(CoefficientFunction(
                name: term.name,
                summary: "Eq. (\(term.coefficient.equation)): \(term.meaning), as derived.",
                discussion: [verdict(term.coefficient.equation)],
                equations: [term.coefficient.equation], parameters: chosen(scalars: Set(value.symbols), vectors: []), value: value,
                outerSymbols: outer, ranges: ranges, definitions: definitions, returns: "dimensionless."))
        }
        let flux = try Stage4Derivation.mapCoefficients(derivation.flux) { try physical($0) }
        var used = Set<Symbol>(), vectors = Set<String>()
        for t in flux.terms {
            used.formUnion(t.coefficient.symbols)
            if case .vector(let x) = t.basis { vectors.insert(x) } else {
                throw OutputError(message: "Stage 4: a cross product in the flux; not emitting")
            }
        }
        functions.append(try CoefficientFunction(
            name: "flux",
            summary: "Eq. (40): F_ν + F_ν̄ = −(2/3)(1 − δ^(1))W + δ^(2)[(…)k ∂W/∂k + kT ∂²W/∂k²] + "
                + "[ε^(1)δU_ν + ε^(2)k ∂δU_ν/∂k + ε^(3)k² ∂²δU_ν/∂k²]B̂, W = ∇U_ν/κ0, as derived.",
            discussion: ["Evaluated from the whole derived flux under the paper's definitions (Eqs. 29-30: F = k³h/2π², "
                         + "δU = k³g/2π², ∂/∂k acting on k³ too), not as a sum of the coefficient functions: the bracket of "
                         + "k ∂W/∂k is the derived one. " + verdict("40")],
            equations: ["40"], parameters: chosen(scalars: used, vectors: vectors), vector: flux, outerSymbols: outer,
            ranges: ranges, definitions: definitions,
            returns: "F_ν + F_ν̄ (Eq. 30), in the units of U_ν and δU_ν (Eq. 29), along W, ∂W/∂k, ∂²W/∂k² and B̂."))

        let differing = coefficientTerms.filter { row("eq\($0.coefficient.equation)")?.verdict == .mismatch }.map { "Eq. (\($0.coefficient.equation))" }
        let formDiffers = row("eq40")?.verdict == .mismatch
        let equilibrium = row("check.equilibrium.drift.definitions")?.verdict
        var doc = [
            "The diffusion flux of astro-ph/0307006, Eqs. (39)-(45): κ0, δ^(1), δ^(2), ε^(1..3) and F_ν + F_ν̄ of Eq. (40),",
            "for nondegenerate nucleons through relative order T/m and first order in μ_B B, as the symbolic engine derives",
            "them under the paper's own definitions, Eqs. (29)-(30) (∂/∂k acts on k³ in F = k³h/2π² and δU = k³g/2π²).",
            "",
            "Differ from the printed ones: " + (differing.isEmpty ? "none of Eqs. (41)-(45)" : differing.joined(separator: ", "))
                + (formDiffers ? "; and the k ∂W/∂k bracket of Eq. (40) itself" : "") + ".",
        ]
        if let equilibrium {
            doc.append("Equilibrium check (a uniform shift of μ_ν carries no flux) with these ε^(1..3): \(equilibrium.rawValue).")
        }
        let provenance = [
            "Equations: (39)-(45) of S. Ando, astro-ph/0307006: the diffusion flux F_nu + F_nubar of Eq. (40), by solving the",
            "  first moment of the Boltzmann equation (24) with the derived V of Stage 3 for h_nu, h_nubar (iteration from",
            "  Eq. 38), F = k^3 h/2pi^2 and dU = k^3 g/2pi^2 as in Eqs. (29)-(30), d/dk acting on k^3 too (Reading.definitions).",
            "Inputs: \(Stage1Coefficients.seedPath), \(Stage2Coefficients.seedPath), \(Stage3Coefficients.seedPath) and \(seedPath) "
                + "(printed 39-45, compared only).",
            "Approximations, neglected:",
        ] + (Verification.neglected + Stage4Derivation.neglected).map { "  - \($0)" }
        return CoefficientGroup(name: "DiffusionFlux", doc: doc, provenance: provenance, functions: functions, inputs: inputs)
    }
}
