/// One token of the plain-text syntax with its 1-based position.
public struct Token: Sendable {
    public enum Kind: Equatable, Sendable {
        case number(String)       // decimal digits, unconverted
        case identifier(String)   // [A-Za-z_][A-Za-z0-9_]* followed by zero or more '
        case punctuation(Unicode.Scalar)  // + - * / ^ ( ) , .
        case end
    }
    public let kind: Kind
    public let line: Int
    public let column: Int

    public func isPunctuation(_ c: Unicode.Scalar) -> Bool { kind == .punctuation(c) }

    /// How error messages name this token: `'xyz'`, `'('`, `end of input`.
    public var spelling: String {
        switch kind {
        case .number(let s), .identifier(let s): return quoted(s)
        case .punctuation(let c): return "'\(c)'"
        case .end: return "end of input"
        }
    }
}

/// Quotes a token for a message, eliding the middle of very long spellings.
func quoted(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    if scalars.count <= 40 { return "'\(s)'" }
    var short = String.UnicodeScalarView()
    short.append(contentsOf: scalars[0..<40])
    return "'\(String(short))...' (\(scalars.count) characters)"
}

/// Splits text into tokens on demand, tracking line and column. Never traps: the input
/// is a scalar array indexed only below its count.
public struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = index + offset
        return i < scalars.count ? scalars[i] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_" }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    public mutating func next() throws(ParseError) -> Token {
        while let c = peek(), c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
        let startLine = line, startColumn = column
        func token(_ kind: Token.Kind) -> Token { Token(kind: kind, line: startLine, column: startColumn) }
        func fail(_ reason: String) -> ParseError { ParseError(line: startLine, column: startColumn, reason: reason) }
        guard let c = peek() else { return token(.end) }
        if Lexer.isDigit(c) {
            var text = ""
            while let d = peek(), Lexer.isDigit(d) { text.unicodeScalars.append(d); advance() }
            if peek() == ".", let d = peek(1), Lexer.isDigit(d) {
                text += "."
                advance()
                while let d = peek(), Lexer.isDigit(d) { text.unicodeScalars.append(d); advance() }
                throw fail("decimal literal \(quoted(text)) is not exact; write a fraction such as 3/2")
            }
            return token(.number(text))
        }
        if Lexer.isLetter(c) {
            var text = ""
            while let d = peek(), Lexer.isLetter(d) || Lexer.isDigit(d) { text.unicodeScalars.append(d); advance() }
            while peek() == "'" { text += "'"; advance() }
            if let d = peek(), Lexer.isLetter(d) || Lexer.isDigit(d), text.hasSuffix("'") {
                while let d = peek(), Lexer.isLetter(d) || Lexer.isDigit(d) || d == "'" { text.unicodeScalars.append(d); advance() }
                throw fail("malformed identifier \(quoted(text)): primes may only end a name")
            }
            return token(.identifier(text))
        }
        if "+-*/^(),.".unicodeScalars.contains(c) {
            advance()
            return token(.punctuation(c))
        }
        throw fail("unexpected character \(Lexer.describe(c))")
    }

    /// `'#'`, `'Ω' (U+03A9)`, or `U+0007` for invisible characters.
    static func describe(_ c: Unicode.Scalar) -> String {
        var hex = String(c.value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        if c.value >= 0x21 && c.value <= 0x7E { return "'\(c)'" }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .spaceSeparator, .lineSeparator,
             .paragraphSeparator, .nonspacingMark, .enclosingMark, .spacingMark:
            return "U+\(hex)"
        default:
            return "'\(c)' (U+\(hex))"
        }
    }
}
