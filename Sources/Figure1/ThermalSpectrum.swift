import Glibc

/// U(k) = (k³/2π²)/(e^{k/T_eff} + 1) of Eqs. (51)-(52) and δU = U − U^FD with U^FD the same at
/// the matter temperature T (μ_ν = 0), with their first two k-derivatives.
public enum ThermalSpectrum {
    /// (U, ∂U/∂k, ∂²U/∂k²) for a Fermi–Dirac spectrum at temperature `T`, zero chemical potential.
    public static func energyDensity(k: Double, temperature T: Double) -> (u: Double, du: Double, d2u: Double) {
        let f = FermiDirac.derivatives(k: k, temperature: T)
        let c = 1 / (2 * Double.pi * Double.pi)
        return (c * k * k * k * f.f,
                c * (3 * k * k * f.f + k * k * k * f.df),
                c * (6 * k * f.f + 6 * k * k * f.df + k * k * k * f.d2f))
    }

    /// δU(k) = U(k; T_eff) − U(k; T) and its first two k-derivatives.
    public static func deviation(k: Double, effectiveTemperature: Double, temperature: Double) -> (u: Double, du: Double, d2u: Double) {
        let a = energyDensity(k: k, temperature: effectiveTemperature), b = energyDensity(k: k, temperature: temperature)
        return (a.u - b.u, a.du - b.du, a.d2u - b.d2u)
    }
}
