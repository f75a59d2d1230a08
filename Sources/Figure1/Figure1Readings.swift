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

extension Figure1Readings {
    /// One plain-text line per open choice, stating the reading these values make (CSV headers, note).
    public var statements: [String] {
        var lines: [String] = []
        switch half {
        case .fieldTermOnly:
            lines.append("the 1/2 of Eq. (49) multiplies only (eB/(k + m_n - m_p)^2)(cV^2 - cA^2)/(cV^2 + 3cA^2), "
                         + "the electron Landau-level fraction eB/2E_e^2 (the nucleon terms carry their own 2)")
        case .wholeExpression:
            lines.append("the 1/2 of Eq. (49) multiplies the whole right-hand side")
        }
        switch protonMoment {
        case .total:
            lines.append("mu_Bp = (1 + mu_p) mu_N = 2.793 mu_N, the total proton moment (Dirac part included), which sets the spin polarization; "
                         + "mu_Bn = mu_n mu_N; mu_B of Eqs. (43)-(45) is mu_n mu_N (scattering on neutrons)")
        case .anomalous:
            lines.append("mu_Bp = mu_p mu_N = 1.793 mu_N, the anomalous proton moment of Table I (no Dirac part); mu_Bn = mu_B = mu_n mu_N")
        }
        switch electronBlocking {
        case .degenerateGas:
            lines.append("f_e(E) = 1/(exp((E - mu_e)/T) + 1) at E = k + m_n - m_p (total electron energy), mu_e from rho Y_e with pairs")
        case .none:
            lines.append("f_e = 0 (no Pauli blocking of the electron)")
        }
        lines.append(electronCharge == .positive ? "e = +|e| in eB of Eq. (49)" : "e = -|e| (the electron's charge) in eB of Eq. (49)")
        switch neutrinoChemicalPotential {
        case .zero:
            lines.append("mu_nu = 0 in kappa*(abs) = kappa(abs)[1 + exp((mu_nu - k)/T)] and in the equilibrium U^FD = (k^3/2pi^2)/(exp(k/T) + 1)")
        case .betaEquilibrium:
            lines.append("mu_nu = mu_e + mu_p - mu_n (beta equilibrium) in kappa*(abs); U^FD still at mu_nu = 0")
        }
        lines.append("dU = U(T_eff) - U^FD for nu_e (Eq. 51) and nu_mu (Eq. 52); f0 of Eqs. (43)-(45) = 1/(exp(k/T) + 1)")
        lines.append("kappa0 of Eq. (39) for nu n as derived, kappa(tot) = kappa*(abs) + kappa0; m = m_n in Eqs. (43)-(45)")
        return lines
    }
}
