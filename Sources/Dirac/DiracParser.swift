import Algebra

/// Parses the Dirac-algebra syntax of `verify trace` and of the Dirac entries of seed files.
///
/// ```
/// sum     := ('+' | '-')? product (('+' | '-') product)*
/// product := power (('*' | '/')? power)*        -- juxtaposition is the matrix product
/// power   := primary ('^' '-'? integer)?          -- scalars and traces only
/// primary := integer | '(' sum ')' | name | name '.' name | function '(' arguments ')'
/// ```
/// Names: `g0`…`g3` are γ^0…γ^3, `g_0`…`g_3` are γ_0…γ_3, `g5` is γ5, `I` the imaginary unit,
/// `g(mu)` is γ^μ with a summed index, `sigma(x,y)` is σ^{xy} (x, y indices or vectors, see
/// `DiracParseContext` for which), `slash(p)` or plain `p` is p̸, `a.b` the Minkowski product,
/// `tr(…)` the trace; a product of traces contracts repeated indices. An index may occur at
/// most twice in a term, and the terms of a sum must have the same free indices. Only the
/// functions `tr`, `g`, `sigma`, `slash` take arguments: `p1 (p2 + m)` is a product, and
/// `p1(…)` with no space is refused as an unknown function. Division only by a nonzero
/// single-term scalar. Every product, power and trace is charged to `context.budget` before
/// it is expanded. Sums are collected in one accumulator, so parsing is linear in the input.
public struct DiracParser: Sendable {
    public let context: DiracParseContext

    public init(context: DiracParseContext) { self.context = context }

    /// Names with a fixed meaning (γ matrices, functions, I, the frame vectors e0…e3), which
    /// cannot be declared as indices, vectors or scalars.
    public static let reservedNames: Set<String> = DiracParserState.reserved.union(Conventions.frameVectors)

    /// The value of a text: a Dirac-algebra element or, after `tr`, a (tensor) scalar.
    public enum Value: Sendable {
        case dirac(DiracExpression)
        case traced(TensorExpression)
    }

    public func parse(_ text: String) throws -> Value {
        var state = DiracParserState(text: text, context: context)
        try state.start()
        let value = try state.sum(depth: 0).value
        guard state.token.kind == .end else {
            throw state.error(state.token.isPunctuation(")") ? "unmatched ')'" :
                "expected an operator or end of input but found \(state.token.spelling)")
        }
        return value
    }

    /// Parses an element of the Clifford algebra (no `tr`).
    public func parseExpression(_ text: String) throws -> DiracExpression {
        switch try parse(text) {
        case .dirac(let d): return d
        case .traced: throw ParseError(line: 1, column: 1, reason: "expected a Dirac matrix expression but found a trace")
        }
    }
}

/// A parsed value with the index occurrences of its terms.
struct DiracOperand {
    var value: DiracParser.Value
    var indices: IndexCounts
}

struct DiracParserState {
    /// Every token of the text, lexed once; a lexing error is kept and thrown when reached.
    var tokens: [Token] = []
    var lexError: ParseError?
    var position = 0
    var token: Token
    let context: DiracParseContext
    var budget: Budget
    /// The declared indices and every argument of `g(...)` in the text.
    var indexNames: Set<String>

    init(text: String, context: DiracParseContext) {
        var lexer = Lexer(text)
        while true {
            do {
                let t = try lexer.next()
                tokens.append(t)
                if t.kind == .end { break }
            } catch {
                lexError = error
                break
            }
        }
        var empty = Lexer("")
        token = tokens.first ?? (try? empty.next())!  // before a lexing error at the first token
        self.context = context
        budget = context.budget
        indexNames = context.indices
        for i in tokens.indices where i + 3 < tokens.count {
            guard case .identifier("g") = tokens[i].kind, tokens[i + 1].isPunctuation("("),
                  case .identifier(let name) = tokens[i + 2].kind, tokens[i + 3].isPunctuation(")"),
                  !DiracParser.reservedNames.contains(name) else { continue }
            indexNames.insert(name)
        }
    }

    /// Throws the lexing error if it comes before the first token.
    mutating func start() throws {
        if tokens.isEmpty, let lexError { throw lexError }
    }

    func error(_ reason: String, at t: Token? = nil) -> ParseError {
        let t = t ?? token
        return ParseError(line: t.line, column: t.column, reason: reason)
    }

    mutating func advance() throws {
        guard position + 1 < tokens.count else {
            if let lexError { throw lexError }
            return
        }
        position += 1
        token = tokens[position]
    }

    func peek(_ offset: Int) -> Token? {
        position + offset < tokens.count ? tokens[position + offset] : nil
    }

    mutating func expect(_ c: Unicode.Scalar) throws {
        guard token.isPunctuation(c) else { throw error("expected '\(c)' but found \(token.spelling)") }
        try advance()
    }

