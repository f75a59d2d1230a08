import Synchronization

/// The process-wide table of interned names, append-only: entries are never removed (which is
/// what makes the unowned references in `Symbol` safe) and never move.
///
/// Interning takes a lock (a name → entry dictionary and the next id). Reading an entry by id
/// (`entry(_:)`, on the hot paths of packed monomials) takes none: ids index slots in chunks of
/// doubling size (chunk c holds 2^(c+8) slots), and a slot is written once, under the lock,
/// before its id is returned; whoever holds an id received it after that write (through the
/// lock, or through whatever handed the value to its thread), and a chunk, once allocated,
/// never moves or is freed. The imaginary unit `I` is always id 0.
enum SymbolTable {
    private struct State: ~Copyable {
        var entries: [Spelling: SymbolEntry] = [:]
        var count: UInt32 = 0
    }

    /// A name as its UTF-8 bytes: `String` equality identifies canonically equivalent spellings
    /// ("é" precomposed and e + U+0301), which have different bytes and so different orders; keyed
    /// by `String`, the first spelling interned would decide the order of both.
    private struct Spelling: Hashable {
        let name: String

        static func == (a: Spelling, b: Spelling) -> Bool { a.name.utf8.elementsEqual(b.name.utf8) }

        func hash(into hasher: inout Hasher) {
            var name = name
            name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    static let imaginaryUnitID: UInt32 = 0

    /// One slot: the entry's first order word (`SymbolEntry.key`), kept beside the reference so
    /// that comparing two ids whose first words differ touches no entry (and no reference count).
    struct Slot {
        let key: UInt64
        let entry: Unmanaged<SymbolEntry>
    }

    /// At most 2^32 − 1 ids; 25 chunks of 2^8 … 2^32 slots cover them.
    private static let chunkCount = 25
    private static let firstChunkBits = 8

    /// The chunk pointers (nil until a chunk is needed), allocated once and never freed.
    nonisolated(unsafe) private static let chunks: UnsafeMutablePointer<UnsafeMutablePointer<Slot>?> = {
        let chunks = UnsafeMutablePointer<UnsafeMutablePointer<Slot>?>.allocate(capacity: chunkCount)
        chunks.initialize(repeating: nil, count: chunkCount)
        return chunks
    }()

    private static let state: Mutex<State> = {
        var state = State()
        _ = append("I", structure: .plain, to: &state)
        return Mutex(state)
    }()

    /// The chunk and offset of `id`: ids 0 ..< 2^8 are chunk 0, then each chunk doubles.
    @inline(__always)
    private static func location(_ id: UInt32) -> (chunk: Int, offset: Int) {
        let n = UInt64(id) &+ (1 << firstChunkBits)
        let top = 63 - n.leadingZeroBitCount
        return (top - firstChunkBits, Int(n - (1 << UInt64(top))))
    }

    /// The slot of this id; the id must come from an interned entry (`Symbol.id`).
    @inline(__always)
    static func slot(_ id: UInt32) -> Slot {
        let (chunk, offset) = location(id)
        return chunks[chunk].unsafelyUnwrapped[offset]
    }

    /// The content order of two different ids (`SymbolEntry.precedes`): the inline first words,
    /// and only on a tie of those the entries' remaining words, borrowed without retaining.
    @inline(__always)
    static func precedes(_ a: UInt32, _ b: UInt32) -> Bool {
        let x = slot(a), y = slot(b)
        if x.key != y.key { return x.key < y.key }
        return x.entry._withUnsafeGuaranteedRef { p in y.entry._withUnsafeGuaranteedRef { q in p.precedes(q) } }
    }

    /// The entry of `name`; a new one takes `structure` (from a factory) or reads it from the
    /// spelling once (`AtomStructure(spelling:)`), so an atom has one structure however it was
    /// first made.
    static func intern(_ name: String, structure: AtomStructure?) -> SymbolEntry {
        state.withLock { state in
            if let entry = state.entries[Spelling(name: name)] { return entry }
            assert(structure == nil || structure == AtomStructure(spelling: name), "factory and spelling disagree for \(name)")
            return append(name, structure: structure ?? AtomStructure(spelling: name), to: &state)
        }
    }

    /// A new entry with the next id, stored in its slot before the id can be seen.
    private static func append(_ name: String, structure: AtomStructure, to state: inout State) -> SymbolEntry {
        precondition(state.count < UInt32.max, "more than \(UInt32.max - 1) distinct symbols")
        let id = state.count
        let entry = SymbolEntry(name, structure: structure, id: id)
        let (chunk, offset) = location(id)
        if chunks[chunk] == nil {
            let size = 1 << (chunk + firstChunkBits)
            chunks[chunk] = UnsafeMutablePointer<Slot>.allocate(capacity: size)
        }
        (chunks[chunk].unsafelyUnwrapped + offset).initialize(to: Slot(key: entry.key, entry: Unmanaged.passUnretained(entry)))
        state.entries[Spelling(name: name)] = entry
        state.count = id + 1
        return entry
    }
}
