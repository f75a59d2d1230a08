/// Receives the terms of `Gamma5Reduction`: a term is the product of the pairs pushed and not
/// yet popped, one ε of four slots, and a sign.
protocol Gamma5TermSink {
    associatedtype Element
    mutating func pushPair(_ a: Element, _ b: Element)
    mutating func popPair()
    mutating func term(negative: Bool, epsilon: (Element, Element, Element, Element))
}

/// tr(γ5 a̸1 … a̸n) in four dimensions, written short: the reduction of `trace` for γ5 in front,
/// on any slots (vectors, indices, repeats), emitted term by term into a `Gamma5TermSink`.
///
/// With F(S) = tr(γ5 S)/(−4i), P(S) = tr(S)/4 and, for b = (b1,b2,b3) and an odd string X,
/// E(b; X) = ε(b1,b2,b3,σ) P(γ_σ X), the Chisholm identity
/// a̸1a̸2a̸3 = (a1·a2)a̸3 − (a1·a3)a̸2 + (a2·a3)a̸1 + iε(a1,a2,a3,σ)γ^σγ5 on the first triple gives
///
///     F(a1 a2 a3 X) = (a1·a2) F(a3 X) − (a1·a3) F(a2 X) + (a2·a3) F(a1 X) + E(a1 a2 a3; X),
///     F(a1 a2 a3 a4) = ε(a1,a2,a3,a4).
///
/// E is not expanded as Σ_j ±ε(b,x_j) P(X without x_j) ((n−3)·(n−5)!! terms) but by the same
/// identity on γ_σ x̸1 x̸2, whose ε term contracts with ε(b,σ) by the four-dimensional
/// ε(b1,b2,b3,σ)ε(σ,x1,x2,ρ) = det[b_i·(x1, x2, ρ)] (ε^{0123} = +1, metric +−−−):
///
///     E(b; x1 x2 Y) = ε(b,x1) P(x2 Y) − ε(b,x2) P(x1 Y) + (x1·x2) E(b; Y)
///                     + Σ_{k=1..3} (−1)^k [(b_i·x1)(b_j·x2) − (b_i·x2)(b_j·x1)] F(b_k Y)   ({i<j} = {1,2,3}∖{k}),
///     E(b; x) = ε(b1,b2,b3,x).
///
/// FORM's `trace4` writes as many terms (1, 6, 33, 180, 1029 for n = 4…12, against 1, 6, 33, 204,
/// 1557 for the first expansion; `TraceCount.withGamma5`), not the same ones. The written form
/// depends on the slot order (results with γ5 are not unique: the Schouten identity relates them),
/// so it is checked numerically, against explicit 4×4 matrices.
enum Gamma5Reduction {
    /// F(s) into `sink`, every sign flipped when `negative`; nothing for odd strings or n < 4.
    static func gamma5<Sink: Gamma5TermSink>(_ s: [Sink.Element], negative: Bool, into sink: inout Sink) {
        let n = s.count
        if n < 4 || n % 2 == 1 { return }
        if n == 4 {
            sink.term(negative: negative, epsilon: (s[0], s[1], s[2], s[3]))
            return
        }
        let tail = s[3...]
        for (flip, x, y, kept) in [(false, s[0], s[1], s[2]), (true, s[0], s[2], s[1]), (false, s[1], s[2], s[0])] {
            sink.pushPair(x, y)
            gamma5([kept] + tail, negative: negative != flip, into: &sink)
            sink.popPair()
        }
        epsilonString((s[0], s[1], s[2]), tail, negative: negative, into: &sink)
    }

    /// E(b; x) for an odd string x.
    private static func epsilonString<Sink: Gamma5TermSink>(_ b: (Sink.Element, Sink.Element, Sink.Element),
                                                            _ x: ArraySlice<Sink.Element>, negative: Bool, into sink: inout Sink) {
        let x1 = x[x.startIndex]
        if x.count == 1 {
            sink.term(negative: negative, epsilon: (b.0, b.1, b.2, x1))
            return
        }
        let x2 = x[x.startIndex + 1]
        let y = x.dropFirst(2)
        plain([x2] + y, negative: negative, epsilon: (b.0, b.1, b.2, x1), into: &sink)
        plain([x1] + y, negative: !negative, epsilon: (b.0, b.1, b.2, x2), into: &sink)
        sink.pushPair(x1, x2)
        epsilonString(b, y, negative: negative, into: &sink)
        sink.popPair()
        guard y.count >= 3 else { return }  // F of two slots vanishes
        // k = 1, 2, 3 (1-based): the row b_k goes to γ_ρ, the minor of the other two rows.
        for (k, bi, bj, bk) in [(1, b.1, b.2, b.0), (2, b.0, b.2, b.1), (3, b.0, b.1, b.2)] {
            let rest = [bk] + y
            for (crossed, first, second) in [(false, x1, x2), (true, x2, x1)] {
                sink.pushPair(bi, first)
                sink.pushPair(bj, second)
                gamma5(rest, negative: negative != ((k % 2 == 1) != crossed), into: &sink)
                sink.popPair()
                sink.popPair()
            }
        }
    }

    /// P(s) times ε = `epsilon`: the standard recursion, P(a1 … am) = Σ_k (−1)^k (a1·ak) P(…).
    private static func plain<Sink: Gamma5TermSink>(_ s: [Sink.Element], negative: Bool,
                                                    epsilon: (Sink.Element, Sink.Element, Sink.Element, Sink.Element),
                                                    into sink: inout Sink) {
        guard let first = s.first else {
            sink.term(negative: negative, epsilon: epsilon)
            return
        }
        for offset in 1..<s.count {
            var remaining = s
            remaining.remove(at: offset)
            remaining.removeFirst()
            sink.pushPair(first, s[offset])
            plain(remaining, negative: negative != (offset % 2 == 0), epsilon: epsilon, into: &sink)
            sink.popPair()
        }
    }
}
