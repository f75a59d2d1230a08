import Algebra

/// LaTeX of a `LaidOutFormula` in the paper's spelling: one group per line,
/// `-3 (c_V^{2} + 3 c_A^{2})\,(1 - 2 f)`, `\frac{T}{k}`, `k\,\partial f/\partial k`, a coupling
/// polynomial collected in F_2 (`2 c_V (c_V^{2} + 17 c_A^{2}) - F_2 (5 c_V^{2} + c_A^{2})`), no
/// brackets around a single term. Terms whose key is in `marked` are boxed (`\boxed{…}`, the sign
/// left outside), so a differing term is visible in place.
public struct PaperLayoutLaTeX {
    public var printer: LaTeXPrinter
    /// Coupling order of the paper within a sum: descending powers of these symbols, in turn
    /// (c_V before c_A: `c_V^{2} + 5 c_A^{2}`).
    public var sumOrder: [Symbol]
    /// Coefficients are collected in powers of this symbol (F_2), as the paper writes them.
    public var collectedIn: Symbol?
    /// The unit of the brackets (k) and the dimension of a symbol, as in `PaperLayout`.
    public var unit: Symbol
    public var dimension: (Symbol) -> Int
    /// Terms per line inside one group.
    public var termsPerLine = 4

    public init(printer: LaTeXPrinter, sumOrder: [Symbol], collectedIn: Symbol?, unit: Symbol, dimension: @escaping (Symbol) -> Int) {
        self.printer = printer
        self.sumOrder = sumOrder
        self.collectedIn = collectedIn
        self.unit = unit
        self.dimension = dimension
    }

    /// The display-math body: `prefactor \Big[ … \Big] trailing`, `aligned` when several groups.
    public func render(_ f: LaidOutFormula, marked: Set<LaidOutFormula.Key> = []) -> String {
        var lines: [String] = []
        for (index, group) in f.groups.enumerated() {
            lines += groupLines(group, f: f, marked: marked, first: index == 0)
        }
        if !f.remainder.isZero {
            let (negative, text) = signed(f.remainder)
            lines.append((negative ? "- " : lines.isEmpty ? "" : "+ ") + "\\boxed{\(text)}")
        }
        if lines.isEmpty { return "0" }
        var pre = f.prefactor.constantValue == .one ? "" : printer.render(f.prefactor)
        let trailing = f.trailing.isOne ? "" : printer.render(Polynomial(monomial: f.trailing))
        if f.terms.count + (f.remainder.isZero ? 0 : 1) == 1 && lines.count == 1 {
            // No brackets around a single term: prefactor · term · trailing.
            var line = lines[0], negative = false
            if line.hasPrefix("- ") { negative = true; line.removeFirst(2) }
            if pre.hasPrefix("-") { negative.toggle(); pre.removeFirst() }
            let body = [pre, line, trailing].filter { !$0.isEmpty && $0 != "1" }
            return (negative ? "-" : "") + (body.isEmpty ? "1" : body.joined(separator: "\\,"))
        }
        if pre.isEmpty && trailing.isEmpty {
            if lines.count == 1 { return lines[0] }
            return "\\begin{aligned}\n" + lines.map { "& " + $0 }.joined(separator: " \\\\\n") + "\n\\end{aligned}"
        }
        let close = " \\Big]" + (trailing.isEmpty ? "" : "\\," + trailing)
        if lines.count == 1 { return "\(pre) \\Big[ \(lines[0])" + close }
        var out = ["& \(pre) \\Big[ \(lines[0])"]
        for line in lines.dropFirst() { out.append("& \\quad " + line) }
        out[out.count - 1] += close
        return "\\begin{aligned}\n" + out.joined(separator: " \\\\\n") + "\n\\end{aligned}"
    }

    // MARK: - Groups and terms

