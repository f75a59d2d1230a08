import Algebra

/// The coefficients of Eq. (40), δ(1), δ(2), ε(1), ε(2), ε(3), each printed by one of
/// Eqs. (41)-(45). The raw value is the symbol that stands for it in the transcribed form of
/// Eq. (40) (`[eq40]` of `seeds/stage4.claims`).
public enum Eq40Coefficient: String, CaseIterable, Sendable {
    case delta1 = "d1", delta2 = "d2", epsilon1 = "e1", epsilon2 = "e2", epsilon3 = "e3"

    /// The drift coefficients along B̂ (of δU, k ∂δU/∂k, k² ∂²δU/∂k²).
    public static let drift: [Eq40Coefficient] = [.epsilon1, .epsilon2, .epsilon3]

    /// Its symbol in the transcribed Eq. (40).
    public var symbol: Symbol { Symbol(rawValue) }

    /// The equation that prints it, "41" … "45".
    public var equation: String {
        switch self {
        case .delta1: "41"
        case .delta2: "42"
        case .epsilon1: "43"
        case .epsilon2: "44"
        case .epsilon3: "45"
        }
    }

    /// The seed entry of that equation, `eq41` … `eq45`.
    public var claimID: String { "eq" + equation }

    /// "delta(1)", …, "eps(3)" as the notes write it.
    public var name: String {
        switch self {
        case .delta1: "delta(1)"
        case .delta2: "delta(2)"
        case .epsilon1: "eps(1)"
        case .epsilon2: "eps(2)"
        case .epsilon3: "eps(3)"
        }
    }
}
