extension Polynomial {
    /// The rational content gcd(numerators)/lcm(denominators), signed so that the first term of
    /// the primitive part is positive: p = content · primitive.
    public func contentAndPrimitivePart() -> (Rational, Polynomial) {
        guard let first = terms.first else { return (.one, self) }
        var g = BigInt.zero, l = BigInt.one
        for t in terms {
            g = BigInt.gcd(g, t.coefficient.numerator)
            let d = t.coefficient.denominator
            l = l / BigInt.gcd(l, d) * d
        }
        // g > 0 (no zero coefficients) and gcd(g, l) = 1: a prime dividing every numerator
        // divides no denominator of a reduced coefficient.
        var content = Rational(exactly: g, l)
        if first.coefficient.isNegative { content = -content }
        return (content, scaled(by: content.reciprocal ?? .one))
    }
}

extension Polynomial {
    /// The terms joined with their signs, `first - second + third`, as every printer writes a
    /// sum: `term` spells one term from its monomial and the *positive* coefficient; `zero`
    /// stands for the zero polynomial.
    public func signedTermsText(zero: String, term: (Monomial, Rational) -> String) -> String {
        if isZero { return zero }
        var out = ""
        for (i, t) in terms.enumerated() {
            let negative = t.coefficient.isNegative
            out += i == 0 ? (negative ? "-" : "") : (negative ? " - " : " + ")
            out += term(t.monomial, negative ? -t.coefficient : t.coefficient)
        }
        return out
    }
}
