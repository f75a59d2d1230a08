/// Total arithmetic on `Rational`: a word-sized fast path when both operands are small, the
/// `BigInt` route otherwise (and whenever a reduced small result would leave 64 bits).
extension Rational {
    public static func + (a: Rational, b: Rational) -> Rational {
        if a.isSmall && b.isSmall {
            if a.d == 1 && b.d == 1 {
                let (s, o) = a.n.addingReportingOverflow(b.n)
                if !o && s != Int64.min { return Rational(small: s, 1) }
                return Rational(exactly: Int128(a.n) + Int128(b.n), 1)
            }
            // Henrici: with g = gcd(a.d, b.d), t = a.n·(b.d/g) + b.n·(a.d/g) shares with the
            // denominator (a.d/g)·b.d at most the factor gcd(t, g). All within Int128.
            let g = gcd(UInt64(a.d), UInt64(b.d))
            let ad = a.d / Int64(g), bd = b.d / Int64(g)
            let t = Int128(a.n) * Int128(bd) + Int128(b.n) * Int128(ad)
            if t == 0 { return .zero }
            if g == 1 { return Rational(exactly: t, Int128(a.d) * Int128(b.d)) }
            let g2 = gcd(UInt64(t.magnitude % UInt128(g)), g)
            return Rational(exactly: t / Int128(g2), Int128(ad) * Int128(b.d / Int64(g2)))
        }
        return Rational(reducing: a.numerator * b.denominator + b.numerator * a.denominator,
                        a.denominator * b.denominator)
    }

    public static func - (a: Rational, b: Rational) -> Rational { a + (-b) }

    public static func * (a: Rational, b: Rational) -> Rational {
        if a.isSmall && b.isSmall {
            if a.d == 1 && b.d == 1 {
                let (p, o) = a.n.multipliedReportingOverflow(by: b.n)
                if !o && p != Int64.min { return Rational(small: p, 1) }
                return Rational(exactly: Int128(a.n) * Int128(b.n), 1)
            }
            if a.n == 0 || b.n == 0 { return .zero }
            // Cross-cancel first: the products are then already reduced.
            let g1 = Int64(gcd(a.n.magnitude, UInt64(b.d))), g2 = Int64(gcd(b.n.magnitude, UInt64(a.d)))
            return Rational(exactly: Int128(a.n / g1) * Int128(b.n / g2), Int128(a.d / g2) * Int128(b.d / g1))
        }
        if a.isZero || b.isZero { return .zero }
        return Rational(reducing: a.numerator * b.numerator, a.denominator * b.denominator)
    }

    /// a/b; throws `AlgebraError.divisionByZero` for b = 0.
    public static func / (a: Rational, b: Rational) throws -> Rational {
        guard let r = b.reciprocal else { throw AlgebraError.divisionByZero(operation: "\(a) / \(b)") }
        return a * r
    }

    /// 1/self, or nil for zero.
    public var reciprocal: Rational? {
        if let big {
            let n = big.numerator
            return Rational(exactly: n.isNegative ? -big.denominator : big.denominator, n.magnitude)
        }
        if n == 0 { return nil }
        return n < 0 ? Rational(small: -d, -n) : Rational(small: d, n)
    }

    /// Negation is always exact: the small numerator is never `Int64.min`.
    public static prefix func - (a: Rational) -> Rational {
        if let big = a.big { return Rational(exactly: -big.numerator, big.denominator) }
        return Rational(small: -a.n, a.d)
    }

    /// a^e for any integer e (negative powers invert); throws only for 0^negative.
    public func power(_ e: Int) throws -> Rational {
        if e < 0 {
            guard let r = reciprocal else { throw AlgebraError.divisionByZero(operation: "1 / \(self)") }
            return r.power(natural: e.magnitude)
        }
        return power(natural: UInt(e))
    }

    /// a^e for e ≥ 0, by repeated squaring.
    public func power(natural e: UInt) -> Rational {
        repeatedSquaring(self, Int(e), one: .one, multiply: *)
    }
}
