import Algebra
import Dirac

/// Nucleon spin density matrices u ū, to first order in p/m, with spin s = ±1 along B̂.
///
/// 4-vectors: e0 = (1,0⃗) (the frame's time axis), B = (0,B̂) with B̂ the 3-axis, and the
/// spatial momentum p̃ = (0,p⃗) named like its 3-vector ("p", "p'"). Then γ^0 = γ_0 = e̸0,
/// γ_3 = B̸ = −γ^3, p^i γ_i = p̸̃ = −p^i γ^i, p^3 = p⃗·B̂ = −p̃·B and p_3 = +p̃·B.
public enum DensityMatrix {
    /// The 4-vectors and scalars that stand for the printed pieces "γ3", "p^i γ_i", "p^3"
    /// of Eq. (2) in a given reading, for the nucleon momentum `p`.
    public static func placeholders(reading: Reading, momentum p: String) -> [String: DiracExpression] {
        let b = DiracExpression.slash(PaperSymbols.bHat), pSlash = DiracExpression.slash(p)
        let pDotB = LorentzAtom.scalarProduct(p, PaperSymbols.bHat)
        return [
            "G3": reading.gamma3Upper ? -b : b,
            "PG": reading.spatialGammaUpper ? -pSlash : pSlash,
            "P3": DiracExpression(scalar: reading.p3Lower ? pDotB : -pDotB),
        ]
    }

    /// The index heights lost in the extraction of Eq. (2): which one the paper meant.
    public struct Reading: Hashable, Sendable, CustomStringConvertible {
        /// "γ3" is γ^3 (true) or γ_3 (false).
        public let gamma3Upper: Bool
        /// "p^i γ_i" is p^i γ^i (true) or p^i γ_i (false).
        public let spatialGammaUpper: Bool
        /// "p^3" is p_3 (true) or p^3 (false).
        public let p3Lower: Bool

        public init(gamma3Upper: Bool, spatialGammaUpper: Bool, p3Lower: Bool) {
            self.gamma3Upper = gamma3Upper
            self.spatialGammaUpper = spatialGammaUpper
            self.p3Lower = p3Lower
        }

        public static let all: [Reading] = [false, true].flatMap { a in
            [false, true].flatMap { b in [false, true].map { c in Reading(gamma3Upper: a, spatialGammaUpper: b, p3Lower: c) } }
        }

        public var description: String {
            "(1 - s g5 \(gamma3Upper ? "γ^3" : "γ_3"))(1 + γ^0 + \(spatialGammaUpper ? "p^i γ^i" : "p^i γ_i")/m)"
                + " - s \(p3Lower ? "p_3" : "p^3")/m g5 (1 + γ^0)"
        }
    }

    /// Where the derivation takes u ū from: the printed Eq. (2) in a reading that agrees with
    /// the covariant projector, or — when no reading agrees — the covariant projector itself
    /// (never a reading picked in code).
    public enum Source: Hashable, Sendable, CustomStringConvertible {
        case printed(Reading)
        case covariantProjector

        /// The printed reading, if the derivation uses Eq. (2).
        public var reading: Reading? {
            if case .printed(let r) = self { return r }
            return nil
        }

        public var description: String {
            switch self {
            case .printed(let r): return "printed Eq. (2) in the reading \(r)"
            case .covariantProjector: return "the covariant projector (p + m)(1 + g5 S)/2m, S = s(B + (p^3/m) e0), to first order in p/m"
            }
        }
    }

    static func m(_ e: Int) -> Polynomial { Polynomial(PaperSymbols.m, e) }

    /// The covariant projector (p̸ + m)(1 + γ5 S̸)/(2m) with p = m e0 + p̃ (E = m + O(p²/m))
    /// and S the boost of the rest-frame spin (0, s B̂): S = s[B + (p^3/m) e0] + O(p²/m²).
    public static func covariant(momentum p: String, spin s: Symbol) throws -> DiracExpression {
        let e0 = DiracExpression.gamma(fixed: 0)
        let spin = Polynomial(s)
        let pSlash = try e0.scaled(by: m(1)) + .slash(p)
        let p3 = -LorentzAtom.scalarProduct(p, PaperSymbols.bHat)
        let sSlash = try (DiracExpression.slash(PaperSymbols.bHat) + e0.scaled(by: p3 * m(-1))).scaled(by: spin)
        let projector = try (pSlash + DiracExpression(scalar: m(1))) * (DiracExpression.identity + DiracExpression.gamma5 * sSlash)
        return try projector.scaled(by: m(-1).scaled(by: .half))
    }
}
