/// A Lorentz slot of a gamma matrix or tensor: a named 4-vector (γ^μ a_μ = a̸) or a
/// Lorentz index that is to be contracted (γ^μ).
public enum Slot: Hashable, Comparable, Sendable, CustomStringConvertible {
    case vector(String)
    case index(String)

    public var isIndex: Bool { if case .index = self { return true } else { return false } }

    public var name: String {
        switch self {
        case .vector(let n), .index(let n): return n
        }
    }

    /// Vectors before indices, each by UTF-8 order of the name.
    public static func < (a: Slot, b: Slot) -> Bool {
        switch (a, b) {
        case (.vector, .index): return true
        case (.index, .vector): return false
        default: return a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
        }
    }

    public var description: String {
        switch self {
        case .vector(let n): return n
        case .index(let n): return "[\(n)]"
        }
    }
}
