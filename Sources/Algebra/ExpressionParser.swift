/// The value of a parsed text: a scalar polynomial or a 3-vector expression.
public enum ParsedExpression: Hashable, Sendable {
    case scalar(Polynomial)
    case vector(VectorExpression)
}

extension ParsedExpression: CustomStringConvertible {
    /// Plain text that parses back to this value.
    public var description: String {
        switch self {
        case .scalar(let p): return PlainTextPrinter.text(p)
        case .vector(let v): return v.description
        }
    }
}

/// Parses the plain-text syntax into exact values.
///
/// Grammar (whitespace and newlines are free; `#` etc. are errors):
/// ```
/// expression := operand (op operand)*      -- op: '*' '/' bind tighter than '+' '-';
///                                              all left-associative
/// operand    := ('-' | '+')* primary ('^' exponent)?   -- -x^2 = -(x^2); x^2^3 is an error
/// exponent   := sign? integer | '(' sign? integer ')'
/// primary    := integer | '(' expression ')' | name | name '.' name
///             | dot(v, v) | triple(v, v, v) | cross(v, v) | eps(n, n, n, n)
/// name       := [A-Za-z_][A-Za-z0-9_]* '*   (trailing primes: s', Om'')
/// ```
/// `a.b` is the Minkowski product of two declared 4-vectors; `eps` takes four 4-vector
/// names; `dot`, `triple`, `cross` take 3-vector expressions (`Om - Om'`, `2*q`,
/// `cross(a,b)`). Integers are exact (64-bit); `/` divides exactly by a single-term
/// divisor only. `I` is the imaginary unit. Products involving triple products are
/// Gram-reduced in the context's `Vector3Space`.
///
/// Every failure is a `ParseError` naming the offending token at its line:column; no input
/// traps, overflows the stack (nesting is capped by `ParseContext.maxDepth`) or expands
/// without bound (`maxExpansionWork`, `maxExponent`).
public struct ExpressionParser: Sendable {
    public let context: ParseContext

    /// The longest integer literal read (digits), and the largest coefficient a power may
    /// build (bits, estimated before expanding): exact arithmetic has no overflow, so these
    /// bound the time one input can take.
    public static let maxLiteralDigits = 1000
    public static let maxCoefficientBits = 10_000

    public init(context: ParseContext = ParseContext()) { self.context = context }

    /// Parses a scalar or 3-vector expression.
    public func parse(_ text: String) throws(ParseError) -> ParsedExpression {
        try parseWithStart(text).value
    }

    /// The value and the position of its first token (for kind errors).
    func parseWithStart(_ text: String) throws(ParseError) -> (value: ParsedExpression, line: Int, column: Int) {
        var state = try ParserState(text, context)
        let start = state.current
        let value = try state.parseExpression()
        if state.current.kind != .end {
            if state.current.isPunctuation(")") { throw state.error("unmatched ')'") }
            throw state.error("expected an operator or end of input but found \(state.current.spelling)")
        }
        return (value.expression, start.line, start.column)
    }

    /// Parses bytes that should be UTF-8; invalid sequences become U+FFFD and are then
    /// reported as unexpected characters.
    public func parse(bytes: [UInt8]) throws(ParseError) -> ParsedExpression {
        try parse(String(decoding: bytes, as: UTF8.self))
    }

    /// Parses a scalar expression; a 3-vector result is an error at its first token.
    public func parsePolynomial(_ text: String) throws(ParseError) -> Polynomial {
        let (value, line, column) = try parseWithStart(text)
        switch value {
        case .scalar(let p): return p
        case .vector: throw ParseError(line: line, column: column, reason: "expected a scalar expression but found a 3-vector")
        }
    }

    /// Parses a 3-vector expression (0 is the zero vector); a scalar result is an error at
    /// its first token.
    public func parseVector(_ text: String) throws(ParseError) -> VectorExpression {
        let (value, line, column) = try parseWithStart(text)
        switch value {
        case .vector(let v): return v
        case .scalar(let p) where p.isZero: return .zero
        case .scalar: throw ParseError(line: line, column: column, reason: "expected a 3-vector expression but found a scalar")
        }
    }
}

extension Polynomial {
    /// Parses plain text with `ExpressionParser(context:)`.
    public init(parsing text: String, context: ParseContext = ParseContext()) throws(ParseError) {
        self = try ExpressionParser(context: context).parsePolynomial(text)
    }
}

