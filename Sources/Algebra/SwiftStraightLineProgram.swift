/// A real polynomial as straight-line Swift code: `let` bindings, then one result expression.
///
/// The evaluation scheme, applied recursively to every node:
/// 1. **Common factor.** The monomial common to all terms (each symbol at its smallest
///    power in every term, e.g. `GF*GF/m`) and the rational content are pulled out:
///    p = c·g·p'.
/// 2. **Grouping by outer symbols** (e.g. the couplings): p = Σ_i O_i·K_i, where the K_i
///    are the distinct primitive parts of the coefficients of the outer monomials and O_i
///    is the polynomial in outer symbols multiplying K_i. So `cA*cV*K + F2*cA*K` becomes
///    `(cA*cV + F2*cA)*K` and each K is evaluated once.
/// 3. **Horner** in the symbol that occurs in most terms (ties: the first in symbol order):
///    p = c_0 + x(c_1 + x(c_2 + …)); negative powers (1/m) use the same nesting with `/x`,
///    which rounds once per step instead of forming 1/m.
/// Every node with more than one term becomes its own `let`, shared by all its uses (also
/// when it occurs with the opposite sign), which is the common-subexpression elimination
/// and keeps each Swift expression small for the type checker. Powers are repeated
/// multiplication; no library function is called.
///
/// The output is a pure function of the polynomial, the identifier map and the settings.
public struct SwiftStraightLineProgram: Sendable, Equatable {
    public struct Binding: Sendable, Equatable {
        public let name: String
        public let expression: String
    }

    /// The `let` bindings in dependency order (each uses only earlier ones and atoms).
    public let bindings: [Binding]
    /// The value of the whole polynomial in terms of the bindings and atoms.
    public let result: String

    /// Builds the program. `identifier` maps each symbol to a Swift expression that can be a
    /// factor of a product (an identifier); `outerSymbols` are grouped first (step 2);
    /// temporaries are named `prefix0`, `prefix1`, …. `p` must be free of `I`.
    public init(_ p: Polynomial, identifier: @escaping (Symbol) -> String, outerSymbols: Set<Symbol> = [],
                prefix: String = "t") throws {
        var builder = Builder(identifier: identifier, outer: outerSymbols, prefix: prefix)
        let value = try builder.node(p)
        bindings = builder.bindings
        result = value.text
    }

    /// The program as Swift statements: `let` lines then `return result`, indented.
    public func statements(indent: String) -> String {
        var lines = bindings.map { "\(indent)let \($0.name) = \($0.expression)" }
        lines.append("\(indent)return \(result)")
        return lines.joined(separator: "\n")
    }

    /// A Double literal for a rational: its exact decimal expansion when the binary value is
    /// exact (`0.5`, `-1.5`, `8531382.945770263671875`: n/2^k = n·5^k/10^k, all digits written, since
    /// a shortest round-trip spelling is not the value itself), otherwise a correctly rounded
    /// quotient of exact integers (`(1.0/3.0)`).
    public static func literal(_ c: Rational) -> String {
        if let (n, d) = c.smallParts, d & (d - 1) == 0, n.magnitude < (1 << 53) {
            let k = d.trailingZeroBitCount
            var digits = (BigInt(n).magnitude * BigInt(5).power(k)).description
            if k == 0 { digits += ".0" } else {
                if digits.count <= k { digits = String(repeating: "0", count: k + 1 - digits.count) + digits }
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -k))
            }
            return (n < 0 ? "-" : "") + digits
        }
        // Integers beyond 2^53 would be rounded by the literal itself; this tool's
        // coefficients are far smaller.
        return "(\(c.numerator).0/\(c.denominator).0)"
    }
}

/// An emitted Swift expression with what a parent needs to combine it safely.
struct EmittedExpression {
    var text: String
    /// Top-level `+`/`-` present: parenthesize before multiplying.
    var isSum: Bool
    /// Starts with a unary minus applied to a product (`-0.5*x`).
    var isNegatedProduct: Bool

    static func atom(_ s: String) -> EmittedExpression { EmittedExpression(text: s, isSum: false, isNegatedProduct: false) }

    var asFactor: String { isSum ? "(\(text))" : text }

    /// `self + other`, writing `a - b` for a negated product.
    func plus(_ other: EmittedExpression) -> EmittedExpression {
        if other.isNegatedProduct {
            return EmittedExpression(text: "\(text) - \(other.text.dropFirst())", isSum: true, isNegatedProduct: false)
        }
        let right = other.text.hasPrefix("-") ? "(\(other.text))" : other.text
        return EmittedExpression(text: "\(text) + \(right)", isSum: true, isNegatedProduct: false)
    }
}

