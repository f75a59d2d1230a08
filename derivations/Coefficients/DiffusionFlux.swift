// GENERATED FILE - DO NOT EDIT.
// Regenerate: `swift run verify emit` in the package root. `swift run verify emit --check`
// (run by .ci/run) fails and names this file when it differs from a fresh emission.
//
// Equations: (39)-(45) of S. Ando, astro-ph/0307006: the diffusion flux F_nu + F_nubar of Eq. (40), by solving the
//   first moment of the Boltzmann equation (24) with the derived V of Stage 3 for h_nu, h_nubar (iteration from
//   Eq. 38), F = k^3 h/2pi^2 and dU = k^3 g/2pi^2 as in Eqs. (29)-(30), d/dk acting on k^3 too (Reading.definitions).
// Inputs: seeds/stage1.claims, seeds/stage2.claims, seeds/stage3.claims and seeds/stage4.claims (printed 39-45, compared only).
// Approximations, neglected:
//   - terms of order 1/m^2: p^2/m^2, q^2/m^2, (p.q)/m^2, P^2/m^2
//   - q0/m ~ k^2/m^2 in the weak-magnetism vertex (q = (q0, q) with q0 of order k^2/m)
//   - the nucleon kinetic energy p^2/2m in p^0 = m + p^2/2m and in the boost of the spin vector
//   - terms of order (muB B/T)^2: delta x, the P-substitution and the rate are kept to first order in muB B
//   - nucleon degeneracy: nondegenerate limit (A12), S_ss' = S0 (1 - delta x)
//   - relative order (T/m)^2 and beyond: V is kept through delta^2 = T/m (k/m = (k/T) delta^2, muB B/m)
//   - the lower limit u = -1/eps is moved to -infinity: an error O(exp(-1/eps^2)), beyond every power of eps
//   - terms quadratic in delta f (Eq. 25)
//   - dh/dt (Eq. 24): the time-derivative term is dropped, as in the paper
//   - h beyond relative order T/m and first order in muB B (the derivative terms act on the lower iterate, Eq. 38)
// Seed file: seeds/stage1.claims (SHA-256 45aa97bf50172963feb55b539f9c465b25490b5a5a12dd2df54cb66c7d3fd07d)
// Seed file: seeds/stage2.claims (SHA-256 6ac87785667b50f111430552de36cd169662bb73b556819ab901293570db3c82)
// Seed file: seeds/stage3.claims (SHA-256 09e46bb525c439e839822d73cf26655ff940d8f6ee50bca7f4f0cc35d0081145)
// Seed file: seeds/stage4.claims (SHA-256 61e4965077c9d5109aeff6892214a170e5695536d8252063967077a4a9616033)
// Conventions: metric (+,-,-,-); gamma5 = i g0 g1 g2 g3; eps^{0123} = +1; tr(g5 a b c d) = -4i eps(a,b,c,d)
// Generator: Sources/Outputs/CoefficientEmitter.swift; arithmetic by SwiftStraightLineProgram (Algebra).
// Content SHA-256 (of everything after this header): 785ae88375410a9e9e1e348f5d7be9fa74ddb9634cd4779ac058a36545df13f6

