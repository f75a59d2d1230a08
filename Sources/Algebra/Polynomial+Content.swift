extension Polynomial {
    /// The rational content gcd(numerators)/lcm(denominators), signed so that the first term of
    /// the primitive part is positive: p = content · primitive.
    public func contentAndPrimitivePart() -> (Rational, Polynomial) {
        guard let first = terms.first else { return (.one, self) }
        // g > 0 (no zero coefficients) and gcd(g, l) = 1: a prime dividing every numerator
        // divides no denominator of a reduced coefficient, so g/l is already reduced.
        var content = wordContent() ?? bigContent()
        if first.coefficient.isNegative { content = -content }
        return (content, scaled(by: content.reciprocal ?? .one))
    }

    /// gcd/lcm in machine words while every coefficient is small and the lcm fits, else nil.
    private func wordContent() -> Rational? {
        var g: UInt64 = 0, l: UInt64 = 1
        for t in terms {
            guard let (n, d) = t.coefficient.smallParts else { return nil }
            g = Rational.gcd(g, n.magnitude)
            let (product, overflow) = (l / Rational.gcd(l, UInt64(d))).multipliedReportingOverflow(by: UInt64(d))
            if overflow { return nil }
            l = product
        }
        guard let n = Int64(exactly: g), let d = Int64(exactly: l) else { return nil }
        return Rational(small: n, d)
    }

    private func bigContent() -> Rational {
        var g = BigInt.zero, l = BigInt.one
        for t in terms {
            g = BigInt.gcd(g, t.coefficient.numerator)
            let d = t.coefficient.denominator
            l = l / BigInt.gcd(l, d) * d
        }
        return Rational(exactly: g, l)
    }
}

extension Polynomial {
    /// The terms joined with their signs, `first - second + third`, as every printer writes a
    /// sum: `term` spells one term from its monomial and the *positive* coefficient; `zero`
    /// stands for the zero polynomial.
    public func signedTermsText(zero: String, term: (Monomial, Rational) -> String) -> String {
        if isZero { return zero }
        return SignedSum(terms.map { t in
            (t.coefficient.isNegative, term(t.monomial, t.coefficient.isNegative ? -t.coefficient : t.coefficient))
        }).text
    }
}