    /// The summands of one level are collected and added once (linear in their total size).
    mutating func sum(depth: Int) throws -> DiracOperand {
        guard depth < context.maxDepth else { throw error("nesting deeper than \(context.maxDepth) levels") }
        var negate = false
        if token.isPunctuation("-") { negate = true; try advance() } else if token.isPunctuation("+") { try advance() }
        let first = try product(depth: depth)
        var summands = [negate ? negated(first) : first]
        var operators: [Token] = []
        while token.isPunctuation("+") || token.isPunctuation("-") {
            let op = token
            try advance()
            let next = try product(depth: depth)
            if next.indices.free != first.indices.free {
                throw error("the terms of a sum must have the same free Lorentz indices: \(describe(first.indices.free)) "
                            + "on the left, \(describe(next.indices.free)) on the right of '\(op.isPunctuation("-") ? "-" : "+")'", at: op)
            }
            summands.append(op.isPunctuation("-") ? negated(next) : next)
            operators.append(op)
        }
        return summands.count == 1 ? summands[0] : try add(summands, operators)
    }

    func describe(_ names: [String]) -> String {
        names.isEmpty ? "none" : names.map { "'\($0)'" }.joined(separator: ", ")
    }

    var startsFactor: Bool {
        switch token.kind {
        case .number, .identifier: return true
        case .punctuation(let c): return c == "("
        case .end: return false
        }
    }

    mutating func product(depth: Int) throws -> DiracOperand {
        var value = try power(depth: depth)
        while true {
            let op = token
            if token.isPunctuation("*") {
                try advance()
                value = try multiply(value, try power(depth: depth), at: op)
            } else if token.isPunctuation("/") {
                try advance()
                value = try divide(value, try power(depth: depth), at: op)
            } else if startsFactor {
                value = try multiply(value, try power(depth: depth), at: op)
            } else {
                return value
            }
        }
    }

    mutating func power(depth: Int) throws -> DiracOperand {
        let base = try primary(depth: depth)
        guard token.isPunctuation("^") else { return base }
        let at = token
        try advance()
        var negative = false
        if token.isPunctuation("-") { negative = true; try advance() }
        guard case .number(let digits) = token.kind else { throw error("expected an integer exponent but found \(token.spelling)") }
        guard let e = Int(digits), e <= 10_000 else { throw error("exponent \(digits) is too large") }
        try advance()
        return try raise(base, to: negative ? -e : e, at: at)
    }

    mutating func primary(depth: Int) throws -> DiracOperand {
        let start = token
        switch token.kind {
        case .number(let digits):
            try advance()
            // Exact at any size (total rationals), with the expression parser's limit on digits.
            guard digits.utf8.count <= ExpressionParser.maxLiteralDigits, let n = BigInt(digits) else {
                throw error("integer literal \(start.spelling) has more than \(ExpressionParser.maxLiteralDigits) digits", at: start)
            }
            return DiracOperand(value: .dirac(DiracExpression(scalar: Polynomial(Rational(integer: n)))), indices: .none)
        case .punctuation("("):
            try advance()
            let inner = try sum(depth: depth + 1)
            try expect(")")
            return inner
        case .identifier(let name):
            try advance()
            if token.isPunctuation("(") {
                if DiracParserState.functions.contains(name) { return try call(name, at: start, depth: depth) }
                if isAdjacent(start, name, token) {
                    throw error("unknown function '\(name)'; for a product write '\(name) (...)' or '\(name)*(...)'", at: start)
                }
            }
            if token.isPunctuation(".") {
                try advance()
                guard case .identifier(let other) = token.kind else { throw error("expected a 4-vector after '.' but found \(token.spelling)") }
                let otherToken = token
                try advance()
                for (n, t) in [(name, start), (other, otherToken)] { try requireVector(n, at: t) }
                return DiracOperand(value: .dirac(DiracExpression(scalar: LorentzAtom.scalarProduct(name, other))), indices: .none)
            }
            return try atom(name, at: start)
        default:
            throw error("expected an expression but found \(token.spelling)")
        }
    }

    /// True when `next` starts right after the name token (no space between).
    func isAdjacent(_ nameToken: Token, _ name: String, _ next: Token) -> Bool {
        next.line == nameToken.line && next.column == nameToken.column + name.unicodeScalars.count
    }

    func isVector(_ name: String) -> Bool {
        if context.fourVectors.contains(name) || Conventions.frameVectors.contains(name) { return true }
        guard context.anyLowercaseIsVector, let first = name.unicodeScalars.first else { return false }
        return ("a"..."z").contains(first) && !context.scalars.contains(name) && !DiracParserState.reserved.contains(name)
            && context.bindings[name] == nil && !DiracParserState.looksLikeGammaMatrix(name)
    }

    /// A name that reads as a misspelt gamma matrix (`gamma5`, `gamma0`, `g_5`, `g_mu`, `g4`,
    /// `g12`): never made a 4-vector by `anyLowercaseIsVector`, so `tr(gamma5 p q r s)` is
    /// refused instead of being traced as four slashed vectors.
    static func looksLikeGammaMatrix(_ name: String) -> Bool {
        if reserved.contains(name) { return false }
        if name.hasPrefix("gamma") || name.hasPrefix("g_") { return true }
        let rest = name.utf8.dropFirst()
        return name.utf8.first == UInt8(ascii: "g") && !rest.isEmpty && rest.allSatisfy { (0x30...0x39).contains($0) }
    }

