/// A Laurent polynomial in any number of symbols with exact rational coefficients.
///
/// Canonical form: `terms` sorted ascending by `Monomial` order, no zero coefficient,
/// no repeated monomial. Equality and hashing are therefore structural. Dictionaries are
/// used only as private accumulators and are sorted before a value leaves a function.
public struct Polynomial: Hashable, Sendable {
    public struct Term: Hashable, Sendable {
        public let monomial: Monomial
        public let coefficient: Rational
        public init(_ monomial: Monomial, _ coefficient: Rational) {
            self.monomial = monomial
            self.coefficient = coefficient
        }
    }

    public let terms: [Term]

    public static let zero = Polynomial(canonical: [])
    public static let one = Polynomial(Rational.one)

    init(canonical terms: [Term]) {
        self.terms = terms
        assert(Polynomial.isCanonical(terms), "non-canonical polynomial")
    }

    static func isCanonical(_ terms: [Term]) -> Bool {
        for (i, t) in terms.enumerated() {
            if t.coefficient.isZero { return false }
            if i > 0 && !(terms[i - 1].monomial < t.monomial) { return false }
        }
        return true
    }

    public init(_ constant: Rational) {
        self.init(canonical: constant.isZero ? [] : [Term(.one, constant)])
    }

    public init(_ constant: Int) { self.init(Rational(constant)) }

    /// symbol^exponent; powers of the imaginary unit are reduced (I² = −1, 1/I = −I).
    public init(_ symbol: Symbol, _ exponent: Int = 1) {
        if symbol.isImaginaryUnit {
            let r = ((exponent % 4) + 4) % 4
            self.init(monomial: Monomial(symbol, r % 2), coefficient: r >= 2 ? .minusOne : .one)
        } else {
            self.init(monomial: Monomial(symbol, exponent))
        }
    }

    /// `coefficient · monomial`.
    public init(monomial: Monomial, coefficient: Rational = .one) {
        self.init(canonical: coefficient.isZero ? [] : [Term(monomial, coefficient)])
    }

    /// Builds the canonical form from arbitrary (monomial, coefficient) pairs, merging duplicates.
    public init(collecting pairs: [(Monomial, Rational)]) {
        var accumulator = PolynomialAccumulator()
        for (m, c) in pairs { accumulator.add(m, c) }
        self = accumulator.polynomial
    }

    public var isZero: Bool { terms.isEmpty }

    /// The constant if this polynomial has no symbols, else nil.
    public var constantValue: Rational? {
        if terms.isEmpty { return .zero }
        if terms.count == 1 && terms[0].monomial.isOne { return terms[0].coefficient }
        return nil
    }

    /// Every symbol that occurs, in canonical order.
    public var symbols: [Symbol] {
        Set(terms.flatMap { $0.monomial.powers.map(\.symbol) }).sorted()
    }

    /// The coefficient of exactly `monomial` (zero when absent).
    public func coefficient(of monomial: Monomial) -> Rational {
        for t in terms where t.monomial == monomial { return t.coefficient }
        return .zero
    }
}

// MARK: - Arithmetic (exact; `*`, `multiplied` and `power` throw only past `Monomial.maxExponent`)

extension Polynomial {
    public static func + (a: Polynomial, b: Polynomial) -> Polynomial {
        if a.isZero { return b }
        if b.isZero { return a }
        var result: [Term] = []
        result.reserveCapacity(a.terms.count + b.terms.count)
        var i = 0, j = 0
        let x = a.terms, y = b.terms
        while i < x.count && j < y.count {
            if x[i].monomial == y[j].monomial {
                let c = x[i].coefficient + y[j].coefficient
                if !c.isZero { result.append(Term(x[i].monomial, c)) }
                i += 1; j += 1
            } else if x[i].monomial < y[j].monomial {
                result.append(x[i]); i += 1
            } else {
                result.append(y[j]); j += 1
            }
        }
        result.append(contentsOf: x[i...])
        result.append(contentsOf: y[j...])
        return Polynomial(canonical: result)
    }

    public static prefix func - (a: Polynomial) -> Polynomial {
        Polynomial(canonical: a.terms.map { Term($0.monomial, -$0.coefficient) })
    }

    public static func - (a: Polynomial, b: Polynomial) -> Polynomial {
        a + (-b)
    }