    func groupLines(_ group: [LaidOutFormula.Term], f: LaidOutFormula, marked: Set<LaidOutFormula.Key>, first: Bool) -> [String] {
        let outer = group[0].key.outer
        if group.count == 1 || outer.isOne {
            // Each term on its own, k-powers merged (4 k^{2} T ∂³g/∂k³).
            var texts: [(Bool, String)] = []
            for t in group {
                let merged = outer.isOne ? factorsText(t.key, combined: f.combined) : mergedText(t.key, combined: f.combined)
                let (negative, text) = termText(t.coefficient, factors: merged)
                texts.append((negative, marked.contains(t.key) ? "\\boxed{\(text)}" : text))
            }
            return joined(texts, first: first).map { $0 }
        }
        // common factor · ( t1 + t2 + … ) · outer
        var factor = PaperLayoutLaTeX.commonFactor(group.map(\.coefficient))
        var parts = group.map { t in ((try? t.coefficient / factor) ?? t.coefficient, t.key) }
        if parts.allSatisfy({ termText($0.0, factors: "").0 }) {
            // a sign outside only when every term inside is negative, as the paper writes
            // (69(1 − 2f0) − 68 k∂f0/∂k …)g but −(c_V(1 − 2f0) + …)k∂g/∂k
            factor = -factor
            parts = parts.map { (-$0.0, $0.1) }
        }
        let negative = factor.terms.first?.coefficient.isNegative ?? false
        let magnitude = negative ? -factor : factor
        var texts: [(Bool, String)] = []
        for (c, key) in parts {
            let (n, text) = termText(c, factors: factorsText(LaidOutFormula.Key(outer: .one, combinationPower: key.combinationPower,
                                                                                inner: key.inner), combined: f.combined))
            texts.append((n, marked.contains(key) ? "\\boxed{\(text)}" : text))
        }
        var chunks = joined(texts, first: true, perLine: termsPerLine)
        let pre = magnitude.constantValue == .one ? "" : printer.render(magnitude) + "\\,"
        chunks[0] = (negative ? "- " : first ? "" : "+ ") + pre + "\\big( " + chunks[0]
        chunks[chunks.count - 1] += " \\big)\\," + productText(outer)
        return [chunks[0]] + chunks.dropFirst().map { "\\qquad " + $0 }
    }

    /// Signed texts joined into lines of at most `perLine` terms.
    func joined(_ texts: [(Bool, String)], first: Bool, perLine: Int = Int.max) -> [String] {
        var lines: [String] = []
        for (i, (negative, text)) in texts.enumerated() {
            let piece = (negative ? "- " : (i == 0 && first ? "" : "+ ")) + text
            if i % perLine == 0 { lines.append(piece) } else { lines[lines.count - 1] += " " + piece }
        }
        return lines
    }

    /// (negative, text) of coefficient · factors, the coefficient collected in F_2.
    func termText(_ c: Polynomial, factors: String) -> (Bool, String) {
        var parts: [(Bool, String)] = []
        let collected = collectedIn.map { c.collected(by: $0) }
        for (exponent, part) in collected ?? [(0, c)] {
            let withPower = exponent == 0 ? part : (try? part.multiplied(by: Monomial(collectedIn!, exponent))) ?? part
            parts.append(productText(withPower))
        }
        var negative = false
        if parts.count > 1 {
            // a factor common to the parts outside, 12 (c_V + F_2); the sum keeps its own signs:
            // (-2 c_V + 5 F_2), as printed
            let (common, rest) = LaTeXLayout.commonFactor(c)
            if common.constantValue != .one && common.constantValue != -.one, let head = common.terms.first, !rest.isZero {
                let magnitude = head.coefficient.isNegative ? -common : common
                let (_, inner) = termText(rest, factors: factors)
                return (head.coefficient.isNegative, printer.render(magnitude) + " " + inner)
            }
            var sum = joined(parts.map { ($0.0, $0.1.isEmpty ? "1" : $0.1) }, first: true)[0]
            if sum.hasPrefix("- ") { sum = "-" + sum.dropFirst(2) }
            return (negative, factors.isEmpty ? "(\(sum))" : "(\(sum))\\,\(factors)")
        }
        negative = parts.first?.0 ?? false
        let text = parts.first?.1 ?? ""
        if text.isEmpty { return (negative, factors.isEmpty ? "1" : factors) }
        return (negative, factors.isEmpty ? text : text + "\\," + factors)
    }

    /// (negative, text) of a coupling polynomial: content and common monomial outside, the rest in
    /// the paper's order with its first term positive: `-3 (c_V^{2} + 3 c_A^{2})` → (true, "3 (…)").
    func productText(_ p: Polynomial) -> (Bool, String) {
        var (factor, rest) = LaTeXLayout.commonFactor(p)
        var ordered = paperOrder(rest)
        if ordered.first?.coefficient.isNegative ?? false {
            factor = -factor
            rest = -rest
            ordered = paperOrder(rest)
        }
        let negative = factor.terms.first?.coefficient.isNegative ?? false
        let magnitude = negative ? -factor : factor
        var text = magnitude.constantValue == .one ? "" : printer.render(magnitude)
        if rest.constantValue != .one {
            text += (text.isEmpty ? "" : " ") + "(\(sumText(ordered)))"
        }
        return (negative, text)
    }