    func requireVector(_ name: String, at t: Token) throws {
        if indexNames.contains(name) { throw indexAsVector(name, at: t) }
        guard isVector(name) else { throw error("'\(name)' is not a 4-vector", at: t) }
    }

    func indexAsVector(_ name: String, at t: Token) -> ParseError {
        error("'\(name)' is a Lorentz index (an argument of g(...) or declared) and cannot also be a 4-vector", at: t)
    }

    static let functions: Set<String> = ["g", "sigma", "slash", "tr"]
    static let reserved: Set<String> = ["g0", "g1", "g2", "g3", "g_0", "g_1", "g_2", "g_3", "g5", "g", "sigma", "slash", "tr", "I"]

    func atom(_ name: String, at t: Token) throws -> DiracOperand {
        func plain(_ d: DiracExpression) -> DiracOperand { DiracOperand(value: .dirac(d), indices: .none) }
        if let fixed = ["g0", "g1", "g2", "g3"].firstIndex(of: name) { return plain(.gamma(fixed: fixed)) }
        if let fixed = ["g_0", "g_1", "g_2", "g_3"].firstIndex(of: name) { return plain(.gamma(fixedLower: fixed)) }
        if name == "g5" { return plain(.gamma5) }
        if name == "I" { return plain(DiracExpression(scalar: Polynomial(.imaginaryUnit))) }
        if let bound = context.bindings[name] { return DiracOperand(value: .dirac(bound), indices: IndexCounts(bound)) }
        if context.scalars.contains(name) { return plain(DiracExpression(scalar: Polynomial(Symbol(name)))) }
        if indexNames.contains(name) { throw indexAsVector(name, at: t) }
        if isVector(name) { return plain(.slash(name)) }
        if DiracParserState.reserved.contains(name) { throw error("'\(name)' needs arguments, e.g. \(name)(mu)", at: t) }
        if context.anyLowercaseIsVector && DiracParserState.looksLikeGammaMatrix(name) {
            throw error("unknown symbol '\(name)': the gamma matrices are g5, g0…g3, g_0…g_3 and g(mu)", at: t)
        }
        throw error("unknown symbol '\(name)'", at: t)
    }

    mutating func call(_ name: String, at t: Token, depth: Int) throws -> DiracOperand {
        try expect("(")
        switch name {
        case "tr":
            let inner = try sum(depth: depth + 1)
            try expect(")")
            switch inner.value {
            case .dirac(let d):
                do {
                    return DiracOperand(value: .traced(try trace(d, budget: &budget)), indices: inner.indices)
                } catch {
                    throw self.error("\(error)", at: t)
                }
            case .traced: throw error("tr of a trace is not defined", at: t)
            }
        case "g":
            let index = try indexName()
            try expect(")")
            return DiracOperand(value: .dirac(.gamma(index: index)), indices: IndexCounts([.index(index)]))
        case "slash":
            let vectorToken = token
            guard case .identifier(let v) = token.kind else { throw error("expected a 4-vector but found \(token.spelling)") }
            try requireVector(v, at: vectorToken)
            try advance()
            try expect(")")
            return DiracOperand(value: .dirac(.slash(v)), indices: .none)
        default:  // sigma
            let a = try slot()
            try expect(",")
            let b = try slot()
            try expect(")")
            return DiracOperand(value: .dirac(.sigma(a, b)), indices: IndexCounts([a, b]))
        }
    }

    /// The argument of `g(...)`: any name that is not a vector, scalar, binding or reserved.
    mutating func indexName() throws -> String {
        guard case .identifier(let n) = token.kind else { throw error("expected a Lorentz index but found \(token.spelling)") }
        if context.fourVectors.contains(n) { throw error("'\(n)' is a 4-vector, not an index") }
        if context.scalars.contains(n) || context.bindings[n] != nil || DiracParser.reservedNames.contains(n) {
            throw error("'\(n)' is not a Lorentz index")
        }
        try advance()
        return n
    }

    /// A `sigma` argument: an index (see `DiracParseContext`) or a 4-vector.
    mutating func slot() throws -> Slot {
        guard case .identifier(let n) = token.kind else { throw error("expected an index or a 4-vector but found \(token.spelling)") }
        if indexNames.contains(n) {
            try advance()
            return .index(n)
        }
        if isVector(n) {
            try advance()
            return .vector(n)
        }
        if context.scalars.contains(n) || context.bindings[n] != nil || DiracParserState.reserved.contains(n)
            || context.anyLowercaseIsVector {
            throw error("'\(n)' is neither a Lorentz index nor a 4-vector")
        }
        try advance()
        return .index(n)  // seed files: a name that is not a declared 4-vector is an index
    }
}
