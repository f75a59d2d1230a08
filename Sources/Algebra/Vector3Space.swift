/// Canonical scalar invariants of Euclidean 3-vectors, the atoms of every 3+1-split result.
///
/// Design: vectors stay symbolic (no components), so results read as the paper writes them.
/// - `dot(a,b)`: arguments in symbol order; `dot(a,a) = 1` for a declared unit vector.
/// - `triple(a,b,c) = a·(b×c)`: arguments sorted, sign of the sorting permutation in front,
///   zero when an argument repeats.
/// - A product of two triple products is replaced by the Gram determinant
///   `[a,b,c][d,e,f] = det(x_i·y_j)`, so at most one triple product survives per term.
/// Cross products never survive: `(a×b)·c` is a triple product, `(a×b)·(c×d)` and
/// `(a×b)×c` reduce to dot products (see `VectorExpression`).
///
/// This normal form is canonical for polynomials in which no four distinct vectors each
/// appear twice (the rank-3 Gram relations) and no five appear once alongside a triple
/// product (the 5-vector ε identity); all claims checked by this tool satisfy that, and the
/// numeric cross-checks would expose any spurious difference.
public struct Vector3Space: Sendable, Hashable {
    /// Names of the unit vectors (|v| = 1), e.g. Ω, Ω', B̂.
    public let unitVectors: Set<String>

    public init(unitVectors: Set<String> = []) { self.unitVectors = unitVectors }

    /// The atom a·b (1 for a·a with a unit).
    public func dot(_ a: String, _ b: String) -> Polynomial {
        if a == b && unitVectors.contains(a) { return .one }
        return Polynomial(Vector3Space.dotSymbol(a, b))
    }

    /// The atom a·(b×c) with its sign, or zero.
    public func triple(_ a: String, _ b: String, _ c: String) -> Polynomial {
        guard let (sign, symbol) = Vector3Space.tripleSymbol(a, b, c) else { return .zero }
        return Polynomial(monomial: Monomial(symbol), coefficient: Rational(sign))
    }

    public static func dotSymbol(_ a: String, _ b: String) -> Symbol {
        Symbol.dot(a, b)
    }

    /// (sign, canonical symbol) of a·(b×c), nil when two arguments coincide.
    public static func tripleSymbol(_ a: String, _ b: String, _ c: String) -> (Int, Symbol)? {
        guard let (sign, sorted) = sortedWithParity([a, b, c]) else { return nil }
        return (sign, Symbol.triple(sorted: sorted))
    }

    /// An atom's arguments, read from its stored structure: ("dot", [a,b]) or ("triple", [a,b,c]).
    public static func decompose(_ symbol: Symbol) -> (kind: String, arguments: [String])? {
        let s = symbol.structure
        switch s.kind {
        case .dot: return ("dot", s.operands)
        case .triple: return ("triple", s.operands)
        default: return nil
        }
    }

    /// Reduces products of triple products (Gram determinant) and unit norms in `p`.
    public func normalized(_ p: Polynomial) throws -> Polynomial {
        var parts: [Polynomial] = []
        var changed = false
        for t in p.terms {
            var triples: [[String]] = []
            var rest: [Monomial.Power] = []
            for power in t.monomial.powers {
                if let (kind, args) = Vector3Space.decompose(power.symbol) {
                    if kind == "triple" && power.exponent > 0 {
                        triples.append(contentsOf: Array(repeating: args, count: power.exponent)); continue
                    }
                    if kind == "dot" && args[0] == args[1] && unitVectors.contains(args[0]) { changed = true; continue }
                }
                rest.append(power)
            }
            var factor = Polynomial(monomial: Monomial(canonical: rest), coefficient: t.coefficient)
            while triples.count >= 2 {
                changed = true
                let x = triples.removeLast(), y = triples.removeLast()
                factor = try factor * gram(x, y)
            }
            if let x = triples.first { factor = try factor * triple(x[0], x[1], x[2]) }
            parts.append(factor)
        }
        return changed ? try normalized(Polynomial.sum(parts)) : p
    }

    /// det(x_i · y_j) for two triples of vector names.
    func gram(_ x: [String], _ y: [String]) throws -> Polynomial {
        let d = { (i: Int, j: Int) in self.dot(x[i], y[j]) }
        var total = Polynomial.zero
        for (perm, sign) in [([0, 1, 2], 1), ([1, 2, 0], 1), ([2, 0, 1], 1), ([0, 2, 1], -1), ([2, 1, 0], -1), ([1, 0, 2], -1)] {
            let product = try d(0, perm[0]) * d(1, perm[1]) * d(2, perm[2])
            total = total + product.scaled(by: Rational(sign))
        }
        return total
    }
}

/// Sorts names by UTF-8 order, returning the permutation's sign; nil if two coincide.
public func sortedWithParity(_ names: [String]) -> (Int, [String])? {
    var a = names, sign = 1
    for i in 0..<a.count {
        for j in 0..<(a.count - 1 - i) {
            if a[j] == a[j + 1] { return nil }
            if a[j + 1].utf8.lexicographicallyPrecedes(a[j].utf8) { a.swapAt(j, j + 1); sign = -sign }
        }
    }
    for i in 1..<max(a.count, 1) where a[i] == a[i - 1] { return nil }
    return (sign, a)
}
