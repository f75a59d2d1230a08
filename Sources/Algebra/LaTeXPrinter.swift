/// LaTeX spelling of polynomials for reports and papers (math mode, no `$`).
///
/// - `dot(a,b)` → `\boldsymbol{a}\cdot\boldsymbol{b}`, `triple(a,b,c)` →
///   `\boldsymbol{a}\cdot(\boldsymbol{b}\times\boldsymbol{c})`, `p.q` → `p\cdot q`,
///   `eps(a,b,c,d)` → `\epsilon(a,b,c,d)`, `I` → `i`; inside a longer product an atom
///   is bracketed: `(\boldsymbol{a}\cdot\boldsymbol{b})^{2}`; `dot(a,a)` is `|\boldsymbol{a}|^{2}`.
/// - A term with a non-integer coefficient or negative powers is one `\frac{}{}`:
///   `-\frac{3 c_A c_V}{2 m}`.
/// - Names: `names` maps a spelling (or its unprimed base) to LaTeX, e.g. `Om` → `\Omega`
///   also gives `Om'` → `\Omega'`. Unmapped names are kept, with trailing digits or an
///   underscore part subscripted (`p1` → `p_{1}`, `c_V` → `c_{V}`).
public struct LaTeXPrinter: Sendable {
    public var names: [String: String]
    /// Vectors written second in a dot product (the paper's Ω·B̂, q·B̂: `B` here).
    public var trailingVectors: Set<String> = []

    public init(names: [String: String] = [:]) { self.names = names }

    /// The LaTeX for one name (scalar or vector, without `\boldsymbol`).
    public func name(_ raw: String) -> String {
        if let mapped = names[raw] { return mapped }
        var base = Substring(raw), primes = ""
        while base.hasSuffix("'") { base = base.dropLast(); primes += "'" }
        if let mapped = names[String(base)] { return mapped + primes }
        return LaTeXPrinter.defaultName(base) + primes
    }

    static func defaultName(_ base: Substring) -> String {
        if let underscore = base.firstIndex(of: "_"), underscore != base.startIndex {
            let tail = base[base.index(after: underscore)...].replacingUnderscores()
            return defaultName(base[..<underscore]) + (tail.isEmpty ? "" : "_{\(tail)}")
        }
        let letters = base.prefix { !("0"..."9").contains($0) }
        let digits = base.dropFirst(letters.count)
        if !letters.isEmpty, !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) {
            return "\(letters)_{\(digits)}"
        }
        return base.replacingUnderscores()
    }

    /// The whole polynomial; `0` for zero.
    public func render(_ p: Polynomial) -> String {
        p.signedTermsText(zero: "0", term: term)
    }

    /// One term with a positive coefficient.
    func term(_ m: Monomial, _ c: Rational) -> String {
        let up = m.powers.filter { $0.exponent > 0 }
        let down = m.powers.filter { $0.exponent < 0 }
        let upText = up.map { factor($0.symbol, $0.exponent, alone: up.count == 1 && c.isOne && down.isEmpty) }
        let downText = down.map { factor($0.symbol, -$0.exponent, alone: down.count == 1 && c.isInteger) }
        if downText.isEmpty && c.isInteger {
            return ((c.isOne && !upText.isEmpty ? [] : ["\(c.numerator)"]) + upText).joined(separator: " ")
        }
        let numerator = ((c.numerator == 1 && !upText.isEmpty ? [] : ["\(c.numerator)"]) + upText).joined(separator: " ")
        let denominator = ((c.isInteger ? [] : ["\(c.denominator)"]) + downText).joined(separator: " ")
        return "\\frac{\(numerator)}{\(denominator)}"
    }

    /// symbol^e (e > 0); structured atoms are bracketed unless `alone` and e = 1.
    func factor(_ s: Symbol, _ e: Int, alone: Bool) -> String {
        let power = e == 1 ? "" : "^{\(e)}"
        if s.isImaginaryUnit { return "i" + power }
        func bold(_ n: String) -> String { "\\boldsymbol{\(name(n))}" }
        if let (kind, canonical) = Vector3Space.decompose(s), canonical.count == (kind == "dot" ? 2 : 3) {
            var a = canonical
            if kind == "dot" && trailingVectors.contains(a[0]) && !trailingVectors.contains(a[1]) { a.swapAt(0, 1) }
            if kind == "dot" && a[0] == a[1] {
                // a·a = |a|², written as the paper writes q²
                return "|\(bold(a[0]))|^{\(2 * e)}"
            }
            let body = kind == "dot" ? "\(bold(a[0]))\\cdot\(bold(a[1]))"
                                     : "\(bold(a[0]))\\cdot(\(bold(a[1]))\\times\(bold(a[2])))"
            if alone && e == 1 { return body }
            return kind == "dot" ? "(\(body))\(power)" : "[\(body)]\(power)"
        }
        if let (kind, a) = LorentzInvariants.decompose(s) {
            if kind == "eps" { return "\\epsilon(\(a.map(name).joined(separator: ",")))\(power)" }
            let body = "\(name(a[0]))\\cdot \(name(a[1]))"
            return alone && e == 1 ? body : "(\(body))\(power)"
        }
        let n = name(s.name)
        if (e != 1 || !alone) && n.contains("/") { return "(\(n))\(power)" }
        if e != 1 && n.contains(" ") { return n.hasPrefix("(") && n.hasSuffix(")") ? n + power : "(\(n))\(power)" }
        return e != 1 && (n.contains("'") || n.contains("^")) ? "{\(n)}\(power)" : n + power
    }
}

private extension Substring {
    /// `_` escaped as `\_` (text, not a subscript).
    func replacingUnderscores() -> String {
        split(separator: "_", omittingEmptySubsequences: false).joined(separator: "\\_")
    }
}
