/// A definite integral that does not converge; the message names the offending term.
public enum IntegrationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `term` behaves as `variable`^`exponent` (after any Jacobian) at `point`, with exponent ≤ −1.
    case nonIntegrable(variable: String, term: String, exponent: Int, point: String)

    public var description: String {
        switch self {
        case let .nonIntegrable(variable, term, exponent, point):
            return "non-integrable at \(point): the term \(term) gives \(variable)^\(exponent) d\(variable) (exponent ≤ −1)"
        }
    }
}

/// The value of a polar-angle integral and the evidence that it converges.
public struct PolarAngleIntegral: Hashable, Sendable {
    /// ∫_{−1}^{1} dμ' p, with √2 as `SquareRoots.sqrt2` in reduced form.
    public let value: Polynomial
    /// The lowest exponent of w in the integrand after the Jacobian, p·2w; every term is
    /// integrable at w = 0 because this is ≥ 0 (> −1). nil when p = 0.
    public let lowestExponent: Int?
}

/// ∫_{−1}^{1} dμ' p(w) with w = (1 − μ')^{1/2}, for p a Laurent polynomial in w whose other
/// symbols are constants:
///
///     μ' = 1 − w²,  dμ' = −2w dw,  μ' ∈ [−1, 1] ↔ w ∈ [0, √2],
///     ∫_{−1}^{1} dμ' c·w^e = c ∫_0^{√2} 2w^{e+1} dw = 2c (√2)^{e+2}/(e + 2)   (e + 1 > −1).
///
/// Odd e give √2 (the symbol `sqrt2`); the result is reduced by `SquareRoots.reduced`.
/// Factors (1 − μ')^{−1/2} = w⁻¹ are integrable, (1 − μ')^{−1} = w⁻² are not: a term with
/// e + 1 ≤ −1 throws `IntegrationError.nonIntegrable` naming it.
public func integrateOverMuPrime(_ p: Polynomial, w: Symbol) throws -> PolarAngleIntegral {
    var accumulator = PolynomialAccumulator()
    var lowest: Int? = nil
    for t in p.terms {
        let e = t.monomial.exponent(of: w)
        let jacobianExponent = e + 1
        guard jacobianExponent > -1 else {
            throw IntegrationError.nonIntegrable(variable: w.name, term: PlainTextPrinter.text(Polynomial(monomial: t.monomial, coefficient: t.coefficient)),
                                                 exponent: jacobianExponent, point: "\(w.name) = 0 (μ' = 1)")
        }
        lowest = min(lowest ?? jacobianExponent, jacobianExponent)
        // 2 (√2)^{e+2}/(e+2) times the rest of the term.
        let factor = try SquareRoots.reduced(Polynomial(SquareRoots.sqrt2, e + 2)).scaled(by: Rational(2, Int64(e + 2)))
        accumulator.add(try factor.multiplied(by: t.monomial.removing(w), coefficient: t.coefficient))
    }
    return PolarAngleIntegral(value: try SquareRoots.reduced(accumulator.polynomial), lowestExponent: lowest)
}

/// ∫_{−1}^{1} dμ' p for p a polynomial in μ' (the symbol `muPrime`) and w = (1 − μ')^{1/2}:
/// μ' is first replaced by 1 − w², then `integrateOverMuPrime(_:w:)` applies.
public func integrateOverMuPrime(_ p: Polynomial, muPrime: Symbol, w: Symbol) throws -> PolarAngleIntegral {
    let oneMinusWSquared = Polynomial.one - Polynomial(w, 2)
    return try integrateOverMuPrime(p.substituting(muPrime, with: oneMinusWSquared), w: w)
}
