// GENERATED FILE - DO NOT EDIT.
// Regenerate: `swift run verify emit` in the package root. `swift run verify emit --check`
// (run by .ci/run) fails and names this file when it differs from a fresh emission.
//
// Equations: (31)-(37) of S. Ando, astro-ph/0307006: the first moment V = int dOmega/4pi Omega [df/dt]_sc of the
//   scattering collision integral (25)-(28), derived by the Stage 3 engine from Stage 2's rate (as derived):
//   delta = (T/m)^(1/2) bookkeeping, S0 from the exact nondegenerate form of Eq. (18) (bracket to O(delta^4)),
//   Taylor expansion of f0, g, h and exp(-q0/T), Gaussian u-moments, the Omega' and Omega angular integrals.
//   Each term of Eq. (31) is half the sum ("0") or half the difference nu - nubar ("+-") of the derived moments
//   at one order in delta (delta^2 = T/m) and in muB B.
// Inputs: seeds/stage1.claims, seeds/stage2.claims and seeds/stage3.claims (Eqs. 17, 18, 26-28, printed 32-37).
// Approximations, neglected:
//   - terms of order 1/m^2: p^2/m^2, q^2/m^2, (p.q)/m^2, P^2/m^2
//   - q0/m ~ k^2/m^2 in the weak-magnetism vertex (q = (q0, q) with q0 of order k^2/m)
//   - the nucleon kinetic energy p^2/2m in p^0 = m + p^2/2m and in the boost of the spin vector
//   - terms of order (muB B/T)^2: delta x, the P-substitution and the rate are kept to first order in muB B
//   - nucleon degeneracy: nondegenerate limit (A12), S_ss' = S0 (1 - delta x)
//   - relative order (T/m)^2 and beyond: V is kept through delta^2 = T/m (k/m = (k/T) delta^2, muB B/m)
//   - the lower limit u = -1/eps is moved to -infinity: an error O(exp(-1/eps^2)), beyond every power of eps
//   - terms quadratic in delta f (Eq. 25)
// Seed file: seeds/stage1.claims (SHA-256 45aa97bf50172963feb55b539f9c465b25490b5a5a12dd2df54cb66c7d3fd07d)
// Seed file: seeds/stage2.claims (SHA-256 6ac87785667b50f111430552de36cd169662bb73b556819ab901293570db3c82)
// Seed file: seeds/stage3.claims (SHA-256 09e46bb525c439e839822d73cf26655ff940d8f6ee50bca7f4f0cc35d0081145)
// Conventions: metric (+,-,-,-); gamma5 = i g0 g1 g2 g3; eps^{0123} = +1; tr(g5 a b c d) = -4i eps(a,b,c,d)
// Generator: Sources/Outputs/CoefficientEmitter.swift; arithmetic by SwiftStraightLineProgram (Algebra).
// Content SHA-256 (of everything after this header): fa0c9f1588ea0c7ea12c931aa4b957b524b74bc09ba6380e696dceee0cdf83b6

