import Algebra

/// Plain-text and LaTeX spellings of Dirac-algebra elements and tensor expressions, for
/// `verify traces --show` and the audit report. Output is a pure function of the value.
///
/// Text: `coefficient*string` per term in canonical order, the string in the parser's syntax
/// (`g5 e0 g(mu) p`), so `1/2*s*g5 B` reads back as (s/2) γ5 B̸. LaTeX: `e_μ` is γ_μ
/// (e̸_μ = γ_μ), other vectors are slashed (`\not{p}`), `g(mu)` is γ^μ.
public enum DiracPrinter {
    public static func text(_ d: DiracExpression) -> String {
        if d.terms.isEmpty { return "0" }
        var out = ""
        for (i, t) in d.terms.enumerated() {
            let string = t.string.description
            var c = t.coefficient
            var negative = false
            if c.terms.count == 1, c.terms[0].coefficient.isNegative { c = -c; negative = true }
            let coefficient: String
            if c.constantValue == .one {
                coefficient = ""
            } else if c.terms.count == 1 {
                coefficient = PlainTextPrinter.text(c)
            } else {
                coefficient = "(\(PlainTextPrinter.text(c)))"
            }
            let body: String
            if string == "1" { body = coefficient.isEmpty ? "1" : coefficient }
            else { body = coefficient.isEmpty ? string : "\(coefficient)*\(string)" }
            out += i == 0 ? (negative ? "-" : "") + body : (negative ? " - " : " + ") + body
        }
        return out
    }

    public static func latex(_ d: DiracExpression, printer: LaTeXPrinter) -> String {
        if d.terms.isEmpty { return "0" }
        var out = ""
        for (i, t) in d.terms.enumerated() {
            var c = t.coefficient
            var negative = false
            if c.terms.count == 1, c.terms[0].coefficient.isNegative { c = -c; negative = true }
            let string = latex(t.string, printer: printer)
            var coefficient = ""
            if c.constantValue != .one {
                coefficient = c.terms.count == 1 ? printer.render(c) : "(\(printer.render(c)))"
            }
            let body = [coefficient, string].filter { !$0.isEmpty }.joined(separator: "\\,")
            out += i == 0 ? (negative ? "-" : "") + (body.isEmpty ? "1" : body)
                          : (negative ? " - " : " + ") + (body.isEmpty ? "1" : body)
        }
        return out
    }

    public static func latex(_ s: GammaString, printer: LaTeXPrinter) -> String {
        var parts = s.hasGamma5 ? ["\\gamma_5"] : []
        for slot in s.slots {
            switch slot {
            case .index(let i): parts.append("\\gamma^{\(greek.contains(i) ? "\\" + i : i)}")
            case .vector(let v):
                if let mu = Conventions.frameVectors.firstIndex(of: v) { parts.append("\\gamma_{\(mu)}") }
                else { parts.append("\\not{\(printer.name(v))}") }
            }
        }
        return parts.joined(separator: " ")
    }

    static let greek: Set<String> = ["mu", "nu", "rho", "sigma", "alpha", "beta", "lambda", "kappa"]

    /// A tensor expression: `coefficient*g(x,y) eps(…)` per term.
    public static func text(_ t: TensorExpression) -> String {
        if let s = t.scalar { return PlainTextPrinter.text(s) }
        return t.terms.map { term in
            let factors = term.factors.map(\.description).joined(separator: " ")
            return factors.isEmpty ? "(\(PlainTextPrinter.text(term.coefficient)))"
                                   : "(\(PlainTextPrinter.text(term.coefficient)))*\(factors)"
        }.joined(separator: " + ")
    }

    /// Number of (tensor structure, coefficient term) pairs: the size of a tensor expression.
    public static func size(_ t: TensorExpression) -> Int {
        t.terms.reduce(0) { $0 + $1.coefficient.terms.count }
    }
}
