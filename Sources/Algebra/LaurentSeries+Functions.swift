/// Elementary functions of truncated Laurent series: exp, rational powers (binomial
/// series), reciprocals. Each result's precision follows from its argument's (see
/// `LaurentSeries`) and can be lowered further by `maxOrder`; an exact argument needs
/// an explicit `maxOrder`, since the expansion is infinite.
extension LaurentSeries {
    /// exp(x) = Σ_{n≥0} xⁿ/n! for x with no terms of order ≤ 0 (valuation ≥ 1), known
    /// through min(N_x, maxOrder): exp(x + O(δ^{N+1})) = exp(x)(1 + O(δ^{N+1})).
    public static func exp(_ x: LaurentSeries, maxOrder order: Int? = nil) throws -> LaurentSeries {
        if let v = x.valuation, v < 1 {
            throw AlgebraError.undefined("exp needs an argument without terms of order ≤ 0 in \(x.variable); lowest is \(x.variable)^\(v)")
        }
        guard let n = minimumOrder(x.maxOrder, order) else {
            throw AlgebraError.undefined("exp of an exact series needs maxOrder")
        }
        let y = x.truncated(maxOrder: n)
        var sum = LaurentSeries.one(in: x.variable).truncated(maxOrder: n), term = sum, k: Int64 = 0
        while !term.isZero {
            k += 1
            let reciprocal = try Rational(1, k)
            term = try (term * y).truncated(maxOrder: n).mapCoefficients { $0.scaled(by: reciprocal) }
            sum = try sum + term
        }
        return sum.truncated(maxOrder: n)
    }

    /// The binomial series (1 + x)^r = Σ_{n≥0} C(r, n) xⁿ, C(r, n) = r(r−1)…(r−n+1)/n!,
    /// for x of valuation ≥ 1 and any rational r; known through min(N_x, maxOrder).
    public static func binomial(_ x: LaurentSeries, exponent r: Rational, maxOrder order: Int? = nil) throws -> LaurentSeries {
        if let v = x.valuation, v < 1 {
            throw AlgebraError.undefined("(1 + x)^r needs x without terms of order ≤ 0 in \(x.variable); lowest is \(x.variable)^\(v)")
        }
        guard let n = minimumOrder(x.maxOrder, order) else {
            throw AlgebraError.undefined("(1 + x)^\(r) of an exact x needs maxOrder")
        }
        let y = x.truncated(maxOrder: n)
        var sum = LaurentSeries.one(in: x.variable).truncated(maxOrder: n), power = sum
        var c = Rational.one, k: Int64 = 0
        while true {
            k += 1
            c = try c * (r - Rational(Int(k - 1))) / Rational(Int(k))
            if c.isZero { break }  // r a non-negative integer: the series terminates
            power = try (power * y).truncated(maxOrder: n)
            if power.isZero { break }
            sum = try sum + power.mapCoefficients { $0.scaled(by: c) }
        }
        return sum.truncated(maxOrder: n)
    }

    /// s^r for rational r by factoring the lowest term: s = c·δ^v·(1 + x) with c the
    /// coefficient of δ^v, so s^r = c^r·δ^{rv}·(1 + x)^r. Requires c to be one term whose
    /// r-th power is exact (rational root of its number; every exponent times r an
    /// integer; symbols are taken positive, so (k²)^{1/2} = k) and rv an integer.
    /// Known through rv + N − v (the relative precision of s is N − v), or maxOrder.
    /// Example: 1/(2k²w²(1 + 2wδu + 2δ²u²)) is `power(-1)` of the bracketed product.
    public func power(_ r: Rational, maxOrder order: Int? = nil) throws -> LaurentSeries {
        guard let v = valuation else {
            throw AlgebraError.undefined("cannot expand a power of a series whose known terms vanish: \(self)")
        }
        let leading = coefficients[0]
        if leading.terms.count != 1 {
            if r.isInteger && !r.isNegative { return try power(try exponentParts(r).numerator, maxOrder: order) }
            throw AlgebraError.undefined("power \(r) of a series needs a single-term lowest coefficient; \(variable)^\(v) has \(leading)")
        }
        let rv = r * Rational(v)
        guard rv.isInteger else { throw AlgebraError.undefined("δ^(\(r)·\(v)) is not an integer power of \(variable)") }
        let shift = try exponentParts(rv).numerator
        guard let n = minimumOrder(try addOrders(maxOrder, shift - v), order) else {
            throw AlgebraError.undefined("power \(r) of an exact series needs maxOrder")
        }
        let lead = Polynomial(monomial: leading.terms[0].monomial, coefficient: leading.terms[0].coefficient)
        let factor = try LaurentSeries(exact: exactPower(of: leading.terms[0], r).multiplied(by: Monomial(variable, shift)),
                                       in: variable)
        let leadInverse = try LaurentSeries(exact: (Polynomial.one / lead).multiplied(by: Monomial(variable, -v)), in: variable)
        let x = try self * leadInverse - .one(in: variable)
        let relative = n - shift
        return try (factor * LaurentSeries.binomial(x, exponent: r, maxOrder: relative)).truncated(maxOrder: n)
    }

