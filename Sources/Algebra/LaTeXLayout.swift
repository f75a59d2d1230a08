/// Readable LaTeX for long polynomials: common factors pulled out, terms collected.
///
/// A polynomial p is written as
///
///     prefactor · Σ_outer  outerKey · [ Σ_inner  coefficient · innerKey ]
///
/// - `prefactor` = content × common monomial of all terms (e.g. `\frac{G_F^{2}}{2 m}`);
/// - `outerKey` is the part of a monomial made of the symbols `isOuter` selects (e.g. the
///   spins s, s'), `innerKey` the part `isInner` selects (e.g. the 3-vector invariants), and
///   the coefficient is the rest (e.g. the couplings), printed with its own content and
///   common monomial factored out: `2 c_A (c_A + c_V)`;
/// - a `signSymbol` η (the paper's ±, η² never occurring) is printed as `\pm` / `\mp` in
///   front of its group instead of as a factor.
///
/// Each outer group is one line of an `aligned` block; a group with several inner terms is
/// bracketed. Output is a pure function of the polynomial (groups in canonical monomial order).
public struct LaTeXLayout {
    public var printer: LaTeXPrinter
    public var isOuter: (Symbol) -> Bool
    public var isInner: (Symbol) -> Bool
    public var signSymbol: Symbol?
    /// Inner terms per line inside one bracketed group.
    public var termsPerLine = 3
    /// Symbols never pulled into the overall prefactor (e.g. a basis vector written per group).
    public var staysInGroups: (Symbol) -> Bool = { _ in false }
    /// Order of the terms of a sum written in parentheses: descending powers of these symbols in
    /// turn (the paper's c_V before c_A: `c_V^{2} + 5 c_A^{2}`), then positive terms first.
    public var sumOrder: [Symbol] = []
    /// When set, the terms where the polynomial differs from `reference` are boxed
    /// (`\\boxed{…}`, the sign outside): printed and derived side by side, differences in place.
    public var reference: Polynomial? = nil

    public init(printer: LaTeXPrinter, isOuter: @escaping (Symbol) -> Bool, isInner: @escaping (Symbol) -> Bool,
                signSymbol: Symbol? = nil) {
        self.printer = printer
        self.isOuter = isOuter
        self.isInner = isInner
        self.signSymbol = signSymbol
    }

    /// The lines of the layout (to be joined by `\\` inside `aligned`), each starting with `&`.
    public func lines(_ p: Polynomial) -> [String] {
        if p.isZero { return ["& 0"] }
        let (prefactor, rest) = LaTeXLayout.commonFactor(p, excluding: staysInGroups)
        let groups = LaTeXLayout.collect(rest) { isOuter($0) || $0 == signSymbol }
        var marked: Set<[Monomial]> = []
        if let reference, let d = try? (p - reference).divided(by: prefactor.terms[0].monomial, coefficient: prefactor.terms[0].coefficient) {
            for group in LaTeXLayout.collect(d, by: { isOuter($0) || $0 == signSymbol }) {
                for inner in LaTeXLayout.collect(group.coefficient, by: isInner) { marked.insert([group.key, inner.key]) }
            }
        }
        var body: [String] = []
        for (index, group) in groups.enumerated() {
            body += groupLines(key: group.key, group.coefficient, first: index == 0) { marked.contains([group.key, $0]) }
        }
        var pre = prefactor.constantValue == .one ? "" : printer.render(prefactor)
        if pre.isEmpty && body.count == 1 { return ["& " + body[0]] }
        if groups.count == 1 && body.count == 1 && LaTeXLayout.collect(groups[0].coefficient, by: isInner).count == 1
            && !body[0].hasPrefix("\\pm") && !body[0].hasPrefix("\\mp") {
            // one term: no brackets around it (prefactor · term), signs merged
            var term = body[0], negative = false
            if term.hasPrefix("- ") { negative = true; term.removeFirst(2) }
            if pre.hasPrefix("-") { negative.toggle(); pre.removeFirst() }
            let parts = [pre, term].filter { !$0.isEmpty && $0 != "1" }
            return ["& " + (negative ? "-" : "") + (parts.isEmpty ? "1" : parts.joined(separator: "\\,"))]
        }
        if body.count == 1 { return ["& \(pre) \\Big[ \(body[0]) \\Big]"] }
        var out = ["& \(pre) \\Big[ \(body[0])"]
        for line in body.dropFirst() { out.append("& \\quad " + line) }
        out[out.count - 1] += " \\Big]"
        return out
    }

