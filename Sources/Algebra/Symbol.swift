/// A named indeterminate. Structured atoms (3-vector invariants `dot(B,Om)`,
/// Lorentz invariants, components) are symbols whose name is their canonical spelling.
///
/// Symbols are **interned**: every distinct name is stored once, for the life of the process,
/// in `SymbolTable`, and a `Symbol` is a plain reference to that entry (no reference counting:
/// the table keeps every entry alive). Each entry also has a 32-bit `id`, its index in the
/// append-only table, which is what a packed monomial stores (`PackedPower`). Equality and hashing
/// are identity; the order is still a pure function of content — byte-wise UTF-8 order of the
/// names — computed on integers only: the names' bytes as big-endian 64-bit words
/// (`SymbolEntry.precedes`), almost always decided by the first word. Ids and hash values depend
/// on the order in which names were first seen, which is why neither ever decides an order, and
/// hash tables serve only as accumulators and are sorted on exit.
public struct Symbol: Hashable, Comparable, Sendable, CustomStringConvertible {
    unowned(unsafe) let entry: SymbolEntry

    public init(_ name: String) { entry = SymbolTable.intern(name, structure: nil) }

    init(_ structure: AtomStructure) { entry = SymbolTable.intern(structure.spelling, structure: structure) }

    /// The symbol of an id taken from an interned entry (`PackedPower.atom`).
    init(id: UInt32) { entry = SymbolTable.slot(id).entry._withUnsafeGuaranteedRef { $0 } }

    /// The index of this symbol's entry in `SymbolTable` (the order of first interning: never an order).
    var id: UInt32 { entry.id }

    public var name: String { entry.name }

    /// The atom's kind and operands, stored when it was interned.
    public var structure: AtomStructure { entry.structure }

    /// The Minkowski product a.b (symmetric: operands in UTF-8 order).
    public static func minkowskiDot(_ a: String, _ b: String) -> Symbol {
        Symbol(AtomStructure(.minkowskiDot, a.utf8.lexicographicallyPrecedes(b.utf8) ? [a, b] : [b, a]))
    }

    /// The 3-vector dot(a,b) (symmetric: operands in UTF-8 order).
    public static func dot(_ a: String, _ b: String) -> Symbol {
        Symbol(AtomStructure(.dot, a.utf8.lexicographicallyPrecedes(b.utf8) ? [a, b] : [b, a]))
    }

    /// triple(a,b,c) = a·(b×c) for operands already sorted (the sign is the caller's).
    public static func triple(sorted operands: [String]) -> Symbol {
        precondition(operands.count == 3, "triple takes 3 operands")
        return Symbol(AtomStructure(.triple, operands))
    }

    /// eps(a,b,c,d) for operands already sorted (the sign is the caller's).
    public static func epsilon(sorted operands: [String]) -> Symbol {
        precondition(operands.count == 4, "eps takes 4 operands")
        return Symbol(AtomStructure(.epsilon, operands))
    }

    /// The imaginary unit `I`, reduced by I² = −1 inside every monomial product; always id 0.
    public static let imaginaryUnit = Symbol("I")

    public var isImaginaryUnit: Bool { entry.id == SymbolTable.imaginaryUnitID }

    public static func == (a: Symbol, b: Symbol) -> Bool { a.entry === b.entry }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(entry)) }

    /// Byte-wise order of the UTF-8 spelling: a pure function of content, independent of
    /// locale, of Swift's per-process hash seed and of the order in which names were interned.
    public static func < (a: Symbol, b: Symbol) -> Bool {
        a.entry !== b.entry && a.entry.precedes(b.entry)
    }

    public var description: String { name }
}
