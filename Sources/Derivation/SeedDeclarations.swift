import Algebra
import Dirac

/// The declaration lines of a seed file: `vectors:`, `unit:`, `scalars:`, `fourvectors:` and
/// `placeholders:`, names separated by any whitespace. Every name must be an identifier that
/// the expression syntax reads as that name (not `I`, `dot`, `cross`, …; in a file with Dirac
/// entries also not `g5`, `g_1`, `tr`, a frame vector `e0`…, see `SeedSchema`), declared once,
/// of one kind only (a unit vector is also a 3-vector); each problem is refused with
/// `file:line:column`.
public struct SeedDeclarations: Sendable {
    public enum Key: String, CaseIterable, Sendable {
        case vectors, unit, scalars, fourvectors, placeholders
    }

    public let path: String
    /// The names of each key, in the order declared.
    public private(set) var names: [Key: [String]] = [:]
    /// The line of each key's first declaration.
    public private(set) var lines: [Key: Int] = [:]
    /// Where each name was declared with its kind (every key but `unit`): (key, line, column).
    private var declared: [String: (key: Key, line: Int, column: Int)] = [:]
    /// Where each `unit:` name was declared.
    private var units: [String: (line: Int, column: Int)] = [:]

    init(path: String) { self.path = path }

    func failure(_ line: Int, _ column: Int, _ message: String) -> SeedFile.Failure {
        SeedFile.Failure(message: "\(path):\(line):\(column): \(message)")
    }

    /// One declaration line `key: names` (the text after the colon is `list`; `indent` characters
    /// of whitespace precede the key).
    mutating func add(key text: String, names list: String, line: Int, indent: Int = 0) throws {
        guard let key = Key(rawValue: text) else {
            throw failure(line, indent + 1, "unknown declaration \(quotedToken(text))")
        }
        if lines[key] == nil { lines[key] = line }
        var column = indent + text.count + 2  // 1-based column just after the colon
        var name = ""
        func flush() throws {
            defer { name = "" }
            guard !name.isEmpty else { return }
            try declare(name, key: key, line: line, column: column - name.count)
        }
        for character in list {
            if character.isWhitespace { try flush() } else { name.append(character) }
            column += 1
        }
        try flush()
    }

    private mutating func declare(_ name: String, key: Key, line: Int, column: Int) throws {
        guard SeedDeclarations.isPlainName(name) else {
            throw failure(line, column, "\(quotedToken(name)) is not a name of the expression syntax (letters, digits, '_', trailing primes; not I, dot, triple, cross, eps)")
        }
        if key == .unit {
            if let previous = units[name] { throw failure(line, column, "'\(name)' declared again in unit: (line \(previous.line))") }
            units[name] = (line, column)
        } else {
            if let previous = declared[name] {
                let again = previous.key == key ? "again in \(key.rawValue):" : "in \(key.rawValue): but already in \(previous.key.rawValue):"
                throw failure(line, column, "'\(name)' declared \(again) (line \(previous.line))")
            }
            declared[name] = (key, line, column)
        }
        names[key, default: []].append(name)
    }

    /// Cross-declaration rules: every `unit:` name is also declared in `vectors:`.
    func validate() throws {
        for name in names[.unit] ?? [] where declared[name]?.key != .vectors {
            let at = units[name]!
            throw failure(at.line, at.column, "unit vector '\(name)' is not declared in vectors:")
        }
    }

    /// True when the plain-text syntax reads `name` as the symbol `name` (one identifier token,
    /// not a reserved word). `I` is refused by name: it parses to the symbol `I`, but that symbol
    /// is the imaginary unit (regression: `scalars: I` was accepted, and I² was −1).
    static func isPlainName(_ name: String) -> Bool {
        guard name != "I" else { return false }
        var lexer = Lexer(name)
        guard let first = try? lexer.next(), first.kind == .identifier(name), (try? lexer.next())?.kind == .end else { return false }
        return (try? ExpressionParser(context: ParseContext(scalars: .only([name]))).parsePolynomial(name)) == Polynomial(Symbol(name))
    }

    /// True when the Dirac syntax reads `name` as the symbol `name` (not `g5`, `g_1`, `tr`, `I`,
    /// nor a frame vector `e0`…`e3`).
    static func isDiracName(_ name: String) -> Bool {
        guard !Conventions.frameVectors.contains(name) else { return false }
        let parsed = try? DiracParser(context: DiracParseContext(scalars: [name])).parseExpression(name)
        return parsed == DiracExpression(scalar: Polynomial(Symbol(name)))
    }

    /// The first declared name that the Dirac syntax does not read as itself, with its position.
    func firstNonDiracName() -> (name: String, line: Int, column: Int)? {
        let all = declared.map { ($0.key, $0.value.line, $0.value.column) } + units.map { ($0.key, $0.value.line, $0.value.column) }
        return all.sorted { ($0.1, $0.2) < ($1.1, $1.2) }.first { !SeedDeclarations.isDiracName($0.0) }.map { ($0.0, $0.1, $0.2) }
    }

    /// The parse context of the declared names.
    var context: ParseContext {
        var context = ParseContext(scalars: .only(Set(names[.scalars] ?? [])), vectors: Set(names[.vectors] ?? []),
                                   unitVectors: Set(names[.unit] ?? []), fourVectors: Set(names[.fourvectors] ?? []))
        context.maxExponent = SeedFile.maxExponent
        return context
    }

    var placeholders: Set<String> { Set(names[.placeholders] ?? []) }
}
