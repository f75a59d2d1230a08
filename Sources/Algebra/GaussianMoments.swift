/// Moments of the normalized Gaussian weight on the real line:
///
///     ⟨uⁿ⟩ = (1/√π) ∫_{−∞}^{∞} uⁿ e^{−u²} du = 0 (n odd),  (n − 1)!!/2^{n/2} (n even),
///
/// from ⟨u⁰⟩ = 1 and the recursion ⟨uⁿ⟩ = (n − 1)/2·⟨u^{n−2}⟩ (integration by parts).
/// Values: 1, 0, 1/2, 0, 3/4, 0, 15/8, … Throws for n < 0 and on Int64 overflow (n > 34).
///
/// Caveat (Stage 3): the physical range u ∈ [−1/ε, ∞) is replaced by the whole line; the
/// difference is O(e^{−1/ε²}), beyond every power of ε, so it is invisible to any
/// truncated power series in ε.
public func gaussianMoment(_ n: Int) throws -> Rational {
    guard n >= 0 else { throw AlgebraError.undefined("Gaussian moment of the negative power u^\(n) diverges at u = 0") }
    if n % 2 == 1 { return .zero }
    var moment = Rational.one
    var j = 2
    while j <= n {
        moment = try moment * Rational(Int64(j - 1), 2, operation: "Gaussian moment <u^\(n)>")
        j += 2
    }
    return moment
}

/// (1/√π) ∫ p e^{−u²} du over the real line: every uⁿ in `p` (a polynomial in u whose
/// other symbols are constants) replaced by `gaussianMoment(n)`. The result is free of u.
/// Throws, naming the term, if u occurs to a negative power.
public func integrateGaussian(_ p: Polynomial, variable u: Symbol) throws -> Polynomial {
    var accumulator = PolynomialAccumulator()
    var cache: [Int: Rational] = [:]
    for t in p.terms {
        let n = t.monomial.exponent(of: u)
        guard n >= 0 else {
            throw AlgebraError.undefined("Gaussian integral over \(u) of the term \(Polynomial(monomial: t.monomial, coefficient: t.coefficient)) with \(u)^\(n) diverges")
        }
        let moment: Rational
        if let m = cache[n] { moment = m } else { moment = try gaussianMoment(n); cache[n] = moment }
        if moment.isZero { continue }
        accumulator.add(t.monomial.removing(u), t.coefficient * moment)
    }
    return accumulator.polynomial
}

extension LaurentSeries {
    /// `integrateGaussian` applied to every coefficient (u must not be the series variable).
    public func integratingGaussian(variable u: Symbol) throws -> LaurentSeries {
        guard u != variable else { throw AlgebraError.undefined("cannot integrate over the series variable \(u)") }
        return try mapCoefficients { try integrateGaussian($0, variable: u) }
    }
}
