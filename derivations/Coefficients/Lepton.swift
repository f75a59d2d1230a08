// GENERATED FILE - DO NOT EDIT.
// Regenerate: `swift run verify emit` in the package root. `swift run verify emit --check`
// (run by .ci/run) fails and names this file when it differs from a fresh emission.
//
// The upper/lower signs of astro-ph/0307006: neutrino or antineutrino.
// Conventions: metric (+,-,-,-); gamma5 = i g0 g1 g2 g3; eps^{0123} = +1; tr(g5 a b c d) = -4i eps(a,b,c,d)
// Generator: Sources/Outputs/CoefficientEmitter.swift; arithmetic by SwiftStraightLineProgram (Algebra).
// Content SHA-256 (of everything after this header): 53c652e5a1fec850883aac040d259f04375ead7a064c5d2aaa5120ea7cbf8e86

/// The scattered lepton. The paper's upper signs (±, ∓) are for neutrinos, the lower ones for
/// antineutrinos.
public enum Lepton: Hashable, Sendable {
    case neutrino
    case antineutrino

    /// The paper's ± as a number: +1 for `.neutrino`, −1 for `.antineutrino`.
    @inlinable
    public var sign: Double { self == .neutrino ? 1.0 : -1.0 }
}
