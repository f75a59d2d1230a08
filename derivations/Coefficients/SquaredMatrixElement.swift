// GENERATED FILE - DO NOT EDIT.
// Regenerate: `swift run verify emit` in the package root. `swift run verify emit --check`
// (run by .ci/run) fails and names this file when it differs from a fresh emission.
//
// Equations: (3)-(6) of S. Ando, astro-ph/0307006: |M_ss'|^2 for nu N -> nu N and nubar N -> nubar N,
//   derived by the Stage 1 engine (traces of the vertex, density matrices and V-A lepton tensor),
//   split into the m^0 part (Eq. 4), the part linear in q (Eq. 5) and the part linear in P (Eq. 6).
// Inputs: Eq. (1) vertex and Eq. (2) density matrix as transcribed in seeds/stage1.claims, Eq. (2) in the reading
//   (1 - s g5 γ^3)(1 + γ^0 + p^i γ_i/m) - s p_3/m g5 (1 + γ^0) (the one equal to the covariant spin projector);
//   normalization 1/16, fixed once from the G_F^2 c_V^2 term of Eq. (4).
// Approximations (first order in 1/m), neglected:
//   - terms of order 1/m^2: p^2/m^2, q^2/m^2, (p.q)/m^2, P^2/m^2
//   - q0/m ~ k^2/m^2 in the weak-magnetism vertex (q = (q0, q) with q0 of order k^2/m)
//   - the nucleon kinetic energy p^2/2m in p^0 = m + p^2/2m and in the boost of the spin vector
// Seed file: seeds/stage1.claims (SHA-256 45aa97bf50172963feb55b539f9c465b25490b5a5a12dd2df54cb66c7d3fd07d)
// Conventions: metric (+,-,-,-); gamma5 = i g0 g1 g2 g3; eps^{0123} = +1; tr(g5 a b c d) = -4i eps(a,b,c,d)
// Generator: Sources/Outputs/CoefficientEmitter.swift; arithmetic by SwiftStraightLineProgram (Algebra).
// Content SHA-256 (of everything after this header): 12f7d0edb8b5d4a9c250e038a885f8df06a63a548284f6687d6a5ab06639e452

