import Algebra

/// What the names of a Dirac-algebra text mean.
public struct DiracParseContext: Sendable {
    /// Declared 4-vectors (slashed when they stand alone: `p1` is p̸1).
    public var fourVectors: Set<String>
    /// When true, any other lowercase-initial name is a 4-vector (the `verify trace` default).
    public var anyLowercaseIsVector: Bool
    /// Declared scalar symbols.
    public var scalars: Set<String>
    /// Names bound to Dirac expressions by the caller (e.g. the readings of Eq. 2).
    public var bindings: [String: DiracExpression]
    /// Deepest nesting of parentheses (stack guard).
    public var maxDepth = 100
    /// Longest gamma string a `tr(...)` may hold: the trace of n slots has (n−1)!! terms
    /// without γ5 (14 slots: 135135 terms), so longer inputs are refused rather than left to run.
    public var maxTraceLength = 14
    /// Most terms a product of two Dirac expressions may expand to (guards `(a+b)(a+b)…`).
    public var maxProductTerms = 200_000

    public init(fourVectors: Set<String> = [], anyLowercaseIsVector: Bool = false, scalars: Set<String> = [],
                bindings: [String: DiracExpression] = [:]) {
        self.fourVectors = fourVectors
        self.anyLowercaseIsVector = anyLowercaseIsVector
        self.scalars = scalars
        self.bindings = bindings
    }
}

/// Parses the Dirac-algebra syntax of `verify trace` and of the Dirac entries of seed files.
///
/// ```
/// sum     := ('+' | '-')? product (('+' | '-') product)*
/// product := power (('*' | '/')? power)*        -- juxtaposition is the matrix product
/// power   := primary ('^' '-'? integer)?          -- scalars only
/// primary := integer | '(' sum ')' | name | name '.' name | name '(' arguments ')'
/// ```
/// Names: `g0`…`g3` are γ^0…γ^3, `g_0`…`g_3` are γ_0…γ_3, `g5` is γ5, `I` the imaginary unit,
/// `g(mu)` is γ^μ with a summed index, `sigma(x,y)` is σ^{xy} (x, y indices or vectors),
/// `slash(p)` or plain `p` is p̸, `a.b` the Minkowski product, `tr(…)` the trace; a product of
/// traces contracts repeated indices. Division only by a single-term scalar.
public struct DiracParser: Sendable {
    public let context: DiracParseContext

    public init(context: DiracParseContext) { self.context = context }

    /// The value of a text: a Dirac-algebra element or, after `tr`, a (tensor) scalar.
    public enum Value: Sendable {
        case dirac(DiracExpression)
        case traced(TensorExpression)
    }

