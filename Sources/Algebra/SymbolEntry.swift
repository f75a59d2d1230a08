/// One interned name: its spelling, its structure, its id in `SymbolTable`, and its order key.
///
/// The order key is the name's UTF-8 bytes as big-endian 64-bit words, the last one zero-padded:
/// `key` is the first word (inline, it decides almost every comparison), `tail` the rest, and
/// `byteCount` the length. Comparing the words as unsigned integers, then the number of words,
/// then the length, is exactly the byte-wise lexicographic order of the names (`precedes`), so
/// the order never compares strings and never depends on ids or on the order of interning.
final class SymbolEntry: Sendable {
    let name: String
    let structure: AtomStructure
    let id: UInt32
    /// Bytes 0-7 of `name`, big-endian, zero-padded.
    let key: UInt64
    /// Bytes 8… of `name` in the same form, one word per eight bytes.
    let tail: [UInt64]
    let byteCount: Int

    init(_ name: String, structure: AtomStructure, id: UInt32) {
        self.name = name
        self.structure = structure
        self.id = id
        let words = SymbolEntry.bigEndianWords(name.utf8)
        key = words.first ?? 0
        tail = Array(words.dropFirst())
        byteCount = name.utf8.count
    }

    /// The bytes eight at a time, the first byte in the highest position, the last word padded
    /// with zero bytes.
    static func bigEndianWords(_ bytes: String.UTF8View) -> [UInt64] {
        var words: [UInt64] = []
        words.reserveCapacity((bytes.count + 7) / 8)
        var word: UInt64 = 0, filled = 0
        for byte in bytes {
            word = word << 8 | UInt64(byte)
            filled += 1
            if filled == 8 { words.append(word); word = 0; filled = 0 }
        }
        if filled > 0 { words.append(word << (8 * UInt64(8 - filled))) }
        return words
    }

    /// Byte-wise UTF-8 order of the names, on integers only.
    ///
    /// Why it is exact: at the first differing word, the first differing padded byte is a byte
    /// of both names (byte order), or padding (zero) against a byte of the other name, and then
    /// every byte between the end of the shorter name and that position is a zero byte of the
    /// longer one, so the shorter name is its prefix and precedes it, as the smaller word says.
    /// With equal words a name of fewer words is a prefix of the other; with equal words and
    /// equal word counts the names differ at most by trailing zero bytes: the shorter precedes.
    @inline(__always)
    func precedes(_ other: SymbolEntry) -> Bool {
        if key != other.key { return key < other.key }
        return tailPrecedes(other)
    }

    @inline(never)
    private func tailPrecedes(_ other: SymbolEntry) -> Bool {
        let n = min(tail.count, other.tail.count)
        for i in 0..<n where tail[i] != other.tail[i] { return tail[i] < other.tail[i] }
        if tail.count != other.tail.count { return tail.count < other.tail.count }
        return byteCount < other.byteCount
    }
}
