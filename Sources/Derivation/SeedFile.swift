import Dirac
import Platform
import Algebra

/// A transcription file of printed equations (`seeds/*.claims`), in the engine's syntax.
///
/// Format, line by line:
/// - `# …` comments (also after an expression on the same line);
/// - declarations `vectors: …`, `unit: …`, `scalars: …`, `fourvectors: …`, `placeholders: …`
///   (names separated by any whitespace; checked by `SeedDeclarations`);
/// - `[id]` starts an entry; the expression is every following line up to the next `[id]`.
/// Lines end in LF or CRLF (a bare CR is refused by position). Entries keep their position so that parse errors point into the
/// file (`file:line:column`); `SeedSchema` says which entries a stage file must hold.
public struct SeedFile: Sendable {
    public struct Entry: Sendable {
        public let id: String
        /// The expression text with comments blanked out (lines and columns preserved).
        public let text: String
        /// 1-based line of the first line of `text` in the file.
        public let firstLine: Int
        /// The comment on the `[id]` line, if any.
        public let title: String
    }

    public let path: String
    /// The file's text as read (its SHA-256 goes into generated headers).
    public let contents: String
    public let context: ParseContext
    /// The term budget of the Dirac entries (Eq. 1 and Eq. 2 and the traces built from them):
    /// `verify traces --max-terms N` sets it, the refusal names it.
    public var termBudget = Budget(raiseHint: SeedFile.raiseHint)
    public static let raiseHint = "raise it with --max-terms N"
    /// The declaration lines (names and where they were declared).
    public let declarations: SeedDeclarations
    /// Names in Dirac entries that the derivation binds (e.g. the readings of Eq. 2).
    public let placeholders: Set<String>
    public let entries: [Entry]