struct Builder {
    let identifier: (Symbol) -> String
    let outer: Set<Symbol>
    let prefix: String
    var bindings: [SwiftStraightLineProgram.Binding] = []
    var memo: [Polynomial: String] = [:]

    init(identifier: @escaping (Symbol) -> String, outer: Set<Symbol>, prefix: String) {
        self.identifier = identifier
        self.outer = outer
        self.prefix = prefix
    }

    /// `c * x*x*y / (m*m)`: a product (possibly negated), never a sum.
    func monomial(_ m: Monomial, _ c: Rational, times inner: String? = nil) -> EmittedExpression {
        var up: [String] = [], down: [String] = []
        for p in m.powers {
            precondition(!p.symbol.isImaginaryUnit, "SwiftStraightLineProgram: the polynomial must be real (split off I first)")
            let name = identifier(p.symbol)
            if p.exponent > 0 { up += Array(repeating: name, count: p.exponent) }
            else { down += Array(repeating: name, count: -p.exponent) }
        }
        if let inner { up.append(inner) }
        let negative = c.isNegative
        let magnitude = negative ? -c : c
        var factors = up
        if !magnitude.isOne || factors.isEmpty { factors.insert(SwiftStraightLineProgram.literal(magnitude), at: 0) }
        var text = factors.joined(separator: "*")
        if down.count == 1 { text += "/" + down[0] }
        if down.count > 1 { text += "/(" + down.joined(separator: "*") + ")" }
        if negative { text = "-" + text }
        return EmittedExpression(text: text, isSum: false, isNegatedProduct: negative)
    }

    mutating func bind(_ p: Polynomial, _ e: EmittedExpression) -> EmittedExpression {
        if !e.isSum { return e }
        let name = "\(prefix)\(bindings.count)"
        bindings.append(.init(name: name, expression: e.text))
        memo[p] = name
        return .atom(name)
    }

    /// The value of `p` as an expression; multi-term nodes are bound to `let`s.
    mutating func node(_ p: Polynomial) throws -> EmittedExpression {
        if p.isZero { return .atom("0.0") }
        if p.terms.count == 1 { return monomial(p.terms[0].monomial, p.terms[0].coefficient) }
        if let name = memo[p] { return .atom(name) }
        if let name = memo[-p] { return EmittedExpression(text: "-" + name, isSum: false, isNegatedProduct: true) }

        // 1. Common monomial factor and rational content.
        let (content, common) = try Builder.commonFactor(p)
        if !(content.isOne && common.isOne) {
            let inverse = common.inverse.monomial
            let rest = try p.multiplied(by: inverse, coefficient: Rational.one / content)
            let inner = try node(rest)
            // `c*g*inner`: a product, with the inner sum in parentheses.
            if inner.isNegatedProduct {
                return monomial(common, -content, times: String(inner.text.dropFirst()))
            }
            return monomial(common, content, times: inner.asFactor)
        }

        // 2. Grouping by outer symbols.
        if let groups = try outerGroups(p) {
            var products: [EmittedExpression] = []
            for (o, k) in groups {
                let oe = try node(o), ke = try node(k)
                let product: EmittedExpression
                if ke.text == "1.0" {
                    // The group's kinematic factor is 1 (a term of outer symbols only): no `*1.0`.
                    product = oe
                } else if oe.isNegatedProduct {
                    product = EmittedExpression(text: "-" + String(oe.text.dropFirst()) + "*" + ke.asFactor, isSum: false, isNegatedProduct: true)
                } else {
                    product = EmittedExpression(text: oe.asFactor + "*" + ke.asFactor, isSum: false, isNegatedProduct: false)
                }
                products.append(product)
            }
            return bind(p, Builder.sum(products))
        }

        // 3. Horner in the most frequent symbol.
        let x = Builder.mostFrequentSymbol(p)
        let name = identifier(x)
        let collected = p.collected(by: x)
        var parts: [EmittedExpression] = []
        if let zero = collected.first(where: { $0.exponent == 0 }) { parts.append(try node(zero.coefficient)) }
        let positive = collected.filter { $0.exponent > 0 }
        if !positive.isEmpty { parts.append(try horner(positive, variable: name, operation: "*")) }
        let negative = collected.filter { $0.exponent < 0 }.reversed().map { (exponent: -$0.exponent, coefficient: $0.coefficient) }
        if !negative.isEmpty { parts.append(try horner(negative, variable: name, operation: "/")) }
        return bind(p, Builder.sum(parts))
    }

    /// The left-to-right sum; `-a + b` is written `b - a` (IEEE addition commutes exactly, so
    /// swapping the first two operands changes no bit of the result).
    static func sum(_ parts: [EmittedExpression]) -> EmittedExpression {
        var parts = parts
        if parts.count >= 2, parts[0].isNegatedProduct, !parts[1].isNegatedProduct, !parts[1].text.hasPrefix("-") {
            parts.swapAt(0, 1)
        }
        var total = parts[0]
        for part in parts.dropFirst() { total = total.plus(part) }
        return total
    }

