// GENERATED FILE - DO NOT EDIT.
// Regenerate: `swift run verify emit` in the package root. `swift run verify emit --check`
// (run by .ci/run) fails and names this file when it differs from a fresh emission.
//
// Table I of astro-ph/0307006, from the entries [table1.*] of seeds/stage1.claims.
// Seed file: seeds/stage1.claims (SHA-256 45aa97bf50172963feb55b539f9c465b25490b5a5a12dd2df54cb66c7d3fd07d)
// Conventions: metric (+,-,-,-); gamma5 = i g0 g1 g2 g3; eps^{0123} = +1; tr(g5 a b c d) = -4i eps(a,b,c,d)
// Generator: Sources/Outputs/CoefficientEmitter.swift; arithmetic by SwiftStraightLineProgram (Algebra).
// Content SHA-256 (of everything after this header): dd05cded8568811ec8f45364e19b66c9d2ee0b2eac8df93c937ef7f4430445f5

/// The nucleon couplings of the weak vertex, Eq. (1) of astro-ph/0307006:
/// c_V γ^μ + F_2 iσ^{μν} q_ν/(2m) − c_A γ^μ γ5.
public struct Couplings: Hashable, Sendable {
    /// c_V, the vector coupling.
    public var cV: Double
    /// c_A, the axial coupling.
    public var cA: Double
    /// F_2, the weak-magnetism form factor.
    public var F2: Double

    @inlinable
    public init(cV: Double, cA: Double, F2: Double) {
        self.cV = cV
        self.cA = cA
        self.F2 = F2
    }
}

/// The inputs of Table I of astro-ph/0307006, exactly as transcribed.
public enum TableI {
    /// g_A, the axial coupling of the nucleon: 63/50.
    public static let gA: Double = 1.26
    /// sin²θ_W, the weak mixing angle: 23/100.
    public static let sin2ThetaW: Double = 0.23
    /// μ_p, the proton magnetic moment in nuclear magnetons: 1793/1000.
    public static let muP: Double = 1.793
    /// μ_n, the neutron magnetic moment in nuclear magnetons: -1913/1000.
    public static let muN: Double = -1.913
}

extension Couplings {
    /// ν p → ν p (neutral current on protons), at the values of `TableI`:
    /// cV = 1/2 - 2*sw2, cA = 1/2*gA, F2 = -1/2*mun + 1/2*mup - 2*mup*sw2;
    /// exactly cV = 1/25, cA = 63/100, F2 = 51411/50000.
    public static let neutrinoProton = Couplings(cV: 0.04, cA: 0.63, F2: 1.02822)

    /// ν p → ν p (neutral current on protons) for other values of the Table I inputs:
    /// cV = 1/2 - 2*sw2, cA = 1/2*gA, F2 = -1/2*mun + 1/2*mup - 2*mup*sw2.
    @inlinable
    public static func neutrinoProton(gA: Double, sin2ThetaW: Double, muP: Double, muN: Double) -> Couplings {
        let cV_0 = 1.0 - 4.0*sin2ThetaW
        let F2_0 = 1.0 - 4.0*sin2ThetaW
        let F2_1 = muN - F2_0*muP
        return Couplings(cV: 0.5*cV_0, cA: 0.5*gA, F2: -0.5*F2_1)
    }

    /// ν n → ν n (neutral current on neutrons), at the values of `TableI`:
    /// cV = -1/2, cA = -1/2*gA, F2 = 1/2*mun - 1/2*mup - 2*mun*sw2;
    /// exactly cV = -1/2, cA = -63/100, F2 = -48651/50000.
    public static let neutrinoNeutron = Couplings(cV: -0.5, cA: -0.63, F2: -0.97302)

    /// ν n → ν n (neutral current on neutrons) for other values of the Table I inputs:
    /// cV = -1/2, cA = -1/2*gA, F2 = 1/2*mun - 1/2*mup - 2*mun*sw2.
    @inlinable
    public static func neutrinoNeutron(gA: Double, sin2ThetaW: Double, muP: Double, muN: Double) -> Couplings {
        let F2_0 = 1.0 - 4.0*sin2ThetaW
        let F2_1 = F2_0*muN - muP
        return Couplings(cV: -0.5, cA: -0.5*gA, F2: 0.5*F2_1)
    }

    /// ν_e n → e⁻ p and ν̄_e p → e⁺ n (charged current), at the values of `TableI`:
    /// cV = 1, cA = gA, F2 = -mun + mup;
    /// exactly cV = 1, cA = 63/50, F2 = 1853/500.
    public static let chargedCurrent = Couplings(cV: 1.0, cA: 1.26, F2: 3.706)

    /// ν_e n → e⁻ p and ν̄_e p → e⁺ n (charged current) for other values of the Table I inputs:
    /// cV = 1, cA = gA, F2 = -mun + mup.
    @inlinable
    public static func chargedCurrent(gA: Double, sin2ThetaW: Double, muP: Double, muN: Double) -> Couplings {
        let F2_0 = muN - muP
        return Couplings(cV: 1.0, cA: gA, F2: -F2_0)
    }
}