    /// A problem with a seed file, always naming the file (and position when known).
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let message: String
        public var description: String { message }
    }

    public init(path: String, contents: String) throws {
        self.path = path
        self.contents = contents
        var declarations = SeedDeclarations(path: path)
        var entries: [Entry] = []
        var current: (id: String, title: String, line: Int, lines: [String])?
        func finishEntry() {
            if let c = current {
                entries.append(Entry(id: c.id, text: c.lines.joined(separator: "\n"), firstLine: c.line + 1, title: c.title))
            }
        }
        for (index, raw) in SeedFile.lines(contents).enumerated() {
            let lineNumber = index + 1
            if let cr = raw.unicodeScalars.firstIndex(of: "\r") {
                // A CR not followed by LF (old Mac line ends) would make the whole file one line.
                let column = raw.unicodeScalars.distance(from: raw.unicodeScalars.startIndex, to: cr) + 1
                throw Failure(message: "\(path):\(lineNumber):\(column): carriage return without a line feed; lines end in LF or CRLF")
            }
            let (body, comment) = SeedFile.splitComment(raw)
            let trimmed = SeedCharacters.trimming(body, where: SeedCharacters.isWhitespace)
            if trimmed.hasPrefix("[") {
                guard let close = trimmed.firstIndex(of: "]") else {
                    throw Failure(message: "\(path):\(lineNumber):1: unterminated entry tag \(quotedToken(trimmed))")
                }
                let id = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
                let allowed = { (c: Unicode.Scalar) in SeedCharacters.isAlphanumeric(c) || "._-".unicodeScalars.contains(c) }
                guard !id.isEmpty, id.unicodeScalars.allSatisfy(allowed) else {
                    throw Failure(message: "\(path):\(lineNumber):2: malformed entry id \(quotedToken(id))")
                }
                if entries.contains(where: { $0.id == id }) || current?.id == id {
                    throw Failure(message: "\(path):\(lineNumber):2: duplicate entry [\(id)]")
                }
                finishEntry()
                let rest = SeedCharacters.trimming(trimmed[trimmed.index(after: close)...], where: SeedCharacters.isWhitespace)
                guard rest.isEmpty else {
                    throw Failure(message: "\(path):\(lineNumber):\(raw.count - rest.count + 1): put the expression on the lines after [\(id)]")
                }
                current = (id, SeedCharacters.trimming(comment, where: { " \t#".unicodeScalars.contains($0) }), lineNumber, [])
                continue
            }
            if current == nil, let colon = trimmed.firstIndex(of: ":") {
                try declarations.add(key: String(trimmed[..<colon]), names: String(trimmed[trimmed.index(after: colon)...]),
                                     line: lineNumber, indent: body.prefix { $0.isWhitespace }.count)
                continue
            }
            if current == nil {
                if !trimmed.isEmpty {
                    throw Failure(message: "\(path):\(lineNumber):1: text outside an entry; start one with [id]")
                }
                continue
            }
            current!.lines.append(body)
        }
        finishEntry()
        try declarations.validate()
        self.entries = entries
        self.declarations = declarations
        self.context = declarations.context
        self.placeholders = declarations.placeholders
    }

    /// The lines of `contents`, split at LF; a CR before the LF (CRLF files) is dropped.
    static func lines(_ contents: String) -> [String] {
        contents.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var scalars = String.UnicodeScalarView(line)
            if scalars.last == "\r" { scalars.removeLast() }
            return String(scalars)
        }
    }

    /// The largest seed file read (the repository's are about 5 KB): a bigger file is refused before
    /// it is read, so time and memory stay bounded (a 300 MB file of comments took 43 s and 0.9 GB).
    public static let maximumBytes = 1 << 20

    /// The largest exponent of a symbol in a seed expression (the printed formulas need 3). The
    /// checks substitute sums for symbols (μ', q·Ω, q0 in Stage 2, C5 in Stage 4), which expands
    /// their powers: `[eq42]` with C5^3000 ran for minutes in 8.6 GB, μ'^80 in `[eq19]` 24 s.
    public static let maxExponent = 12

    /// Reads a seed file; a missing, unreadable or oversized file is a `Failure` naming it (a file
    /// that grows past the limit while it is read is refused as unreadable); a FIFO, a socket or
    /// a device is refused by name before it is opened (a FIFO with no writer used to block forever).
    public init(path: String) throws {
        if let size = FileSystem.size(of: path), size > Int64(SeedFile.maximumBytes) {
            throw Failure(message: "\(path): the seed file has \(size) bytes, more than the limit of \(SeedFile.maximumBytes)")
        }
        if FileSystem.kind(of: path) == .other {
            throw Failure(message: "\(path): cannot read the seed file (not a regular file: a FIFO, socket or device)")
        }
        guard let contents = FileSystem.text(of: path, maxCount: SeedFile.maximumBytes) else {
            throw Failure(message: "\(path): cannot read the seed file (missing, unreadable or not UTF-8)")
        }
        try self.init(path: path, contents: contents)
    }

    public func entry(_ id: String) throws -> Entry {
        guard let e = entries.first(where: { $0.id == id }) else {
            throw Failure(message: "\(path): no entry [\(id)]")
        }
        return e
    }

    /// The entry parsed as a scalar polynomial; errors carry `file:line:column`.
    public func polynomial(_ id: String) throws -> Polynomial {
        try parsed(id) { try ExpressionParser(context: context).parsePolynomial($0) }
    }

    /// The entry parsed as a 3-vector expression; errors carry `file:line:column`.
    public func vector(_ id: String) throws -> VectorExpression {
        try parsed(id) { try ExpressionParser(context: context).parseVector($0) }
    }

    /// The entry's text run through `parse`; a `ParseError` is moved to the entry's position
    /// in the file (`file:line:column: reason (in [id])`).
    public func parsed<T>(_ id: String, _ parse: (String) throws -> T) throws -> T {
        let e = try entry(id)
        do {
            return try parse(e.text)
        } catch let error as ParseError {
            throw Failure(message: "\(path):\(error.line + e.firstLine - 1):\(error.column): \(error.reason) (in [\(id)])")
        }
    }

    /// Splits `# comment` off a line; the body keeps its columns.
    static func splitComment(_ line: String) -> (body: String, comment: String) {
        guard let hash = line.firstIndex(of: "#") else { return (line, "") }
        return (String(line[..<hash]), String(line[hash...]))
    }
}

func quotedToken(_ s: String) -> String {
    s.count <= 40 ? "'\(s)'" : "'\(s.prefix(40))...'"
}
