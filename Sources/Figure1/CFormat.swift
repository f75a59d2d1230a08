import Glibc

/// C's `printf` formatting of numbers (`%.3f`, `%.4g`, `%.2e`, …) through `vsnprintf`, the same
/// bytes as Foundation's `String(format:)` for these conversions; the one place the tool formats
/// floating point for people (Fig. 1 files, timings), so no output needs Foundation.
public enum CFormat {
    /// `format` (a C format string with `%` conversions for the `arguments`) filled in.
    public static func string(_ format: String, _ arguments: any CVarArg...) -> String {
        withVaList(arguments) { list in
            var buffer = [CChar](repeating: 0, count: 128)
            let needed = Int(vsnprintf(&buffer, buffer.count, format, list))
            guard needed >= buffer.count else { return decoded(buffer, count: max(needed, 0)) }
            return withVaList(arguments) { again in
                buffer = [CChar](repeating: 0, count: needed + 1)
                _ = vsnprintf(&buffer, buffer.count, format, again)
                return decoded(buffer, count: needed)
            }
        }
    }

    private static func decoded(_ buffer: [CChar], count: Int) -> String {
        String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
