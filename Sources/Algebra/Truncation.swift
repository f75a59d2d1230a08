/// An absolute truncation: the order of a monomial is Σ weight(symbol)·exponent (symbols
/// without a weight count 0), and terms of order greater than `maxOrder` are dropped.
/// Example: weight(m) = −1 makes 1/m of order 1; weight(eps) = 1 counts powers of eps.
/// Products of Dirac expressions apply it term by term (`DiracExpression.multiplied`), so the
/// 1/m expansion of |M|² never materializes terms beyond its order; this equals "multiply
/// exactly, then truncate" only when no monomial has negative order (a term of negative order
/// could otherwise lift a dropped term back below the cut).
public struct Truncation: Hashable, Sendable {
    public let weights: [Symbol: Int]
    public let maxOrder: Int

    public init(weights: [Symbol: Int], maxOrder: Int) {
        self.weights = weights
        self.maxOrder = maxOrder
    }

    /// `p` without its terms of order above `maxOrder`.
    public func apply(_ p: Polynomial) -> Polynomial { p.truncated(weights: weights, maxOrder: maxOrder) }
}
