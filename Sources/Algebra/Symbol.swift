/// A named indeterminate. Structured atoms (3-vector invariants `dot(B,Om)`,
/// Lorentz invariants, components) are symbols whose name is their canonical spelling,
/// so equality and order of atoms are plain string comparisons.
public struct Symbol: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }

    /// The imaginary unit `I`, reduced by I² = −1 inside every monomial product.
    public static let imaginaryUnit = Symbol("I")

    public var isImaginaryUnit: Bool { name == "I" }

    /// Byte-wise order of the UTF-8 spelling: a pure function of content, independent of
    /// locale and of Swift's per-process hash seed.
    public static func < (a: Symbol, b: Symbol) -> Bool {
        a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
    }

    public var description: String { name }
}