/// A value during parsing.
private enum Value {
    case scalar(Polynomial)
    case vector(VectorExpression)

    var expression: ParsedExpression {
        switch self {
        case .scalar(let p): return .scalar(p)
        case .vector(let v): return .vector(v)
        }
    }
}

/// The running sum of one nesting level: scalar summands in one accumulator, 3-vector terms
/// grouped by basis element and summed once at the end.
private struct SumAccumulator {
    var scalars = PolynomialAccumulator()
    var vectors: [VectorExpression.Basis: [Polynomial]] = [:]
    var isVector = false

    func value(at token: Token, _ state: ParserState) throws(ParseError) -> Value {
        guard isVector else { return .scalar(scalars.polynomial) }
        let vectors = self.vectors
        return .vector(try state.arithmetic(at: token) {
            try VectorExpression(collecting: vectors.map { ($0.key, Polynomial.sum($0.value)) })
        })
    }
}

/// Recursive-descent state: the lexer, one token of lookahead and the resource budgets.
private struct ParserState {
    var lexer: Lexer
    var current: Token
    let context: ParseContext
    let space: Vector3Space
    var depth = 0
    var work = 0

    init(_ text: String, _ context: ParseContext) throws(ParseError) {
        lexer = Lexer(text)
        current = try lexer.next()
        self.context = context
        self.space = context.space
    }

    func error(_ reason: String, at token: Token? = nil) -> ParseError {
        let t = token ?? current
        return ParseError(line: t.line, column: t.column, reason: reason)
    }

    mutating func advance() throws(ParseError) { current = try lexer.next() }

    mutating func expect(_ c: Unicode.Scalar, _ what: String? = nil) throws(ParseError) {
        guard current.isPunctuation(c) else {
            throw error("expected \(what ?? "'\(c)'") but found \(current.spelling)")
        }
        try advance()
    }

    // MARK: Grammar
    //
    // Stack discipline: only `parseExpression`, `parseOperand` and `parseFunction`
    // recurse (once per parenthesis or function call, bounded by `maxDepth`); binary
    // operators are reduced in a loop (products at once, sums in an accumulator) and unary
    // signs are counted in a loop, so `-------x` and `a+b+…+z` never deepen the stack. Everything that builds
    // messages or does arithmetic lives in non-inlined helpers to keep those frames small.

    /// Binary operators at one nesting level: `* /` bind tighter than `+ -`, all
    /// left-associative. Products are reduced as they come; the summands are collected in one
    /// `SumAccumulator`, so a sum of n terms costs time linear in its size (not n²).
    mutating func parseExpression() throws(ParseError) -> Value {
        var sum = SumAccumulator()
        var sign: Token?
        var value = try parseOperand()
        while let precedence = ParserState.precedence(current) {
            let op = current
            try advance()
            if precedence == 2 {
                let rhs = try parseOperand()
                value = op.isPunctuation("*") ? try multiply(value, rhs, at: op) : try divide(value, rhs, at: op)
            } else {
                try add(value, to: &sum, after: sign)
                sign = op
                value = try parseOperand()
            }
        }
        guard sign != nil else { return value }
        try add(value, to: &sum, after: sign)
        return try sum.value(at: sign ?? current, self)
    }

    static func precedence(_ token: Token) -> Int? {
        guard case .punctuation(let c) = token.kind else { return nil }
        switch c {
        case "+", "-": return 1
        case "*", "/": return 2
        default: return nil
        }
    }

    /// Adds one summand (negated after '-'); 0 is both a scalar and the zero vector.
    @inline(never)
    mutating func add(_ value: Value, to sum: inout SumAccumulator, after op: Token?) throws(ParseError) {
        let minus = op?.isPunctuation("-") ?? false
        switch value {
        case .scalar(let p):
            if sum.isVector {
                if p.isZero { return }
                throw error("cannot combine a 3-vector and a scalar with '\(minus ? "-" : "+")'", at: op ?? current)
            }
            try arithmetic(at: op ?? current) { sum.scalars.add(p, times: minus ? .minusOne : .one) }
        case .vector(let v):
            if !sum.isVector && !sum.scalars.isEmpty {
                throw error("cannot combine a scalar and a 3-vector with '\(minus ? "-" : "+")'", at: op ?? current)
            }
            sum.isVector = true
            for t in v.terms { sum.vectors[t.basis, default: []].append(minus ? -t.coefficient : t.coefficient) }
        }
    }

