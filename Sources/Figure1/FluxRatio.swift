import Algebra
import Derivation
import Glibc

/// R_sc/abs of Eq. (50): twice the scattering drift of ν_μ (and ν_τ), ∫dk [ε(1)δU + ε(2)k ∂δU/∂k
/// + ε(3)k² ∂²δU/∂k²] with δU_νμ from Eq. (52), over the absorption drift of ν_e,
/// ∫dk κ*(abs)/(3κ(tot)) ε_abs δU_νe with δU_νe from Eq. (51) (Eqs. 47-49); R_ν²(k) left out as
/// in the paper. δU = U(T_eff) − U(T) with μ_ν = 0, so δU ≡ 0 on the lines T_eff = T.
public struct FluxRatio: Sendable {
    public let conditions: NeutrinosphereConditions
    public let drift: [DriftCoefficients.Source: DriftCoefficients]
    public let absorption: AbsorptionDrift

    public init(conditions: NeutrinosphereConditions, drift: [DriftCoefficients.Source: DriftCoefficients], absorption: AbsorptionDrift) {
        self.conditions = conditions
        self.drift = drift
        self.absorption = absorption
    }

    /// Builds the model from a finished derivation: Table I from seeds/stage1.claims, ε(1..3)
    /// printed and derived, κ0 from the derived Eq. (39), μ_e solved unless given.
    public init(verification v: Verification, conditions: NeutrinosphereConditions = NeutrinosphereConditions(),
                readings: Figure1Readings = .standard, electronChemicalPotential: Double? = nil) throws {
        let table = v.seeds.stage1
        let scattering = try TableICouplings(row: "nun", seeds: table)
        let moments = try TableICouplings.moments(seeds: table)
        let muBB = moments.neutron * conditions.nuclearMagnetonTimesField
        var drift: [DriftCoefficients.Source: DriftCoefficients] = [:]
        for source in DriftCoefficients.Source.allCases {
            drift[source] = try DriftCoefficients(source: source, polynomials: DriftCoefficients.polynomials(source, verification: v),
                                                  couplings: scattering, temperature: conditions.temperature,
                                                  mass: PhysicalConstants.neutronMass.value, muBB: muBB)
        }
        let kappa0 = try CompiledCoefficient(v.stage4.paper.kappa0, constants: [
            PaperSymbols.GF: PhysicalConstants.fermiConstant.value, Stage3Derivation.n: conditions.neutronDensity,
            PaperSymbols.cV: scattering.cV, PaperSymbols.cA: scattering.cA, Stage2Derivation.pi: Double.pi,
        ], variables: [Stage2Derivation.k])
        let muE = try electronChemicalPotential ?? ElectronChemicalPotential.solve(
            netDensity: conditions.netElectronDensity, temperature: conditions.temperature, mass: PhysicalConstants.electronMass.value)
        self.init(conditions: conditions, drift: drift,
                  absorption: AbsorptionDrift(conditions: conditions, readings: readings,
                                              chargedCurrent: try TableICouplings(row: "cc", seeds: table), moments: moments,
                                              electronChemicalPotential: muE, kappa0: kappa0))
    }

    /// The finite upper limit of the k-integrals: 80 max(T, T_eff); every integrand is bounded by
    /// a polynomial of degree ≤ 5 times e^{−k/max(T, T_eff)}, so the tail is below 1e-25 relative.
    public func upperLimit(_ effectiveTemperature: Double) -> Double { 80 * max(conditions.temperature, effectiveTemperature) }

    /// The numerator of Eq. (50), 2∫dk [ε(1)δU + ε(2)k δU' + ε(3)k² δU''] at T_μ^eff.
    public func scatteringDrift(_ source: DriftCoefficients.Source, effectiveTemperature: Double,
                                quadrature: AdaptiveQuadrature) throws -> AdaptiveQuadrature.Result {
        let T = conditions.temperature, eps = drift[source]!
        if effectiveTemperature == T { return AdaptiveQuadrature.Result(value: 0, errorEstimate: 0, evaluations: 0) }
        let r = try quadrature.integrate(0, upperLimit(effectiveTemperature)) { k in
            let d = ThermalSpectrum.deviation(k: k, effectiveTemperature: effectiveTemperature, temperature: T)
            let e = eps(k: k, f0: FermiDirac.derivatives(k: k, temperature: T))
            return e.0 * d.u + e.1 * k * d.du + e.2 * k * k * d.d2u
        }
        return AdaptiveQuadrature.Result(value: 2 * r.value, errorEstimate: 2 * r.errorEstimate, evaluations: r.evaluations)
    }

    /// The denominator of Eq. (50), ∫dk κ*(abs)/(3κ(tot)) ε_abs δU_νe at T_e^eff.
    public func absorptionDrift(effectiveTemperature: Double, quadrature: AdaptiveQuadrature) throws -> AdaptiveQuadrature.Result {
        let T = conditions.temperature
        if effectiveTemperature == T { return AdaptiveQuadrature.Result(value: 0, errorEstimate: 0, evaluations: 0) }
        return try quadrature.integrate(0, upperLimit(effectiveTemperature)) { k in
            absorption.weight(k) * ThermalSpectrum.deviation(k: k, effectiveTemperature: effectiveTemperature, temperature: T).u
        }
    }

    /// |numerator/denominator|: +∞ on T_e^eff = T (δU_νe ≡ 0), 0 on T_μ^eff = T (δU_νμ ≡ 0),
    /// NaN where both vanish.
    public static func ratio(scattering: Double, absorption: Double) -> Double {
        if absorption == 0 { return scattering == 0 ? .nan : .infinity }
        return abs(scattering / absorption)
    }
}
