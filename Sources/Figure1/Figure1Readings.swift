/// The choices the text of Sec. V leaves open for Eqs. (47)-(52), each with the reading used for
/// Fig. 1 (`standard`) and an alternative whose effect the note reports.
public struct Figure1Readings: Sendable, Hashable {
    /// What the 1/2 at the front of Eq. (49) multiplies.
    public enum HalfOfEq49: String, Sendable, CaseIterable {
        /// Only the electron Landau-level term (1/2)eB/(k + m_n − m_p)² · (c_V² − c_A²)/(c_V² + 3c_A²):
        /// the fraction eB/2E_e² of Arras & Lai; the nucleon terms carry their own factor 2.
        case fieldTermOnly
        /// The whole right-hand side of Eq. (49).
        case wholeExpression
    }

    /// μ_Bp of Eq. (49): the proton's spin magnetic energy −s μ_Bp B.
    public enum ProtonMoment: String, Sendable, CaseIterable {
        /// The total moment (1 + μ_p) μ_N = 2.793 μ_N, Dirac part included: it sets the spin polarization.
        case total
        /// Only the anomalous part μ_p μ_N = 1.793 μ_N of Table I.
        case anomalous
    }

    /// μ_ν in κ*(abs) = κ(abs)[1 + e^{(μ_ν − k)/T}] (Eq. 47).
    public enum NeutrinoChemicalPotential: String, Sendable, CaseIterable {
        /// μ_ν = 0, as in U_νe of Eq. (51) and the equilibrium U^FD that makes δU_νe = 0 at T_e^eff = T.
        case zero
        /// β equilibrium μ_ν = μ_e + μ_p − μ_n (nondegenerate nucleons), in κ*(abs) only.
        case betaEquilibrium
    }

    /// The sign of e in eB of Eq. (49).
    public enum ElectronCharge: String, Sendable, CaseIterable {
        /// e = |e| > 0 (eB > 0 for B along B̂), as printed.
        case positive
        /// e = −|e|, the electron's charge.
        case negative
    }

    /// f_e(k + m_n − m_p) in Eqs. (48)-(49).
    public enum ElectronBlocking: String, Sendable, CaseIterable {
        /// The Fermi–Dirac occupation at T with μ_e from ρY_e (pairs included).
        case degenerateGas
        /// f_e = 0: no Pauli blocking of the final electron.
        case none
    }

    public var half: HalfOfEq49
    public var protonMoment: ProtonMoment
    public var neutrinoChemicalPotential: NeutrinoChemicalPotential
    public var electronCharge: ElectronCharge
    public var electronBlocking: ElectronBlocking

    public init(half: HalfOfEq49 = .fieldTermOnly, protonMoment: ProtonMoment = .total,
                neutrinoChemicalPotential: NeutrinoChemicalPotential = .zero, electronCharge: ElectronCharge = .positive,
                electronBlocking: ElectronBlocking = .degenerateGas) {
        self.half = half
        self.protonMoment = protonMoment
        self.neutrinoChemicalPotential = neutrinoChemicalPotential
        self.electronCharge = electronCharge
        self.electronBlocking = electronBlocking
    }

    /// The readings of the published figure.
    public static let standard = Figure1Readings()

    /// The standard readings with one choice flipped, labelled, in a fixed order.
    public static var alternatives: [(label: String, readings: Figure1Readings)] {
        var half = standard, proton = standard, mu = standard, charge = standard, blocking = standard
        half.half = .wholeExpression
        proton.protonMoment = .anomalous
        mu.neutrinoChemicalPotential = .betaEquilibrium
        charge.electronCharge = .negative
        blocking.electronBlocking = .none
        return [("1/2 multiplies all of Eq. (49)", half), ("proton moment without its Dirac part (1.793 mu_N)", proton),
                ("mu_nu from beta equilibrium in kappa*(abs)", mu), ("e = -|e| in eB", charge),
                ("no electron blocking (f_e = 0)", blocking)]
    }
}
