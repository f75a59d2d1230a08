import Algebra

/// The average over the nondegenerate nucleon momenta at fixed q0, q and spins s, s' (issue 14,
/// item 2): the second moments that the substitution (A13) does not give.
///
/// Energy conservation with E = −sμ_B B + p²/2m fixes the component of P = p + p' along q,
/// P·q̂ = (2m/q)[q0 − μ_B B(s − s')] (this is (A13): P → c q with c = (2m/q²)[q0 − μ_B B(s − s')]);
/// the transverse part P⊥ = 2p⊥ is Gaussian with the Maxwell–Boltzmann weight e^{−p⊥²/2mT},
/// independent of the spins, so
///
///     ⟨P_i⟩ = c q_i,     ⟨P_iP_j⟩ = c² q_iq_j + 4mT(δ_ij − q_iq_j/q²).
///
/// A bilinear f(P, P) averages to (c² − 4mT/q²) f(q, q) + 12mT ⟨f(n, n)⟩_n with n a unit
/// vector averaged over the sphere (⟨n_in_j⟩ = δ_ij/3). The transverse part is what (A13) drops.
public enum NucleonMomentAverage {
    /// The unit direction averaged over in the transverse moment.
    static let direction = "Pn"
    static let space = Vector3Space(unitVectors: [PaperSymbols.omega, PaperSymbols.omegaPrime, PaperSymbols.bHat, direction])

    /// ⟨p⟩ for a polynomial of degree ≤ 2 in P, with `c` the (A13) factor (a polynomial in q0,
    /// q², μ_B B, s, s', m). Degree 3 and higher are refused (not needed at O(T/m)).
    public static func averaged(_ p: Polynomial, alongQ c: Polynomial) throws -> Polynomial {
        let P = PaperSymbols.P
        let toQ = VectorRelabeling(vectors: [P: (PaperSymbols.q, 1)], scalars: [:], space: PaperSymbols.stage1Space)
        let toN = VectorRelabeling(vectors: [P: (direction, 1)], scalars: [:], space: space)
        let mT = try Polynomial(PaperSymbols.m) * Polynomial(Stage2Derivation.T)
        let q2 = Polynomial(Vector3Space.dotSymbol(PaperSymbols.q, PaperSymbols.q))
        let degree2 = p.part(degree: 2, inVector: P)
        let rest = p - p.part(degree: 0, inVector: P) - p.part(degree: 1, inVector: P) - degree2
        guard rest.isZero else { throw AlgebraError.undefined("nucleon average: a term of degree > 2 in P") }
        var total = p.part(degree: 0, inVector: P)
        total = try total + toQ.apply(to: p.part(degree: 1, inVector: P)) * c
        let longitudinal = try c * c - mT.scaled(by: 4) / q2
        total = try total + toQ.apply(to: degree2) * longitudinal
        let transverse = try AngularAverages.sphere(try toN.apply(to: degree2), over: direction, in: space)
        return try total + transverse * mT.scaled(by: 12)
    }
}