/// The diffusion flux of astro-ph/0307006, Eqs. (39)-(45): κ0, δ^(1), δ^(2), ε^(1..3) and F_ν + F_ν̄ of Eq. (40),
/// for nondegenerate nucleons through relative order T/m and first order in μ_B B, as the symbolic engine derives
/// them under the paper's own definitions, Eqs. (29)-(30) (∂/∂k acts on k³ in F = k³h/2π² and δU = k³g/2π²).
///
/// Differ from the printed ones: Eq. (41), Eq. (43), Eq. (44); and the k ∂W/∂k bracket of Eq. (40) itself.
/// Equilibrium check (a uniform shift of μ_ν carries no flux) with these ε^(1..3): MATCH.
public enum DiffusionFlux {
    /// Eq. (39): κ0, the leading transport opacity (V_0 = −κ0 h), the same for ν and ν̄.
    ///
    /// Printed Eq. (39) against this derivation, under the paper's definitions (Eqs. 29-30): MATCH.
    /// This function evaluates the derived expression.
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// 10/3*GF^2*cA^2*k^2*n/pi + 2/3*GF^2*cV^2*k^2*n/pi
    /// ```
    ///
    /// Documented ranges: k > 0, n > 0.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - k: k, the (anti)neutrino energy
    ///   - n: n, the nucleon number density (energy³ in natural units)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: κ0 in natural units (G_F in MeV⁻², k in MeV, n in MeV³): MeV, an inverse length.
    @inlinable
    public static func kappa0(
        k: Double,
        nucleonDensity n: Double,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Double {
        let cA = couplings.cA
        let cV = couplings.cV
        let pi = Double.pi
        let t0 = cV*cV + 5.0*cA*cA
        return (2.0/3.0)*GF*GF*k*k*n*t0/pi
    }

    /// Eq. (41): δ^(1), the O(T/m) correction of the diffusion term −(2/3κ0)(1 − δ^(1))∇U_ν, as derived.
    ///
    /// Printed Eq. (41) against this derivation, under the paper's definitions (Eqs. 29-30): MISMATCH;
    /// in the grouping that carries k³/2π² through ∂/∂k as a constant: MISMATCH. This function
    /// evaluates the derived expression. Derived − printed (δ² = T/m, C5 = c_V² + 5c_A²):
    /// 2/(C5*m)*((39*T*cA^2 + 5*T*cV^2) - 3*cA^2*k + 6*cA^2*f0*k).
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// 33*T*cA^2/(C5*m) + 5*T*cV^2/(C5*m) - 15*cA^2*k/(C5*m) - 3*cV^2*k/(C5*m) + 30*cA^2*f0*k/(C5*m)
    /// + 6*cV^2*f0*k/(C5*m) + 10*cA^2*f0_1*k^2/(C5*m) + 2*cV^2*f0_1*k^2/(C5*m)
    /// ```
    ///
    /// Computed from the arguments: C5 = c_V² + 5c_A² (the atom C5).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, 0 < f0 < 1 (k-derivatives of the natural size 1/T per order), C5 = c_V² + 5c_A² > 0.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - k: k, the (anti)neutrino energy
    ///   - T: T, the temperature (as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - f0: f_ν^(0)(k), the equilibrium distribution at k
    ///   - df0dk: ∂f_ν^(0)/∂k at k
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    /// - Returns: dimensionless.
    @inlinable
    public static func delta1(
        k: Double,
        temperature T: Double,
        nucleonMass m: Double,
        f0: Double,
        df0dk: Double,
        couplings: Couplings
    ) -> Double {
        let cA = couplings.cA
        let cV = couplings.cV
        let c5 = couplings.cV * couplings.cV + 5.0 * couplings.cA * couplings.cA  // C5 = c_V² + 5c_A²
        let t0 = 1.0 - 2.0*f0
        let t1 = 33.0*T + (10.0*df0dk*k - 15.0*t0)*k
        let t2 = 5.0*T + (2.0*df0dk*k - 3.0*t0)*k
        let t3 = cA*cA*t1 + cV*cV*t2
        return t3/(c5*m)
    }

    /// Eq. (42): δ^(2), the coefficient of the k-derivatives of ∇U_ν/κ0, as derived.
    ///
    /// Printed Eq. (42) against this derivation, under the paper's definitions (Eqs. 29-30): MATCH; in
    /// the grouping that carries k³/2π² through ∂/∂k as a constant: MATCH. This function evaluates the
    /// derived expression.
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// 4/3*cA^2*k/(C5*m)
    /// ```
    ///
    /// Computed from the arguments: C5 = c_V² + 5c_A² (the atom C5).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, 0 < f0 < 1 (k-derivatives of the natural size 1/T per order), C5 = c_V² + 5c_A² > 0.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - k: k, the (anti)neutrino energy
    ///   - m: m, the nucleon mass (as k)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    /// - Returns: dimensionless.
    @inlinable
    public static func delta2(
        k: Double,
        nucleonMass m: Double,
        couplings: Couplings
    ) -> Double {
        let cA = couplings.cA
        let c5 = couplings.cV * couplings.cV + 5.0 * couplings.cA * couplings.cA  // C5 = c_V² + 5c_A²
        return (4.0/3.0)*cA*cA*k/(c5*m)
    }

    /// Eq. (43): ε^(1), the drift coefficient of δU_ν along B̂, as derived.
    ///
    /// Printed Eq. (43) against this derivation, under the paper's definitions (Eqs. 29-30): MISMATCH;
    /// in the grouping that carries k³/2π² through ∂/∂k as a constant: MATCH. This function evaluates
    /// the derived expression. Derived − printed (δ² = T/m, C5 = c_V² + 5c_A²):
    /// 4*cA/(C5^2*T*m)*((F2*T*cA^2 + 5*F2*T*cV^2 - 14*T*cA^2*cV + 2*T*cV^3)*muBB - (5*cA^2*cV +
    /// cV^3)*k*muBB + (10*cA^2*cV + 2*cV^3)*f0*k*muBB).
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// -4/3*F2*cA^3*k*muBB/(C5^2*T*m) - 20/3*F2*cA*cV^2*k*muBB/(C5^2*T*m) + 4*F2*cA^3*muBB/(C5^2*m)
    /// + 20*F2*cA*cV^2*muBB/(C5^2*m) + 76/3*cA^3*cV*k*muBB/(C5^2*T*m) - 4/3*cA*cV^3*k*muBB/(C5^2*T*m)
    /// - 56*cA^3*cV*muBB/(C5^2*m) + 8*cA*cV^3*muBB/(C5^2*m) + 8/3*F2*cA^3*f0*k*muBB/(C5^2*T*m)
    /// + 40/3*F2*cA*cV^2*f0*k*muBB/(C5^2*T*m) - 152/3*cA^3*cV*f0*k*muBB/(C5^2*T*m)
    /// + 8/3*cA*cV^3*f0*k*muBB/(C5^2*T*m) - 40/3*cA^3*cV*f0_1*k^2*muBB/(C5^2*T*m)
    /// - 8/3*cA*cV^3*f0_1*k^2*muBB/(C5^2*T*m)
    /// ```
    ///
    /// Computed from the arguments: C5 = c_V² + 5c_A² (the atom C5).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, 0 < f0 < 1 (k-derivatives of the natural size 1/T per order), C5 = c_V² + 5c_A² > 0.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - k: k, the (anti)neutrino energy
    ///   - T: T, the temperature (as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - f0: f_ν^(0)(k), the equilibrium distribution at k
    ///   - df0dk: ∂f_ν^(0)/∂k at k
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    /// - Returns: dimensionless.
    @inlinable
    public static func epsilon1(
        k: Double,
        temperature T: Double,
        nucleonMass m: Double,
        fieldEnergy muBB: Double,
        f0: Double,
        df0dk: Double,
        couplings: Couplings
    ) -> Double {
        let F2 = couplings.F2
        let cA = couplings.cA
        let cV = couplings.cV
        let c5 = couplings.cV * couplings.cV + 5.0 * couplings.cA * couplings.cA  // C5 = c_V² + 5c_A²
        let t0 = 5.0*cV*cV + cA*cA
        let t1 = 1.0 - 2.0*f0
        let t2 = 3.0 - k*t1/T
        let t3 = 19.0 - 10.0*k*df0dk
        let t4 = t3 - 38.0*f0
        let t5 = 42.0 - k*t4/T
        let t6 = 1.0 + 2.0*k*df0dk
        let t7 = t6 - 2.0*f0
        let t8 = 6.0 - k*t7/T
        let t9 = cA*cA*cV*t5 - F2*t0*t2 - cV*cV*cV*t8
        return -(4.0/3.0)*cA*muBB*t9/(c5*c5*m)
    }

    /// Eq. (44): ε^(2), the drift coefficient of k ∂δU_ν/∂k along B̂, as derived.
    ///
    /// Printed Eq. (44) against this derivation, under the paper's definitions (Eqs. 29-30): MISMATCH;
    /// in the grouping that carries k³/2π² through ∂/∂k as a constant: MATCH. This function evaluates
    /// the derived expression. Derived − printed (δ² = T/m, C5 = c_V² + 5c_A²):
    /// -8*cA*cV/(C5^2*m)*((5*cA^2 + cV^2)*muBB).
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// -4/3*F2*cA^3*muBB/(C5^2*m) - 20/3*F2*cA*cV^2*muBB/(C5^2*m) + 20/3*cA^3*cV*k*muBB/(C5^2*T*m)
    /// + 4/3*cA*cV^3*k*muBB/(C5^2*T*m) + 16/3*cA^3*cV*muBB/(C5^2*m) - 16/3*cA*cV^3*muBB/(C5^2*m)
    /// - 40/3*cA^3*cV*f0*k*muBB/(C5^2*T*m) - 8/3*cA*cV^3*f0*k*muBB/(C5^2*T*m)
    /// ```
    ///
    /// Computed from the arguments: C5 = c_V² + 5c_A² (the atom C5).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, 0 < f0 < 1 (k-derivatives of the natural size 1/T per order), C5 = c_V² + 5c_A² > 0.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - k: k, the (anti)neutrino energy
    ///   - T: T, the temperature (as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - f0: f_ν^(0)(k), the equilibrium distribution at k
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    /// - Returns: dimensionless.
    @inlinable
    public static func epsilon2(
        k: Double,
        temperature T: Double,
        nucleonMass m: Double,
        fieldEnergy muBB: Double,
        f0: Double,
        couplings: Couplings
    ) -> Double {
        let F2 = couplings.F2
        let cA = couplings.cA
        let cV = couplings.cV
        let c5 = couplings.cV * couplings.cV + 5.0 * couplings.cA * couplings.cA  // C5 = c_V² + 5c_A²
        let t0 = 5.0*cV*cV + cA*cA
        let t1 = 1.0 - 2.0*f0
        let t2 = 4.0 + 5.0*k*t1/T
        let t3 = 4.0 - k*t1/T
        let t4 = F2*t0 - cA*cA*cV*t2 + cV*cV*cV*t3
        return -(4.0/3.0)*cA*muBB*t4/(c5*c5*m)
    }

    /// Eq. (45): ε^(3), the drift coefficient of k² ∂²δU_ν/∂k² along B̂, as derived.
    ///
    /// Printed Eq. (45) against this derivation, under the paper's definitions (Eqs. 29-30): MATCH; in
    /// the grouping that carries k³/2π² through ∂/∂k as a constant: MATCH. This function evaluates the
    /// derived expression.
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// 4/3*cA*cV*muBB/(C5*m)
    /// ```
    ///
    /// Computed from the arguments: C5 = c_V² + 5c_A² (the atom C5).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, 0 < f0 < 1 (k-derivatives of the natural size 1/T per order), C5 = c_V² + 5c_A² > 0.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - m: m, the nucleon mass (as k)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    /// - Returns: dimensionless.
    @inlinable
    public static func epsilon3(
        nucleonMass m: Double,
        fieldEnergy muBB: Double,
        couplings: Couplings
    ) -> Double {
        let cA = couplings.cA
        let cV = couplings.cV
        let c5 = couplings.cV * couplings.cV + 5.0 * couplings.cA * couplings.cA  // C5 = c_V² + 5c_A²
        return (4.0/3.0)*cA*cV*muBB/(c5*m)
    }

    /// Eq. (40): F_ν + F_ν̄ = −(2/3)(1 − δ^(1))W + δ^(2)[(…)k ∂W/∂k + kT ∂²W/∂k²] + [ε^(1)δU_ν + ε^(2)k ∂δU_ν/∂k + ε^(3)k² ∂²δU_ν/∂k²]B̂, W = ∇U_ν/κ0, as derived.
    ///
    /// Evaluated from the whole derived flux under the paper's definitions (Eqs. 29-30: F = k³h/2π², δU
    /// = k³g/2π², ∂/∂k acting on k³ too), not as a sum of the coefficient functions: the bracket of k
    /// ∂W/∂k is the derived one. Printed Eq. (40) against this derivation, under the paper's
    /// definitions (Eqs. 29-30): MISMATCH; in the grouping that carries k³/2π² through ∂/∂k as a
    /// constant: MATCH. This function evaluates the derived expression. Derived − printed (δ² = T/m, C5
    /// = c_V² + 5c_A²): -8*T*W_1*cA^2*k/(C5*m).
    ///
    /// Derived expression, the coefficient of each vector (pm = +1 for ν, -1 for ν̄):
    /// ```
    /// B: -4/3*F2*cA^3*dU*k*muBB/(C5^2*T*m) - 20/3*F2*cA*cV^2*dU*k*muBB/(C5^2*T*m)
    /// + 4*F2*cA^3*dU*muBB/(C5^2*m) + 20*F2*cA*cV^2*dU*muBB/(C5^2*m)
    /// + 76/3*cA^3*cV*dU*k*muBB/(C5^2*T*m) - 4/3*cA*cV^3*dU*k*muBB/(C5^2*T*m)
    /// - 56*cA^3*cV*dU*muBB/(C5^2*m) + 8*cA*cV^3*dU*muBB/(C5^2*m) + 8/3*F2*cA^3*dU*f0*k*muBB/(C5^2*T*m)
    /// + 40/3*F2*cA*cV^2*dU*f0*k*muBB/(C5^2*T*m) - 4/3*F2*cA^3*dU_1*k*muBB/(C5^2*m)
    /// - 20/3*F2*cA*cV^2*dU_1*k*muBB/(C5^2*m) - 152/3*cA^3*cV*dU*f0*k*muBB/(C5^2*T*m)
    /// + 20/3*cA^3*cV*dU_1*k^2*muBB/(C5^2*T*m) + 8/3*cA*cV^3*dU*f0*k*muBB/(C5^2*T*m)
    /// + 4/3*cA*cV^3*dU_1*k^2*muBB/(C5^2*T*m) + 16/3*cA^3*cV*dU_1*k*muBB/(C5^2*m)
    /// - 16/3*cA*cV^3*dU_1*k*muBB/(C5^2*m) - 40/3*cA^3*cV*dU*f0_1*k^2*muBB/(C5^2*T*m)
    /// - 40/3*cA^3*cV*dU_1*f0*k^2*muBB/(C5^2*T*m) - 8/3*cA*cV^3*dU*f0_1*k^2*muBB/(C5^2*T*m)
    /// - 8/3*cA*cV^3*dU_1*f0*k^2*muBB/(C5^2*T*m) + 20/3*cA^3*cV*dU_2*k^2*muBB/(C5^2*m)
    /// + 4/3*cA*cV^3*dU_2*k^2*muBB/(C5^2*m)
    /// W: 22*T*cA^2/(C5*m) + 10/3*T*cV^2/(C5*m) - 10/3*cA^2/C5 - 10*cA^2*k/(C5*m) - 2/3*cV^2/C5
    /// - 2*cV^2*k/(C5*m) + 20*cA^2*f0*k/(C5*m) + 4*cV^2*f0*k/(C5*m) + 20/3*cA^2*f0_1*k^2/(C5*m)
    /// + 4/3*cV^2*f0_1*k^2/(C5*m)
    /// W_1: 4/3*cA^2*k^2/(C5*m) - 8/3*cA^2*f0*k^2/(C5*m)
    /// W_2: 4/3*T*cA^2*k^2/(C5*m)
    /// ```
    ///
    /// Computed from the arguments: C5 = c_V² + 5c_A² (the atom C5).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, |μ_B B| ≪ T, 0 < f0 < 1 (k-derivatives of the natural size 1/T per order), C5 = c_V² + 5c_A² > 0.
    /// Accuracy, per Cartesian component (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - k: k, the (anti)neutrino energy
    ///   - T: T, the temperature (as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - f0: f_ν^(0)(k), the equilibrium distribution at k
    ///   - df0dk: ∂f_ν^(0)/∂k at k
    ///   - W: W = ∇U_ν/κ0 at k (U_ν of Eq. 29, κ0 of Eq. 39, e.g. from `kappa0`)
    ///   - dWdk: ∂W/∂k at k
    ///   - d2Wdk2: ∂²W/∂k² at k
    ///   - dU: δU_ν = k³g/2π² at k (Eq. 29)
    ///   - dUdk: ∂δU_ν/∂k at k (plain calculus: ∂/∂k acts on k³ too)
    ///   - d2Udk2: ∂²δU_ν/∂k² at k
    ///   - bHat: B̂, direction of the magnetic field (unit vector)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    /// - Returns: F_ν + F_ν̄ (Eq. 30), in the units of U_ν and δU_ν (Eq. 29), along W, ∂W/∂k, ∂²W/∂k² and B̂.
    @inlinable
    public static func flux(
        k: Double,
        temperature T: Double,
        nucleonMass m: Double,
        fieldEnergy muBB: Double,
        f0: Double,
        df0dk: Double,
        gradientOverKappa W: Vector3,
        dGradientOverKappadk dWdk: Vector3,
        d2GradientOverKappadk2 d2Wdk2: Vector3,
        deltaU dU: Double,
        dDeltaUdk dUdk: Double,
        d2DeltaUdk2 d2Udk2: Double,
        fieldDirection bHat: Vector3,
        couplings: Couplings
    ) -> Vector3 {
        let F2 = couplings.F2
        let cA = couplings.cA
        let cV = couplings.cV
        let c5 = couplings.cV * couplings.cV + 5.0 * couplings.cA * couplings.cA  // C5 = c_V² + 5c_A²
        let c0_t0 = 5.0*cV*cV + cA*cA
        let c0_t1 = 1.0 - 2.0*f0
        let c0_t2 = 3.0 - k*c0_t1/T
        let c0_t3 = dUdk*k - c0_t2*dU
        let c0_t4 = c0_t1*dUdk - 2.0*dU*df0dk
        let c0_t5 = d2Udk2 + c0_t4/T
        let c0_t6 = 4.0*dUdk + 19.0*dU*c0_t1/T
        let c0_t7 = (5.0*c0_t5*k + c0_t6)*k - 42.0*dU
        let c0_t8 = 4.0*dUdk + dU*c0_t1/T
        let c0_t9 = (-c0_t5*k + c0_t8)*k - 6.0*dU
        let c0_t10 = F2*c0_t0*c0_t3 - cA*cA*cV*c0_t7 + cV*cV*cV*c0_t9
        let c0 = -(4.0/3.0)*cA*muBB*c0_t10/(c5*c5*m)  // coefficient of bHat
        let c1_t0 = 1.0 - 2.0*f0
        let c1_t1 = 33.0*T + (10.0*df0dk*k - 15.0*c1_t0)*k
        let c1_t2 = 5.0 - c1_t1/m
        let c1_t3 = 5.0*T + (2.0*df0dk*k - 3.0*c1_t0)*k
        let c1_t4 = 1.0 - c1_t3/m
        let c1_t5 = -cA*cA*c1_t2 - cV*cV*c1_t4
        let c1 = (2.0/3.0)*c1_t5/c5  // coefficient of W
        let c2_t0 = 1.0 - 2.0*f0
        let c2 = (4.0/3.0)*cA*cA*k*k*c2_t0/(c5*m)  // coefficient of dWdk
        let c3 = (4.0/3.0)*T*cA*cA*k*k/(c5*m)  // coefficient of d2Wdk2
        return c0*bHat + c1*W + c2*dWdk + c3*d2Wdk2
    }
}
