/// A budget for substituting sums into the powers of a polynomial read from a seed: the work
/// is estimated before anything is expanded, like the parser's `maxExpansionWork`.
extension Polynomial {
    /// The most term products `substituting(_:within:for:)` may form (the parser's budget).
    public static let maxSubstitutionWork = ParseContext().maxExpansionWork

    /// An upper bound on the term products of `substituting(map)`: each term multiplies its
    /// factor by value^|e| for every substituted symbol, and value^e of a t-term value has at
    /// most C(e + t − 1, t − 1) terms (the monomials of degree e in t summands). Saturates at
    /// `Int.max`; linear in the number of terms.
    public func substitutionWork(_ map: [Symbol: Polynomial]) -> Int {
        var total = 0
        for t in terms {
            var size = 1
            for p in t.monomial.powers {
                guard let value = map[p.symbol], value.terms.count > 1 else { continue }
                let power = Polynomial.powerSizeBound(terms: value.terms.count, exponent: Int(p.exponent.magnitude))
                size = Saturating.product(size, power)
                total = Saturating.sum(total, size)
            }
        }
        return total
    }

    /// `substituting(map)` after its work is estimated (`substitutionWork`): over `limit`, an
    /// error naming `what`, the estimate and the limit, before anything is expanded.
    public func substituting(_ map: [Symbol: Polynomial], within limit: Int = maxSubstitutionWork,
                             for what: String) throws -> Polynomial {
        let work = substitutionWork(map)
        guard work <= limit else {
            let estimate = work == Int.max ? "more than \(Int.max)" : "about \(work)"
            throw AlgebraError.undefined("substituting into \(what) would form \(estimate) term products, over the limit of \(limit)")
        }
        return try substituting(map)
    }

    /// C(e + t − 1, t − 1), saturating.
    static func powerSizeBound(terms t: Int, exponent e: Int) -> Int {
        var c = 1
        for i in stride(from: 1, through: t - 1, by: 1) {
            c = Saturating.product(c, e + i)
            if c == Int.max { return c }
            c /= i  // exact: c is C(e + i, i) · i! / i! along the way
        }
        return c
    }
}
