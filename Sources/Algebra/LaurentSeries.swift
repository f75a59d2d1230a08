/// A truncated Laurent series in one small parameter δ with polynomial coefficients:
///
///     s = Σ_{j = v}^{N} c_j δ^j + O(δ^{N+1}),
///
/// each c_j a `Polynomial` free of δ (in any other symbols, Laurent in them too).
///
/// Truncation is absolute (FORM's `Symbol d(:N)`), and it is *tracked*: `maxOrder` N is
/// the highest power of δ that is known exactly, and every operation computes the N of
/// its result from the N and the lowest exponents of its operands, so negative powers
/// of δ are safe. If a = A + O(δ^{Na+1}) with lowest exponent va, and b likewise, then
///
///     a + b  is known through  min(Na, Nb),
///     a · b  is known through  min(Na + vb, Nb + va),
///
/// (e.g. δ⁻¹ · (1 + δ + δ² + O(δ³)) = δ⁻¹ + 1 + δ + O(δ²)). `maxOrder == nil` marks an
/// exact series (a finite Laurent polynomial in δ), the neutral element of these rules.
/// A product never materializes terms above the result's N.
///
/// Canonical form: `coefficients[i]` is the coefficient of δ^(lowestExponent + i); the first
/// and last coefficients are nonzero (no coefficients and `lowestExponent == 0` for zero);
/// no exponent exceeds `maxOrder`. Equality is structural (variable, terms and precision).
public struct LaurentSeries: Hashable, Sendable {
    /// The small parameter δ.
    public let variable: Symbol
    /// Exponent of `coefficients[0]`: the valuation when the series is nonzero.
    public let lowestExponent: Int
    /// Coefficients of δ^lowestExponent, δ^(lowestExponent+1), …; none contains δ.
    public let coefficients: [Polynomial]
    /// Highest power of δ known exactly; nil for an exact series.
    public let maxOrder: Int?

    /// Trusts canonical input (asserted in debug builds).
    init(canonical variable: Symbol, lowestExponent: Int, coefficients: [Polynomial], maxOrder: Int?) {
        self.variable = variable
        self.lowestExponent = lowestExponent
        self.coefficients = coefficients
        self.maxOrder = maxOrder
        assert(coefficients.isEmpty ? lowestExponent == 0 : !coefficients.first!.isZero && !coefficients.last!.isZero,
               "non-canonical Laurent series")
        assert(maxOrder == nil || coefficients.isEmpty || lowestExponent + coefficients.count - 1 <= maxOrder!,
               "Laurent series term beyond its truncation")
        assert(coefficients.allSatisfy { !$0.symbols.contains(variable) }, "coefficient contains the series variable")
    }

    /// Builds the canonical form from exponent → coefficient pairs (coefficients free of δ),
    /// dropping exponents above `maxOrder` and zero coefficients.
    init(variable: Symbol, pairs: [(exponent: Int, coefficient: Polynomial)], maxOrder: Int?) {
        let kept = pairs.filter { !$0.coefficient.isZero && (maxOrder == nil || $0.exponent <= maxOrder!) }
        guard let low = kept.map(\.exponent).min(), let high = kept.map(\.exponent).max() else {
            self.init(canonical: variable, lowestExponent: 0, coefficients: [], maxOrder: maxOrder)
            return
        }
        var dense = Array(repeating: Polynomial.zero, count: high - low + 1)
        for pair in kept { dense[pair.exponent - low] = pair.coefficient }
        self.init(canonical: variable, lowestExponent: low, coefficients: dense, maxOrder: maxOrder)
    }

    /// `p` (a Laurent polynomial that may contain δ) as a series known through δ^maxOrder;
    /// terms above `maxOrder` are dropped. `maxOrder: nil` keeps `p` exactly.
    public init(_ p: Polynomial, in variable: Symbol, maxOrder: Int?) throws {
        let groups = p.collected(by: variable)
        self.init(variable: variable, pairs: groups.map { ($0.exponent, $0.coefficient) }, maxOrder: maxOrder)
    }

