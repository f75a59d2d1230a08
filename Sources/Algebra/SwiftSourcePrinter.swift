/// Swift source for evaluating a real polynomial in `Double` arithmetic.
///
/// Powers are repeated multiplication (`x*x*x`, `/(m*m)` for negative exponents),
/// rational coefficients are literals `(3.0/2.0)`, and no library function (`pow`) is
/// used, so the generated code needs only the standard library. `identifier` maps each
/// symbol (including structured atoms such as `dot(B,Om)`) to a Swift identifier; the
/// polynomial should be free of `I` (split with `realPart`/`imaginaryPart` first).
public struct SwiftSourcePrinter {
    public let identifier: (Symbol) -> String

    public init(identifier: @escaping (Symbol) -> String) { self.identifier = identifier }

    /// One expression: `-2.0 - (3.0/2.0)*cA*cV/m + x*x*x`; `0.0` for zero.
    public func expression(_ p: Polynomial) -> String {
        p.signedTermsText(zero: "0.0", term: term)
    }

    /// One statement per term, which keeps long sums cheap for the Swift type checker:
    /// `var r = 0.0` then `r += …` / `r -= …` lines (no trailing newline).
    public func statements(_ p: Polynomial, accumulator: String) -> String {
        var lines = ["var \(accumulator) = 0.0"]
        for t in p.terms {
            let negative = t.coefficient.isNegative
            lines.append("\(accumulator) \(negative ? "-=" : "+=") \(term(t.monomial, negative ? -t.coefficient : t.coefficient))")
        }
        return lines.joined(separator: "\n")
    }

    /// A term with positive coefficient `c`.
    func term(_ m: Monomial, _ c: Rational) -> String {
        let up = m.powers.filter { $0.exponent > 0 }.flatMap { Array(repeating: identifier($0.symbol), count: $0.exponent) }
        let down = m.powers.filter { $0.exponent < 0 }.flatMap { Array(repeating: identifier($0.symbol), count: -$0.exponent) }
        let literal = c.isInteger ? "\(c.numerator).0" : "(\(c.numerator).0/\(c.denominator).0)"
        var out = ((c.isOne && !up.isEmpty ? [] : [literal]) + up).joined(separator: "*")
        if down.count == 1 { out += "/" + down[0] }
        if down.count > 1 { out += "/(" + down.joined(separator: "*") + ")" }
        return out
    }
}