    /// operand := ('-' | '+')* (integer | name | name '.' name | '(' expression ')' | call) ('^' exponent)?
    mutating func parseOperand() throws(ParseError) -> Value {
        depth += 1
        defer { depth -= 1 }
        if depth > context.maxDepth { throw depthError() }
        var negative = false
        while current.isPunctuation("-") || current.isPunctuation("+") {
            if current.isPunctuation("-") { negative.toggle() }
            try advance()
        }
        var value: Value
        if current.isPunctuation("(") {
            try advance()
            value = try parseExpression()
            try expect(")")
        } else if case .identifier(let name) = current.kind, ParseContext.reservedFunctions.contains(name) {
            value = try parseFunction()
        } else {
            value = try parseAtom()
        }
        if current.isPunctuation("^") { value = try applyPower(value) }
        return negative ? ParserState.negated(value) : value
    }

    static func negated(_ value: Value) -> Value {
        switch value {
        case .scalar(let p): return .scalar(-p)
        case .vector(let v): return .vector(-v)
        }
    }

    @inline(never)
    func depthError() -> ParseError {
        error("expression nested more than \(context.maxDepth) levels deep")
    }

    /// `^ exponent` after an operand; chaining (`x^2^3`) is rejected.
    @inline(never)
    mutating func applyPower(_ base: Value) throws(ParseError) -> Value {
        let op = current
        try advance()
        let exponent = try parseExponent()
        guard case .scalar(let p) = base else { throw error("cannot raise a 3-vector to a power", at: op) }
        let result = try power(p, exponent, at: op)
        if current.isPunctuation("^") { throw error("chained '^' is ambiguous; use parentheses") }
        return .scalar(result)
    }

    @inline(never)
    mutating func parseExponent() throws(ParseError) -> Int {
        let parenthesized = current.isPunctuation("(")
        if parenthesized { try advance() }
        var negative = false
        if current.isPunctuation("-") || current.isPunctuation("+") {
            negative = current.isPunctuation("-")
            try advance()
        }
        guard case .number(let digits) = current.kind else {
            throw error("expected an integer exponent but found \(current.spelling)")
        }
        guard let value = Int(digits), value <= context.maxExponent else {
            throw error("exponent \(quoted(digits)) is too large (limit \(context.maxExponent))")
        }
        try advance()
        if parenthesized { try expect(")") }
        return negative ? -value : value
    }

    /// An integer literal, `I`, a declared name, or a Minkowski product `a.b`.
    @inline(never)
    mutating func parseAtom() throws(ParseError) -> Value {
        let token = current
        switch token.kind {
        case .number(let digits):
            guard digits.utf8.count <= ExpressionParser.maxLiteralDigits, let n = BigInt(digits) else {
                throw error("integer literal \(quoted(digits)) has more than \(ExpressionParser.maxLiteralDigits) digits")
            }
            try advance()
            return .scalar(Polynomial(Rational(integer: n)))
        case .identifier(let name):
            try advance()
            if name == "I" { return .scalar(Polynomial(.imaginaryUnit)) }
            switch context.kind(of: name) {
            case .vector4:
                guard current.isPunctuation(".") else {
                    throw error("4-vector \(quoted(name)) may only appear in a product like '\(name).q' or in eps(...)", at: token)
                }
                try advance()
                let other = try fourVectorName()
                return .scalar(LorentzInvariants.dot(name, other))
            case .vector3:
                if current.isPunctuation(".") {
                    throw error("'.' is the Minkowski product of 4-vectors; \(quoted(name)) is a 3-vector (use dot(a,b))")
                }
                return .vector(VectorExpression(name))
            case .scalar:
                if current.isPunctuation(".") { throw error("'.' needs 4-vectors; \(quoted(name)) is a scalar") }
                return .scalar(Polynomial(Symbol(name)))
            case .unknown:
                throw error("unknown symbol \(quoted(name))", at: token)
            }
        default:
            throw error("expected an expression but found \(token.spelling)")
        }
    }

    /// A declared 4-vector name (argument of `.` or `eps`).
    @inline(never)
    mutating func fourVectorName() throws(ParseError) -> String {
        guard case .identifier(let name) = current.kind else {
            throw error("expected a 4-vector name but found \(current.spelling)")
        }
        guard context.kind(of: name) == .vector4 else {
            if ParseContext.reservedFunctions.contains(name) || name == "I" || context.kind(of: name) != .unknown {
                throw error("\(quoted(name)) is not a 4-vector")
            }
            throw error("unknown symbol \(quoted(name))")
        }
        try advance()
        return name
    }