    /// `p` exactly (no truncation).
    public init(exact p: Polynomial, in variable: Symbol) throws {
        try self.init(p, in: variable, maxOrder: nil)
    }

    /// The zero series known through δ^maxOrder (O(δ^{maxOrder+1})), or exact zero.
    public static func zero(in variable: Symbol, maxOrder: Int? = nil) -> LaurentSeries {
        LaurentSeries(canonical: variable, lowestExponent: 0, coefficients: [], maxOrder: maxOrder)
    }

    /// The exact series 1.
    public static func one(in variable: Symbol) -> LaurentSeries {
        LaurentSeries(canonical: variable, lowestExponent: 0, coefficients: [.one], maxOrder: nil)
    }

    /// Known terms are all zero (the series may still be a nonzero O(δ^{N+1})).
    public var isZero: Bool { coefficients.isEmpty }

    /// Exponent of the lowest nonzero term; nil when every known term is zero.
    public var valuation: Int? { coefficients.isEmpty ? nil : lowestExponent }

    /// The coefficient of δ^exponent (zero when absent). Above `maxOrder` it is unknown,
    /// and asking for it is a programming error reported as a throw.
    public func coefficient(ofPower exponent: Int) throws -> Polynomial {
        if let n = maxOrder, exponent > n {
            throw AlgebraError.undefined("coefficient of \(variable)^\(exponent) is beyond the truncation O(\(variable)^\(n + 1))")
        }
        let i = exponent - lowestExponent
        return coefficients.indices.contains(i) ? coefficients[i] : .zero
    }

    /// (exponent, coefficient) for every nonzero term, ascending in the exponent.
    public var terms: [(exponent: Int, coefficient: Polynomial)] {
        coefficients.enumerated().compactMap { $0.element.isZero ? nil : (lowestExponent + $0.offset, $0.element) }
    }

    /// The known part Σ c_j δ^j as one polynomial (the O(…) is dropped).
    public var polynomial: Polynomial {
        get throws {
            try Polynomial.sum(terms.map { try $0.coefficient.multiplied(by: Monomial(variable, $0.exponent)) })
        }
    }

    /// The same series known only through δ^order (the lower of `order` and `maxOrder`).
    public func truncated(maxOrder order: Int) -> LaurentSeries {
        let n = maxOrder.map { min($0, order) } ?? order
        return LaurentSeries(variable: variable, pairs: terms, maxOrder: n)
    }

    /// Applies `transform` to every coefficient (e.g. a Gaussian u-integration or a
    /// radical reduction); `transform` must not introduce δ. Precision is unchanged.
    public func mapCoefficients(_ transform: (Polynomial) throws -> Polynomial) throws -> LaurentSeries {
        let pairs = try terms.map { ($0.exponent, try transform($0.coefficient)) }
        for (_, c) in pairs where c.symbols.contains(variable) {
            throw AlgebraError.undefined("mapped coefficient \(c) contains the series variable \(variable)")
        }
        return LaurentSeries(variable: variable, pairs: pairs, maxOrder: maxOrder)
    }

    /// Lower bound on the valuation used in error propagation: the valuation, or
    /// maxOrder + 1 for a series whose known terms vanish; nil (= +∞) for exact zero.
    var valuationBound: Int? {
        if let v = valuation { return v }
        return maxOrder.map { $0 + 1 }
    }

    func sameVariable(_ other: LaurentSeries) throws {
        guard variable == other.variable else {
            throw AlgebraError.undefined("series in \(variable) and in \(other.variable) cannot be combined")
        }
    }
}

// MARK: - Precision bookkeeping (nil = +∞)

