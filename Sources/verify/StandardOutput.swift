#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Standard output, checked at the end of every command. Everything the commands print goes
/// through C `stdout` (Swift's `print`); a failed or short write (a full disk, `/dev/full`)
/// sets the stream's error flag, and the final flush fails while bytes remain unwritten.
enum StandardOutput {
    /// Writes `bytes` to C `stdout` (the stream `print` uses), for output built as bytes.
    static func write(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        _ = fwrite(base, 1, bytes.count, stdout)
    }

    /// Flushes stdout; nil if every byte was written, else the one-line reason.
    static func flushFailure() -> String? {
        let flushed = fflush(stdout) == 0
        let reason = flushed ? "a write failed" : String(cString: strerror(errno))
        guard !flushed || ferror(stdout) != 0 else { return nil }
        return "cannot write to standard output (\(reason)); the output is incomplete"
    }
}
