import Glibc

/// The conditions of Fig. 1 (text below Eq. 52): T = 3 MeV, ρ = 10¹² g cm⁻³, Y_e = 0.3, reactions
/// on neutrons only; the field B (it cancels in R_sc/abs: every drift term is linear in B).
public struct NeutrinosphereConditions: Sendable {
    /// Matter temperature T (MeV).
    public let temperature: Double
    /// ρ (g cm⁻³) and Y_e.
    public let density: Double, electronFraction: Double
    /// B (gauss).
    public let fieldGauss: Double

    public init(temperature: Double = 3, density: Double = 1e12, electronFraction: Double = 0.3, fieldGauss: Double = 1e15) {
        self.temperature = temperature
        self.density = density
        self.electronFraction = electronFraction
        self.fieldGauss = fieldGauss
    }

    /// (ħc)³ converts cm⁻³ to MeV³.
    static var cubicCentimetre: Double { let h = PhysicalConstants.hbarC.value; return h * h * h }

    /// n_n = ρ(1 − Y_e)/m_u (MeV³), the target density of Eqs. (39) and (48).
    public var neutronDensity: Double { density * (1 - electronFraction) / PhysicalConstants.atomicMassUnit.value * Self.cubicCentimetre }
    /// n_p = ρY_e/m_u (MeV³).
    public var protonDensity: Double { density * electronFraction / PhysicalConstants.atomicMassUnit.value * Self.cubicCentimetre }
    /// n_{e⁻} − n_{e⁺} = ρY_e/m_u (MeV³), charge neutrality.
    public var netElectronDensity: Double { protonDensity }
    /// B in MeV² (Heaviside–Lorentz natural units).
    public var field: Double { fieldGauss * PhysicalConstants.gaussInMeV2.value }
    /// eB in MeV² (e = |e|).
    public var chargeTimesField: Double { fieldGauss * PhysicalConstants.elementaryChargeTimesGauss.value }
    /// μ_N B in MeV.
    public var nuclearMagnetonTimesField: Double { fieldGauss * PhysicalConstants.nuclearMagneton.value }

    /// The same conditions in another field.
    public func with(fieldGauss: Double) -> NeutrinosphereConditions {
        NeutrinosphereConditions(temperature: temperature, density: density, electronFraction: electronFraction, fieldGauss: fieldGauss)
    }
}
