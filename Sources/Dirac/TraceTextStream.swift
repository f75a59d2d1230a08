import Algebra

/// Streams the plain text of a `DistinctVectorTrace` without building the polynomial: the
/// bytes of `PlainTextPrinter.factoredText(trace.polynomial)` and a newline (`4*(p1.p2*p3.p4
/// - p1.p3*p2.p4 + p1.p4*p2.p3)`), handed to `sink` in chunks of at most `chunkSize` bytes.
/// Memory is O(n + chunkSize) for (n−1)!! terms. Consecutive terms share the text of their
/// common first atoms (the enumeration is depth-first), so each term costs one copy of its line.
public enum TraceTextStream {
    public static func write(_ trace: DistinctVectorTrace, chunkSize: Int = 1 << 16,
                             to sink: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var writer = LineWriter(trace, chunkSize: chunkSize, sink: sink)
            defer { writer.deallocate() }
            trace.enumerate(&writer)
            writer.finish()
            writer.flush()
        }
    }
}

/// The visitor: one line buffer (the current term), one output chunk.
private struct LineWriter: MatchingVisitor {
    let spelling: [UInt8]
    /// Atom index → (offset, length) in `spelling`.
    let offsets: [Int], lengths: [Int]
    let half: Int
    let single: Bool
    let line: UnsafeMutablePointer<UInt8>
    var prefix: [Int]
    let chunk: UnsafeMutablePointer<UInt8>
    let chunkSize: Int
    var used = 0
    let sink: (UnsafeRawBufferPointer) -> Void
    var started = false
    var firstNegative = false

    init(_ trace: DistinctVectorTrace, chunkSize: Int, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        var spelling: [UInt8] = []
        var offsets = [Int](repeating: 0, count: trace.atoms.count)
        var lengths = offsets
        var longest = 0
        let n = trace.names.count
        for i in 0..<n {
            for j in (i + 1)..<n {
                let bytes = Array(trace.atoms[i * n + j].name.utf8)
                offsets[i * n + j] = spelling.count
                lengths[i * n + j] = bytes.count
                spelling += bytes
                longest = max(longest, bytes.count)
            }
        }
        self.spelling = spelling
        self.offsets = offsets
        self.lengths = lengths
        half = n / 2
        single = n == 2
        line = .allocate(capacity: half * (longest + 1))
        prefix = [Int](repeating: 0, count: half + 1)
        self.chunkSize = max(chunkSize, 4 * half * (longest + 1) + 16)
        chunk = .allocate(capacity: self.chunkSize)
    }

    func deallocate() {
        line.deallocate()
        chunk.deallocate()
    }

    mutating func pair(depth: Int, atom: Int) {
        var length = prefix[depth]
        if depth > 0 { line[length] = UInt8(ascii: "*"); length += 1 }
        let count = lengths[atom]
        spelling.withUnsafeBufferPointer { bytes in
            (line + length).update(from: bytes.baseAddress! + offsets[atom], count: count)
        }
        prefix[depth + 1] = length + count
    }

    mutating func matching(negative: Bool) {
        if !started {
            started = true
            firstNegative = negative
            append(negative ? "-4*" : "4*")
            if !single { append("(") }
        } else {
            append(negative != firstNegative ? " - " : " + ")
        }
        let length = prefix[half]
        if used + length > chunkSize { flush() }
        (chunk + used).update(from: line, count: length)
        used += length
    }

    mutating func finish() { append(single ? "\n" : ")\n") }

    mutating func append(_ text: StaticString) {
        if used + text.utf8CodeUnitCount > chunkSize { flush() }
        (chunk + used).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        used += text.utf8CodeUnitCount
    }

    /// Hands the chunk to the sink.
    mutating func flush() {
        if used > 0 { sink(UnsafeRawBufferPointer(start: chunk, count: used)) }
        used = 0
    }
}
