import Algebra
import Derivation

/// The Stage 1 entries of the registry: |M_ss'|² of Eqs. (3)-(6) as derived (not as printed),
/// and the couplings of Table I as transcribed in the seeds.
public enum Stage1Coefficients {
    /// The repository-relative path of the Stage 1 seeds, as written into file headers.
    public static let seedPath = "seeds/stage1.claims"

    /// The registry for Stage 1 from an already checked Stage 1 (the seeds' text for the hash).
    public static func registry(seeds: SeedFile, result: Stage1Check.Result, seedText: String) throws -> CoefficientRegistry {
        let input = [(path: seedPath, sha256: ContentHash.sha256(seedText))]
        return CoefficientRegistry(couplings: try couplingTable(seeds, seedFiles: input),
                                   groups: [try squaredMatrixElement(result, inputs: input)],
                                   inputs: input)
    }

    // MARK: Table I

    static let tableInputs: [(id: String, symbol: String, name: String, doc: String)] = [
        ("table1.gA", "gA", "gA", "g_A, the axial coupling of the nucleon"),
        ("table1.sw2", "sw2", "sin2ThetaW", "sin²θ_W, the weak mixing angle"),
        ("table1.mup", "mup", "muP", "μ_p, the proton magnetic moment in nuclear magnetons"),
        ("table1.mun", "mun", "muN", "μ_n, the neutron magnetic moment in nuclear magnetons"),
    ]

    static let tableRows: [(id: String, name: String, doc: String)] = [
        ("nup", "neutrinoProton", "ν p → ν p (neutral current on protons)"),
        ("nun", "neutrinoNeutron", "ν n → ν n (neutral current on neutrons)"),
        ("cc", "chargedCurrent", "ν_e n → e⁻ p and ν̄_e p → e⁺ n (charged current)"),
    ]

    static func couplingTable(_ seeds: SeedFile, seedFiles: [(path: String, sha256: String)]) throws -> CouplingTable {
        var inputs: [CouplingInput] = []
        for input in tableInputs {
            guard let value = try seeds.polynomial(input.id).constantValue else {
                throw OutputError(message: "\(seeds.path): [\(input.id)] is not a number")
            }
            inputs.append(CouplingInput(symbol: Symbol(input.symbol), name: input.name, doc: input.doc, value: value))
        }
        let rows = try tableRows.map { row in
            CouplingRow(name: row.name, doc: row.doc,
                        cV: try seeds.polynomial("table1.\(row.id).cV"),
                        cA: try seeds.polynomial("table1.\(row.id).cA"),
                        F2: try seeds.polynomial("table1.\(row.id).F2"))
        }
        return CouplingTable(inputs: inputs, rows: rows,
                             provenance: ["Table I of astro-ph/0307006, from the entries [table1.*] of \(seedPath)."],
                             seedFiles: seedFiles)
    }

    // MARK: |M_ss'|²

    static let omega = CoefficientParameter.omega
    static let omegaPrime = CoefficientParameter.omegaPrime
    static let field = CoefficientParameter.vector(PaperSymbols.bHat, label: "fieldDirection", name: "bHat",
                                                   doc: "B̂, direction of the magnetic field, the spin quantization axis (unit vector)")
    static let s = CoefficientParameter.scalar(PaperSymbols.s, label: "s", name: "s", doc: "s, initial nucleon spin along B̂ (+1 or -1)")
    static let sPrime = CoefficientParameter.scalar(PaperSymbols.sPrime, label: "sPrime", name: "sPrime",
                                                    doc: "s', final nucleon spin along B̂ (+1 or -1)")
    static let q = CoefficientParameter.vector(PaperSymbols.q, label: "momentumTransfer", name: "q",
                                               doc: "q = p' - p, nucleon momentum transfer (same units as m)")
    static let P = CoefficientParameter.vector(PaperSymbols.P, label: "momentumSum", name: "P",
                                               doc: "P = p + p', sum of the nucleon momenta (same units as m)")
    static let mass = CoefficientParameter.scalar(PaperSymbols.m, label: "nucleonMass", name: "m", doc: "m, the nucleon mass")
    static let couplings = CoefficientParameter.vertexCouplings
    static let fermi = CoefficientParameter.fermiConstant
    static let lepton = CoefficientParameter.leptonSign

    static let outer: Set<Symbol> = [PaperSymbols.GF, PaperSymbols.cV, PaperSymbols.cA, PaperSymbols.F2, PaperSymbols.pm]

    static let kinematicRanges = "Ω, Ω', B̂ unit vectors; s, s' = ±1; |q|, |P| ≤ m (first order in 1/m: meaningful for |q|, |P| ≪ m)"

