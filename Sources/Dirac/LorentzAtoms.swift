import Algebra

/// Canonical scalar atoms of Lorentz algebra, as `Symbol`s of `Algebra.Polynomial`:
/// - `a.b`: the Minkowski product a^μ b_μ, names in UTF-8 order;
/// - `eps(a,b,c,d)`: ε_{μνρσ} a^μ b^ν c^ρ d^σ, names sorted with the permutation sign
///   in the coefficient, zero when a name repeats.
/// Products of frame vectors e0…e3 are evaluated at once (e_μ·e_ν = g_μν, ε(e0,e1,e2,e3) = −1).
public enum LorentzAtom {
    case dot(String, String)
    case epsilon([String])

    /// The polynomial for a·b (spelling from `Algebra.LorentzInvariants`).
    public static func scalarProduct(_ a: String, _ b: String) -> Polynomial {
        if let i = frameIndex(a), let j = frameIndex(b) {
            return i != j ? .zero : Polynomial(i == 0 ? 1 : -1)
        }
        return LorentzInvariants.dot(a, b)
    }

    public static func dotSymbol(_ a: String, _ b: String) -> Symbol { LorentzInvariants.dotSymbol(a, b) }

    /// The polynomial for eps(a,b,c,d) (spelling from `Algebra.LorentzInvariants`).
    public static func levi(_ names: [String]) -> Polynomial {
        precondition(names.count == 4)
        if Set(names).count == 4, names.allSatisfy({ frameIndex($0) != nil }) {
            // ε(e0,e1,e2,e3) = ε_{0123} = −ε^{0123} = −1; a permutation carries its sign.
            guard let (sign, _) = sortedWithParity(names) else { return .zero }
            return Polynomial(-sign * Conventions.epsilon0123)
        }
        return LorentzInvariants.epsilon(names[0], names[1], names[2], names[3])
    }

    /// The frame index μ of e_μ, or nil.
    public static func frameIndex(_ name: String) -> Int? {
        Conventions.frameVectors.firstIndex(of: name)
    }

    /// Recognizes an atom's spelling.
    public init?(_ symbol: Symbol) {
        guard let (kind, arguments) = LorentzInvariants.decompose(symbol) else { return nil }
        switch kind {
        case "dot" where arguments.count == 2 && !arguments[0].isEmpty && !arguments[1].isEmpty:
            self = .dot(arguments[0], arguments[1])
        case "eps" where arguments.count == 4:
            self = .epsilon(arguments)
        default:
            return nil
        }
    }
}

extension LorentzAtom {
    /// Substitutes, simultaneously, every Lorentz atom of `p` for which `replacement` returns
    /// a value (atoms it returns nil for, and all other symbols, are kept).
    public static func rewriting(_ p: Polynomial, _ replacement: (Symbol, LorentzAtom) throws -> Polynomial?) throws -> Polynomial {
        var map: [Symbol: Polynomial] = [:]
        for symbol in p.symbols {
            guard let atom = LorentzAtom(symbol), let value = try replacement(symbol, atom) else { continue }
            map[symbol] = value
        }
        return map.isEmpty ? p : try p.substituting(map)
    }
}
