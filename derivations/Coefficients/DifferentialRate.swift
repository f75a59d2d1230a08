// GENERATED FILE - DO NOT EDIT.
// Regenerate: `swift run verify emit` in the package root. `swift run verify emit --check`
// (run by .ci/run) fails and names this file when it differs from a fresh emission.
//
// Equations: (9)-(23) of S. Ando, astro-ph/0307006: the differential rate dGamma/dk'dOmega' for nu N and nubar N
//   scattering with nondegenerate nucleons, to first order in muB B/T and in 1/m, derived by the Stage 2 engine
//   from Stage 1's |M_ss'|^2 (as derived, not as printed): x_min from (A3), S_ss' = S0 (1 - delta x) (Eq. 14 with
//   A12), P -> (2m q/q^2)[q0 - muB B (s - s')] (A13), spin sums, then the coefficients of 1, Om.B, Om'.B (Eq. 9).
// Inputs: seeds/stage1.claims (Stage 1) and seeds/stage2.claims ((A3), (A4), (A12), (A13), printed Eqs. 15, 19-23).
// S0 is an argument: the generated target imports only the standard library (no exp); use Eq. (18).
// Approximations, neglected:
//   - terms of order 1/m^2: p^2/m^2, q^2/m^2, (p.q)/m^2, P^2/m^2
//   - q0/m ~ k^2/m^2 in the weak-magnetism vertex (q = (q0, q) with q0 of order k^2/m)
//   - the nucleon kinetic energy p^2/2m in p^0 = m + p^2/2m and in the boost of the spin vector
//   - terms of order (muB B/T)^2: delta x, the P-substitution and the rate are kept to first order in muB B
//   - nucleon degeneracy: nondegenerate limit (A12), S_ss' = S0 (1 - delta x)
// Seed file: seeds/stage1.claims (SHA-256 45aa97bf50172963feb55b539f9c465b25490b5a5a12dd2df54cb66c7d3fd07d)
// Seed file: seeds/stage2.claims (SHA-256 6ac87785667b50f111430552de36cd169662bb73b556819ab901293570db3c82)
// Conventions: metric (+,-,-,-); gamma5 = i g0 g1 g2 g3; eps^{0123} = +1; tr(g5 a b c d) = -4i eps(a,b,c,d)
// Generator: Sources/Outputs/CoefficientEmitter.swift; arithmetic by SwiftStraightLineProgram (Algebra).
// Content SHA-256 (of everything after this header): 31b117a087fe801f72883587352e36b628dd294df780602c97eb194e595cccb4

