/// A sum written from its signed terms, `a - b + c`: the one loop that joins terms for every
/// printer (`PlainTextPrinter`, `LaTeXPrinter` and `SwiftSourcePrinter` through
/// `Polynomial.signedTermsText`, `CollectedPrinter`, `LaTeXLayout`). Each term is its sign and
/// the text of its magnitude.
public struct SignedSum: Sendable {
    public var terms: [(negative: Bool, text: String)]

    public init(_ terms: [(negative: Bool, text: String)]) { self.terms = terms }

    /// The terms with their joining signs: the first bare (`leadingMinus` before it when it is
    /// negative), each later one with ` + ` or ` - ` in front.
    public func pieces(leadingMinus: String = "-") -> [String] {
        terms.enumerated().map { i, t in
            (i == 0 ? (t.negative ? leadingMinus : "") : (t.negative ? " - " : " + ")) + t.text
        }
    }

    /// The whole sum, `a - b + c` (`-a + b` when the first term is negative).
    public var text: String { pieces().joined() }
}

extension Polynomial {
    /// `terms` in descending powers of `symbols` (the first symbol decides, then the next), ties
    /// kept in the order given: the paper's order of a sum (e.g. k², k, 1).
    public static func descendingPowers(_ terms: [Term], of symbols: [Symbol]) -> [Term] {
        guard !symbols.isEmpty else { return terms }
        return terms.enumerated().sorted { a, b in
            for s in symbols {
                let ea = a.element.monomial.exponent(of: s), eb = b.element.monomial.exponent(of: s)
                if ea != eb { return ea > eb }
            }
            return a.offset < b.offset
        }.map(\.element)
    }
}
