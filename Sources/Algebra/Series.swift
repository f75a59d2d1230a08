/// An absolute truncation: the order of a monomial is Σ weight(symbol)·exponent (symbols
/// without a weight count 0), and terms of order greater than `maxOrder` are dropped.
/// Example: weight(m) = −1 makes 1/m of order 1; weight(eps) = 1 counts powers of eps.
public struct Truncation: Hashable, Sendable {
    public let weights: [Symbol: Int]
    public let maxOrder: Int

    public init(weights: [Symbol: Int], maxOrder: Int) {
        self.weights = weights
        self.maxOrder = maxOrder
    }

    public func order(of monomial: Monomial) -> Int { monomial.order(weights: weights) }

    /// `p` without its terms of order above `maxOrder`.
    public func apply(_ p: Polynomial) -> Polynomial { p.truncated(weights: weights, maxOrder: maxOrder) }
}

/// A polynomial known only up to a fixed absolute order (FORM's `Symbol x(:n)`).
///
/// The truncation is part of the value and is applied at every multiplication, term by
/// term, so no product ever materializes terms beyond `maxOrder`. Caveat: this equals
/// "multiply exactly, then truncate" only when no monomial has negative order (a term of
/// negative order could otherwise lift a dropped term back below the cut). Operands of a
/// binary operation must carry the same truncation.
public struct Series: Hashable, Sendable {
    public let polynomial: Polynomial
    public let truncation: Truncation

    /// `p` truncated.
    public init(_ p: Polynomial, truncation: Truncation) {
        self.polynomial = truncation.apply(p)
        self.truncation = truncation
    }

    public init(_ p: Polynomial, weights: [Symbol: Int], maxOrder: Int) {
        self.init(p, truncation: Truncation(weights: weights, maxOrder: maxOrder))
    }

    public var isZero: Bool { polynomial.isZero }

    /// The terms of order exactly `order`.
    public func part(ofOrder order: Int) -> Polynomial {
        polynomial.part(ofOrder: order, weights: truncation.weights)
    }

    func sameTruncation(_ other: Series) throws -> Truncation {
        guard truncation == other.truncation else {
            throw AlgebraError.undefined("series with different truncations cannot be combined")
        }
        return truncation
    }
}

// MARK: - Arithmetic

extension Series {
    public static func + (a: Series, b: Series) throws -> Series {
        Series(a.polynomial + b.polynomial, truncation: try a.sameTruncation(b))
    }

    public static prefix func - (a: Series) -> Series {
        Series(-a.polynomial, truncation: a.truncation)
    }

    public static func - (a: Series, b: Series) throws -> Series {
        try a + (-b)
    }

    /// The truncated product; products of order above `maxOrder` are never accumulated.
    public static func * (a: Series, b: Series) throws -> Series {
        let truncation = try a.sameTruncation(b)
        var accumulator = Accumulator()
        for s in a.polynomial.terms {
            for t in b.polynomial.terms {
                let (m, negated) = Monomial.product(s.monomial, t.monomial)
                if truncation.order(of: m) > truncation.maxOrder { continue }
                let c = s.coefficient * t.coefficient
                accumulator.add(m, negated ? -c : c)
            }
        }
        return Series(accumulator.polynomial, truncation: truncation)
    }

    /// a/b = a·b⁻¹ (see `inverse`).
    public static func / (a: Series, b: Series) throws -> Series {
        try a * b.inverse()
    }

    /// a^n by repeated squaring, truncating at every step; n < 0 uses `inverse`.
    public func power(_ n: Int) throws -> Series {
        if n < 0 {
            guard n != Int.min else { throw AlgebraError.overflow(operation: "series power \(n)") }
            return try inverse().power(-n)
        }
        var result = Series(.one, truncation: truncation), base = self, n = n
        while n > 0 {
            if n & 1 == 1 { result = try result * base }
            n >>= 1
            if n > 0 { base = try base * base }
        }
        return result
    }

    /// 1/a, expanded as a geometric series: with t₀ the unique term of lowest order ω,
    /// 1/a = (1/t₀)·Σₖ (−r)ᵏ where r = (a − t₀)/t₀ has only terms of order ≥ 1; the sum
    /// is truncated at order maxOrder + ω. Throws when a is zero or its lowest order is
    /// shared by several terms (then no such expansion exists).
    public func inverse() throws -> Series {
        let terms = polynomial.terms
        guard !terms.isEmpty else { throw AlgebraError.divisionByZero(operation: "inverse of a zero series") }
        let orders = terms.map { truncation.order(of: $0.monomial) }
        let lowest = orders.min() ?? 0
        let leading = terms.indices.filter { orders[$0] == lowest }
        guard leading.count == 1 else {
            throw AlgebraError.undefined("series inverse needs a single term of lowest order \(lowest); found \(leading.count)")
        }
        let t0 = terms[leading[0]]
        let inverseLead = try Polynomial.one / Polynomial(monomial: t0.monomial, coefficient: t0.coefficient)
        let (shiftedMax, overflow) = truncation.maxOrder.addingReportingOverflow(lowest)
        guard !overflow else { throw AlgebraError.overflow(operation: "series order \(truncation.maxOrder) + \(lowest)") }
        let shifted = Truncation(weights: truncation.weights, maxOrder: shiftedMax)
        let rest = Polynomial(canonical: terms.enumerated().filter { $0.offset != leading[0] }.map(\.element))
        let minusR = Series(try -(rest * inverseLead), truncation: shifted)
        var sum = Series(.one, truncation: shifted), power = sum
        while !power.isZero {
            power = try power * minusR
            sum = try sum + power
        }
        return Series(try sum.polynomial * inverseLead, truncation: truncation)
    }

    /// Simultaneous substitution symbol → value, evaluated with series arithmetic (so
    /// negative powers of a substituted symbol are expanded by `inverse`).
    public func substituting(_ map: [Symbol: Polynomial]) throws -> Series {
        var total = Series(.zero, truncation: truncation)
        var cache: [Symbol: [Int: Series]] = [:]
        for t in polynomial.terms {
            var rest: [Monomial.Power] = []
            var factors: [(Symbol, Int)] = []
            for p in t.monomial.powers {
                if map[p.symbol] != nil { factors.append((p.symbol, p.exponent)) } else { rest.append(p) }
            }
            var term = Series(Polynomial(monomial: Monomial(canonical: rest), coefficient: t.coefficient), truncation: truncation)
            for (symbol, exponent) in factors {
                let value: Series
                if let cached = cache[symbol]?[exponent] {
                    value = cached
                } else {
                    value = try Series(map[symbol] ?? .zero, truncation: truncation).power(exponent)
                    cache[symbol, default: [:]][exponent] = value
                }
                term = try term * value
            }
            total = try total + term
        }
        return total
    }

    public func substituting(_ symbol: Symbol, with value: Polynomial) throws -> Series {
        try substituting([symbol: value])
    }
}

extension Series: CustomStringConvertible {
    /// `polynomial + O(order > maxOrder)` in plain text.
    public var description: String {
        "\(PlainTextPrinter.text(polynomial)) + O(order > \(truncation.maxOrder))"
    }
}
