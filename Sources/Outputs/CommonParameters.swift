import Algebra
import Derivation

/// The parameters that every stage's generated functions share, defined once.
extension CoefficientParameter {
    /// Ω, the incoming (anti)neutrino direction.
    static let omega = CoefficientParameter.vector(PaperSymbols.omega, label: "omega", name: "omega",
                                                   doc: "Ω, direction of the incoming (anti)neutrino (unit vector)")
    /// Ω', the outgoing (anti)neutrino direction.
    static let omegaPrime = CoefficientParameter.vector(PaperSymbols.omegaPrime, label: "omegaPrime", name: "omegaPrime",
                                                        doc: "Ω', direction of the outgoing (anti)neutrino (unit vector)")
    /// c_V, c_A, F_2 of Eq. (1).
    static let vertexCouplings = CoefficientParameter.couplings(cV: PaperSymbols.cV, cA: PaperSymbols.cA, F2: PaperSymbols.F2)
    /// G_F.
    static let fermiConstant = CoefficientParameter.scalar(PaperSymbols.GF, label: "fermiConstant", name: "GF",
                                                           doc: "G_F, the Fermi constant (the result scales as G_F²)")
    /// ν or ν̄: the paper's upper/lower sign.
    static let leptonSign = CoefficientParameter.lepton(sign: PaperSymbols.pm)

    /// The kinematic and medium parameters of Stages 3 and 4, in signature order: k, T, m, n,
    /// μ_B B, f0, ∂f0/∂k.
    static let medium: [CoefficientParameter] = [
        .scalar(Stage2Derivation.k, label: "k", name: "k", doc: "k, the (anti)neutrino energy"),
        .scalar(Stage2Derivation.T, label: "temperature", name: "T", doc: "T, the temperature (as k)"),
        .scalar(PaperSymbols.m, label: "nucleonMass", name: "m", doc: "m, the nucleon mass (as k)"),
        .scalar(Stage3Derivation.n, label: "nucleonDensity", name: "n", doc: "n, the nucleon number density (energy³ in natural units)"),
        .scalar(Stage2Derivation.muBB, label: "fieldEnergy", name: "muBB",
                doc: "μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)"),
        .scalar(Symbol("f0"), label: "f0", name: "f0", doc: "f_ν^(0)(k), the equilibrium distribution at k"),
        .scalar(Symbol("f0_1"), label: "df0dk", name: "df0dk", doc: "∂f_ν^(0)/∂k at k"),
    ]
}
