/// Canonical scalar invariants of Minkowski 4-vectors, spelled as symbols.
///
/// - `a.b`: the Minkowski product, arguments in UTF-8 order (symmetric).
/// - `eps(a,b,c,d)`: the Levi-Civita contraction ε_{μνρσ} a^μ b^ν c^ρ d^σ, arguments
///   sorted with the sign of the sorting permutation in front, zero on a repeated argument.
/// The metric signature and the sign of ε^{0123} are conventions of the layer that
/// produces these atoms (Dirac); this type only fixes their spelling.
public enum LorentzInvariants {
    /// The symbol `a.b` with the two names in UTF-8 order.
    public static func dotSymbol(_ a: String, _ b: String) -> Symbol {
        Symbol.minkowskiDot(a, b)
    }

    /// The atom a·b as a polynomial.
    public static func dot(_ a: String, _ b: String) -> Polynomial {
        Polynomial(dotSymbol(a, b))
    }

    /// (sign, canonical symbol) of ε(a,b,c,d), nil when two arguments coincide.
    public static func epsilonSymbol(_ a: String, _ b: String, _ c: String, _ d: String) -> (Int, Symbol)? {
        guard let (sign, s) = sortedWithParity([a, b, c, d]) else { return nil }
        return (sign, Symbol.epsilon(sorted: s))
    }

    /// The atom ε(a,b,c,d) with its sign, or zero.
    public static func epsilon(_ a: String, _ b: String, _ c: String, _ d: String) -> Polynomial {
        guard let (sign, symbol) = epsilonSymbol(a, b, c, d) else { return .zero }
        return Polynomial(monomial: Monomial(symbol), coefficient: Rational(sign))
    }

    /// An atom's arguments, read from its stored structure: ("dot", [a,b]) for `a.b`,
    /// ("eps", [a,b,c,d]).
    public static func decompose(_ symbol: Symbol) -> (kind: String, arguments: [String])? {
        let s = symbol.structure
        switch s.kind {
        case .minkowskiDot: return ("dot", s.operands)
        case .epsilon: return ("eps", s.operands)
        default: return nil
        }
    }
}
