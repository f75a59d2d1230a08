/// A readable plain-text layout for long results: a common factor in front, then one term
/// per *structure* (the product of non-coefficient symbols, e.g. `dot(B,Om)*s/m`) with its
/// coefficient polynomial (e.g. `(cA^2 - cA)`) in parentheses. The text parses back to the
/// same polynomial.
///
///     1/2*GF^2/m*((cA^2 - cA)*dot(B,Om')*dot(Om,P)*s - (cA^2 - cA)*dot(B,Om)*dot(Om',P)*s + …)
public enum CollectedPrinter {
    public static func text(_ p: Polynomial, isCoefficient: (Symbol) -> Bool) -> String {
        if p.terms.count <= 1 { return PlainTextPrinter.text(p) }
        // The common monomial factor of the coefficient parts (minimum exponent per symbol).
        var common: [Symbol: Int] = [:]
        let coefficientSymbols = Set(p.symbols.filter(isCoefficient))
        for s in coefficientSymbols {
            common[s] = p.terms.map { $0.monomial.exponent(of: s) }.min() ?? 0
        }
        let factor = Monomial.canonicalFromExponents(common)
        // Group by structure.
        var groups: [Monomial: [(Monomial, Rational)]] = [:]
        for t in p.terms {
            let structure = t.monomial.powers.filter { !coefficientSymbols.contains($0.symbol) }
            // Every symbol of the common factor is divided out of every term, also where the
            // term lacks it (exponent 0): a term without T under a common 1/T keeps T¹.
            let reduced = coefficientSymbols.map { ($0, t.monomial.exponent(of: $0) - (common[$0] ?? 0)) }
            let key = Monomial.canonicalFromExponents(Dictionary(uniqueKeysWithValues: structure.map { ($0.symbol, $0.exponent) }))
            groups[key, default: []].append((Monomial.canonicalFromExponents(Dictionary(uniqueKeysWithValues: reduced)), t.coefficient))
        }
        let grouped = groups.keys.sorted().map { key -> (Monomial, Polynomial) in
            (key, Polynomial(collecting: groups[key]!))
        }
        guard let products = try? grouped.map({ try $0.1.multiplied(by: $0.0) }) else {
            return PlainTextPrinter.text(p)
        }
        let (content, _) = Polynomial.sum(products).contentAndPrimitivePart()
        var parts: [(negative: Bool, text: String)] = []
        for (structure, coefficient) in grouped {
            guard let c = try? coefficient.scaled(by: Rational.one / content) else { return PlainTextPrinter.text(p) }
            var negative = false
            var body: String
            if c.terms.count == 1 {
                let t = c.terms[0]
                negative = t.coefficient.isNegative
                let (m, _) = Monomial.product(t.monomial, structure)
                body = PlainTextPrinter.term(m, negative ? -t.coefficient : t.coefficient)
            } else {
                negative = c.terms.first?.coefficient.isNegative ?? false
                let shown = negative ? -c : c
                let s = structure.isOne ? "" : "*" + PlainTextPrinter.term(structure, .one)
                // A lone sum needs no brackets of its own inside the common factor's.
                let alone = grouped.count == 1 && structure.isOne && !negative
                body = alone ? PlainTextPrinter.text(shown) : "(\(PlainTextPrinter.text(shown)))" + s
            }
            parts.append((negative, body))
        }
        let sum = SignedSum(parts).text
        let prefix = PlainTextPrinter.term(factor, content.isNegative ? -content : content)
        let sign = content.isNegative ? "-" : ""
        if prefix == "1" { return sign.isEmpty ? sum : "-(\(sum))" }
        return "\(sign)\(prefix)*(\(sum))"
    }
}

extension Monomial {
    /// The canonical monomial with the given exponents (zeros dropped). Not for `I`.
    public static func canonicalFromExponents(_ exponents: [Symbol: Int]) -> Monomial {
        Monomial(canonical: exponents.filter { $0.value != 0 }.map { Power($0.key, $0.value) }.sorted { $0.symbol < $1.symbol })
    }
}
