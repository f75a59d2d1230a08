import Algebra

/// The 4-dimensional Dirac trace.
///
/// Without γ5 (standard recursion, (n−1)!! terms):
///   tr(a1 a2 … an) = Σ_{k=2..n} (−1)^k (a1·ak) tr(a2 … âk … an),  tr(1) = 4.
/// With γ5 in front, from a̸1a̸2a̸3 = (a1·a2)a̸3 − (a1·a3)a̸2 + (a2·a3)a̸1 + i ε(a1,a2,a3,σ)γ_σγ5:
///   tr(γ5 a1 … an) = (a1·a2) tr(γ5 a3 a4 …) − (a1·a3) tr(γ5 a2 a4 …) + (a2·a3) tr(γ5 a1 a4 …)
///                    − i ε(a1,a2,a3,σ) tr(γ^σ a4 … an),
///   tr(γ5 a1 a2 a3 a4) = −4i ε(a1,a2,a3,a4); odd strings and γ5 with fewer than 4 slots vanish;
///   the last trace by the same identity on γ^σ a̸4 a̸5 and ε·ε = det (`Gamma5Reduction`), which
///   keeps the result as short as FORM's `trace4`.
/// Slots may be vectors or indices; an index repeated inside a γ5-free string is contracted
/// first (`ChisholmContraction`), other repeated indices afterwards.
/// The work is estimated (`TraceCount`) and charged to `budget` before anything is expanded.
public func trace(_ expression: DiracExpression, budget: inout Budget) throws -> TensorExpression {
    // Index pairs inside one γ5-free string: contracted first (Kahane/Chisholm), shorter strings.
    let expression = try ChisholmContraction.contract(expression) ?? expression
    var estimate = 0
    for term in expression.terms {
        let n = term.string.slots.count
        let count = term.string.hasGamma5 ? TraceCount.withGamma5(n) : TraceCount.plain(n)
        estimate = Saturating.sum(estimate, Saturating.product(count, term.coefficient.terms.count))
    }
    let longest = expression.terms.map { $0.string.slots.count }.max() ?? 0
    try budget.charge(estimate, for: "the trace of \(expression.terms.count) gamma string\(expression.terms.count == 1 ? "" : "s") of up to \(longest) matrices")
    // One string of distinct slashed vectors: terms generated in canonical order, no merging;
    // with γ5, the reduction on slot numbers, sorted and merged once.
    if expression.terms.count == 1, let term = expression.terms.first, term.string.slots.allSatisfy({ !$0.isIndex }) {
        let names = term.string.slots.map(\.name)
        if let value = term.string.hasGamma5 ? Gamma5VectorTrace.trace(names) : DistinctVectorTrace.trace(names) {
            return TensorExpression(try value * term.coefficient)
        }
        // Regression: with a frame vector (or atoms too many for the packed key) the general
        // recursion ran on the order as written, so `tr(g5 e0 p1 … p5)` and its rotation
        // `-tr(g5 p1 … p5 e0)` printed different (equal) forms; it runs on the normal form too.
        if term.string.hasGamma5, let (order, negative) = Gamma5VectorTrace.normalOrder(ofDistinct: names) {
            let string = GammaString(hasGamma5: true, order.map { term.string.slots[$0] })
            return try generalTrace(DiracExpression(terms: [.init(string: string, coefficient: negative ? -term.coefficient : term.coefficient)]))
        }
    }
    return try generalTrace(expression)
}

/// The trace by the recursions above, for any slots (the reference for the fast path); the
/// budget is charged by the caller.
func generalTrace(_ expression: DiracExpression) throws -> TensorExpression {
    var builder = TensorBuilder()
    let four = Rational(4)
    let minusFourI = Polynomial(monomial: Monomial(.imaginaryUnit), coefficient: Rational(-4))
    for term in expression.terms {
        let slots = term.string.slots
        if slots.count % 2 == 1 { continue }
        if term.string.hasGamma5 {
            let c = try term.coefficient * minusFourI
            for (sign, pairs, levi) in TraceRecursion.withGamma5(slots[...]) {
                try builder.addRaw(pairs: pairs, levis: [levi], coefficient: sign < 0 ? -c : c)
            }
        } else {
            let c = term.coefficient.scaled(by: four)
            for (sign, pairs) in TraceRecursion.plain(slots[...]) {
                try builder.addRaw(pairs: pairs, levis: [], coefficient: sign < 0 ? -c : c)
            }
        }
    }
    return try builder.expression()
}

/// `trace(_:budget:)` with a fresh default `Budget`.
public func trace(_ expression: DiracExpression) throws -> TensorExpression {
    var budget = Budget()
    return try trace(expression, budget: &budget)
}

/// The trace of an expression whose indices all contract; throws if a free index is left.
public func scalarTrace(_ expression: DiracExpression) throws -> Polynomial {
    let t = try trace(expression)
    guard let s = t.scalar else {
        throw AlgebraError.undefined("the trace has free Lorentz indices \(t.freeIndices.joined(separator: ", "))")
    }
    return s
}

enum TraceRecursion {
    typealias Pairs = [(Slot, Slot)]

    /// tr(slots)/4 as signed products of pairs.
    static func plain(_ s: ArraySlice<Slot>) -> [(Int, Pairs)] {
        if s.isEmpty { return [(1, [])] }
        if s.count % 2 == 1 { return [] }
        let first = s[s.startIndex]
        let rest = s.dropFirst()
        var out: [(Int, Pairs)] = []
        for (k, partner) in zip(rest.indices, rest) {
            var remaining = Array(rest)
            remaining.remove(at: k - rest.startIndex)
            let sign = (k - s.startIndex) % 2 == 1 ? 1 : -1  // (−1)^k with 1-based position k+1
            for (t, pairs) in plain(remaining[...]) {
                out.append((sign * t, [(first, partner)] + pairs))
            }
        }
        return out
    }

    /// tr(γ5 slots)/(−4i) as signed products of pairs times one ε (`Gamma5Reduction`).
    static func withGamma5(_ s: ArraySlice<Slot>) -> [(Int, Pairs, [Slot])] {
        var sink = SlotTermSink()
        Gamma5Reduction.gamma5(Array(s), negative: false, into: &sink)
        return sink.terms
    }
}

/// The terms of `Gamma5Reduction` on slots, collected.
private struct SlotTermSink: Gamma5TermSink {
    var pairs: TraceRecursion.Pairs = []
    var terms: [(Int, TraceRecursion.Pairs, [Slot])] = []

    mutating func pushPair(_ a: Slot, _ b: Slot) { pairs.append((a, b)) }
    mutating func popPair() { pairs.removeLast() }
    mutating func term(negative: Bool, epsilon e: (Slot, Slot, Slot, Slot)) {
        terms.append((negative ? -1 : 1, pairs, [e.0, e.1, e.2, e.3]))
    }
}
