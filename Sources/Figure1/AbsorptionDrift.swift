import Glibc

/// The absorption drift of ν_e n → e⁻ p after Arras and Lai, Eqs. (47)-(49): the weight
/// κ*(abs)/(3κ(tot)) ε_abs that multiplies δU_νe in the denominator of Eq. (50).
public struct AbsorptionDrift: Sendable {
    public let conditions: NeutrinosphereConditions
    public let readings: Figure1Readings
    /// The charged-current couplings (Table I, c_V = 1, c_A = g_A).
    public let chargedCurrent: TableICouplings
    /// μ_e (MeV, rest mass included) and μ_ν (MeV) used in f_e and κ*(abs).
    public let electronChemicalPotential: Double, neutrinoChemicalPotential: Double
    /// μ_Bn B and μ_Bp B (MeV).
    public let neutronMomentField: Double, protonMomentField: Double
    /// κ0 of Eq. (39) for νn scattering (MeV), a function of k alone.
    let kappa0: CompiledCoefficient

    /// `moments` are μ_p, μ_n of Table I (anomalous, in μ_N); `kappa0` is κ0 of Eq. (39), variable k.
    public init(conditions: NeutrinosphereConditions, readings: Figure1Readings, chargedCurrent: TableICouplings,
                moments: (proton: Double, neutron: Double), electronChemicalPotential: Double,
                kappa0: CompiledCoefficient) {
        self.conditions = conditions
        self.readings = readings
        self.chargedCurrent = chargedCurrent
        self.electronChemicalPotential = electronChemicalPotential
        self.kappa0 = kappa0
        let muNB = conditions.nuclearMagnetonTimesField
        neutronMomentField = moments.neutron * muNB
        protonMomentField = (readings.protonMoment == .total ? 1 + moments.proton : moments.proton) * muNB
        switch readings.neutrinoChemicalPotential {
        case .zero: neutrinoChemicalPotential = 0
        case .betaEquilibrium:
            // μ_n − μ_p for nondegenerate nucleons: (m_n − m_p) + T ln(n_n/n_p) + (3T/2) ln(m_p/m_n).
            let T = conditions.temperature
            let nucleon = PhysicalConstants.neutronProtonMassDifference.value + T * log(conditions.neutronDensity / conditions.protonDensity)
                + 1.5 * T * log(PhysicalConstants.protonMass.value / PhysicalConstants.neutronMass.value)
            neutrinoChemicalPotential = electronChemicalPotential - nucleon
        }
    }

    /// E_e = k + m_n − m_p.
    func electronEnergy(_ k: Double) -> Double { k + PhysicalConstants.neutronProtonMassDifference.value }

    /// f_e(E_e) at the matter temperature (0 without blocking).
    func electronOccupation(_ k: Double) -> Double {
        readings.electronBlocking == .none ? 0 : FermiDirac.occupation((electronEnergy(k) - electronChemicalPotential) / conditions.temperature)
    }

    /// 1 − f_e(E_e), computed without cancellation.
    func electronVacancy(_ k: Double) -> Double {
        readings.electronBlocking == .none ? 1 : FermiDirac.occupation(-(electronEnergy(k) - electronChemicalPotential) / conditions.temperature)
    }

    /// κ(abs) of Eq. (48), (G_F²/π) E_e² n_n (c_V² + 3c_A²)[1 − f_e(E_e)].
    public func absorptionOpacity(_ k: Double) -> Double {
        let e = electronEnergy(k), G = PhysicalConstants.fermiConstant.value
        return G * G / Double.pi * e * e * conditions.neutronDensity * chargedCurrent.absorptionSum * electronVacancy(k)
    }

    /// κ*(abs) = κ(abs)[1 + e^{(μ_ν − k)/T}] (text below Eq. 47).
    public func stimulatedAbsorptionOpacity(_ k: Double) -> Double {
        absorptionOpacity(k) * (1 + exp((neutrinoChemicalPotential - k) / conditions.temperature))
    }

    /// ε_abs of Eq. (49).
    public func asymmetry(_ k: Double) -> Double {
        let c = chargedCurrent, T = conditions.temperature, e = electronEnergy(k)
        let sum = c.absorptionSum
        let eB = (readings.electronCharge == .positive ? 1.0 : -1.0) * conditions.chargeTimesField
        let landau = eB / (e * e) * (c.cV * c.cV - c.cA * c.cA) / sum
        let neutron = 2 * c.cA * (c.cA + c.cV) / sum * neutronMomentField / T
        let proton = 2 * c.cA * (c.cA - c.cV) / sum * protonMomentField / T
        let recoil = T / e * (1 + e / T * electronOccupation(k)) * (neutron + proton)
        switch readings.half {
        case .fieldTermOnly: return 0.5 * landau + neutron - recoil
        case .wholeExpression: return 0.5 * (landau + neutron - recoil)
        }
    }

    /// κ*(abs)/(3κ(tot)) ε_abs, κ(tot) = κ*(abs) + κ0 (Eq. 47).
    public func weight(_ k: Double) -> Double {
        let star = stimulatedAbsorptionOpacity(k)
        return star / (3 * (star + kappa0(SIMD4(k, 0, 0, 0)))) * asymmetry(k)
    }
}
