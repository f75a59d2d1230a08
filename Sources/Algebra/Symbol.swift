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

    public init(_ name: String) { entry = SymbolTable.intern(name) }

    public var name: String { entry.name }

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

/// One interned name: its spelling and its order key.
final class SymbolEntry: Sendable {
    let name: String
    /// The first eight UTF-8 bytes of `name`, big-endian, zero-padded: comparing keys as
    /// integers is comparing those bytes lexicographically, and a shorter name that is a prefix
    /// of a longer one gets the smaller key (names contain no NUL bytes).
    let key: UInt64

    init(_ name: String) {
        self.name = name
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

    static let imaginaryUnit = intern("I")

    static func intern(_ name: String) -> SymbolEntry {
        entries.withLock { table in
            if let entry = table[name] { return entry }
            let entry = SymbolEntry(name)
            table[name] = entry
            return entry
        }
    }
}
