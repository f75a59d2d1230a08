import Algebra

/// The scalar symbols of astro-ph/0307006 as the engine spells them.
public enum PaperSymbols {
    public static let cV = Symbol("cV"), cA = Symbol("cA"), F2 = Symbol("F2"), GF = Symbol("GF")
    /// Nucleon mass; expansions are in 1/m = m^-1.
    public static let m = Symbol("m")
    /// Initial and final nucleon spins along B̂ (±1).
    public static let s = Symbol("s"), sPrime = Symbol("s'")
    /// Energy transfer q0 = k − k'.
    public static let q0 = Symbol("q0")
    /// η = +1 for neutrinos, −1 for antineutrinos: the paper's upper/lower sign `pm`; `mp` = −pm.
    public static let pm = Symbol("pm"), mp = Symbol("mp")
    /// δx of Eq. (15), as the nondegenerate response of Eq. (14) is written in the seeds (`deltax`).
    public static let deltaX = Symbol("deltax")

    /// 3-vectors of Stage 1: Ω, Ω', B̂ (unit) and q = p' − p, P = p + p'.
    public static let omega = "Om", omegaPrime = "Om'", bHat = "B", q = "q", P = "P"
    /// The 4-vector q = k − k' inside the vertex of Eq. (1), decomposed as q0 e0 + q.
    public static let transfer = "qv"
    public static let stage1Space = Vector3Space(unitVectors: [omega, omegaPrime, bHat])
}

/// The neutrino or the antineutrino (upper/lower signs of the paper).
public enum Particle: String, CaseIterable, Sendable {
    case nu, nubar

    /// The value of the paper's `pm` (±).
    public var sign: Int { self == .nu ? 1 : -1 }
}