    /// `dot(u,v)`, `triple(u,v,w)`, `cross(u,v)` with 3-vector arguments; `eps(a,b,c,d)`.
    mutating func parseFunction() throws(ParseError) -> Value {
        let token = current
        guard case .identifier(let name) = token.kind else { throw error("internal parser error: expected a function name") }
        try advance()
        try expectOpening(name)
        if name == "eps" { return try parseEpsilon() }
        let arity = name == "triple" ? 3 : 2
        var arguments: [Value] = []
        var starts: [Token] = []
        for i in 0..<arity {
            if i > 0 { try expectArgument(",", name, arity) }
            starts.append(current)
            arguments.append(try parseExpression())
        }
        try expectArgument(")", name, arity)
        return try applyFunction(name, arguments, starts, at: token)
    }

    @inline(never)
    mutating func expectOpening(_ name: String) throws(ParseError) {
        try expect("(", "'(' after '\(name)'")
    }

    @inline(never)
    mutating func expectArgument(_ c: Unicode.Scalar, _ name: String, _ arity: Int) throws(ParseError) {
        try expect(c, "'\(c)' (\(name) takes \(arity) arguments)")
    }

    @inline(never)
    mutating func parseEpsilon() throws(ParseError) -> Value {
        var names: [String] = []
        for i in 0..<4 {
            if i > 0 { try expectArgument(",", "eps", 4) }
            names.append(try fourVectorName())
        }
        try expectArgument(")", "eps", 4)
        return .scalar(LorentzInvariants.epsilon(names[0], names[1], names[2], names[3]))
    }

    @inline(never)
    mutating func applyFunction(_ name: String, _ values: [Value], _ starts: [Token], at token: Token) throws(ParseError) -> Value {
        var arguments: [VectorExpression] = []
        for (i, value) in values.enumerated() {
            switch value {
            case .vector(let v): arguments.append(v)
            case .scalar(let p) where p.isZero: arguments.append(.zero)
            case .scalar:
                throw error("argument \(i + 1) of \(name) must be a 3-vector, found a scalar", at: starts[i])
            }
        }
        charge(arguments.map(size).reduce(1, { $0.multipliedReportingOverflow(by: max($1, 1)).partialValue }))
        if work > context.maxExpansionWork { throw expansionError(at: token) }
        let space = self.space
        switch name {
        case "dot":
            return .scalar(try checked(try arithmetic(at: token) { try arguments[0].dot(arguments[1], in: space) }, at: token))
        case "cross":
            return .vector(try checked(try arithmetic(at: token) { try arguments[0].cross(arguments[1], in: space) }, at: token))
        default:
            let p = try arithmetic(at: token) { try arguments[0].dot(arguments[1].cross(arguments[2], in: space), in: space) }
            return .scalar(try checked(p, at: token))
        }
    }

    // MARK: Operations with budgets

    func size(_ v: VectorExpression) -> Int { v.terms.reduce(0) { $0 + $1.coefficient.terms.count } }

    mutating func charge(_ amount: Int) {
        let (sum, overflow) = work.addingReportingOverflow(amount)
        work = overflow ? Int.max : sum
    }

    func expansionError(at token: Token) -> ParseError {
        error("expression too large to expand (more than \(context.maxExpansionWork) term products)", at: token)
    }

    /// Runs exact arithmetic, turning an `AlgebraError` into a `ParseError` at `token`.
    func arithmetic<T>(at token: Token, _ body: () throws -> T) throws(ParseError) -> T {
        do {
            return try body()
        } catch let e as AlgebraError {
            throw error(e.description, at: token)
        } catch {
            throw self.error("\(error)", at: token)
        }
    }

    /// Enforces the exponent limit and Gram-reduces products of triple products.
    func checked(_ p: Polynomial, at token: Token) throws(ParseError) -> Polynomial {
        var triples = 0
        for t in p.terms {
            var count = 0
            for power in t.monomial.powers {
                if power.exponent.magnitude > UInt(context.maxExponent) {
                    throw error("exponent of \(quoted(power.symbol.name)) exceeds the limit \(context.maxExponent)", at: token)
                }
                if power.exponent > 0 && power.symbol.structure.kind == .triple { count += power.exponent }
            }
            triples = max(triples, count)
        }
        if triples < 2 { return p }
        guard triples <= context.maxTriplesPerTerm else {
            throw error("a term has \(triples) triple products; Gram reduction is limited to \(context.maxTriplesPerTerm)", at: token)
        }
        let space = self.space
        return try arithmetic(at: token) { try space.normalized(p) }
    }