    static func squaredMatrixElement(_ result: Stage1Check.Result, inputs: [(path: String, sha256: String)]) throws -> CoefficientGroup {
        guard let nu = result.pieces[.nu], let nubar = result.pieces[.nubar] else {
            throw OutputError(message: "Stage 1 recorded no parts of |M|^2; not emitting")
        }
        for (particle, rest) in [("nu", nu.remainder), ("nubar", nubar.remainder)] where !rest.isZero {
            throw OutputError(message: "|M|^2 for \(particle) has O(1/m) terms outside Eqs. (5)-(6); not emitting")
        }
        let leading = try combinedInSign(nu: nu.leading, nubar: nubar.leading)
        let qPart = try combinedInSign(nu: nu.q, nubar: nubar.q)
        let PPart = try combinedInSign(nu: nu.P, nubar: nubar.P)
        let total = try combinedInSign(nu: result.squaredMatrixElement[.nu]!, nubar: result.squaredMatrixElement[.nubar]!)

        func verdicts(_ equation: String) -> String {
            let parts = Particle.allCases.map { particle -> String in
                let row = result.rows.first { $0.id == "eq\(equation).\(particle.rawValue)" }
                return "\(particle == .nu ? "ν" : "ν̄") \(row?.verdict.rawValue ?? "not checked")"
            }
            return "Printed Eq. (\(equation)) against this derivation: \(parts.joined(separator: ", "))" +
                " (`swift run verify traces` prints any difference). This function evaluates the derived expression."
        }
        let common = [omega, omegaPrime, field, s, sPrime]
        let functions = [
            CoefficientFunction(
                name: "leadingOrder",
                summary: "Eq. (4): the m⁰ part of |M_ss'|² for ν N → ν N (upper signs) and ν̄ N → ν̄ N (lower signs).",
                discussion: [verdicts("4")],
                equations: ["4"], parameters: [lepton] + common + [couplings, fermi], value: leading, outerSymbols: outer,
                ranges: "Ω, Ω', B̂ unit vectors; s, s' = ±1"),
            CoefficientFunction(
                name: "momentumTransferTerm",
                summary: "Eq. (5): the O(1/m) part of |M_ss'|² linear in the momentum transfer q = p' - p.",
                discussion: [verdicts("5")],
                equations: ["5"], parameters: [lepton] + common + [q, mass, couplings, fermi], value: qPart, outerSymbols: outer,
                ranges: kinematicRanges),
            CoefficientFunction(
                name: "momentumSumTerm",
                summary: "Eq. (6): the O(1/m) part of |M_ss'|² linear in the momentum sum P = p + p'.",
                discussion: [verdicts("6")],
                equations: ["6"], parameters: [lepton] + common + [P, mass, couplings, fermi], value: PPart, outerSymbols: outer,
                ranges: kinematicRanges),
            CoefficientFunction(
                name: "firstOrder",
                summary: "Eqs. (3)-(6): |M_ss'|² to first order in 1/m, the sum of `leadingOrder`, `momentumTransferTerm` and `momentumSumTerm`.",
                discussion: ["Evaluated from the whole derived expression at once (not as a sum of the three calls)."],
                equations: ["3", "4", "5", "6"], parameters: [lepton] + common + [q, P, mass, couplings, fermi], value: total,
                outerSymbols: outer, ranges: kinematicRanges),
        ]
        let reading = result.derivation.source.reading.map { "\($0) (the one equal to the covariant spin projector);" }
            ?? "none agrees: u ubar is the covariant projector itself;"
        let provenance = [
            "Equations: (3)-(6) of S. Ando, astro-ph/0307006: |M_ss'|^2 for nu N -> nu N and nubar N -> nubar N,",
            "  derived by the Stage 1 engine (traces of the vertex, density matrices and V-A lepton tensor),",
            "  split into the m^0 part (Eq. 4), the part linear in q (Eq. 5) and the part linear in P (Eq. 6).",
            "Inputs: Eq. (1) vertex and Eq. (2) density matrix as transcribed in \(seedPath), Eq. (2) in the reading",
            "  \(reading)",
            "  normalization \(result.normalization), fixed once from the G_F^2 c_V^2 term of Eq. (4).",
            "Approximations (first order in 1/m), neglected:",
        ] + SquaredMatrixElement.neglected.map { "  - \($0)" }
        return CoefficientGroup(
            name: "SquaredMatrixElement",
            doc: [
                "|M_ss'|² of neutrino- and antineutrino-nucleon scattering in a magnetic field, Eqs. (3)-(6) of",
                "astro-ph/0307006, evaluated from the expressions the symbolic engine derives (not as printed).",
                "",
                "Nucleon spins s, s' = ±1 are quantized along the field direction B̂; Ω, Ω' are the lepton",
                "directions; q = p' − p and P = p + p' are nucleon momenta. The normalization is that of",
                "unit-normalized spinors (the c_V² term of Eq. (4) is G_F² c_V²/2).",
            ],
            provenance: provenance,
            functions: functions,
            inputs: inputs)
    }
}
