import Glibc

/// A physical constant with its value, unit and source, as printed in the CSV headers and the
/// note of Fig. 1.
public struct PhysicalConstant: Sendable, Hashable {
    public let symbol: String
    public let value: Double
    public let unit: String
    public let source: String

    public init(_ symbol: String, _ value: Double, _ unit: String, source: String) {
        self.symbol = symbol
        self.value = value
        self.unit = unit
        self.source = source
    }
}

/// The constants of Fig. 1 (Eqs. 46-52), natural units ħ = c = k_B = 1 with energies in MeV.
/// G_F and the overall size of B cancel in R_sc/abs (Eq. 50); they are kept so that every
/// intermediate quantity has its physical value.
public enum PhysicalConstants {
    /// ħc (exact in the 2019 SI).
    public static let hbarC = PhysicalConstant("hbar c", 1.973269804e-11, "MeV cm", source: "CODATA 2018 (exact: 197.3269804 MeV fm)")
    /// G_F/(ħc)³.
    public static let fermiConstant = PhysicalConstant("G_F", 1.1663787e-11, "MeV^-2", source: "CODATA 2018 / PDG (1.1663787e-5 GeV^-2)")
    /// m_n − m_p, the threshold of ν_e n → e⁻ p (Eqs. 48-49).
    public static let neutronProtonMassDifference = PhysicalConstant("m_n - m_p", 1.29333236, "MeV", source: "CODATA 2018")
    /// m_n, the nucleon mass m of Eqs. (41)-(45) for scattering on neutrons.
    public static let neutronMass = PhysicalConstant("m_n", 939.56542052, "MeV", source: "CODATA 2018")
    /// m_p (only to cross-check μ_N = eħ/2m_p).
    public static let protonMass = PhysicalConstant("m_p", 938.27208816, "MeV", source: "CODATA 2018")
    /// m_e, in the electron and positron number densities.
    public static let electronMass = PhysicalConstant("m_e", 0.51099895, "MeV", source: "CODATA 2018")
    /// The atomic mass unit: n_B = ρ/m_u, n_e = ρY_e/m_u.
    public static let atomicMassUnit = PhysicalConstant("m_u", 1.66053906660e-24, "g", source: "CODATA 2018 (931.49410242 MeV)")
    /// The nuclear magneton eħ/2m_p.
    public static let nuclearMagneton = PhysicalConstant("mu_N", 3.15245125844e-18, "MeV/G", source: "CODATA 2018 (3.15245125844e-14 MeV/T)")
    /// The fine-structure constant: e = (4πα)^{1/2} in Heaviside–Lorentz natural units.
    public static let fineStructure = PhysicalConstant("alpha", 1 / 137.035999084, "", source: "CODATA 2018 (1/137.035999084)")
    /// e·(1 G) in MeV²: eħc²·10⁻⁴ T/(1 MeV)² = ħc²·10⁻⁴/(e_SI·10¹² V²), from the exact SI values
    /// e = 1.602176634e-19 C, ħ = 1.054571817e-34 J s, c = 299792458 m/s.
    public static let elementaryChargeTimesGauss = PhysicalConstant(
        "e x 1 G", 1.054571817e-34 * 299_792_458.0 * 299_792_458.0 * 1e-4 / (1.602176634e-19 * 1e12), "MeV^2",
        source: "exact SI e, c and CODATA 2018 hbar: e hbar c^2 (1e-4 T)/(1 MeV)^2")
    /// 1 G in MeV² (Heaviside–Lorentz natural units): (e·1 G)/e with e = (4πα)^{1/2}.
    public static var gaussInMeV2: PhysicalConstant {
        PhysicalConstant("1 G", elementaryChargeTimesGauss.value / (4 * Double.pi * fineStructure.value).squareRoot(), "MeV^2",
                         source: "(e x 1 G)/e, e = (4 pi alpha)^(1/2)")
    }

    /// Every constant, in the order of the CSV header.
    public static var all: [PhysicalConstant] {
        [hbarC, fermiConstant, neutronProtonMassDifference, neutronMass, protonMass, electronMass, atomicMassUnit,
         nuclearMagneton, fineStructure, elementaryChargeTimesGauss, gaussInMeV2]
    }
}
