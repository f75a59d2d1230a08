import Algebra
import Derivation

/// The Stage 2 entries of the registry: the six coefficients of the differential rate, Eq. (9),
/// for nondegenerate nucleons to first order in μ_B B/T, as derived (Eqs. 19-23 are the printed
/// forms), and their sum, the rate itself.
///
/// The derived coefficients are polynomials in the atoms q0, μ' = Ω·Ω', q·Ω, q·Ω', q² (with
/// negative powers of q²) and carry the factor S0 of Eq. (18) linearly. The generated code takes
/// k, k', μ' and computes the atoms in forms without avoidable cancellation; it takes S0 as an
/// argument because the generated target imports nothing but the standard library (no `exp`).
public enum Stage2Coefficients {
    /// The repository-relative path of the Stage 2 seeds, as written into file headers.
    public static let seedPath = "seeds/stage2.claims"

    static let k = Stage2Derivation.k, kPrime = Stage2Derivation.kPrime
    static let muPrimeAtom = Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.omegaPrime)
    static let qOmega = Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.q)
    static let qOmegaPrime = Vector3Space.dotSymbol(PaperSymbols.omegaPrime, PaperSymbols.q)
    static let q2 = Vector3Space.dotSymbol(PaperSymbols.q, PaperSymbols.q)

    static let lepton = CoefficientParameter.leptonSign
    static let momentum = CoefficientParameter.scalar(k, label: "k", name: "k", doc: "k, energy of the incoming (anti)neutrino")
    static let momentumPrime = CoefficientParameter.scalar(kPrime, label: "kPrime", name: "kPrime",
                                                           doc: "k', energy of the outgoing (anti)neutrino (same units as k)")
    static let muPrime = CoefficientParameter.scalar(muPrimeAtom, label: "muPrime", name: "muPrime",
                                                     doc: "μ' = Ω·Ω', cosine of the scattering angle")
    static let omega = CoefficientParameter.omega
    static let omegaPrime = CoefficientParameter.omegaPrime
    static let field = CoefficientParameter.vector(PaperSymbols.bHat, label: "fieldDirection", name: "bHat",
                                                   doc: "B̂, direction of the magnetic field (unit vector)")
    static let temperature = CoefficientParameter.scalar(Stage2Derivation.T, label: "temperature", name: "T",
                                                         doc: "T, the temperature (energy units, as k)")
    static let mass = CoefficientParameter.scalar(PaperSymbols.m, label: "nucleonMass", name: "m", doc: "m, the nucleon mass (as k)")
    static let fieldEnergy = CoefficientParameter.scalar(Stage2Derivation.muBB, label: "fieldEnergy", name: "muBB",
                                                         doc: "μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)")
    static let response = CoefficientParameter.scalar(Stage2Derivation.S0, label: "response", name: "S0",
                                                      doc: "S0(q0, q), the B = 0 response of Eq. (18) at q0 = k − k' and this q "
                                                        + "(an input: e.g. the first form of Eq. (18), which needs exp)")
    static let couplings = CoefficientParameter.vertexCouplings
    static let fermi = CoefficientParameter.fermiConstant

    static let outer: Set<Symbol> = [PaperSymbols.GF, PaperSymbols.cV, PaperSymbols.cA, PaperSymbols.F2, PaperSymbols.pm]

    /// q0, q·Ω, q·Ω', q² from k, k', μ' (and μ' from Ω, Ω' when the directions are arguments).
    /// Written as sums of q0 = k − k' and multiples of 1 − μ', which keep their accuracy in the
    /// forward, quasi-elastic region (q0, 1 − μ' small) where k − k'μ' would cancel.
    static let kinematics = [
        CoefficientDefinition(PaperSymbols.q0, local: "q0", expression: "k - kPrime", doc: "q0 = k - k'"),
        CoefficientDefinition(qOmega, local: "qDotOmega", expression: "q0 + kPrime*(1.0 - muPrime)", doc: "q.Om = k - k' mu'"),
        CoefficientDefinition(qOmegaPrime, local: "qDotOmegaPrime", expression: "q0 - k*(1.0 - muPrime)", doc: "q.Om' = k mu' - k'"),
        CoefficientDefinition(q2, local: "q2", expression: "q0*q0 + 2.0*k*kPrime*(1.0 - muPrime)", doc: "q^2 = k^2 + k'^2 - 2 k k' mu'"),
        CoefficientDefinition(Stage2Derivation.pi, local: "pi", expression: "Double.pi", doc: ""),
    ]
    static let angleFromDirections = CoefficientDefinition(muPrimeAtom, local: "muPrime", expression: "omega.dot(omegaPrime)",
                                                           doc: "mu' = Om.Om'")

    static let ranges = "T ≪ m, 0 < k ≪ (mT)^{1/2}, k' = k(1 + εu) with ε = [4(1 − μ')T/m]^{1/2} and |εu| < 1, "
        + "−1 ≤ μ' < 1, |μ_B B| ≪ T, S0 > 0"
    static let returns = "the term of dΓ/dk'dΩ' (Eq. 9), linear in S0: in natural units (G_F in MeV⁻², energies in MeV, "
        + "S0 in MeV²) a number per unit k' and solid angle."

    static func group(_ verification: Verification, inputs: [(path: String, sha256: String)]) throws -> CoefficientGroup {
        let derivation = verification.stage2.derivation
        let rows = verification.stage2.rows
        guard let nu = derivation.coefficients[.nu], let nubar = derivation.coefficients[.nubar] else {
            throw OutputError(message: "Stage 2: no coefficients")
        }
        for (particle, rest) in derivation.remainders where !rest.isZero {
            throw OutputError(message: "Stage 2: the \(particle.rawValue) rate has terms outside the form of Eq. (9); not emitting")
        }
        func combined(_ part: KeyPath<Stage2Derivation.Coefficients, Polynomial>) throws -> Polynomial {
            try combinedInSign(nu: nu[keyPath: part], nubar: nubar[keyPath: part])
        }
        func verdicts(_ equation: String) -> String {
            let parts = Particle.allCases.map { particle -> String in
                let row = rows.first { $0.id == "eq\(equation).\(particle.rawValue)" }
                return "\(particle == .nu ? "ν" : "ν̄") \(row?.verdict.rawValue ?? "not checked")"
            }
            return "Printed Eq. (\(equation)) against this derivation (compared after writing q0, μ', q·Ω, q·Ω' through k, k', q²): "
                + parts.joined(separator: ", ") + ". This function evaluates the derived expression."
        }
        let scalars = [lepton, momentum, momentumPrime, muPrime, temperature, mass, fieldEnergy, response, couplings, fermi]
        func coefficient(_ name: String, _ summary: String, _ equation: String, _ value: Polynomial, extra: [String] = []) -> CoefficientFunction {
            // One signature for all six (arguments a coefficient does not depend on are unused).
            CoefficientFunction(name: name, summary: summary, discussion: extra + [verdicts(equation)], equations: [equation],
                                       parameters: scalars, value: value, outerSymbols: outer, ranges: ranges,
                                       definitions: kinematics, returns: returns)
        }
        let omB = Polynomial(Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.bHat))
        let ompB = Polynomial(Vector3Space.dotSymbol(PaperSymbols.omegaPrime, PaperSymbols.bHat))
        var totals: [Polynomial] = []
        for c in [nu, nubar] {
            totals.append(try c.A0 + c.A0WM + (c.deltaAOmega + c.deltaBWM) * omB + (c.deltaAOmegaPrime + c.deltaCWM) * ompB)
        }
        let rate = try combinedInSign(nu: totals[0], nubar: totals[1])

        let functions = [
            coefficient("a0", "Eq. (19): A_0, the B = 0, m⁰ term of dΓ/dk'dΩ' (Eq. 9), for ν (upper signs) and ν̄ (lower signs).",
                        "19", try combined(\.A0)),
            coefficient("deltaAOmega", "Eq. (20): δA_± (upper sign for ν), the coefficient of Ω·B̂ in dΓ/dk'dΩ' at O(μ_B B/T).",
                        "20", try combined(\.deltaAOmega),
                        extra: ["The coefficient of Ω'·B̂ is δA_∓ (`deltaAOmegaPrime`): Eq. (20) with the other sign."]),
            coefficient("deltaAOmegaPrime", "Eq. (20): δA_∓ (lower sign for ν), the coefficient of Ω'·B̂ in dΓ/dk'dΩ' at O(μ_B B/T).",
                        "20", try combined(\.deltaAOmegaPrime)),
            coefficient("a0WM", "Eq. (21): A_0^WM, the B = 0 weak-magnetism and recoil term of dΓ/dk'dΩ', O(k/m) relative to A_0.",
                        "21", try combined(\.A0WM)),
            coefficient("deltaBWM", "Eq. (22): δB^WM, the O(μ_B B/m) coefficient of Ω·B̂ in dΓ/dk'dΩ'.",
                        "22", try combined(\.deltaBWM)),
            coefficient("deltaCWM", "Eq. (23): δC^WM, the O(μ_B B/m) coefficient of Ω'·B̂ in dΓ/dk'dΩ'.",
                        "23", try combined(\.deltaCWM)),
            CoefficientFunction(
                name: "differentialRate",
                summary: "Eq. (9): dΓ/dk'dΩ' = A_0 + δA_± Ω·B̂ + δA_∓ Ω'·B̂ + A_0^WM + δB^WM Ω·B̂ + δC^WM Ω'·B̂.",
                discussion: ["Evaluated from the whole derived rate at once (not as a sum of the six calls), with μ' = Ω·Ω' "
                             + "computed from the directions."],
                equations: ["9", "19", "20", "21", "22", "23"],
                parameters: [lepton, momentum, momentumPrime, omega, omegaPrime, field, temperature, mass, fieldEnergy, response,
                             couplings, fermi],
                value: rate, outerSymbols: outer,
                ranges: ranges + "; Ω, Ω', B̂ unit vectors",
                definitions: [angleFromDirections] + kinematics, returns: "dΓ/dk'dΩ' of Eq. (9), linear in S0 (units as for `a0`)."),
        ]
        let provenance = [
            "Equations: (9)-(23) of S. Ando, astro-ph/0307006: the differential rate dGamma/dk'dOmega' for nu N and nubar N",
            "  scattering with nondegenerate nucleons, to first order in muB B/T and in 1/m, derived by the Stage 2 engine",
            "  from Stage 1's |M_ss'|^2 (as derived, not as printed): x_min from (A3), S_ss' = S0 (1 - delta x) (Eq. 14 with",
            "  A12), P -> (2m q/q^2)[q0 - muB B (s - s')] (A13), spin sums, then the coefficients of 1, Om.B, Om'.B (Eq. 9).",
            "Inputs: \(Stage1Coefficients.seedPath) (Stage 1) and \(seedPath) ((A3), (A4), (A12), (A13), printed Eqs. 15, 19-23).",
            "S0 is an argument: the generated target imports only the standard library (no exp); use Eq. (18).",
            "Approximations, neglected:",
        ] + (SquaredMatrixElement.neglected + Stage2Derivation.neglected).map { "  - \($0)" }
        return CoefficientGroup(
            name: "DifferentialRate",
            doc: [
                "The differential rate dΓ/dk'dΩ' of neutrino- and antineutrino-nucleon scattering in a magnetic field,",
                "Eqs. (9)-(23) of astro-ph/0307006, for nondegenerate nucleons to first order in μ_B B/T and k/m,",
                "evaluated from the expressions the symbolic engine derives (not as printed).",
                "",
                "Each coefficient is a function of k, k' and μ' = Ω·Ω' (q0 = k − k', q² = k² + k'² − 2kk'μ',",
                "q·Ω = k − k'μ', q·Ω' = kμ' − k' are computed inside), of T, m, μ_B B, the couplings and G_F,",
                "and is linear in the response S0(q0, q), which the caller supplies (e.g. from Eq. (18):",
                "S0 = (m²T/2πq) n (2π³/m³T³)^{1/2} exp[−(q0 − q²/2m)²/(4Tq²/2m)], q = |q|).",
            ],
            provenance: provenance,
            functions: functions,
            inputs: inputs)
    }
}
