import Glibc

/// The Fermi–Dirac occupation 1/(e^x + 1) and the k-derivatives of a Fermi–Dirac spectrum,
/// evaluated without overflow for large |x|.
public enum FermiDirac {
    /// 1/(e^x + 1).
    public static func occupation(_ x: Double) -> Double {
        x > 0 ? exp(-x) / (1 + exp(-x)) : 1 / (1 + exp(x))
    }

    /// f(k) = 1/(e^{(k−μ)/T} + 1) and its first two k-derivatives,
    /// f' = −f(1 − f)/T, f'' = −f'(1 − 2f)/T (used for f0 in Eqs. 41-45 and for Eqs. 51-52).
    public static func derivatives(k: Double, temperature T: Double, chemicalPotential mu: Double = 0)
        -> (f: Double, df: Double, d2f: Double) {
        let f = occupation((k - mu) / T)
        let df = -f * (1 - f) / T
        return (f, df, -df * (1 - 2 * f) / T)
    }
}
