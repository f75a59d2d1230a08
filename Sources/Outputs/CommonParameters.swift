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
}