/// The differential rate dΓ/dk'dΩ' of neutrino- and antineutrino-nucleon scattering in a magnetic field,
/// Eqs. (9)-(23) of astro-ph/0307006, for nondegenerate nucleons to first order in μ_B B/T and k/m,
/// evaluated from the expressions the symbolic engine derives (not as printed).
///
/// Each coefficient is a function of k, k' and μ' = Ω·Ω' (q0 = k − k', q² = k² + k'² − 2kk'μ',
/// q·Ω = k − k'μ', q·Ω' = kμ' − k' are computed inside), of T, m, μ_B B, the couplings and G_F,
/// and is linear in the response S0(q0, q), which the caller supplies (e.g. from Eq. (18):
/// S0 = (m²T/2πq) n (2π³/m³T³)^{1/2} exp[−(q0 − q²/2m)²/(4Tq²/2m)], q = |q|).
public enum DifferentialRate {
    /// Eq. (19): A_0, the B = 0, m⁰ term of dΓ/dk'dΩ' (Eq. 9), for ν (upper signs) and ν̄ (lower signs).
    ///
    /// Printed Eq. (19) against this derivation (compared after writing q0, μ', q·Ω, q·Ω' through k,
    /// k', q²): ν MATCH, ν̄ MATCH. This function evaluates the derived expression.
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// 3/4*GF^2*S0*cA^2*k'^2/pi^3 + 1/4*GF^2*S0*cV^2*k'^2/pi^3 - 1/4*GF^2*S0*cA^2*dot(Om,Om')*k'^2/pi^3
    /// + 1/4*GF^2*S0*cV^2*dot(Om,Om')*k'^2/pi^3
    /// ```
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, k' = k(1 + εu) with ε = [4(1 − μ')T/m]^{1/2} and |εu| < 1, −1 ≤ μ' < 1, |μ_B B| ≪ T, S0 > 0.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - lepton: `.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)
    ///   - k: k, energy of the incoming (anti)neutrino
    ///   - kPrime: k', energy of the outgoing (anti)neutrino (same units as k)
    ///   - muPrime: μ' = Ω·Ω', cosine of the scattering angle
    ///   - T: T, the temperature (energy units, as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - S0: S0(q0, q), the B = 0 response of Eq. (18) at q0 = k − k' and this q (an input: e.g. the first form of Eq. (18), which needs exp)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the term of dΓ/dk'dΩ' (Eq. 9), linear in S0: in natural units (G_F in MeV⁻², energies in MeV, S0 in MeV²) a number per unit k' and solid angle.
    @inlinable
    public static func a0(
        _ lepton: Lepton,
        k: Double,
        kPrime: Double,
        muPrime: Double,
        temperature T: Double,
        nucleonMass m: Double,
        fieldEnergy muBB: Double,
        response S0: Double,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Double {
        let cA = couplings.cA
        let cV = couplings.cV
        let pi = Double.pi
        let t0 = 3.0 - muPrime
        let t1 = 1.0 + muPrime
        let t2 = cA*cA*t0 + cV*cV*t1
        return 0.25*GF*GF*S0*kPrime*kPrime*t2/(pi*pi*pi)
    }

    /// Eq. (20): δA_± (upper sign for ν), the coefficient of Ω·B̂ in dΓ/dk'dΩ' at O(μ_B B/T).
    ///
    /// The coefficient of Ω'·B̂ is δA_∓ (`deltaAOmegaPrime`): Eq. (20) with the other sign.
    ///
    /// Printed Eq. (20) against this derivation (compared after writing q0, μ', q·Ω, q·Ω' through k,
    /// k', q²): ν MATCH, ν̄ MATCH. This function evaluates the derived expression.
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// 1/2*GF^2*S0*cA*cV*k'^2*muBB/(T*pi^3) + GF^2*S0*cA^2*k'^2*m*muBB*pm*q0/(T*dot(q,q)*pi^3)
    /// ```
    ///
    /// Computed from the arguments: q0 = k - k'; q^2 = k^2 + k'^2 - 2 k k' mu' (the atom dot(q,q)).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, k' = k(1 + εu) with ε = [4(1 − μ')T/m]^{1/2} and |εu| < 1, −1 ≤ μ' < 1, |μ_B B| ≪ T, S0 > 0.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - lepton: `.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)
    ///   - k: k, energy of the incoming (anti)neutrino
    ///   - kPrime: k', energy of the outgoing (anti)neutrino (same units as k)
    ///   - muPrime: μ' = Ω·Ω', cosine of the scattering angle
    ///   - T: T, the temperature (energy units, as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - S0: S0(q0, q), the B = 0 response of Eq. (18) at q0 = k − k' and this q (an input: e.g. the first form of Eq. (18), which needs exp)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the term of dΓ/dk'dΩ' (Eq. 9), linear in S0: in natural units (G_F in MeV⁻², energies in MeV, S0 in MeV²) a number per unit k' and solid angle.
    @inlinable
    public static func deltaAOmega(
        _ lepton: Lepton,
        k: Double,
        kPrime: Double,
        muPrime: Double,
        temperature T: Double,
        nucleonMass m: Double,
        fieldEnergy muBB: Double,
        response S0: Double,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Double {
        let cA = couplings.cA
        let cV = couplings.cV
        let pm = lepton.sign
        let q0 = k - kPrime  // q0 = k - k'
        let q2 = q0*q0 + 2.0*k*kPrime*(1.0 - muPrime)  // q^2 = k^2 + k'^2 - 2 k k' mu'
        let pi = Double.pi
        let t0 = cV + 2.0*cA*pm*m*q0/q2
        return 0.5*GF*GF*S0*cA*kPrime*kPrime*muBB*t0/(T*pi*pi*pi)
    }

    /// Eq. (20): δA_∓ (lower sign for ν), the coefficient of Ω'·B̂ in dΓ/dk'dΩ' at O(μ_B B/T).
    ///
    /// Printed Eq. (20) against this derivation (compared after writing q0, μ', q·Ω, q·Ω' through k,
    /// k', q²): ν MATCH, ν̄ MATCH. This function evaluates the derived expression.
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// 1/2*GF^2*S0*cA*cV*k'^2*muBB/(T*pi^3) - GF^2*S0*cA^2*k'^2*m*muBB*pm*q0/(T*dot(q,q)*pi^3)
    /// ```
    ///
    /// Computed from the arguments: q0 = k - k'; q^2 = k^2 + k'^2 - 2 k k' mu' (the atom dot(q,q)).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, k' = k(1 + εu) with ε = [4(1 − μ')T/m]^{1/2} and |εu| < 1, −1 ≤ μ' < 1, |μ_B B| ≪ T, S0 > 0.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - lepton: `.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)
    ///   - k: k, energy of the incoming (anti)neutrino
    ///   - kPrime: k', energy of the outgoing (anti)neutrino (same units as k)
    ///   - muPrime: μ' = Ω·Ω', cosine of the scattering angle
    ///   - T: T, the temperature (energy units, as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - S0: S0(q0, q), the B = 0 response of Eq. (18) at q0 = k − k' and this q (an input: e.g. the first form of Eq. (18), which needs exp)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the term of dΓ/dk'dΩ' (Eq. 9), linear in S0: in natural units (G_F in MeV⁻², energies in MeV, S0 in MeV²) a number per unit k' and solid angle.
    @inlinable
    public static func deltaAOmegaPrime(
        _ lepton: Lepton,
        k: Double,
        kPrime: Double,
        muPrime: Double,
        temperature T: Double,
        nucleonMass m: Double,
        fieldEnergy muBB: Double,
        response S0: Double,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Double {
        let cA = couplings.cA
        let cV = couplings.cV
        let pm = lepton.sign
        let q0 = k - kPrime  // q0 = k - k'
        let q2 = q0*q0 + 2.0*k*kPrime*(1.0 - muPrime)  // q^2 = k^2 + k'^2 - 2 k k' mu'
        let pi = Double.pi
        let t0 = cV - 2.0*cA*pm*m*q0/q2
        return 0.5*GF*GF*S0*cA*kPrime*kPrime*muBB*t0/(T*pi*pi*pi)
    }

    /// Eq. (21): A_0^WM, the B = 0 weak-magnetism and recoil term of dΓ/dk'dΩ', O(k/m) relative to A_0.
    ///
    /// Printed Eq. (21) against this derivation (compared after writing q0, μ', q·Ω, q·Ω' through k,
    /// k', q²): ν MATCH, ν̄ MATCH. This function evaluates the derived expression.
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// -1/2*F2*GF^2*S0*cA*dot(Om',q)*k'^2*pm/(m*pi^3) + 1/2*F2*GF^2*S0*cA*dot(Om,q)*k'^2*pm/(m*pi^3)
    /// - 1/2*GF^2*S0*cA^2*dot(Om',q)*k'^2*q0/(dot(q,q)*pi^3)
    /// - 1/2*GF^2*S0*cA^2*dot(Om,q)*k'^2*q0/(dot(q,q)*pi^3)
    /// - 1/2*GF^2*S0*cA*cV*dot(Om',q)*k'^2*pm/(m*pi^3) + 1/2*GF^2*S0*cA*cV*dot(Om,q)*k'^2*pm/(m*pi^3)
    /// - 1/2*GF^2*S0*cV^2*dot(Om',q)*k'^2*q0/(dot(q,q)*pi^3)
    /// - 1/2*GF^2*S0*cV^2*dot(Om,q)*k'^2*q0/(dot(q,q)*pi^3)
    /// ```
    ///
    /// Computed from the arguments: q0 = k - k'; q.Om = k - k' mu' (the atom dot(Om,q)); q.Om' = k mu'
    /// - k' (the atom dot(Om',q)); q^2 = k^2 + k'^2 - 2 k k' mu' (the atom dot(q,q)).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, k' = k(1 + εu) with ε = [4(1 − μ')T/m]^{1/2} and |εu| < 1, −1 ≤ μ' < 1, |μ_B B| ≪ T, S0 > 0.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - lepton: `.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)
    ///   - k: k, energy of the incoming (anti)neutrino
    ///   - kPrime: k', energy of the outgoing (anti)neutrino (same units as k)
    ///   - muPrime: μ' = Ω·Ω', cosine of the scattering angle
    ///   - T: T, the temperature (energy units, as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - S0: S0(q0, q), the B = 0 response of Eq. (18) at q0 = k − k' and this q (an input: e.g. the first form of Eq. (18), which needs exp)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the term of dΓ/dk'dΩ' (Eq. 9), linear in S0: in natural units (G_F in MeV⁻², energies in MeV, S0 in MeV²) a number per unit k' and solid angle.
    @inlinable
    public static func a0WM(
        _ lepton: Lepton,
        k: Double,
        kPrime: Double,
        muPrime: Double,
        temperature T: Double,
        nucleonMass m: Double,
        fieldEnergy muBB: Double,
        response S0: Double,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Double {
        let F2 = couplings.F2
        let cA = couplings.cA
        let cV = couplings.cV
        let pm = lepton.sign
        let q0 = k - kPrime  // q0 = k - k'
        let qDotOmega = q0 + kPrime*(1.0 - muPrime)  // q.Om = k - k' mu'
        let qDotOmegaPrime = q0 - k*(1.0 - muPrime)  // q.Om' = k mu' - k'
        let q2 = q0*q0 + 2.0*k*kPrime*(1.0 - muPrime)  // q^2 = k^2 + k'^2 - 2 k k' mu'
        let pi = Double.pi
        let t0 = cV*cV + cA*cA
        let t1 = qDotOmega + qDotOmegaPrime
        let t2 = cV + F2
        let t3 = qDotOmegaPrime - qDotOmega
        let t4 = t0*q0*t1/q2 + cA*pm*t2*t3/m
        return -0.5*GF*GF*S0*kPrime*kPrime*t4/(pi*pi*pi)
    }

    /// Eq. (22): δB^WM, the O(μ_B B/m) coefficient of Ω·B̂ in dΓ/dk'dΩ'.
    ///
    /// Printed Eq. (22) against this derivation (compared after writing q0, μ', q·Ω, q·Ω' through k,
    /// k', q²): ν MATCH, ν̄ MATCH. This function evaluates the derived expression.
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// -1/2*F2*GF^2*S0*cA*dot(Om',q)*k'^2*muBB*q0/(T*dot(q,q)*pi^3)
    /// + F2*GF^2*S0*cA*k*k'^2*muBB*q0/(T*dot(q,q)*pi^3)
    /// - 1/4*F2*GF^2*S0*cV*dot(Om',q)*k'^2*muBB*pm/(T*m*pi^3)
    /// - GF^2*S0*cA*cV*dot(Om',q)*k'^2*muBB*q0/(T*dot(q,q)*pi^3)
    /// - 1/4*GF^2*S0*cV^2*dot(Om',q)*k'^2*muBB*pm/(T*m*pi^3)
    /// + GF^2*S0*cA^2*dot(Om',q)*k'^2*muBB*pm/(dot(q,q)*pi^3)
    /// - GF^2*S0*cA^2*dot(Om',q)*k'^2*m*muBB*pm*q0^2/(T*dot(q,q)^2*pi^3)
    /// ```
    ///
    /// Computed from the arguments: q0 = k - k'; q.Om' = k mu' - k' (the atom dot(Om',q)); q^2 = k^2 +
    /// k'^2 - 2 k k' mu' (the atom dot(q,q)).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, k' = k(1 + εu) with ε = [4(1 − μ')T/m]^{1/2} and |εu| < 1, −1 ≤ μ' < 1, |μ_B B| ≪ T, S0 > 0.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - lepton: `.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)
    ///   - k: k, energy of the incoming (anti)neutrino
    ///   - kPrime: k', energy of the outgoing (anti)neutrino (same units as k)
    ///   - muPrime: μ' = Ω·Ω', cosine of the scattering angle
    ///   - T: T, the temperature (energy units, as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - S0: S0(q0, q), the B = 0 response of Eq. (18) at q0 = k − k' and this q (an input: e.g. the first form of Eq. (18), which needs exp)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the term of dΓ/dk'dΩ' (Eq. 9), linear in S0: in natural units (G_F in MeV⁻², energies in MeV, S0 in MeV²) a number per unit k' and solid angle.
    @inlinable
    public static func deltaBWM(
        _ lepton: Lepton,
        k: Double,
        kPrime: Double,
        muPrime: Double,
        temperature T: Double,
        nucleonMass m: Double,
        fieldEnergy muBB: Double,
        response S0: Double,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Double {
        let F2 = couplings.F2
        let cA = couplings.cA
        let cV = couplings.cV
        let pm = lepton.sign
        let q0 = k - kPrime  // q0 = k - k'
        let qDotOmegaPrime = q0 - k*(1.0 - muPrime)  // q.Om' = k mu' - k'
        let q2 = q0*q0 + 2.0*k*kPrime*(1.0 - muPrime)  // q^2 = k^2 + k'^2 - 2 k k' mu'
        let pi = Double.pi
        let t0 = qDotOmegaPrime - 2.0*k
        let t1 = cV + F2
        let t2 = 1.0 - m*q0*q0/q2/T
        let t3 = 2.0*F2*cA*q0*t0/(T*q2) + 4.0*cA*cV*qDotOmegaPrime*q0/(T*q2) + cV*pm*t1*qDotOmegaPrime/(T*m) - 4.0*cA*cA*pm*qDotOmegaPrime*t2/q2
        return -0.25*GF*GF*S0*kPrime*kPrime*muBB*t3/(pi*pi*pi)
    }

    /// Eq. (23): δC^WM, the O(μ_B B/m) coefficient of Ω'·B̂ in dΓ/dk'dΩ'.
    ///
    /// Printed Eq. (23) against this derivation (compared after writing q0, μ', q·Ω, q·Ω' through k,
    /// k', q²): ν MATCH, ν̄ MATCH. This function evaluates the derived expression.
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// -1/2*F2*GF^2*S0*cA*dot(Om,q)*k'^2*muBB*q0/(T*dot(q,q)*pi^3)
    /// - F2*GF^2*S0*cA*k'^3*muBB*q0/(T*dot(q,q)*pi^3)
    /// + 1/4*F2*GF^2*S0*cV*dot(Om,q)*k'^2*muBB*pm/(T*m*pi^3)
    /// - GF^2*S0*cA*cV*dot(Om,q)*k'^2*muBB*q0/(T*dot(q,q)*pi^3)
    /// + 1/4*GF^2*S0*cV^2*dot(Om,q)*k'^2*muBB*pm/(T*m*pi^3)
    /// - GF^2*S0*cA^2*dot(Om,q)*k'^2*muBB*pm/(dot(q,q)*pi^3)
    /// + GF^2*S0*cA^2*dot(Om,q)*k'^2*m*muBB*pm*q0^2/(T*dot(q,q)^2*pi^3)
    /// ```
    ///
    /// Computed from the arguments: q0 = k - k'; q.Om = k - k' mu' (the atom dot(Om,q)); q^2 = k^2 +
    /// k'^2 - 2 k k' mu' (the atom dot(q,q)).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, k' = k(1 + εu) with ε = [4(1 − μ')T/m]^{1/2} and |εu| < 1, −1 ≤ μ' < 1, |μ_B B| ≪ T, S0 > 0.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - lepton: `.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)
    ///   - k: k, energy of the incoming (anti)neutrino
    ///   - kPrime: k', energy of the outgoing (anti)neutrino (same units as k)
    ///   - muPrime: μ' = Ω·Ω', cosine of the scattering angle
    ///   - T: T, the temperature (energy units, as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - S0: S0(q0, q), the B = 0 response of Eq. (18) at q0 = k − k' and this q (an input: e.g. the first form of Eq. (18), which needs exp)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the term of dΓ/dk'dΩ' (Eq. 9), linear in S0: in natural units (G_F in MeV⁻², energies in MeV, S0 in MeV²) a number per unit k' and solid angle.
    @inlinable
    public static func deltaCWM(
        _ lepton: Lepton,
        k: Double,
        kPrime: Double,
        muPrime: Double,
        temperature T: Double,
        nucleonMass m: Double,
        fieldEnergy muBB: Double,
        response S0: Double,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Double {
        let F2 = couplings.F2
        let cA = couplings.cA
        let cV = couplings.cV
        let pm = lepton.sign
        let q0 = k - kPrime  // q0 = k - k'
        let qDotOmega = q0 + kPrime*(1.0 - muPrime)  // q.Om = k - k' mu'
        let q2 = q0*q0 + 2.0*k*kPrime*(1.0 - muPrime)  // q^2 = k^2 + k'^2 - 2 k k' mu'
        let pi = Double.pi
        let t0 = 2.0*kPrime + qDotOmega
        let t1 = cV + F2
        let t2 = 1.0 - m*q0*q0/q2/T
        let t3 = 2.0*F2*cA*q0*t0/(T*q2) + 4.0*cA*cV*qDotOmega*q0/(T*q2) - cV*pm*t1*qDotOmega/(T*m) + 4.0*cA*cA*pm*qDotOmega*t2/q2
        return -0.25*GF*GF*S0*kPrime*kPrime*muBB*t3/(pi*pi*pi)
    }

    /// Eq. (9): dΓ/dk'dΩ' = A_0 + δA_± Ω·B̂ + δA_∓ Ω'·B̂ + A_0^WM + δB^WM Ω·B̂ + δC^WM Ω'·B̂.
    ///
    /// Evaluated from the whole derived rate at once (not as a sum of the six calls), with μ' = Ω·Ω'
    /// computed from the directions.
    ///
    /// Computed from the arguments: mu' = Om.Om' (the atom dot(Om,Om')); q0 = k - k'; q.Om = k - k' mu'
    /// (the atom dot(Om,q)); q.Om' = k mu' - k' (the atom dot(Om',q)); q^2 = k^2 + k'^2 - 2 k k' mu'
    /// (the atom dot(q,q)).
    ///
    /// Documented ranges: T ≪ m, 0 < k ≪ (mT)^{1/2}, k' = k(1 + εu) with ε = [4(1 − μ')T/m]^{1/2} and |εu| < 1, −1 ≤ μ' < 1, |μ_B B| ≪ T, S0 > 0; Ω, Ω', B̂ unit vectors.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - lepton: `.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)
    ///   - k: k, energy of the incoming (anti)neutrino
    ///   - kPrime: k', energy of the outgoing (anti)neutrino (same units as k)
    ///   - omega: Ω, direction of the incoming (anti)neutrino (unit vector)
    ///   - omegaPrime: Ω', direction of the outgoing (anti)neutrino (unit vector)
    ///   - bHat: B̂, direction of the magnetic field (unit vector)
    ///   - T: T, the temperature (energy units, as k)
    ///   - m: m, the nucleon mass (as k)
    ///   - muBB: μ_B B, nucleon magnetic moment times the field (as k; signed, |μ_B B| ≪ T)
    ///   - S0: S0(q0, q), the B = 0 response of Eq. (18) at q0 = k − k' and this q (an input: e.g. the first form of Eq. (18), which needs exp)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: dΓ/dk'dΩ' of Eq. (9), linear in S0 (units as for `a0`).
    @inlinable
    public static func differentialRate(
        _ lepton: Lepton,
        k: Double,
        kPrime: Double,
        omega: Vector3,
        omegaPrime: Vector3,
        fieldDirection bHat: Vector3,
        temperature T: Double,
        nucleonMass m: Double,
        fieldEnergy muBB: Double,
        response S0: Double,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Double {
        let F2 = couplings.F2
        let cA = couplings.cA
        let cV = couplings.cV
        let pm = lepton.sign
        let muPrime = omega.dot(omegaPrime)  // mu' = Om.Om'
        let q0 = k - kPrime  // q0 = k - k'
        let qDotOmega = q0 + kPrime*(1.0 - muPrime)  // q.Om = k - k' mu'
        let qDotOmegaPrime = q0 - k*(1.0 - muPrime)  // q.Om' = k mu' - k'
        let q2 = q0*q0 + 2.0*k*kPrime*(1.0 - muPrime)  // q^2 = k^2 + k'^2 - 2 k k' mu'
        let pi = Double.pi
        let bHatDotOmegaPrime = bHat.dot(omegaPrime)  // dot(B,Om')
        let bHatDotOmega = bHat.dot(omega)  // dot(B,Om)
        let t0 = qDotOmegaPrime - 2.0*k
        let t1 = 2.0*kPrime + qDotOmega
        let t2 = bHatDotOmega*t0 + t1*bHatDotOmegaPrime
        let t3 = 3.0 - muPrime
        let t4 = qDotOmega + qDotOmegaPrime
        let t5 = t3 - 2.0*q0*t4/q2
        let t6 = 1.0 - 2.0*q0/q2*qDotOmegaPrime
        let t7 = 1.0 - 2.0*q0/q2*qDotOmega
        let t8 = bHatDotOmega*t6 + t7*bHatDotOmegaPrime
        let t9 = 1.0 + muPrime
        let t10 = t9 - 2.0*q0*t4/q2
        let t11 = cV + F2
        let t12 = qDotOmegaPrime - qDotOmega
        let t13 = qDotOmega*bHatDotOmegaPrime - bHatDotOmega*qDotOmegaPrime
        let t14 = 1.0 - q0/q2*qDotOmegaPrime
        let t15 = 1.0 - q0/q2*qDotOmega
        let t16 = t15*bHatDotOmegaPrime - bHatDotOmega*t14
        let t17 = t13 + m*q0*t16/T
        let t18 = cA*cA*t5 - 2.0*F2*cA*muBB*q0*t2/(T*q2) + 2.0*cA*cV*muBB*t8/T + cV*cV*t10 - 2.0*cA*pm*t11*t12/m + cV*pm*t11*muBB*t13/(T*m) - 4.0*cA*cA*pm*muBB*t17/q2
        return 0.25*GF*GF*S0*kPrime*kPrime*t18/(pi*pi*pi)
    }
}