/// The first moment of the scattering collision integral, Eqs. (31)-(37) of astro-ph/0307006,
/// V = ∫dΩ/4π Ω [∂f_ν/∂t]_sc, for nondegenerate nucleons through relative order T/m, k/m and μ_B B/m,
/// evaluated from the expressions the symbolic engine derives (not as printed).
///
/// Arguments: the energy k, the medium (T, m, n, μ_B B and the field direction B̂), the couplings
/// and G_F, and the values at k of f_ν^(0), of the deviations g, h of Eq. (28) (f_ν = f_ν^(0) + g + 3Ω·h)
/// and of their k-derivatives.
public enum FirstMoment {
    /// Eq. (32): V_0, the leading term, the same for ν and ν̄.
    ///
    /// Read off the derived first moment (Eq. 31) as half the sum of the ν and ν̄ moments at order δ⁰
    /// and (μ_B B)^0.
    ///
    /// Printed Eq. (32) against this derivation: MATCH (`swift run verify traces` prints any
    /// difference). This function evaluates the derived expression.
    ///
    /// Derived expression, the coefficient of each vector (pm = +1 for ν, -1 for ν̄):
    /// ```
    /// h: -10/3*GF^2*cA^2*k^2*n/pi - 2/3*GF^2*cV^2*k^2*n/pi
    /// ```
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, n > 0, 0 < f0 < 1 (derivatives of f0, g, h with respect to k of the natural sizes 1/T per order).
    /// Accuracy, per Cartesian component (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - k: k, the (anti)neutrino energy
    ///   - n: n, the nucleon number density (energy³ in natural units)
    ///   - h: h(k), the dipole deviation of Eq. (28) (f = f0 + g + 3Ω·h)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the term of ∫dΩ/4π Ω [∂f/∂t]_sc (Eq. 31), a vector along the given vectors: in natural units (G_F in MeV⁻², k, T, m, μ_B B in MeV, n in MeV³, h dimensionless) in MeV.
    @inlinable
    public static func v0(
        k: Double,
        nucleonDensity n: Double,
        h: Vector3,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Vector3 {
        let cA = couplings.cA
        let cV = couplings.cV
        let pi = Double.pi
        let t0 = cV*cV + 5.0*cA*cA
        let c0 = -(2.0/3.0)*GF*GF*k*k*n*t0/pi  // coefficient of h
        return c0*h
    }

    /// Eq. (33): δV^B_±, the O(μ_B B/T) term, entering V with the sign ± (+ for ν).
    ///
    /// Read off the derived first moment (Eq. 31) as half the difference ν − ν̄ of the moments at order
    /// δ⁰ and (μ_B B)^1.
    ///
    /// Printed Eq. (33) against this derivation: MATCH (`swift run verify traces` prints any
    /// difference). This function evaluates the derived expression.
    ///
    /// Derived expression, the coefficient of each vector (pm = +1 for ν, -1 for ν̄):
    /// ```
    /// B: -4/3*GF^2*cA^2*g*k^2*muBB*n/(T*pi) + 8/3*GF^2*cA^2*f0*g*k^2*muBB*n/(T*pi)
    /// - 4/3*GF^2*cA^2*g_1*k^2*muBB*n/pi
    /// ```
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, n > 0, 0 < f0 < 1 (derivatives of f0, g, h with respect to k of the natural sizes 1/T per order).
    /// Accuracy, per Cartesian component (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - k: k, the (anti)neutrino energy
    ///   - T: T, the temperature (as k)
    ///   - n: n, the nucleon number density (energy³ in natural units)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - f0: f_ν^(0)(k), the equilibrium distribution at k
    ///   - g: g(k), the isotropic deviation of Eq. (28)
    ///   - dgdk: ∂g/∂k at k
    ///   - bHat: B̂, direction of the magnetic field (unit vector)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the term of ∫dΩ/4π Ω [∂f/∂t]_sc (Eq. 31), a vector along the given vectors: in natural units (G_F in MeV⁻², k, T, m, μ_B B in MeV, n in MeV³, h dimensionless) in MeV.
    @inlinable
    public static func deltaVB(
        k: Double,
        temperature T: Double,
        nucleonDensity n: Double,
        fieldEnergy muBB: Double,
        f0: Double,
        g: Double,
        dgdk: Double,
        fieldDirection bHat: Vector3,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Vector3 {
        let cA = couplings.cA
        let pi = Double.pi
        let t0 = 1.0 - 2.0*f0
        let t1 = dgdk + g*t0/T
        let c0 = -(4.0/3.0)*GF*GF*cA*cA*k*k*muBB*n*t1/pi  // coefficient of bHat
        return c0*bHat
    }

    /// Eq. (34): δV^WM_0, the O(T/m) (recoil and weak-magnetism) term, the same for ν and ν̄.
    ///
    /// Read off the derived first moment (Eq. 31) as half the sum of the ν and ν̄ moments at order δ² =
    /// T/m and (μ_B B)^0.
    ///
    /// Printed Eq. (34) against this derivation: MATCH (`swift run verify traces` prints any
    /// difference). This function evaluates the derived expression.
    ///
    /// Derived expression, the coefficient of each vector (pm = +1 for ν, -1 for ν̄):
    /// ```
    /// h: -30*GF^2*T*cA^2*k^2*n/(m*pi) - 10/3*GF^2*T*cV^2*k^2*n/(m*pi) + 6*GF^2*cA^2*k^3*n/(m*pi)
    /// + 2*GF^2*cV^2*k^3*n/(m*pi) - 12*GF^2*cA^2*f0*k^3*n/(m*pi) - 4*GF^2*cV^2*f0*k^3*n/(m*pi)
    /// - 20/3*GF^2*cA^2*f0_1*k^4*n/(m*pi) - 4/3*GF^2*cV^2*f0_1*k^4*n/(m*pi)
    /// h_1: -8*GF^2*T*cA^2*k^3*n/(m*pi) - 4/3*GF^2*cA^2*k^4*n/(m*pi) + 8/3*GF^2*cA^2*f0*k^4*n/(m*pi)
    /// h_2: -4/3*GF^2*T*cA^2*k^4*n/(m*pi)
    /// ```
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, n > 0, 0 < f0 < 1 (derivatives of f0, g, h with respect to k of the natural sizes 1/T per order).
    /// Accuracy, per Cartesian component (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - k: k, the (anti)neutrino energy
    ///   - T: T, the temperature (as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - n: n, the nucleon number density (energy³ in natural units)
    ///   - f0: f_ν^(0)(k), the equilibrium distribution at k
    ///   - df0dk: ∂f_ν^(0)/∂k at k
    ///   - h: h(k), the dipole deviation of Eq. (28) (f = f0 + g + 3Ω·h)
    ///   - dhdk: ∂h/∂k at k
    ///   - d2hdk2: ∂²h/∂k² at k
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the term of ∫dΩ/4π Ω [∂f/∂t]_sc (Eq. 31), a vector along the given vectors: in natural units (G_F in MeV⁻², k, T, m, μ_B B in MeV, n in MeV³, h dimensionless) in MeV.
    @inlinable
    public static func deltaVWM0(
        k: Double,
        temperature T: Double,
        nucleonMass m: Double,
        nucleonDensity n: Double,
        f0: Double,
        df0dk: Double,
        h: Vector3,
        dhdk: Vector3,
        d2hdk2: Vector3,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Vector3 {
        let cA = couplings.cA
        let cV = couplings.cV
        let pi = Double.pi
        let c0_t0 = 1.0 - 2.0*f0
        let c0_t1 = 45.0*T + (10.0*df0dk*k - 9.0*c0_t0)*k
        let c0_t2 = 5.0*T + (2.0*df0dk*k - 3.0*c0_t0)*k
        let c0_t3 = cA*cA*c0_t1 + cV*cV*c0_t2
        let c0 = -(2.0/3.0)*GF*GF*k*k*n*c0_t3/(m*pi)  // coefficient of h
        let c1_t0 = 1.0 - 2.0*f0
        let c1_t1 = 6.0*T + c1_t0*k
        let c1 = -(4.0/3.0)*GF*GF*cA*cA*k*k*k*n*c1_t1/(m*pi)  // coefficient of dhdk
        let c2 = -(4.0/3.0)*GF*GF*T*cA*cA*k*k*k*k*n/(m*pi)  // coefficient of d2hdk2
        return c0*h + c1*dhdk + c2*d2hdk2
    }

    /// Eq. (35): δV^WM_±, the O(T/m) term entering V with the sign ± (+ for ν).
    ///
    /// Read off the derived first moment (Eq. 31) as half the difference ν − ν̄ of the moments at order
    /// δ² = T/m and (μ_B B)^0.
    ///
    /// Printed Eq. (35) against this derivation: MATCH (`swift run verify traces` prints any
    /// difference). This function evaluates the derived expression.
    ///
    /// Derived expression, the coefficient of each vector (pm = +1 for ν, -1 for ν̄):
    /// ```
    /// h: -16/3*F2*GF^2*cA*k^3*n/(m*pi) - 16/3*GF^2*cA*cV*k^3*n/(m*pi)
    /// ```
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, n > 0, 0 < f0 < 1 (derivatives of f0, g, h with respect to k of the natural sizes 1/T per order).
    /// Accuracy, per Cartesian component (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - k: k, the (anti)neutrino energy
    ///   - m: m, the nucleon mass (as k)
    ///   - n: n, the nucleon number density (energy³ in natural units)
    ///   - h: h(k), the dipole deviation of Eq. (28) (f = f0 + g + 3Ω·h)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the term of ∫dΩ/4π Ω [∂f/∂t]_sc (Eq. 31), a vector along the given vectors: in natural units (G_F in MeV⁻², k, T, m, μ_B B in MeV, n in MeV³, h dimensionless) in MeV.
    @inlinable
    public static func deltaVWM(
        k: Double,
        nucleonMass m: Double,
        nucleonDensity n: Double,
        h: Vector3,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Vector3 {
        let F2 = couplings.F2
        let cA = couplings.cA
        let cV = couplings.cV
        let pi = Double.pi
        let t0 = cV + F2
        let c0 = -(16.0/3.0)*GF*GF*cA*k*k*k*n*t0/(m*pi)  // coefficient of h
        return c0*h
    }

    /// Eq. (36): δV^{B,WM}_0, the O(μ_B B/m) term, the same for ν and ν̄.
    ///
    /// Read off the derived first moment (Eq. 31) as half the sum of the ν and ν̄ moments at order δ² =
    /// T/m and (μ_B B)^1.
    ///
    /// Printed Eq. (36) against this derivation: MATCH (`swift run verify traces` prints any
    /// difference). This function evaluates the derived expression.
    ///
    /// Derived expression, the coefficient of each vector (pm = +1 for ν, -1 for ν̄):
    /// ```
    /// B: -20/9*F2*GF^2*cA*g*k^3*muBB*n/(T*m*pi) + 8/9*GF^2*cA*cV*g*k^3*muBB*n/(T*m*pi)
    /// + 40/9*F2*GF^2*cA*f0*g*k^3*muBB*n/(T*m*pi) - 20/9*F2*GF^2*cA*g_1*k^3*muBB*n/(m*pi)
    /// - 16/9*GF^2*cA*cV*f0*g*k^3*muBB*n/(T*m*pi) + 4/9*GF^2*cA*cV*g_1*k^4*muBB*n/(T*m*pi)
    /// + 8/9*GF^2*cA*cV*g_1*k^3*muBB*n/(m*pi) - 8/9*GF^2*cA*cV*f0*g_1*k^4*muBB*n/(T*m*pi)
    /// - 8/9*GF^2*cA*cV*f0_1*g*k^4*muBB*n/(T*m*pi) + 4/9*GF^2*cA*cV*g_2*k^4*muBB*n/(m*pi)
    /// ```
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, n > 0, 0 < f0 < 1 (derivatives of f0, g, h with respect to k of the natural sizes 1/T per order).
    /// Accuracy, per Cartesian component (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - k: k, the (anti)neutrino energy
    ///   - T: T, the temperature (as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - n: n, the nucleon number density (energy³ in natural units)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - f0: f_ν^(0)(k), the equilibrium distribution at k
    ///   - df0dk: ∂f_ν^(0)/∂k at k
    ///   - g: g(k), the isotropic deviation of Eq. (28)
    ///   - dgdk: ∂g/∂k at k
    ///   - d2gdk2: ∂²g/∂k² at k
    ///   - bHat: B̂, direction of the magnetic field (unit vector)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the term of ∫dΩ/4π Ω [∂f/∂t]_sc (Eq. 31), a vector along the given vectors: in natural units (G_F in MeV⁻², k, T, m, μ_B B in MeV, n in MeV³, h dimensionless) in MeV.
    @inlinable
    public static func deltaVBWM0(
        k: Double,
        temperature T: Double,
        nucleonMass m: Double,
        nucleonDensity n: Double,
        fieldEnergy muBB: Double,
        f0: Double,
        df0dk: Double,
        g: Double,
        dgdk: Double,
        d2gdk2: Double,
        fieldDirection bHat: Vector3,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Vector3 {
        let F2 = couplings.F2
        let cA = couplings.cA
        let cV = couplings.cV
        let pi = Double.pi
        let t0 = 1.0 - 2.0*f0
        let t1 = dgdk + g*t0/T
        let t2 = d2gdk2*k + 2.0*dgdk
        let t3 = 1.0 - k*df0dk
        let t4 = t3 - 2.0*f0
        let t5 = dgdk*k*t0 + 2.0*t4*g
        let t6 = t2 + t5/T
        let t7 = 5.0*F2*t1 - cV*t6
        let c0 = -(4.0/9.0)*GF*GF*cA*k*k*k*muBB*n*t7/(m*pi)  // coefficient of bHat
        return c0*bHat
    }

    /// Eq. (37): δV^{B,WM}_±, the O(μ_B B/m) term entering V with the sign ± (+ for ν).
    ///
    /// Read off the derived first moment (Eq. 31) as half the difference ν − ν̄ of the moments at order
    /// δ² = T/m and (μ_B B)^1.
    ///
    /// Printed Eq. (37) against this derivation: MATCH (`swift run verify traces` prints any
    /// difference). This function evaluates the derived expression.
    ///
    /// Derived expression, the coefficient of each vector (pm = +1 for ν, -1 for ν̄):
    /// ```
    /// B: -92/3*GF^2*cA^2*g*k^2*muBB*n/(m*pi) - 92/3*GF^2*T*cA^2*g_1*k^2*muBB*n/(m*pi)
    /// - 8/9*GF^2*cA^2*g_1*k^4*muBB*n/(T*m*pi) + 184/3*GF^2*cA^2*f0*g*k^2*muBB*n/(m*pi)
    /// - 136/9*GF^2*cA^2*g_1*k^3*muBB*n/(m*pi) - 136/9*GF^2*T*cA^2*g_2*k^3*muBB*n/(m*pi)
    /// + 272/9*GF^2*cA^2*f0*g_1*k^3*muBB*n/(m*pi) + 272/9*GF^2*cA^2*f0_1*g*k^3*muBB*n/(m*pi)
    /// - 8/3*GF^2*cA^2*g_2*k^4*muBB*n/(m*pi) - 16/9*GF^2*T*cA^2*g_3*k^4*muBB*n/(m*pi)
    /// + 16/3*GF^2*cA^2*f0*g_2*k^4*muBB*n/(m*pi) + 16/3*GF^2*cA^2*f0_2*g*k^4*muBB*n/(m*pi)
    /// ```
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, n > 0, 0 < f0 < 1 (derivatives of f0, g, h with respect to k of the natural sizes 1/T per order).
    /// Accuracy, per Cartesian component (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - k: k, the (anti)neutrino energy
    ///   - T: T, the temperature (as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - n: n, the nucleon number density (energy³ in natural units)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - f0: f_ν^(0)(k), the equilibrium distribution at k
    ///   - df0dk: ∂f_ν^(0)/∂k at k
    ///   - d2f0dk2: ∂²f_ν^(0)/∂k² at k
    ///   - g: g(k), the isotropic deviation of Eq. (28)
    ///   - dgdk: ∂g/∂k at k
    ///   - d2gdk2: ∂²g/∂k² at k
    ///   - d3gdk3: ∂³g/∂k³ at k
    ///   - bHat: B̂, direction of the magnetic field (unit vector)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the term of ∫dΩ/4π Ω [∂f/∂t]_sc (Eq. 31), a vector along the given vectors: in natural units (G_F in MeV⁻², k, T, m, μ_B B in MeV, n in MeV³, h dimensionless) in MeV.
    @inlinable
    public static func deltaVBWM(
        k: Double,
        temperature T: Double,
        nucleonMass m: Double,
        nucleonDensity n: Double,
        fieldEnergy muBB: Double,
        f0: Double,
        df0dk: Double,
        d2f0dk2: Double,
        g: Double,
        dgdk: Double,
        d2gdk2: Double,
        d3gdk3: Double,
        fieldDirection bHat: Vector3,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Vector3 {
        let cA = couplings.cA
        let pi = Double.pi
        let t0 = 1.0 - 2.0*f0
        let t1 = T*dgdk + t0*g
        let t2 = t0*d2gdk2 - 2.0*d2f0dk2*g
        let t3 = 3.0*t2 + 2.0*d3gdk3*T + dgdk/T
        let t4 = d2gdk2*T - 2.0*df0dk*g
        let t5 = t4 + t0*dgdk
        let t6 = 69.0*t1 + (2.0*t3*k + 34.0*t5)*k
        let c0 = -(4.0/9.0)*GF*GF*cA*cA*k*k*muBB*n*t6/(m*pi)  // coefficient of bHat
        return c0*bHat
    }

    /// Eq. (31): V = ∫dΩ/4π Ω [∂f_ν/∂t]_sc = V_0 ± δV^B_± + δV^WM_0 ± δV^WM_± + δV^{B,WM}_0 ± δV^{B,WM}_± for ν (upper signs) or ν̄.
    ///
    /// Evaluated from the whole derived moment of the given lepton at once (not as a sum of the six
    /// calls). For B = 0 and a locally constant dipole (∂h/∂k = ∂²h/∂k² = 0, g = 0) V = −κ h defines
    /// the transport opacity κ (Eq. 39 at leading order).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, n > 0, 0 < f0 < 1 (derivatives of f0, g, h with respect to k of the natural sizes 1/T per order).
    /// Accuracy, per Cartesian component (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - lepton: `.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)
    ///   - k: k, the (anti)neutrino energy
    ///   - T: T, the temperature (as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - n: n, the nucleon number density (energy³ in natural units)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - f0: f_ν^(0)(k), the equilibrium distribution at k
    ///   - df0dk: ∂f_ν^(0)/∂k at k
    ///   - d2f0dk2: ∂²f_ν^(0)/∂k² at k
    ///   - g: g(k), the isotropic deviation of Eq. (28)
    ///   - dgdk: ∂g/∂k at k
    ///   - d2gdk2: ∂²g/∂k² at k
    ///   - d3gdk3: ∂³g/∂k³ at k
    ///   - h: h(k), the dipole deviation of Eq. (28) (f = f0 + g + 3Ω·h)
    ///   - dhdk: ∂h/∂k at k
    ///   - d2hdk2: ∂²h/∂k² at k
    ///   - bHat: B̂, direction of the magnetic field (unit vector)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: V of Eq. (31), units as for `v0`.
    @inlinable
    public static func firstMoment(
        _ lepton: Lepton,
        k: Double,
        temperature T: Double,
        nucleonMass m: Double,
        nucleonDensity n: Double,
        fieldEnergy muBB: Double,
        f0: Double,
        df0dk: Double,
        d2f0dk2: Double,
        g: Double,
        dgdk: Double,
        d2gdk2: Double,
        d3gdk3: Double,
        h: Vector3,
        dhdk: Vector3,
        d2hdk2: Vector3,
        fieldDirection bHat: Vector3,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Vector3 {
        let F2 = couplings.F2
        let cA = couplings.cA
        let cV = couplings.cV
        let pm = lepton.sign
        let pi = Double.pi
        let c0_t0 = 1.0 - 2.0*f0
        let c0_t1 = dgdk + g*c0_t0/T
        let c0_t2 = d2gdk2*k + 2.0*dgdk
        let c0_t3 = 1.0 - k*df0dk
        let c0_t4 = c0_t3 - 2.0*f0
        let c0_t5 = dgdk*k*c0_t0 + 2.0*c0_t4*g
        let c0_t6 = c0_t2 + c0_t5/T
        let c0_t7 = T*dgdk + c0_t0*g
        let c0_t8 = c0_t0*d2gdk2 - 2.0*d2f0dk2*g
        let c0_t9 = 3.0*c0_t8 + 2.0*d3gdk3*T + dgdk/T
        let c0_t10 = d2gdk2*T - 2.0*df0dk*g
        let c0_t11 = c0_t10 + c0_t0*dgdk
        let c0_t12 = 69.0*c0_t7 + (2.0*c0_t9*k + 34.0*c0_t11)*k
        let c0_t13 = 3.0*c0_t1 + c0_t12/m
        let c0_t14 = 5.0*F2*k*c0_t1/m - cV*k*c0_t6/m + cA*pm*c0_t13
        let c0 = -(4.0/9.0)*GF*GF*cA*k*k*muBB*n*c0_t14/pi  // coefficient of bHat
        let c1_t0 = 1.0 - 2.0*f0
        let c1_t1 = 45.0*T + (10.0*df0dk*k - 9.0*c1_t0)*k
        let c1_t2 = 5.0 + c1_t1/m
        let c1_t3 = 5.0*T + (2.0*df0dk*k - 3.0*c1_t0)*k
        let c1_t4 = 1.0 + c1_t3/m
        let c1_t5 = cV + F2
        let c1_t6 = cA*cA*c1_t2 + cV*cV*c1_t4 + 8.0*cA*pm*c1_t5*k/m
        let c1 = -(2.0/3.0)*GF*GF*k*k*n*c1_t6/pi  // coefficient of h
        let c2_t0 = 1.0 - 2.0*f0
        let c2_t1 = 6.0*T + c2_t0*k
        let c2 = -(4.0/3.0)*GF*GF*cA*cA*k*k*k*n*c2_t1/(m*pi)  // coefficient of dhdk
        let c3 = -(4.0/3.0)*GF*GF*T*cA*cA*k*k*k*k*n/(m*pi)  // coefficient of d2hdk2
        return c0*bHat + c1*h + c2*dhdk + c3*d2hdk2
    }
}