    /// Σ x^e c_e for exponents e ≥ 1 (strictly ascending), nested: ((c_n x^(n-k) + c_k) x^(k-j) + …) x^j.
    /// `operation` is `*` for x and `/` for 1/x.
    mutating func horner(_ parts: [(exponent: Int, coefficient: Polynomial)], variable: String,
                         operation: String) throws -> EmittedExpression {
        func power(_ e: EmittedExpression, _ n: Int) -> EmittedExpression {
            guard n > 0 else { return e }
            let chain = Array(repeating: variable, count: n)
            if operation == "*" && (e.text == "1.0" || e.text == "-1.0") {
                // 1*x^n: no multiplication by one.
                let negated = e.text == "-1.0"
                return EmittedExpression(text: (negated ? "-" : "") + chain.joined(separator: "*"), isSum: false, isNegatedProduct: negated)
            }
            let text: String
            if operation == "*" {
                text = e.asFactor + "*" + chain.joined(separator: "*")
            } else {
                text = e.asFactor + "/" + (n == 1 ? variable : "(" + chain.joined(separator: "*") + ")")
            }
            return EmittedExpression(text: text, isSum: false, isNegatedProduct: !e.isSum && e.isNegatedProduct)
        }
        precondition(zip(parts, parts.dropFirst()).allSatisfy { $0.exponent < $1.exponent } && parts[0].exponent > 0,
                     "horner: exponents must be positive and strictly ascending")
        var index = parts.count - 1
        var acc = try node(parts[index].coefficient)
        while index > 0 {
            let step = parts[index].exponent - parts[index - 1].exponent
            acc = power(acc, step).plus(try node(parts[index - 1].coefficient))
            index -= 1
        }
        return power(acc, parts[0].exponent)
    }

    /// p = Σ_i O_i(outer)·K_i(rest) with distinct primitive K_i, or nil when p does not mix
    /// outer and other symbols (or has nothing to share).
    func outerGroups(_ p: Polynomial) throws -> [(Polynomial, Polynomial)]? {
        guard !outer.isEmpty else { return nil }
        var outerMonomials: [Monomial] = []
        var inner: [Monomial: [(Monomial, Rational)]] = [:]
        var mixes = (outer: false, rest: false)
        for t in p.terms {
            let o = t.monomial.powers.filter { outer.contains($0.symbol) }
            let r = t.monomial.powers.filter { !outer.contains($0.symbol) }
            if !o.isEmpty { mixes.outer = true }
            if !r.isEmpty { mixes.rest = true }
            let om = Monomial(canonical: o), rm = Monomial(canonical: r)
            if inner[om] == nil { outerMonomials.append(om) }
            inner[om, default: []].append((rm, t.coefficient))
        }
        guard mixes.outer && mixes.rest else { return nil }
        // Group proportional kinematic factors.
        var order: [Polynomial] = []
        var combined: [Polynomial: [(Monomial, Rational)]] = [:]
        for om in outerMonomials.sorted() {
            let k = Polynomial(collecting: inner[om]!)
            let (content, primitive) = k.contentAndPrimitivePart()
            if combined[primitive] == nil { order.append(primitive) }
            combined[primitive, default: []].append((om, content))
        }
        return order.map { (Polynomial(collecting: combined[$0]!), $0) }
    }

    /// (content, monomial) common to all terms: each symbol present in every term with
    /// exponents of one sign, at the smallest magnitude; content = gcd(num)/lcm(den), signed
    /// so that the first remaining term is positive.
    static func commonFactor(_ p: Polynomial) throws -> (Rational, Monomial) {
        var common: [Symbol: Int] = [:]
        for power in p.terms[0].monomial.powers { common[power.symbol] = power.exponent }
        for t in p.terms.dropFirst() {
            for (symbol, e) in common {
                let f = t.monomial.exponent(of: symbol)
                if f == 0 || (f > 0) != (e > 0) { common[symbol] = nil }
                else { common[symbol] = e > 0 ? min(e, f) : max(e, f) }
            }
        }
        let monomial = Monomial(canonical: common.keys.sorted().map { Monomial.Power($0, common[$0]!) })
        let (content, _) = p.contentAndPrimitivePart()
        return (content, monomial)
    }

    /// The symbol occurring in the most terms; ties go to the first in symbol order.
    static func mostFrequentSymbol(_ p: Polynomial) -> Symbol {
        var counts: [Symbol: Int] = [:]
        for t in p.terms { for power in t.monomial.powers { counts[power.symbol, default: 0] += 1 } }
        return counts.keys.sorted().max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && $1 < $0) }!
    }
}
