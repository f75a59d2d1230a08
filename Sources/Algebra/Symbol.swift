import Synchronization

/// A named indeterminate. Structured atoms (3-vector invariants `dot(B,Om)`,
/// Lorentz invariants, components) are symbols whose name is their canonical spelling.
///
/// Symbols are **interned**: every distinct name is stored once, for the life of the process,
/// in `SymbolTable`, and a `Symbol` is a plain reference to that entry (no reference counting:
/// the table keeps every entry alive). Equality and hashing are identity; the order is still a
/// pure function of content — byte-wise UTF-8 order of the names — decided in almost every case
/// by comparing one integer, the first eight bytes of the name (`SymbolEntry.key`), and only on a
/// tie of those by the full names. Hash values depend on the order in which names were first
/// seen, which is why hash tables serve only as accumulators and are sorted on exit.
public struct Symbol: Hashable, Comparable, Sendable, CustomStringConvertible {
    unowned(unsafe) let entry: SymbolEntry

    public init(_ name: String) { entry = SymbolTable.intern(name, structure: nil) }

    init(_ structure: AtomStructure) { entry = SymbolTable.intern(structure.spelling, structure: structure) }

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

    /// The imaginary unit `I`, reduced by I² = −1 inside every monomial product.
    public static let imaginaryUnit = Symbol("I")

    public var isImaginaryUnit: Bool { entry === SymbolTable.imaginaryUnit }

    public static func == (a: Symbol, b: Symbol) -> Bool { a.entry === b.entry }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(entry)) }

    /// Byte-wise order of the UTF-8 spelling: a pure function of content, independent of
    /// locale, of Swift's per-process hash seed and of the order in which names were interned.
    public static func < (a: Symbol, b: Symbol) -> Bool {
        if a.entry === b.entry { return false }
        if a.entry.key != b.entry.key { return a.entry.key < b.entry.key }
        return a.entry.name.utf8.lexicographicallyPrecedes(b.entry.name.utf8)
    }

    public var description: String { name }
}

/// One interned name: its spelling, its structure and its order key.
final class SymbolEntry: Sendable {
    let name: String
    let structure: AtomStructure
    /// The first eight UTF-8 bytes of `name`, big-endian, zero-padded: comparing keys as
    /// integers is comparing those bytes lexicographically, and a shorter name that is a prefix
    /// of a longer one gets the smaller key (names contain no NUL bytes).
    let key: UInt64

    init(_ name: String, structure: AtomStructure) {
        self.name = name
        self.structure = structure
        var key: UInt64 = 0, count = 0
        for byte in name.utf8.prefix(8) {
            key = key << 8 | UInt64(byte)
            count += 1
        }
        self.key = count == 0 ? 0 : key << (8 * UInt64(8 - count))
    }
}

/// The process-wide table of interned names. Entries are never removed, which is what makes
/// the unowned references in `Symbol` safe.
enum SymbolTable {
    private static let entries = Mutex<[String: SymbolEntry]>([:])

    static let imaginaryUnit = intern("I", structure: nil)

    /// The entry of `name`; a new one takes `structure` (from a factory) or reads it from the
    /// spelling once (`AtomStructure(spelling:)`), so an atom has one structure however it was
    /// first made.
    static func intern(_ name: String, structure: AtomStructure?) -> SymbolEntry {
        entries.withLock { table in
            if let entry = table[name] { return entry }
            assert(structure == nil || structure == AtomStructure(spelling: name), "factory and spelling disagree for \(name)")
            let entry = SymbolEntry(name, structure: structure ?? AtomStructure(spelling: name))
            table[name] = entry
            return entry
        }
    }
}
