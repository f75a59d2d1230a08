#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Standard error, unbuffered: progress lines and the one-line error of a failed command.
enum StandardError {
    /// Writes `text` to C `stderr` as it is (no newline added).
    static func write(_ text: String) {
        _ = fputs(text, stderr)
    }
}
