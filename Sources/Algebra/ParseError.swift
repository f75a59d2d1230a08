/// A parse failure at a 1-based line and column (columns count Unicode scalars).
/// `message` is one line: `2:14: unknown symbol 'xyz'`.
public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    /// The failure without its position, naming the offending token.
    public let reason: String

    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var message: String { "\(line):\(column): \(reason)" }
    public var description: String { message }
}