    public static func * (a: Polynomial, b: Polynomial) throws -> Polynomial {
        if a.isZero || b.isZero { return .zero }
        if let c = a.constantValue { return b.scaled(by: c) }
        if let c = b.constantValue { return a.scaled(by: c) }
        var accumulator = PolynomialAccumulator(expectedTerms: a.terms.count.multipliedReportingOverflow(by: b.terms.count).partialValue)
        for s in a.terms {
            for t in b.terms {
                let (m, negated) = try Monomial.checkedProduct(s.monomial, t.monomial)
                let c = s.coefficient * t.coefficient
                accumulator.add(m, negated ? -c : c)
            }
        }
        return accumulator.polynomial
    }

    /// Multiplication by a rational constant.
    public func scaled(by c: Rational) -> Polynomial {
        if c.isZero { return .zero }
        if c.isOne { return self }
        return Polynomial(canonical: terms.map { Term($0.monomial, $0.coefficient * c) })
    }

    /// Multiplication by `c · monomial` (no merging needed: the map is injective).
    public func multiplied(by monomial: Monomial, coefficient c: Rational = .one) throws -> Polynomial {
        if c.isZero { return .zero }
        var out: [Term] = []
        out.reserveCapacity(terms.count)
        for t in terms {
            let (m, negated) = try Monomial.checkedProduct(t.monomial, monomial)
            let k = t.coefficient * c
            out.append(Term(m, negated ? -k : k))
        }
        return Polynomial(canonical: out.sorted { $0.monomial < $1.monomial })
    }

    /// Exact division by a monomial (always defined for Laurent polynomials).
    public func divided(by monomial: Monomial, coefficient c: Rational = .one) throws -> Polynomial {
        let (inverse, negated) = monomial.inverse
        let k = try Rational.one / c
        return try multiplied(by: inverse, coefficient: negated ? -k : k)
    }

    /// Exact division by a polynomial that is a single term; any other divisor is undefined.
    public static func / (a: Polynomial, b: Polynomial) throws -> Polynomial {
        guard b.terms.count == 1 else {
            if b.isZero { throw AlgebraError.divisionByZero(operation: "polynomial / 0") }
            throw AlgebraError.undefined("division by the non-monomial polynomial \(b) is not exact")
        }
        return try a.divided(by: b.terms[0].monomial, coefficient: b.terms[0].coefficient)
    }

    /// a^e for e ≥ 0; negative e only for single-term polynomials.
    public func power(_ e: Int) throws -> Polynomial {
        if e < 0 { return try (Polynomial.one / self).power(-e) }
        return try repeatedSquaring(self, e, one: .one, multiply: *)
    }

    /// Sum of many polynomials through one accumulator (linear in the total size).
    public static func sum<S: Sequence>(_ parts: S) -> Polynomial where S.Element == Polynomial {
        var accumulator = PolynomialAccumulator()
        for p in parts { for t in p.terms { accumulator.add(t.monomial, t.coefficient) } }
        return accumulator.polynomial
    }
}

// MARK: - Structure: substitution, differentiation, collection, truncation

extension Polynomial {
    /// Replaces every occurrence of `symbol` by `value`. Negative powers of `symbol`
    /// require `value` to be a single term.
    public func substituting(_ symbol: Symbol, with value: Polynomial) throws -> Polynomial {
        try substituting([symbol: value])
    }

    /// Simultaneous substitution of several symbols.
    public func substituting(_ map: [Symbol: Polynomial]) throws -> Polynomial {
        var cache: [Symbol: [Int: Polynomial]] = [:]
        func power(_ s: Symbol, _ e: Int) throws -> Polynomial {
            if let p = cache[s]?[e] { return p }
            let p = try map[s]!.power(e)
            cache[s, default: [:]][e] = p
            return p
        }
        var parts: [Polynomial] = []
        parts.reserveCapacity(terms.count)
        for t in terms {
            var rest: [PackedPower] = []
            rest.reserveCapacity(t.monomial.packed.count)
            var factor = Polynomial(t.coefficient)
            for p in t.monomial.packed {
                let symbol = p.symbol
                if map[symbol] != nil {
                    factor = try factor * power(symbol, p.exponent)
                } else {
                    rest.append(p)  // a sub-list of canonical words stays canonical
                }
            }
            parts.append(try factor.multiplied(by: Monomial(packed: rest)))
        }
        return Polynomial.sum(parts)
    }