    /// The whole layout as one display-math body (`aligned` when it needs several lines).
    public func render(_ p: Polynomial) -> String {
        let l = lines(p)
        if l.count == 1 { return String(l[0].dropFirst(2)) }
        return "\\begin{aligned}\n" + l.joined(separator: " \\\\\n") + "\n\\end{aligned}"
    }

    /// Lines for one outer group `key · g` (signed: "+ …" or "- …" unless `first`).
    func groupLines(key: Monomial, _ g: Polynomial, first: Bool, marked: (Monomial) -> Bool = { _ in false }) -> [String] {
        var sign = 0  // power of the sign symbol
        var keyPowers: [Monomial.Power] = []
        for power in key.powers {
            if power.symbol == signSymbol { sign = power.exponent } else { keyPowers.append(power) }
        }
        let keyText = factorsText(keyPowers)
        var negative = false
        var pieces: [String] = []
        if LaTeXLayout.collect(g, by: isInner).count == 1 {
            let inner = LaTeXLayout.collect(g, by: isInner)[0]
            let (n, text) = coefficientText(inner.coefficient)
            negative = n
            let body = [text, keyText, factorsText(inner.key.powers)].filter { !$0.isEmpty }.joined(separator: "\\,")
            pieces = [marked(inner.key) ? "\\boxed{\(body.isEmpty ? "1" : body)}" : body.isEmpty ? "1" : body]
        } else {
            // prefactor · key · ( c1 k1 + c2 k2 … ): the prefactor holds no inner symbols and
            // includes a polynomial factor common to every c_i; most terms inside positive,
            // positive terms first.
            var (factor, rest) = LaTeXLayout.commonFactor(g, excluding: isInner)
            var groups = LaTeXLayout.sortedForDisplay(LaTeXLayout.collect(rest, by: isInner))
            let parts = groups.map { LaTeXLayout.commonFactor($0.coefficient) }
            var common: Polynomial? = nil
            if let r = parts.first?.rest, r.constantValue == nil, parts.allSatisfy({ $0.rest == r }) {
                common = r
                groups = zip(groups, parts).map { ($0.0.key, $0.1.factor) }
            }
            var terms: [(negative: Bool, text: String)] = groups.map { t in
                let (n, text) = coefficientText(t.coefficient)
                let body = [text, factorsText(t.key.powers)].filter { !$0.isEmpty }.joined(separator: "\\,")
                return (n, marked(t.key) ? "\\boxed{\(body.isEmpty ? "1" : body)}" : body.isEmpty ? "1" : body)
            }
            if terms.filter(\.negative).count * 2 > terms.count {
                factor = -factor
                rest = -rest
                terms = terms.map { (!$0.negative, $0.text) }
            }
            terms = terms.filter { !$0.negative } + terms.filter(\.negative)
            negative = factor.terms.first?.coefficient.isNegative ?? false
            let magnitude = negative ? -factor : factor
            var prefix = [magnitude.constantValue == .one ? "" : printer.render(magnitude), keyText].filter { !$0.isEmpty }
            if let c = common { prefix.insert("(\(positiveFirst(c)))", at: prefix.count - (keyText.isEmpty ? 0 : 1)) }
            let bracketed = !prefix.isEmpty || sign % 2 != 0 || negative || !first
            // "x", "+ y", "- z": one line holds termsPerLine of them, joined by spaces.
            let texts = SignedSum(terms).pieces(leadingMinus: "- ").enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }
            var chunks: [String] = []
            for start in stride(from: 0, to: texts.count, by: termsPerLine) {
                chunks.append(texts[start..<min(start + termsPerLine, texts.count)].joined(separator: " "))
            }
            if bracketed {
                chunks[0] = prefix.map { $0 + "\\," }.joined() + "\\big( " + chunks[0]
                chunks[chunks.count - 1] += " \\big)"
            }
            pieces = chunks
        }
        let signText: String
        switch (sign % 2 != 0, negative) {
        case (true, false): signText = "\\pm "
        case (true, true): signText = "\\mp "
        case (false, true): signText = "- "
        case (false, false): signText = first ? "" : "+ "
        }
        var out = [signText + pieces[0]]
        for p in pieces.dropFirst() { out.append("\\qquad " + p) }
        return out
    }

    /// Inner groups in display order: by degree, then by plain text with primes sorting last
    /// (Ω before Ω'), a pure function of the keys.
    static func sortedForDisplay(_ groups: [(key: Monomial, coefficient: Polynomial)]) -> [(key: Monomial, coefficient: Polynomial)] {
        func text(_ m: Monomial) -> String {
            String(PlainTextPrinter.text(Polynomial(monomial: m)).map { $0 == "'" ? "~" : $0 })
        }
        return groups.map { ($0, text($0.key)) }.sorted {
            $0.0.key.degree != $1.0.key.degree ? $0.0.key.degree < $1.0.key.degree
                : $0.1.utf8.lexicographicallyPrecedes($1.1.utf8)
        }.map(\.0)
    }

    /// (negative, text) for a coefficient: content and common monomial pulled out, the sign
    /// chosen so that most terms inside are positive, positive terms first: `2 c_A (c_V - c_A)`;
    /// the text is empty for ±1.
    func coefficientText(_ c: Polynomial) -> (Bool, String) {
        var (factor, rest) = LaTeXLayout.commonFactor(c)
        let negatives = rest.terms.filter { $0.coefficient.isNegative }.count
        let factorNegative = factor.terms.first?.coefficient.isNegative ?? false
        if !sumOrder.isEmpty && rest.terms.count > 1 {
            // the paper's order decides: its first term positive, (c_V^{2} - c_A^{2})
            if ordered(rest).first?.coefficient.isNegative ?? false {
                factor = -factor
                rest = -rest
            }
        } else if negatives * 2 > rest.terms.count || (negatives * 2 == rest.terms.count && factorNegative) {
            factor = -factor
            rest = -rest
        }
        let negative = factor.terms.first?.coefficient.isNegative ?? false
        let magnitude = negative ? -factor : factor
        var text = magnitude.constantValue == .one ? "" : printer.render(magnitude)
        if rest.constantValue != .one {
            text += (text.isEmpty ? "" : " ") + "(\(positiveFirst(rest)))"
        }
        return (negative, text)
    }

    /// A sum with its positive terms first (then the others, each in canonical order).
    func positiveFirst(_ p: Polynomial) -> String {
        SignedSum(ordered(p).map { t in
            (t.coefficient.isNegative, printer.term(t.monomial, t.coefficient.isNegative ? -t.coefficient : t.coefficient))
        }).text
    }

    /// Positive terms first, then by `sumOrder` (descending powers) when it is set.
    func ordered(_ p: Polynomial) -> [Polynomial.Term] {
        let signed = p.terms.filter { !$0.coefficient.isNegative } + p.terms.filter { $0.coefficient.isNegative }
        return Polynomial.descendingPowers(signed, of: sumOrder)
    }

    func factorsText(_ powers: some Collection<Monomial.Power>) -> String {
        powers.isEmpty ? "" : printer.render(Polynomial(monomial: Monomial.from(Array(powers))))
    }

    /// (content × common monomial, p / that), with the first remaining term positive; symbols
    /// for which `excluding` is true stay in `rest`.
    public static func commonFactor(_ p: Polynomial, excluding: (Symbol) -> Bool = { _ in false }) -> (factor: Polynomial, rest: Polynomial) {
        guard !p.isZero else { return (.one, .zero) }
        var minimum: [Symbol: Int] = [:]
        for (i, t) in p.terms.enumerated() {
            var present: [Symbol: Int] = [:]
            for power in t.monomial.powers where !power.symbol.isImaginaryUnit && !excluding(power.symbol) {
                present[power.symbol] = power.exponent
            }
            if i == 0 { minimum = present; continue }
            for (s, e) in minimum {
                if let f = present[s] { minimum[s] = min(e, f) } else { minimum[s] = nil }
            }
        }
        let common = Monomial.from(minimum.map { Monomial.Power($0.key, $0.value) })
        let (content, _) = p.contentAndPrimitivePart()
        let factor = Polynomial(monomial: common, coefficient: content)
        guard let rest = try? p / factor else { return (.one, p) }
        return (factor, rest)
    }

    /// Groups the terms of `p` by the part of their monomial whose symbols satisfy `isKey`:
    /// [(key, coefficient)] in canonical key order.
    public static func collect(_ p: Polynomial, by isKey: (Symbol) -> Bool) -> [(key: Monomial, coefficient: Polynomial)] {
        var groups: [Monomial: [(Monomial, Rational)]] = [:]
        for t in p.terms {
            let key = Monomial.from(t.monomial.powers.filter { isKey($0.symbol) })
            let rest = Monomial.from(t.monomial.powers.filter { !isKey($0.symbol) })
            groups[key, default: []].append((rest, t.coefficient))
        }
        return groups.keys.sorted().map { key in (key, Polynomial(collecting: groups[key]!)) }
    }
}

extension Monomial {
    /// A monomial from powers in any order (distinct symbols, I at most once); zero exponents dropped.
    public static func from(_ powers: [Power]) -> Monomial {
        Monomial(canonical: powers.filter { $0.exponent != 0 }.sorted { $0.symbol < $1.symbol })
    }
}
