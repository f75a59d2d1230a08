/// Plain-text spelling of polynomials in the parser's syntax (round-trips exactly).
///
/// Terms appear in the canonical monomial order, joined by ` + ` / ` - `. A term is
/// `c*x*y^2/(m^2*T)`: rational coefficient first (`3/2*`, omitted when ±1), then the
/// factors with positive exponents, then `/factor` or `/(f*g)` for negative exponents.
/// A term without positive factors is written `3/(2*m)`. Atoms print under their
/// canonical names (`dot(B,Om)`, `triple(a,b,c)`, `p1.p2`, `eps(k,kp,p,pp)`, `I`).
/// Output is a pure function of the polynomial.
public enum PlainTextPrinter {
    /// The whole polynomial; `0` for zero.
    public static func text(_ p: Polynomial) -> String {
        p.signedTermsText(zero: "0", term: term)
    }

    /// As `text`, parenthesized unless it reads as one positive factor of a product.
    static func text(_ p: Polynomial, asFactor: Bool) -> String {
        let s = text(p)
        if !asFactor || (p.terms.count <= 1 && !(p.terms.first?.coefficient.isNegative ?? false)) { return s }
        return "(\(s))"
    }

    /// The common rational content pulled out: `4*(p1.p2*p3.p4 - p1.p3*p2.p4)`. The
    /// content is gcd(numerators)/lcm(denominators), signed so that the first term inside
    /// is positive; falls back to `text` when the content is 1 or there is a single term.
    public static func factoredText(_ p: Polynomial) -> String {
        guard p.terms.count > 1 else { return text(p) }
        let (content, rest) = p.contentAndPrimitivePart()
        guard !content.isOne else { return text(p) }
        if content == .minusOne { return "-(\(text(rest)))" }
        let c = content.isNegative ? "-\(-content)" : "\(content)"
        return "\(c)*(\(text(rest)))"
    }

    /// One term with a positive coefficient `c`.
    static func term(_ m: Monomial, _ c: Rational) -> String {
        let up = m.powers.filter { $0.exponent > 0 }.map { factor($0.symbol, $0.exponent) }
        let down = m.powers.filter { $0.exponent < 0 }.map { factor($0.symbol, -$0.exponent) }
        var out: String
        if up.isEmpty {
            out = "\(c.numerator)"
            let denominator = (c.isInteger ? [] : ["\(c.denominator)"]) + down
            if denominator.count == 1 { out += "/" + denominator[0] }
            if denominator.count > 1 { out += "/(" + denominator.joined(separator: "*") + ")" }
            return out
        }
        out = ((c.isOne ? [] : ["\(c)"]) + up).joined(separator: "*")
        if down.count == 1 { out += "/" + down[0] }
        if down.count > 1 { out += "/(" + down.joined(separator: "*") + ")" }
        return out
    }

    static func factor(_ s: Symbol, _ e: Int) -> String {
        e == 1 ? s.name : "\(s.name)^\(e)"
    }
}

extension Polynomial: CustomStringConvertible {
    /// Plain text (see `PlainTextPrinter`).
    public var description: String { PlainTextPrinter.text(self) }
}