    /// ∂/∂symbol.
    public func derivative(with symbol: Symbol) -> Polynomial {
        var pairs: [(Monomial, Rational)] = []
        for t in terms {
            guard let (e, m) = t.monomial.differentiated(with: symbol) else { continue }
            pairs.append((m, t.coefficient * Rational(e)))
        }
        return Polynomial(collecting: pairs)
    }

    /// Groups by the power of `symbol`: [(exponent, coefficient polynomial)], ascending.
    public func collected(by symbol: Symbol) -> [(exponent: Int, coefficient: Polynomial)] {
        var groups: [Int: [(Monomial, Rational)]] = [:]
        for t in terms {
            groups[t.monomial.exponent(of: symbol), default: []].append((t.monomial.removing(symbol), t.coefficient))
        }
        return groups.keys.sorted().map { ($0, Polynomial(collecting: groups[$0]!)) }
    }

    /// The coefficient of symbol^exponent.
    public func coefficient(of symbol: Symbol, exponent: Int) -> Polynomial {
        collected(by: symbol).first { $0.exponent == exponent }?.coefficient ?? .zero
    }

    /// Keeps the terms whose weighted order Σ weight·exponent is at most `maxOrder`.
    public func truncated(weights: [Symbol: Int], maxOrder: Int) -> Polynomial {
        Polynomial(canonical: terms.filter { $0.monomial.order(weights: weights) <= maxOrder })
    }

    /// The terms satisfying `keep` (a sub-list of a canonical list stays canonical).
    public static func filtered(_ p: Polynomial, _ keep: (Term) -> Bool) -> Polynomial {
        Polynomial(canonical: p.terms.filter(keep))
    }

    /// Keeps the terms of weighted order exactly `order`.
    public func part(ofOrder order: Int, weights: [Symbol: Int]) -> Polynomial {
        Polynomial(canonical: terms.filter { $0.monomial.order(weights: weights) == order })
    }

    /// Complex conjugation: I → −I.
    public var conjugate: Polynomial {
        Polynomial(canonical: terms.map {
            $0.monomial.exponent(of: .imaginaryUnit) == 1 ? Term($0.monomial, -$0.coefficient) : $0
        })
    }

    /// Splits into real and imaginary parts (both free of I).
    public var realPart: Polynomial {
        Polynomial(canonical: terms.filter { $0.monomial.exponent(of: .imaginaryUnit) == 0 })
    }
    public var imaginaryPart: Polynomial {
        Polynomial(canonical: terms.compactMap {
            $0.monomial.exponent(of: .imaginaryUnit) == 1 ? Term($0.monomial.removing(.imaginaryUnit), $0.coefficient) : nil
        }.sorted { $0.monomial < $1.monomial })
    }

    /// Exact value at rational values of all symbols (missing symbols are an error).
    public func evaluated(at values: [Symbol: Rational]) throws -> Rational {
        var total = Rational.zero
        for t in terms {
            var v = t.coefficient
            for p in t.monomial.powers {
                guard let x = values[p.symbol] else { throw AlgebraError.undefined("no value for symbol \(p.symbol)") }
                v = try v * x.power(p.exponent)
            }
            total = total + v
        }
        return total
    }

    /// Floating-point value (for numeric cross-checks only).
    public func numericValue(at values: [Symbol: Double]) throws -> Double {
        var total = 0.0
        for t in terms {
            var v = t.coefficient.doubleValue
            for p in t.monomial.powers {
                guard let x = values[p.symbol] else { throw AlgebraError.undefined("no value for symbol \(p.symbol)") }
                v *= pow(x, p.exponent)
            }
            total += v
        }
        return total
    }
}

/// x^e by repeated multiplication (no libm dependence).
@inline(__always) func pow(_ x: Double, _ e: Int) -> Double {
    var result = 1.0, base = e < 0 ? 1 / x : x, n = e.magnitude
    while n > 0 {
        if n & 1 == 1 { result *= base }
        n >>= 1
        base *= base
    }
    return result
}

extension Polynomial: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

/// Short internal name used inside the module.
typealias Accumulator = PolynomialAccumulator

extension Polynomial {
    /// A polynomial from terms already in canonical order (ascending monomials, no zero
    /// coefficient, no repeat): checked in O(n) comparisons, a violation traps. For generators
    /// that produce canonical order directly, skipping the accumulator and its sort.
    public init(ascendingTerms terms: [Term]) {
        precondition(Polynomial.isCanonical(terms), "Polynomial(ascendingTerms:) given terms out of canonical order")
        self.init(canonical: terms)
    }
}