/// |M_ss'|² of neutrino- and antineutrino-nucleon scattering in a magnetic field, Eqs. (3)-(6) of
/// astro-ph/0307006, evaluated from the expressions the symbolic engine derives (not as printed).
///
/// Nucleon spins s, s' = ±1 are quantized along the field direction B̂; Ω, Ω' are the lepton
/// directions; q = p' − p and P = p + p' are nucleon momenta. The normalization is that of
/// unit-normalized spinors (the c_V² term of Eq. (4) is G_F² c_V²/2).
public enum SquaredMatrixElement {
    /// Eq. (4): the m⁰ part of |M_ss'|² for ν N → ν N (upper signs) and ν̄ N → ν̄ N (lower signs).
    ///
    /// Printed Eq. (4) against this derivation: ν MATCH, ν̄ MISMATCH (`swift run verify traces` prints
    /// any difference). This function evaluates the derived expression.
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// 3/2*GF^2*cA^2 + 1/2*GF^2*cV^2 - 1/2*GF^2*cA^2*dot(Om,Om') + 1/2*GF^2*cV^2*dot(Om,Om')
    /// - 1/2*GF^2*cA^2*s*s' + GF^2*cA*cV*dot(B,Om')*s + GF^2*cA*cV*dot(B,Om')*s'
    /// + GF^2*cA*cV*dot(B,Om)*s + GF^2*cA*cV*dot(B,Om)*s' + 1/2*GF^2*cV^2*s*s'
    /// - GF^2*cA^2*dot(B,Om')*pm*s + GF^2*cA^2*dot(B,Om')*pm*s' + GF^2*cA^2*dot(B,Om)*pm*s
    /// - GF^2*cA^2*dot(B,Om)*pm*s' - 1/2*GF^2*cA^2*dot(Om,Om')*s*s' + 1/2*GF^2*cV^2*dot(Om,Om')*s*s'
    /// + 2*GF^2*cA^2*dot(B,Om')*dot(B,Om)*s*s'
    /// ```
    ///
    /// Documented ranges: Ω, Ω', B̂ unit vectors; s, s' = ±1.
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - lepton: `.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)
    ///   - omega: Ω, direction of the incoming (anti)neutrino (unit vector)
    ///   - omegaPrime: Ω', direction of the outgoing (anti)neutrino (unit vector)
    ///   - bHat: B̂, direction of the magnetic field, the spin quantization axis (unit vector)
    ///   - s: s, initial nucleon spin along B̂ (+1 or -1)
    ///   - sPrime: s', final nucleon spin along B̂ (+1 or -1)
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the value of the derived expression, in units of G_F² (and of q/m, P/m).
    @inlinable
    public static func leadingOrder(
        _ lepton: Lepton,
        omega: Vector3,
        omegaPrime: Vector3,
        fieldDirection bHat: Vector3,
        s: Double,
        sPrime: Double,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Double {
        let cA = couplings.cA
        let cV = couplings.cV
        let pm = lepton.sign
        let bHatDotOmegaPrime = bHat.dot(omegaPrime)  // dot(B,Om')
        let bHatDotOmega = bHat.dot(omega)  // dot(B,Om)
        let omegaDotOmegaPrime = omega.dot(omegaPrime)  // dot(Om,Om')
        let t0 = 3.0 - omegaDotOmegaPrime
        let t1 = 1.0 + omegaDotOmegaPrime
        let t2 = t1 - 4.0*bHatDotOmega*bHatDotOmegaPrime
        let t3 = t0 - sPrime*t2*s
        let t4 = sPrime + s
        let t5 = bHatDotOmega*t4 + t4*bHatDotOmegaPrime
        let t6 = 1.0 + sPrime*s
        let t7 = t6 + t6*omegaDotOmegaPrime
        let t8 = s - sPrime
        let t9 = t8*bHatDotOmegaPrime - bHatDotOmega*t8
        let t10 = cA*cA*t3 + 2.0*cA*cV*t5 + cV*cV*t7 - 2.0*cA*cA*pm*t9
        return 0.5*GF*GF*t10
    }

    /// Eq. (5): the O(1/m) part of |M_ss'|² linear in the momentum transfer q = p' - p.
    ///
    /// Printed Eq. (5) against this derivation: ν MATCH, ν̄ MATCH (`swift run verify traces` prints any
    /// difference). This function evaluates the derived expression.
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// F2*GF^2*cA*dot(B,q)*s/m - F2*GF^2*cA*dot(B,q)*s'/m - F2*GF^2*cA*dot(Om',q)*pm/m
    /// + F2*GF^2*cA*dot(Om,q)*pm/m + GF^2*cA*cV*dot(B,q)*s/m - GF^2*cA*cV*dot(B,q)*s'/m
    /// - GF^2*cA*cV*dot(Om',q)*pm/m + GF^2*cA*cV*dot(Om,q)*pm/m
    /// - 1/2*F2*GF^2*cA*dot(B,Om')*dot(Om,q)*s/m + 1/2*F2*GF^2*cA*dot(B,Om')*dot(Om,q)*s'/m
    /// - 1/2*F2*GF^2*cA*dot(B,Om)*dot(Om',q)*s/m + 1/2*F2*GF^2*cA*dot(B,Om)*dot(Om',q)*s'/m
    /// - 1/2*GF^2*cA*cV*dot(B,Om')*dot(Om,q)*s/m + 1/2*GF^2*cA*cV*dot(B,Om')*dot(Om,q)*s'/m
    /// - 1/2*GF^2*cA*cV*dot(B,Om)*dot(Om',q)*s/m + 1/2*GF^2*cA*cV*dot(B,Om)*dot(Om',q)*s'/m
    /// + 1/2*F2*GF^2*cV*dot(B,Om')*dot(Om,q)*pm*s/m + 1/2*F2*GF^2*cV*dot(B,Om')*dot(Om,q)*pm*s'/m
    /// - 1/2*F2*GF^2*cV*dot(B,Om)*dot(Om',q)*pm*s/m - 1/2*F2*GF^2*cV*dot(B,Om)*dot(Om',q)*pm*s'/m
    /// + 1/2*GF^2*cV^2*dot(B,Om')*dot(Om,q)*pm*s/m + 1/2*GF^2*cV^2*dot(B,Om')*dot(Om,q)*pm*s'/m
    /// - 1/2*GF^2*cV^2*dot(B,Om)*dot(Om',q)*pm*s/m - 1/2*GF^2*cV^2*dot(B,Om)*dot(Om',q)*pm*s'/m
    /// + F2*GF^2*cA*dot(B,Om')*dot(B,q)*pm*s*s'/m - F2*GF^2*cA*dot(B,Om)*dot(B,q)*pm*s*s'/m
    /// + GF^2*cA*cV*dot(B,Om')*dot(B,q)*pm*s*s'/m - GF^2*cA*cV*dot(B,Om)*dot(B,q)*pm*s*s'/m
    /// ```
    ///
    /// Documented ranges: Ω, Ω', B̂ unit vectors; s, s' = ±1; |q|, |P| ≤ m (first order in 1/m: meaningful for |q|, |P| ≪ m).
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - lepton: `.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)
    ///   - omega: Ω, direction of the incoming (anti)neutrino (unit vector)
    ///   - omegaPrime: Ω', direction of the outgoing (anti)neutrino (unit vector)
    ///   - bHat: B̂, direction of the magnetic field, the spin quantization axis (unit vector)
    ///   - s: s, initial nucleon spin along B̂ (+1 or -1)
    ///   - sPrime: s', final nucleon spin along B̂ (+1 or -1)
    ///   - q: q = p' - p, nucleon momentum transfer (same units as m)
    ///   - m: m, the nucleon mass
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the value of the derived expression, in units of G_F² (and of q/m, P/m).
    @inlinable
    public static func momentumTransferTerm(
        _ lepton: Lepton,
        omega: Vector3,
        omegaPrime: Vector3,
        fieldDirection bHat: Vector3,
        s: Double,
        sPrime: Double,
        momentumTransfer q: Vector3,
        nucleonMass m: Double,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Double {
        let F2 = couplings.F2
        let cA = couplings.cA
        let cV = couplings.cV
        let pm = lepton.sign
        let bHatDotOmegaPrime = bHat.dot(omegaPrime)  // dot(B,Om')
        let bHatDotOmega = bHat.dot(omega)  // dot(B,Om)
        let bHatDotQ = bHat.dot(q)  // dot(B,q)
        let omegaPrimeDotQ = omegaPrime.dot(q)  // dot(Om',q)
        let omegaDotQ = omega.dot(q)  // dot(Om,q)
        let t0 = cV + F2
        let t1 = 2.0*bHatDotQ - omegaPrimeDotQ*bHatDotOmega
        let t2 = t1 - omegaDotQ*bHatDotOmegaPrime
        let t3 = t2*s - sPrime*t2
        let t4 = omegaPrimeDotQ - omegaDotQ
        let t5 = bHatDotOmegaPrime - bHatDotOmega
        let t6 = t4 - s*sPrime*t5*bHatDotQ
        let t7 = sPrime + s
        let t8 = omegaDotQ*t7*bHatDotOmegaPrime - bHatDotOmega*omegaPrimeDotQ*t7
        let t9 = cA*t0*t3 - 2.0*cA*pm*t0*t6 + cV*pm*t0*t8
        return 0.5*GF*GF*t9/m
    }

    /// Eq. (6): the O(1/m) part of |M_ss'|² linear in the momentum sum P = p + p'.
    ///
    /// Printed Eq. (6) against this derivation: ν MISMATCH, ν̄ MISMATCH (`swift run verify traces`
    /// prints any difference). This function evaluates the derived expression.
    ///
    /// Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):
    /// ```
    /// -1/2*GF^2*cA^2*dot(Om',P)/m - 1/2*GF^2*cA^2*dot(Om,P)/m - 1/2*GF^2*cV^2*dot(Om',P)/m
    /// - 1/2*GF^2*cV^2*dot(Om,P)/m - GF^2*cA*cV*dot(B,P)*s/m - GF^2*cA*cV*dot(B,P)*s'/m
    /// + 1/2*GF^2*cA^2*dot(Om',P)*s*s'/m + 1/2*GF^2*cA^2*dot(Om,P)*s*s'/m
    /// - 1/2*GF^2*cA*cV*dot(B,Om')*dot(Om,P)*s/m - 1/2*GF^2*cA*cV*dot(B,Om')*dot(Om,P)*s'/m
    /// - 1/2*GF^2*cA*cV*dot(B,Om)*dot(Om',P)*s/m - 1/2*GF^2*cA*cV*dot(B,Om)*dot(Om',P)*s'/m
    /// - 1/2*GF^2*cV^2*dot(Om',P)*s*s'/m - 1/2*GF^2*cV^2*dot(Om,P)*s*s'/m
    /// - GF^2*cA^2*dot(B,Om')*dot(B,P)*s*s'/m + 1/2*GF^2*cA^2*dot(B,Om')*dot(Om,P)*pm*s/m
    /// - 1/2*GF^2*cA^2*dot(B,Om')*dot(Om,P)*pm*s'/m - GF^2*cA^2*dot(B,Om)*dot(B,P)*s*s'/m
    /// - 1/2*GF^2*cA^2*dot(B,Om)*dot(Om',P)*pm*s/m + 1/2*GF^2*cA^2*dot(B,Om)*dot(Om',P)*pm*s'/m
    /// ```
    ///
    /// Documented ranges: Ω, Ω', B̂ unit vectors; s, s' = ±1; |q|, |P| ≤ m (first order in 1/m: meaningful for |q|, |P| ≪ m).
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - lepton: `.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)
    ///   - omega: Ω, direction of the incoming (anti)neutrino (unit vector)
    ///   - omegaPrime: Ω', direction of the outgoing (anti)neutrino (unit vector)
    ///   - bHat: B̂, direction of the magnetic field, the spin quantization axis (unit vector)
    ///   - s: s, initial nucleon spin along B̂ (+1 or -1)
    ///   - sPrime: s', final nucleon spin along B̂ (+1 or -1)
    ///   - P: P = p + p', sum of the nucleon momenta (same units as m)
    ///   - m: m, the nucleon mass
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the value of the derived expression, in units of G_F² (and of q/m, P/m).
    @inlinable
    public static func momentumSumTerm(
        _ lepton: Lepton,
        omega: Vector3,
        omegaPrime: Vector3,
        fieldDirection bHat: Vector3,
        s: Double,
        sPrime: Double,
        momentumSum P: Vector3,
        nucleonMass m: Double,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Double {
        let cA = couplings.cA
        let cV = couplings.cV
        let pm = lepton.sign
        let bHatDotOmegaPrime = bHat.dot(omegaPrime)  // dot(B,Om')
        let bHatDotOmega = bHat.dot(omega)  // dot(B,Om)
        let bHatDotP = bHat.dot(P)  // dot(B,P)
        let omegaPrimeDotP = omegaPrime.dot(P)  // dot(Om',P)
        let omegaDotP = omega.dot(P)  // dot(Om,P)
        let t0 = omegaDotP + omegaPrimeDotP
        let t1 = bHatDotOmega + bHatDotOmegaPrime
        let t2 = t0 - 2.0*t1*bHatDotP
        let t3 = t0 - sPrime*t2*s
        let t4 = 2.0*bHatDotP + omegaPrimeDotP*bHatDotOmega
        let t5 = t4 + omegaDotP*bHatDotOmegaPrime
        let t6 = sPrime*t5 + t5*s
        let t7 = 1.0 + sPrime*s
        let t8 = omegaDotP*t7 + t7*omegaPrimeDotP
        let t9 = s - sPrime
        let t10 = omegaDotP*t9*bHatDotOmegaPrime - bHatDotOmega*omegaPrimeDotP*t9
        let t11 = cA*cA*t3 + cA*cV*t6 + cV*cV*t8 - cA*cA*pm*t10
        return -0.5*GF*GF*t11/m
    }

    /// Eqs. (3)-(6): |M_ss'|² to first order in 1/m, the sum of `leadingOrder`, `momentumTransferTerm` and `momentumSumTerm`.
    ///
    /// Evaluated from the whole derived expression at once (not as a sum of the three calls).
    ///
    /// Documented ranges: Ω, Ω', B̂ unit vectors; s, s' = ±1; |q|, |P| ≤ m (first order in 1/m: meaningful for |q|, |P| ≪ m).
    /// Accuracy (tested against exact rational evaluation at random points in these ranges): relative
    /// error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;
    /// Σ|terms| is the sum of the absolute values of the terms of the derived expression).
    ///
    /// - Parameters:
    ///   - lepton: `.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)
    ///   - omega: Ω, direction of the incoming (anti)neutrino (unit vector)
    ///   - omegaPrime: Ω', direction of the outgoing (anti)neutrino (unit vector)
    ///   - bHat: B̂, direction of the magnetic field, the spin quantization axis (unit vector)
    ///   - s: s, initial nucleon spin along B̂ (+1 or -1)
    ///   - sPrime: s', final nucleon spin along B̂ (+1 or -1)
    ///   - q: q = p' - p, nucleon momentum transfer (same units as m)
    ///   - P: P = p + p', sum of the nucleon momenta (same units as m)
    ///   - m: m, the nucleon mass
    ///   - couplings: c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)
    ///   - GF: G_F, the Fermi constant (the result scales as G_F²)
    /// - Returns: the value of the derived expression, in units of G_F² (and of q/m, P/m).
    @inlinable
    public static func firstOrder(
        _ lepton: Lepton,
        omega: Vector3,
        omegaPrime: Vector3,
        fieldDirection bHat: Vector3,
        s: Double,
        sPrime: Double,
        momentumTransfer q: Vector3,
        momentumSum P: Vector3,
        nucleonMass m: Double,
        couplings: Couplings,
        fermiConstant GF: Double
    ) -> Double {
        let F2 = couplings.F2
        let cA = couplings.cA
        let cV = couplings.cV
        let pm = lepton.sign
        let bHatDotOmegaPrime = bHat.dot(omegaPrime)  // dot(B,Om')
        let bHatDotOmega = bHat.dot(omega)  // dot(B,Om)
        let bHatDotP = bHat.dot(P)  // dot(B,P)
        let bHatDotQ = bHat.dot(q)  // dot(B,q)
        let omegaPrimeDotP = omegaPrime.dot(P)  // dot(Om',P)
        let omegaPrimeDotQ = omegaPrime.dot(q)  // dot(Om',q)
        let omegaDotOmegaPrime = omega.dot(omegaPrime)  // dot(Om,Om')
        let omegaDotP = omega.dot(P)  // dot(Om,P)
        let omegaDotQ = omega.dot(q)  // dot(Om,q)
        let t0 = 2.0*bHatDotQ - omegaPrimeDotQ*bHatDotOmega
        let t1 = t0 - omegaDotQ*bHatDotOmegaPrime
        let t2 = t1*s - sPrime*t1
        let t3 = 3.0 - omegaDotOmegaPrime
        let t4 = omegaDotP + omegaPrimeDotP
        let t5 = t3 - t4/m
        let t6 = 1.0 + omegaDotOmegaPrime
        let t7 = t6 - 4.0*bHatDotOmega*bHatDotOmegaPrime
        let t8 = bHatDotOmega + bHatDotOmegaPrime
        let t9 = t4 - 2.0*t8*bHatDotP
        let t10 = t7 - t9/m
        let t11 = t5 - sPrime*t10*s
        let t12 = sPrime + s
        let t13 = bHatDotOmega*t12 + t12*bHatDotOmegaPrime
        let t14 = bHatDotQ + bHatDotP
        let t15 = omegaPrimeDotP - omegaPrimeDotQ
        let t16 = 2.0*t14 + t15*bHatDotOmega
        let t17 = omegaDotP - omegaDotQ
        let t18 = t16 + t17*bHatDotOmegaPrime
        let t19 = bHatDotP - bHatDotQ
        let t20 = omegaPrimeDotQ + omegaPrimeDotP
        let t21 = 2.0*t19 + t20*bHatDotOmega
        let t22 = omegaDotQ + omegaDotP
        let t23 = t21 + t22*bHatDotOmegaPrime
        let t24 = sPrime*t18 + t23*s
        let t25 = t24/m - 2.0*t13
        let t26 = 1.0 + sPrime*s
        let t27 = t26 + t26*omegaDotOmegaPrime
        let t28 = omegaDotP*t26 + t26*omegaPrimeDotP
        let t29 = t27 - t28/m
        let t30 = cV + F2
        let t31 = omegaPrimeDotQ - omegaDotQ
        let t32 = bHatDotOmegaPrime - bHatDotOmega
        let t33 = t31 - s*sPrime*t32*bHatDotQ
        let t34 = omegaDotQ*t12*bHatDotOmegaPrime - bHatDotOmega*omegaPrimeDotQ*t12
        let t35 = s - sPrime
        let t36 = t35/m*omegaPrimeDotP - 2.0*t35
        let t37 = t35/m*omegaDotP - 2.0*t35
        let t38 = t37*bHatDotOmegaPrime - bHatDotOmega*t36
        let t39 = F2*cA*t2/m + cA*cA*t11 - cA*cV*t25 + cV*cV*t29 - 2.0*cA*pm*t30*t33/m + cV*pm*t30*t34/m + cA*cA*pm*t38
        return 0.5*GF*GF*t39
    }
}