    public func parse(_ text: String) throws -> Value {
        var state = try DiracParserState(text: text, context: context)
        let value = try state.sum(depth: 0)
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

private struct DiracParserState {
    var lexer: Lexer
    var token: Token
    let context: DiracParseContext

    init(text: String, context: DiracParseContext) throws {
        lexer = Lexer(text)
        token = try lexer.next()
        self.context = context
    }

    func error(_ reason: String, at t: Token? = nil) -> ParseError {
        let t = t ?? token
        return ParseError(line: t.line, column: t.column, reason: reason)
    }

    mutating func advance() throws { token = try lexer.next() }

    mutating func expect(_ c: Unicode.Scalar) throws {
        guard token.isPunctuation(c) else { throw error("expected '\(c)' but found \(token.spelling)") }
        try advance()
    }

    mutating func sum(depth: Int) throws -> DiracParser.Value {
        guard depth < context.maxDepth else { throw error("nesting deeper than \(context.maxDepth) levels") }
        var negate = false
        if token.isPunctuation("-") { negate = true; try advance() } else if token.isPunctuation("+") { try advance() }
        var total = try product(depth: depth)
        if negate { total = try scale(total, by: Polynomial(-1)) }
        while token.isPunctuation("+") || token.isPunctuation("-") {
            let minus = token.isPunctuation("-")
            let at = token
            try advance()
            var next = try product(depth: depth)
            if minus { next = try scale(next, by: Polynomial(-1)) }
            total = try add(total, next, at: at)
        }
        return total
    }

    var startsFactor: Bool {
        switch token.kind {
        case .number, .identifier: return true
        case .punctuation(let c): return c == "("
        case .end: return false
        }
    }

    mutating func product(depth: Int) throws -> DiracParser.Value {
        var value = try power(depth: depth)
        while true {
            if token.isPunctuation("*") {
                try advance()
                value = try multiply(value, try power(depth: depth))
            } else if token.isPunctuation("/") {
                let at = token
                try advance()
                let divisor = try power(depth: depth)
                guard let d = scalarValue(divisor), d.terms.count == 1 else {
                    throw error("division is exact only by a single-term scalar", at: at)
                }
                value = try scale(value, by: Polynomial.one / d)
            } else if startsFactor {
                value = try multiply(value, try power(depth: depth))
            } else {
                return value
            }
        }
    }

    mutating func power(depth: Int) throws -> DiracParser.Value {
        let base = try primary(depth: depth)
        guard token.isPunctuation("^") else { return base }
        let at = token
        try advance()
        var negative = false
        if token.isPunctuation("-") { negative = true; try advance() }
        guard case .number(let digits) = token.kind else { throw error("expected an integer exponent but found \(token.spelling)") }
        guard let e = Int(digits), e <= 10_000 else { throw error("exponent \(digits) is too large") }
        try advance()
        guard let s = scalarValue(base) else { throw error("only scalars can be raised to a power", at: at) }
        do {
            return .dirac(DiracExpression(scalar: try s.power(negative ? -e : e)))
        } catch {
            throw self.error("\(error)", at: at)
        }
    }

    mutating func primary(depth: Int) throws -> DiracParser.Value {
        let start = token
        switch token.kind {
        case .number(let digits):
            try advance()
            guard let n = Int64(digits) else { throw error("integer literal \(start.spelling) does not fit in 64 bits", at: start) }
            return .dirac(DiracExpression(scalar: Polynomial(try Rational(n, 1))))
        case .punctuation("("):
            try advance()
            let inner = try sum(depth: depth + 1)
            try expect(")")
            return inner
        case .identifier(let name):
            try advance()
            if token.isPunctuation("(") { return try call(name, at: start, depth: depth) }
            if token.isPunctuation(".") {
                try advance()
                guard case .identifier(let other) = token.kind else { throw error("expected a 4-vector after '.' but found \(token.spelling)") }
                let otherToken = token
                try advance()
                for (n, t) in [(name, start), (other, otherToken)] where !isVector(n) {
                    throw error("'\(n)' is not a 4-vector", at: t)
                }
                return .dirac(DiracExpression(scalar: LorentzAtom.scalarProduct(name, other)))
            }
            return try atom(name, at: start)
        default:
            throw error("expected an expression but found \(token.spelling)")
        }
    }

    func isVector(_ name: String) -> Bool {
        if context.fourVectors.contains(name) { return true }
        guard context.anyLowercaseIsVector, let first = name.unicodeScalars.first else { return false }
        return ("a"..."z").contains(first) && !context.scalars.contains(name) && !DiracParserState.reserved.contains(name)
    }

    static let reserved: Set<String> = ["g0", "g1", "g2", "g3", "g_0", "g_1", "g_2", "g_3", "g5", "g", "sigma", "slash", "tr", "I"]

    func atom(_ name: String, at t: Token) throws -> DiracParser.Value {
        if let fixed = ["g0", "g1", "g2", "g3"].firstIndex(of: name) { return .dirac(.gamma(fixed: fixed)) }
        if let fixed = ["g_0", "g_1", "g_2", "g_3"].firstIndex(of: name) { return .dirac(.gamma(fixedLower: fixed)) }
        if name == "g5" { return .dirac(.gamma5) }
        if name == "I" { return .dirac(DiracExpression(scalar: Polynomial(.imaginaryUnit))) }
        if let bound = context.bindings[name] { return .dirac(bound) }
        if context.scalars.contains(name) { return .dirac(DiracExpression(scalar: Polynomial(Symbol(name)))) }
        if isVector(name) { return .dirac(.slash(name)) }
        if DiracParserState.reserved.contains(name) { throw error("'\(name)' needs arguments, e.g. \(name)(mu)", at: t) }
        throw error("unknown symbol '\(name)'", at: t)
    }

    mutating func call(_ name: String, at t: Token, depth: Int) throws -> DiracParser.Value {
        try expect("(")
        switch name {
        case "tr":
            let inner = try sum(depth: depth + 1)
            try expect(")")
            switch inner {
            case .dirac(let d):
                let longest = d.terms.map { $0.string.slots.count }.max() ?? 0
                guard longest <= context.maxTraceLength else {
                    throw error("trace of \(longest) gamma matrices exceeds the limit \(context.maxTraceLength)", at: t)
                }
                do { return .traced(try trace(d)) } catch { throw self.error("\(error)", at: t) }
            case .traced: throw error("tr of a trace is not defined", at: t)
            }
        case "g", "slash":
            let arg = try name == "g" ? indexName() : vectorName()
            try expect(")")
            return .dirac(name == "g" ? .gamma(index: arg) : .slash(arg))
        case "sigma":
            let a = try slot()
            try expect(",")
            let b = try slot()
            try expect(")")
            return .dirac(.sigma(a, b))
        default:
            throw error("unknown function '\(name)'", at: t)
        }
    }

    mutating func indexName() throws -> String {
        guard case .identifier(let n) = token.kind else { throw error("expected a Lorentz index but found \(token.spelling)") }
        if isVector(n) && context.fourVectors.contains(n) { throw error("'\(n)' is a 4-vector, not an index") }
        try advance()
        return n
    }

    mutating func vectorName() throws -> String {
        guard case .identifier(let n) = token.kind, isVector(n) else { throw error("expected a 4-vector but found \(token.spelling)") }
        try advance()
        return n
    }

    mutating func slot() throws -> Slot {
        guard case .identifier(let n) = token.kind else { throw error("expected an index or a 4-vector but found \(token.spelling)") }
        try advance()
        return context.fourVectors.contains(n) ? .vector(n) : .index(n)
    }

    // MARK: value arithmetic

    func scalarValue(_ v: DiracParser.Value) -> Polynomial? {
        switch v {
        case .dirac(let d):
            if d.terms.isEmpty { return .zero }
            guard d.terms.count == 1, d.terms[0].string == GammaString([]) else { return nil }
            return d.terms[0].coefficient
        case .traced(let t): return t.scalar
        }
    }

    func scale(_ v: DiracParser.Value, by c: Polynomial) throws -> DiracParser.Value {
        switch v {
        case .dirac(let d): return .dirac(try d.scaled(by: c))
        case .traced(let t): return .traced(try t * TensorExpression(c))
        }
    }

    func multiply(_ a: DiracParser.Value, _ b: DiracParser.Value) throws -> DiracParser.Value {
        if case .dirac(let x) = a, case .dirac(let y) = b,
           x.terms.count.multipliedReportingOverflow(by: y.terms.count).partialValue > context.maxProductTerms
            || x.terms.count.multipliedReportingOverflow(by: y.terms.count).overflow {
            throw error("product too large to expand (more than \(context.maxProductTerms) terms)")
        }
        switch (a, b) {
        case let (.dirac(x), .dirac(y)): return .dirac(try x * y)
        case let (.traced(x), .traced(y)): return .traced(try x * y)
        case let (.traced(x), .dirac):
            guard let s = scalarValue(b) else { throw error("a trace can only multiply scalars or other traces") }
            return .traced(try x * TensorExpression(s))
        case let (.dirac, .traced(y)):
            guard let s = scalarValue(a) else { throw error("a trace can only multiply scalars or other traces") }
            return .traced(try TensorExpression(s) * y)
        }
    }

    func add(_ a: DiracParser.Value, _ b: DiracParser.Value, at t: Token) throws -> DiracParser.Value {
        switch (a, b) {
        case let (.dirac(x), .dirac(y)): return .dirac(try x + y)
        case let (.traced(x), .traced(y)): return .traced(try x + y)
        case let (.traced(x), .dirac):
            guard let s = scalarValue(b) else { throw error("cannot add a trace and a Dirac matrix", at: t) }
            return .traced(try x + TensorExpression(s))
        case let (.dirac, .traced(y)):
            guard let s = scalarValue(a) else { throw error("cannot add a trace and a Dirac matrix", at: t) }
            return .traced(try TensorExpression(s) + y)
        }
    }
}
