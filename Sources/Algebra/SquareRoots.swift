/// Square roots of primes as ordinary symbols: `sqrt2` = √2, `sqrt3` = √3, …
///
/// Design: √p is the symbol `sqrt<p>` (an identifier, so it prints and parses as a plain
/// scalar), and the rewrite (√p)² = p is applied by the normalization `reducingSquareRoots`,
/// not inside `Monomial.product` (which stays a pure exponent merge with only I² = −1).
/// Code that creates radicals (e.g. `integrateOverMuPrime`) returns reduced results;
/// after multiplying reduced polynomials, reduce again.
///
/// Normal form: every `sqrt<p>` to the power 0 or 1 (√p^e = p^⌊e/2⌋·√p^{e mod 2}, also for
/// e < 0: 1/√2 = √2/2). Because square roots of distinct primes are linearly independent
/// over ℚ (with all their products), this form is canonical: a reduced polynomial is zero
/// exactly when its value is. Only prime radicands are admitted, so √6 never competes with
/// √2·√3.
public enum SquareRoots {
    /// √2.
    public static let sqrt2 = Symbol("sqrt2")

    /// The symbol of √p for a prime p; throws for any other radicand.
    public static func symbol(_ p: Int) throws -> Symbol {
        guard isPrime(p) else { throw AlgebraError.undefined("square-root symbols exist for primes only; \(p) is not prime") }
        return Symbol("sqrt\(p)")
    }

    /// p when `symbol` is `sqrt<p>` with p prime (canonical decimal spelling), else nil.
    public static func radicand(of symbol: Symbol) -> Int? {
        let name = symbol.name
        guard name.hasPrefix("sqrt") else { return nil }
        let digits = name.dropFirst(4)
        guard let first = digits.first, first != "0", digits.count <= 9, digits.allSatisfy({ ("0"..."9").contains($0) }),
              let p = Int(digits), isPrime(p) else { return nil }
        return p
    }

    /// The normal form: (√p)^e → p^⌊e/2⌋·(√p)^{e mod 2} in every term.
    public static func reduced(_ polynomial: Polynomial) throws -> Polynomial {
        guard polynomial.terms.contains(where: { t in
            t.monomial.powers.contains { ($0.exponent < 0 || $0.exponent > 1) && radicand(of: $0.symbol) != nil }
        }) else { return polynomial }
        var accumulator = PolynomialAccumulator()
        for t in polynomial.terms {
            var coefficient = t.coefficient
            var kept: [Monomial.Power] = []
            for power in t.monomial.powers {
                guard let p = radicand(of: power.symbol) else { kept.append(power); continue }
                let e = power.exponent
                let half = e >= 0 ? e / 2 : -((-e + 1) / 2)  // ⌊e/2⌋
                coefficient = try coefficient * Rational(p).power(half)
                if e - 2 * half == 1 { kept.append(Monomial.Power(power.symbol, 1)) }
            }
            accumulator.add(Monomial(canonical: kept), coefficient)
        }
        return accumulator.polynomial
    }

    static func isPrime(_ n: Int) -> Bool {
        if n < 2 { return false }
        var d = 2
        while d * d <= n {
            if n % d == 0 { return false }
            d += 1
        }
        return true
    }
}

extension Polynomial {
    /// `SquareRoots.reduced(self)`: every √p to the power 0 or 1.
    public func reducingSquareRoots() throws -> Polynomial { try SquareRoots.reduced(self) }
}