/// min over optional orders where nil means +∞.
func minimumOrder(_ a: Int?, _ b: Int?) -> Int? {
    switch (a, b) {
    case let (x?, y?): return min(x, y)
    case let (x?, nil): return x
    case let (nil, y?): return y
    case (nil, nil): return nil
    }
}

/// a + b with nil = +∞, throwing on overflow.
func addOrders(_ a: Int?, _ b: Int?) throws -> Int? {
    guard let a, let b else { return nil }
    let (s, o) = a.addingReportingOverflow(b)
    guard !o else { throw AlgebraError.overflow(operation: "series order \(a) + \(b)") }
    return s
}

// MARK: - Ring operations

extension LaurentSeries {
    /// Sum, known through min(Na, Nb).
    public static func + (a: LaurentSeries, b: LaurentSeries) throws -> LaurentSeries {
        try a.sameVariable(b)
        var table: [Int: Polynomial] = [:]
        for t in a.terms + b.terms { table[t.exponent] = (table[t.exponent] ?? .zero) + t.coefficient }
        return LaurentSeries(variable: a.variable, pairs: table.keys.sorted().map { ($0, table[$0]!) },
                             maxOrder: minimumOrder(a.maxOrder, b.maxOrder))
    }

    public static prefix func - (a: LaurentSeries) -> LaurentSeries {
        LaurentSeries(canonical: a.variable, lowestExponent: a.lowestExponent, coefficients: a.coefficients.map { -$0 },
                      maxOrder: a.maxOrder)
    }

    public static func - (a: LaurentSeries, b: LaurentSeries) throws -> LaurentSeries {
        try a + (-b)
    }

    /// Product, known through min(Na + vb, Nb + va) (see the type's documentation);
    /// terms above that order are never formed.
    public static func * (a: LaurentSeries, b: LaurentSeries) throws -> LaurentSeries {
        try a.sameVariable(b)
        let n = minimumOrder(try addOrders(a.maxOrder, b.valuationBound), try addOrders(b.maxOrder, a.valuationBound))
        var table: [Int: [Polynomial]] = [:]
        for s in a.terms {
            for t in b.terms {
                let (e, o) = s.exponent.addingReportingOverflow(t.exponent)
                guard !o else { throw AlgebraError.overflow(operation: "series exponent \(s.exponent) + \(t.exponent)") }
                if let n, e > n { continue }
                table[e, default: []].append(try s.coefficient * t.coefficient)
            }
        }
        return LaurentSeries(variable: a.variable, pairs: table.keys.sorted().map { ($0, Polynomial.sum(table[$0]!)) },
                             maxOrder: n)
    }

    /// Multiplication by a polynomial, which may contain δ and is taken exactly.
    public func multiplied(by p: Polynomial) throws -> LaurentSeries {
        try self * LaurentSeries(exact: p, in: variable)
    }

    /// s^n for an integer n by repeated squaring (n < 0 through `inverse`).
    public func power(_ n: Int, maxOrder order: Int? = nil) throws -> LaurentSeries {
        if n < 0 {
            guard n != Int.min else { throw AlgebraError.overflow(operation: "series power \(n)") }
            return try inverse(maxOrder: order).power(-n, maxOrder: order)
        }
        let cap: (LaurentSeries) -> LaurentSeries = { s in order.map { s.truncated(maxOrder: $0) } ?? s }
        var result = LaurentSeries.one(in: variable), base = cap(self), n = n
        while n > 0 {
            if n & 1 == 1 { result = cap(try result * base) }
            n >>= 1
            if n > 0 { base = cap(try base * base) }
        }
        return cap(result)
    }
}

extension LaurentSeries: CustomStringConvertible {
    /// `<known part> + O(δ^(N+1))` in plain text (no O-term for an exact series).
    public var description: String {
        let known = (try? polynomial).map { PlainTextPrinter.text($0) } ?? "?"
        guard let n = maxOrder else { return known }
        return "\(known) + O(\(variable)^\(n + 1))"
    }
}
