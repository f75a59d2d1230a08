import Algebra

/// Canonical scalar atoms of Lorentz algebra, as `Symbol`s of `Algebra.Polynomial`:
/// - `a.b`: the Minkowski product a^μ b_μ, names in UTF-8 order;
/// - `eps(a,b,c,d)`: ε_{μνρσ} a^μ b^ν c^ρ d^σ, names sorted with the permutation sign
///   in the coefficient, zero when a name repeats.
/// Products of frame vectors e0…e3 are evaluated at once (e_μ·e_ν = g_μν, ε(e0,e1,e2,e3) = −1).
public enum LorentzAtom {
    case dot(String, String)
    case epsilon([String])

    /// The polynomial for a·b.
    public static func scalarProduct(_ a: String, _ b: String) -> Polynomial {
        if let i = frameIndex(a), let j = frameIndex(b) {
            return i != j ? .zero : Polynomial(i == 0 ? 1 : -1)
        }
        return Polynomial(dotSymbol(a, b))
    }

    public static func dotSymbol(_ a: String, _ b: String) -> Symbol {
        Symbol(a.utf8.lexicographicallyPrecedes(b.utf8) || a == b ? "\(a).\(b)" : "\(b).\(a)")
    }

    /// The polynomial for eps(a,b,c,d).
    public static func levi(_ names: [String]) -> Polynomial {
        precondition(names.count == 4)
        guard let (sign, sorted) = sortedWithParity(names) else { return .zero }
        if sorted.allSatisfy({ frameIndex($0) != nil }) {
            // sorted == [e0,e1,e2,e3]: ε_{0123} = −ε^{0123} = −1.
            return Polynomial(-sign * Conventions.epsilon0123)
        }
        return Polynomial(monomial: Monomial(Symbol("eps(\(sorted.joined(separator: ",")))")), coefficient: Rational(sign))
    }

    /// The frame index μ of e_μ, or nil.
    public static func frameIndex(_ name: String) -> Int? {
        Conventions.frameVectors.firstIndex(of: name)
    }

    /// Recognizes an atom's spelling.
    public init?(_ symbol: Symbol) {
        let name = symbol.name
        if name.hasPrefix("eps(") && name.hasSuffix(")") {
            let args = name.dropFirst(4).dropLast().split(separator: ",").map(String.init)
            guard args.count == 4 else { return nil }
            self = .epsilon(args)
            return
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !name.contains("(") else { return nil }
        self = .dot(String(parts[0]), String(parts[1]))
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
