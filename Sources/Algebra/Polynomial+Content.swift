extension Polynomial {
    /// The rational content gcd(numerators)/lcm(denominators), signed so that the first term of
    /// the primitive part is positive: p = content · primitive.
    public func contentAndPrimitivePart() throws -> (Rational, Polynomial) {
        let p = self
        var g: UInt64 = 0, l: UInt64 = 1
        for t in p.terms {
            g = Polynomial.gcd(g, t.coefficient.numerator.magnitude)
            let d = UInt64(t.coefficient.denominator)
            let (product, overflow) = (l / Polynomial.gcd(l, d)).multipliedReportingOverflow(by: d)
            guard !overflow else { throw AlgebraError.overflow(operation: "lcm of denominators") }
            l = product
        }
        guard g != 0, let n = Int64(exactly: g), let d = Int64(exactly: l) else { return (.one, p) }
        var content = try Rational(n, d, operation: "content")
        if p.terms.first?.coefficient.isNegative ?? false { content = -content }
        return (content, try p.scaled(by: Rational.one / content))
    }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var a = a, b = b
        while b != 0 { (a, b) = (b, a % b) }
        return a
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
