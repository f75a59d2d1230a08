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

/// The visitor: one line buffer (the current term), one output chunk; raw buffers, since
/// this loop writes every byte of a 2-million-term trace.
private struct LineWriter: MatchingVisitor {
    /// Every atom spelled as `*name`, the `*` skipped for the first atom of a term.
    let spelling: UnsafeMutablePointer<UInt8>
    /// Atom index → offset and length (with the `*`) in `spelling`.
    let offsets: UnsafeMutablePointer<Int>, lengths: UnsafeMutablePointer<Int>
    let half: Int
    let single: Bool
    let line: UnsafeMutablePointer<UInt8>
    /// Length of the line after the first k atoms, k = 0…half.
    let prefix: UnsafeMutablePointer<Int>
    let chunk: UnsafeMutablePointer<UInt8>
    let chunkSize: Int
    var used = 0
    let sink: (UnsafeRawBufferPointer) -> Void
    var started = false
    var firstNegative = false

    init(_ trace: DistinctVectorTrace, chunkSize: Int, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        var bytes: [UInt8] = []
        let n = trace.names.count
        offsets = .allocate(capacity: n * n)
        offsets.initialize(repeating: 0, count: n * n)
        lengths = .allocate(capacity: n * n)
        lengths.initialize(repeating: 0, count: n * n)
        var longest = 0
        for i in 0..<n {
            for j in (i + 1)..<n {
                let name = trace.atoms[i * n + j].name.utf8
                offsets[i * n + j] = bytes.count
                lengths[i * n + j] = name.count + 1
                bytes.append(UInt8(ascii: "*"))
                bytes += name
                longest = max(longest, name.count + 1)
            }
        }
        spelling = .allocate(capacity: bytes.count)
        spelling.initialize(from: bytes, count: bytes.count)
        half = n / 2
        single = n == 2
        line = .allocate(capacity: half * longest)
        prefix = .allocate(capacity: half + 1)
        prefix.initialize(repeating: 0, count: half + 1)
        self.chunkSize = max(chunkSize, 4 * half * longest + 16)
        chunk = .allocate(capacity: self.chunkSize)
    }

    func deallocate() {
        for buffer in [spelling, line, chunk] { buffer.deallocate() }
        for buffer in [offsets, lengths, prefix] { buffer.deallocate() }
    }

    @inline(__always)
    mutating func pair(depth: Int, atom: Int) {
        let skip = depth == 0 ? 1 : 0
        let count = lengths[atom] &- skip
        let length = prefix[depth]
        (line + length).update(from: spelling + (offsets[atom] &+ skip), count: count)
        prefix[depth &+ 1] = length &+ count
    }

    mutating func matching(negative: Bool) {
        if !started {
            started = true
            firstNegative = negative
            append(negative ? "-4*" : "4*")
            if !single { append("(") }
            let length = prefix[half]
            if used &+ length > chunkSize { flush() }
            (chunk + used).update(from: line, count: length)
            used &+= length
        } else {
            let length = prefix[half]
            if used &+ length &+ 3 > chunkSize { flush() }
            chunk[used] = UInt8(ascii: " ")
            chunk[used &+ 1] = negative != firstNegative ? UInt8(ascii: "-") : UInt8(ascii: "+")
            chunk[used &+ 2] = UInt8(ascii: " ")
            (chunk + (used &+ 3)).update(from: line, count: length)
            used &+= length &+ 3
        }
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
