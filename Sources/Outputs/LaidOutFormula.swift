import Algebra

/// A formula decomposed along the grouping of a printed form (see `PaperLayout`):
///
///     prefactor · [ Σ_terms coefficient · (1 − 2f0)^x · inner · outer + remainder ] · trailing
///
/// `coefficient` holds only couplings and numbers, `inner` and `outer` are dimensionless in
/// units of k (`k ∂f0/∂k`, `T/k`; `k ∂g/∂k`, `k² ∂²h/∂k²`), `trailing` is the basis vector
/// common to every term (B̂ in Eqs. 33, 36, 37). `remainder` holds what does not fit (terms of
/// another energy dimension); it is shown, never dropped. The decomposition is exact:
/// `recombined` gives back the polynomial it was made from.
public struct LaidOutFormula: Equatable, Sendable {
    /// Where a term sits in the layout: its outer factor, its power of (1 − 2f0), its inner factor.
    public struct Key: Hashable, Sendable {
        public let outer: Monomial
        public let combinationPower: Int
        public let inner: Monomial
    }

    public struct Term: Equatable, Sendable {
        public let key: Key
        public let coefficient: Polynomial
    }

    public let prefactor: Polynomial
    public let trailing: Monomial
    /// In display order; consecutive terms with the same `key.outer` form one group.
    public let terms: [Term]
    public let remainder: Polynomial
    /// The symbol f0 of the combination (1 − 2f0), when the printed form uses it.
    public let combined: Symbol?

    /// The terms grouped by outer factor, in display order.
    public var groups: [[Term]] {
        var out: [[Term]] = []
        for t in terms {
            if let last = out.last?.last, last.key.outer == t.key.outer { out[out.count - 1].append(t) } else { out.append([t]) }
        }
        return out
    }

    /// The coefficient of a key (zero when the formula has no such term).
    public func coefficient(of key: Key) -> Polynomial {
        terms.first { $0.key == key }?.coefficient ?? .zero
    }

    /// prefactor · trailing · (Σ coefficient · (1 − 2f0)^x · inner · outer + remainder).
    public func recombined() throws -> Polynomial {
        var bracket = remainder
        let oneMinusTwoF0 = combined.map { Polynomial.one - Polynomial($0).scaled(by: 2) }
        for t in terms {
            var product = try t.coefficient.multiplied(by: t.key.inner).multiplied(by: t.key.outer)
            if t.key.combinationPower != 0, let x = oneMinusTwoF0 { product = try product * x.power(t.key.combinationPower) }
            bracket = bracket + product
        }
        return try (bracket * prefactor).multiplied(by: trailing)
    }
}