    /// 1/s = s^(−1) (see `power(_:maxOrder:)`): known through N − 2v.
    public func inverse(maxOrder order: Int? = nil) throws -> LaurentSeries {
        try power(Rational.minusOne, maxOrder: order)
    }

    /// a/b = a·b⁻¹.
    public static func / (a: LaurentSeries, b: LaurentSeries) throws -> LaurentSeries {
        try a * b.inverse()
    }
}

/// (c·m)^r for one term, exact or throwing: c^{a/b} needs an exact b-th root (a real
/// one: c > 0 when b is even), every exponent of m times r an integer; I only for integer r.
func exactPower(of term: Polynomial.Term, _ r: Rational) throws -> Polynomial {
    if r.isInteger {
        return try Polynomial(monomial: term.monomial, coefficient: term.coefficient).power(try exponentParts(r).numerator)
    }
    let (a, b) = try exponentParts(r)
    var powers: [(Monomial, Rational)] = []
    var monomial = Monomial.one
    for p in term.monomial.powers {
        guard !p.symbol.isImaginaryUnit else { throw AlgebraError.undefined("I^(\(r)) is not exact") }
        let (e, o) = p.exponent.multipliedReportingOverflow(by: a)
        guard !o, e % b == 0 else { throw AlgebraError.undefined("(\(p.symbol)^\(p.exponent))^(\(r)) is not an integer power") }
        monomial = Monomial.product(monomial, Monomial(p.symbol, e / b)).monomial
    }
    let c = term.coefficient
    func root(_ x: Int64) throws -> Int64 {
        let magnitude = x.magnitude
        guard let y = integerRoot(magnitude, b) else {
            throw AlgebraError.undefined("\(c)^(\(r)) is not rational")
        }
        if x < 0 {
            guard b % 2 == 1 else { throw AlgebraError.undefined("\(c)^(\(r)) is not real") }
            return -Int64(y)
        }
        return Int64(y)
    }
    guard let (cn, cd) = c.smallParts else { throw AlgebraError.undefined("\(c)^(\(r)): a root of a coefficient beyond 64 bits") }
    let base = try Rational(try root(cn), try root(cd))
    powers.append((monomial, try base.power(a)))
    return Polynomial(collecting: powers)
}

/// The numerator and denominator of an exponent as `Int`, or a named refusal.
func exponentParts(_ r: Rational) throws -> (numerator: Int, denominator: Int) {
    guard let (n, d) = r.smallParts else { throw AlgebraError.undefined("the exponent \(r) is beyond 64 bits") }
    return (Int(n), Int(d))
}

/// The exact integer b-th root of x, or nil (binary search; products in 128 bits).
func integerRoot(_ x: UInt64, _ b: Int) -> UInt64? {
    precondition(b >= 1)
    if x < 2 || b == 1 { return x }
    func powerCompare(_ y: UInt64) -> Int {  // sign of y^b − x
        var p: UInt128 = 1
        for _ in 0..<b {
            p *= UInt128(y)
            if p > UInt128(x) { return 1 }
        }
        return p == UInt128(x) ? 0 : -1
    }
    var low: UInt64 = 1, high: UInt64 = min(x, UInt64(UInt32.max))
    while low <= high {
        let mid = low + (high - low) / 2
        switch powerCompare(mid) {
        case 0: return mid
        case 1: high = mid - 1
        default: low = mid + 1
        }
    }
    return nil
}