    func signed(_ p: Polynomial) -> (Bool, String) {
        let ordered = paperOrder(p)
        guard ordered.first?.coefficient.isNegative ?? false else { return (false, sumText(ordered)) }
        return (true, sumText(paperOrder(-p)))
    }

    /// Terms in the paper's order: descending powers of `sumOrder`, then canonical order.
    func paperOrder(_ p: Polynomial) -> [Polynomial.Term] {
        Polynomial.descendingPowers(p.terms, of: sumOrder)
    }

    func sumText(_ terms: [Polynomial.Term]) -> String {
        SignedSum(terms.map { t in
            (t.coefficient.isNegative, printer.render(Polynomial(monomial: t.monomial, coefficient: t.coefficient.isNegative ? -t.coefficient : t.coefficient)))
        }).text
    }

    /// (1 − 2f0)^x · k^n ∂ⁿf0/∂kⁿ · (energies in units of k, e.g. \frac{T}{k}) · (the other factors).
    func factorsText(_ key: LaidOutFormula.Key, combined: Symbol?) -> String {
        var pieces = [combinationText(key, combined: combined)].filter { !$0.isEmpty }
        var rest = key.inner
        // derivatives of f0 carry their k^n: k\,\partial f/\partial k
        for power in key.inner.powers where power.symbol != unit && dimension(power.symbol) < 0 {
            let n = -dimension(power.symbol) * power.exponent
            pieces.append(productText(Monomial.from([Monomial.Power(unit, n), power])))
            rest = (try? Monomial.checkedProduct(rest, Monomial.from([Monomial.Power(unit, -n), Monomial.Power(power.symbol, -power.exponent)])).monomial) ?? rest
        }
        if !rest.isOne { pieces.append(productText(rest)) }
        return pieces.joined(separator: "\\,")
    }

    /// A single term of a group: (1 − 2f0)^x and inner · outer as one product (4 T k^{2}\,∂³g/∂k³).
    func mergedText(_ key: LaidOutFormula.Key, combined: Symbol?) -> String {
        let product = (try? Monomial.checkedProduct(key.inner, key.outer).monomial) ?? key.inner
        return [combinationText(key, combined: combined), product.isOne ? "" : productText(product)]
            .filter { !$0.isEmpty }.joined(separator: "\\,")
    }

    /// Energies first (`\frac{T}{k}`, `k^{2}`), then the functions and vectors: `k\,\partial f/\partial k`.
    func productText(_ m: Monomial) -> String {
        let isEnergy: (Monomial.Power) -> Bool = { $0.symbol == self.unit || self.dimension($0.symbol) > 0 }
        let energies = Monomial.from(m.powers.filter(isEnergy))
        var pieces = energies.isOne ? [] : [printer.render(Polynomial(monomial: energies))]
        for power in m.powers where !isEnergy(power) {
            let single = printer.render(Polynomial(monomial: Monomial(power.symbol)))
            pieces.append(power.exponent == 1 ? single : printer.render(Polynomial(monomial: Monomial(power.symbol, power.exponent))))
        }
        return pieces.joined(separator: "\\,")
    }

    func combinationText(_ key: LaidOutFormula.Key, combined: Symbol?) -> String {
        guard key.combinationPower != 0, let f0 = combined else { return "" }
        let x = "(1 - 2 \(printer.name(f0.name)))"
        return key.combinationPower == 1 ? x : "\(x)^{\(key.combinationPower)}"
    }

    /// Content and common monomial of several polynomials at once (exact): each tagged by its own
    /// power of a marker symbol, so that the terms never merge.
    static func commonFactor(_ ps: [Polynomial]) -> Polynomial {
        let marker = Symbol("#part")
        let tagged = ps.enumerated().compactMap { try? $0.element.multiplied(by: Monomial(marker, $0.offset + 1)) }
        return LaTeXLayout.commonFactor(Polynomial.sum(tagged), excluding: { $0 == marker }).factor
    }
}
