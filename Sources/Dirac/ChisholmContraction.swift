import Algebra

/// Contracts a Lorentz index that appears twice in one gamma string before the trace, by the
/// 4-dimensional identities (Kahane; Chisholm for the even case), with a1…an any slots:
///
///     γ^μ γ_μ = 4,
///     γ^μ a̸1 … a̸n γ_μ = −2 a̸n … a̸1                          (n odd),
///     γ^μ a̸1 … a̸n γ_μ = 2 (a̸n a̸1 … a̸(n−1) + a̸(n−1) … a̸1 a̸n)   (n even ≥ 2),
///
/// applied until no string carries an index twice. Each step shortens the string by two, so
/// a trace of n slots with k contracted pairs costs at most 2^k (n−2k−1)!! terms instead of
/// (n−1)!!. Indices shared between strings or traces are left to the tensor contraction.
/// Only strings without γ5 are rewritten (the γ5 results keep the form of the reference
/// recursion, whose ε terms are not unique in 4 dimensions).
enum ChisholmContraction {
    /// The expression with every index pair inside a γ5-free string contracted; nil when no
    /// string has one (then the caller keeps the expression as it is).
    static func contract(_ expression: DiracExpression) throws -> DiracExpression? {
        guard expression.terms.contains(where: { !$0.string.hasGamma5 && innerPair($0.string.slots) != nil }) else { return nil }
        var pairs: [(GammaString, Polynomial)] = []
        for term in expression.terms {
            var work: [(slots: [Slot], factor: Rational)] = [(term.string.slots, .one)]
            while let (slots, factor) = work.popLast() {
                guard !term.string.hasGamma5, let (i, j) = innerPair(slots) else {
                    pairs.append((GammaString(hasGamma5: term.string.hasGamma5, slots), term.coefficient.scaled(by: factor)))
                    continue
                }
                let prefix = slots[..<i], inner = slots[(i + 1)..<j], suffix = slots[(j + 1)...]
                if inner.isEmpty {
                    work.append((Array(prefix + suffix), factor * Rational(Conventions.dimension)))
                } else if inner.count % 2 == 1 {
                    work.append((Array(prefix + inner.reversed() + suffix), factor * Rational(-2)))
                } else {
                    let last = inner[inner.endIndex - 1], rest = inner.dropLast()
                    let twice = factor * Rational(2)
                    work.append((Array(prefix + [last] + rest + suffix), twice))
                    work.append((Array(prefix + rest.reversed() + [last] + suffix), twice))
                }
            }
        }
        return try DiracExpression(collecting: pairs)
    }

    /// The innermost pair of equal index slots (i < j, no index repeated strictly between).
    static func innerPair(_ slots: [Slot]) -> (Int, Int)? {
        var last: [String: Int] = [:]
        var best: (Int, Int)?
        for (j, slot) in slots.enumerated() where slot.isIndex {
            if let i = last[slot.name], best.map({ j - i < $0.1 - $0.0 }) ?? true { best = (i, j) }
            last[slot.name] = j
        }
        return best
    }
}