    /// `checked` applied to every coefficient, so vector coefficients stay Gram-reduced.
    func checked(_ v: VectorExpression, at token: Token) throws(ParseError) -> VectorExpression {
        var pairs: [(VectorExpression.Basis, Polynomial)] = []
        for t in v.terms { pairs.append((t.basis, try checked(t.coefficient, at: token))) }
        return try arithmetic(at: token) { try VectorExpression(collecting: pairs) }
    }

    mutating func multiply(_ a: Value, _ b: Value, at op: Token) throws(ParseError) -> Value {
        switch (a, b) {
        case let (.scalar(x), .scalar(y)):
            charge(x.terms.count.multipliedReportingOverflow(by: y.terms.count).partialValue)
            if work > context.maxExpansionWork { throw expansionError(at: op) }
            return .scalar(try checked(try arithmetic(at: op) { try x * y }, at: op))
        case let (.scalar(x), .vector(v)), let (.vector(v), .scalar(x)):
            charge(x.terms.count.multipliedReportingOverflow(by: size(v)).partialValue)
            if work > context.maxExpansionWork { throw expansionError(at: op) }
            return .vector(try checked(try arithmetic(at: op) { try x * v }, at: op))
        case (.vector, .vector):
            throw error("cannot multiply two 3-vectors; use dot(u,v) or cross(u,v)", at: op)
        }
    }

    mutating func divide(_ a: Value, _ b: Value, at op: Token) throws(ParseError) -> Value {
        guard case .scalar(let divisor) = b else { throw error("cannot divide by a 3-vector", at: op) }
        if divisor.isZero { throw error("division by zero", at: op) }
        if divisor.terms.count > 1 { throw error("division by a sum is not exact", at: op) }
        switch a {
        case .scalar(let x):
            return .scalar(try checked(try arithmetic(at: op) { try x / divisor }, at: op))
        case .vector(let v):
            return .vector(try checked(try arithmetic(at: op) { try v / divisor }, at: op))
        }
    }

    /// p^e with the exponent limit checked before any work; negative e needs one term.
    mutating func power(_ p: Polynomial, _ e: Int, at op: Token) throws(ParseError) -> Polynomial {
        var base = p, e = e
        if e < 0 {
            if p.isZero { throw error("division by zero", at: op) }
            if p.terms.count > 1 { throw error("division by a sum is not exact", at: op) }
            base = try arithmetic(at: op) { try Polynomial.one / p }
            e = -e
        }
        let largest = base.terms.flatMap { $0.monomial.powers.map { Int($0.exponent.magnitude) } }.max() ?? 0
        let (total, overflow) = largest.multipliedReportingOverflow(by: e)
        if overflow || total > context.maxExponent {
            throw error("power ^\(e) would exceed the exponent limit \(context.maxExponent)", at: op)
        }
        // |coefficient| of p^e ≤ (count·max|c|)^e: bits ≤ e·(bits of c + ⌈log2 count⌉).
        let bits = base.terms.map { max($0.coefficient.numerator.bitWidth, $0.coefficient.denominator.bitWidth) }.max() ?? 0
        let perFactor = bits + (Int.bitWidth - max(base.terms.count - 1, 0).leadingZeroBitCount)
        let (coefficientBits, bitsOverflow) = perFactor.multipliedReportingOverflow(by: e)
        if bitsOverflow || coefficientBits > ExpressionParser.maxCoefficientBits {
            throw error("power ^\(e) would build coefficients beyond \(ExpressionParser.maxCoefficientBits) bits", at: op)
        }
        if base.terms.count <= 1 {
            return try checked(try arithmetic(at: op) { try base.power(e) }, at: op)
        }
        return try repeatedSquaring(base, e, one: .one) { (a: Polynomial, b: Polynomial) throws(ParseError) -> Polynomial in
            charge(a.terms.count.multipliedReportingOverflow(by: b.terms.count).partialValue)
            if work > context.maxExpansionWork { throw expansionError(at: op) }
            return try checked(try arithmetic(at: op) { try a * b }, at: op)
        }
    }
}
