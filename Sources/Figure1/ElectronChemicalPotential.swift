import Glibc

/// The electron chemical potential μ_e (rest mass included) for which the net electron density
/// of a relativistic Fermi gas with e⁺e⁻ pairs equals ρY_e/m_u:
///
///     n_{e⁻} − n_{e⁺} = (1/π²) ∫_0^∞ p² dp [f((E − μ_e)/T) − f((E + μ_e)/T)],  E = (p² + m_e²)^{1/2},
///
/// (two spin states). It enters Eqs. (48)-(49) through f_e(k + m_n − m_p). Solved by bisection
/// (the net density increases with μ_e), each density by `AdaptiveQuadrature`.
public enum ElectronChemicalPotential {
    /// n_{e⁻} − n_{e⁺} in MeV³ at chemical potential `mu`.
    public static func netDensity(mu: Double, temperature T: Double, mass: Double,
                                  quadrature: AdaptiveQuadrature) throws -> Double {
        let upper = max(mu, 0) + 100 * T + mass
        let r = try quadrature.integrate(0, upper) { p in
            let e = (p * p + mass * mass).squareRoot()
            return p * p * (FermiDirac.occupation((e - mu) / T) - FermiDirac.occupation((e + mu) / T))
        }
        return r.value / (Double.pi * Double.pi)
    }

    /// μ_e with n_{e⁻} − n_{e⁺} = `netDensity` (MeV³, > 0), to relative accuracy 1e-13.
    public static func solve(netDensity target: Double, temperature T: Double, mass: Double,
                             quadrature: AdaptiveQuadrature = AdaptiveQuadrature(relativeTolerance: 1e-12)) throws -> Double {
        guard target > 0, T > 0, mass >= 0 else {
            throw AdaptiveQuadrature.NotConverged(description: "electron chemical potential: needs n > 0 and T > 0")
        }
        // The degenerate estimate (3π²n)^{1/3} bounds μ_e from above for a positive net density.
        var lo = 0.0, hi = pow(3 * Double.pi * Double.pi * target, 1.0 / 3.0) + mass + 10 * T
        guard try netDensity(mu: hi, temperature: T, mass: mass, quadrature: quadrature) >= target else {
            throw AdaptiveQuadrature.NotConverged(description: "electron chemical potential: no bracket below \(hi) MeV")
        }
        while hi - lo > 1e-13 * hi {
            let mid = 0.5 * (lo + hi)
            if try netDensity(mu: mid, temperature: T, mass: mass, quadrature: quadrature) < target { lo = mid } else { hi = mid }
        }
        return 0.5 * (lo + hi)
    }
}
