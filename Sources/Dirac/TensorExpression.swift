import Algebra

/// A factor that still carries a free Lorentz index: g^{μν}, a^μ (pair with one vector), or
/// ε with at least one index slot. Factors without indices live in the coefficient as atoms.
public enum TensorFactor: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// g(x, y) with x ≤ y: the metric, a^μ, or (never stored) a·b.
    case pair(Slot, Slot)
    /// ε with four slots in canonical (sorted) order.
    case levi([Slot])

    public static func < (a: TensorFactor, b: TensorFactor) -> Bool {
        switch (a, b) {
        case let (.pair(x1, y1), .pair(x2, y2)): return (x1, y1) < (x2, y2)
        case (.pair, .levi): return true
        case (.levi, .pair): return false
        case let (.levi(s), .levi(t)): return s.lexicographicallyPrecedes(t)
        }
    }

    public var description: String {
        switch self {
        case let .pair(x, y): return "g(\(x),\(y))"
        case let .levi(s): return "eps(\(s.map(\.description).joined(separator: ",")))"
        }
    }
}

/// A sum of tensor monomials with polynomial coefficients, in normal form: every repeated
/// index contracted, at most one ε per term, factors sorted, terms sorted by factor list.
/// A fully contracted expression is a `Polynomial` (see `scalar`).
public struct TensorExpression: Hashable, Sendable {
    public struct Term: Hashable, Sendable {
        public let factors: [TensorFactor]
        public let coefficient: Polynomial
    }

    public let terms: [Term]

    public static let zero = TensorExpression(terms: [])

    init(terms: [Term]) { self.terms = terms }

    public init(_ scalar: Polynomial) {
        self.init(terms: scalar.isZero ? [] : [Term(factors: [], coefficient: scalar)])
    }

    /// The value when no free index remains, else nil.
    public var scalar: Polynomial? {
        if terms.isEmpty { return .zero }
        if terms.count == 1 && terms[0].factors.isEmpty { return terms[0].coefficient }
        return nil
    }

    /// Free indices, sorted.
    public var freeIndices: [String] {
        var seen = Set<String>()
        for t in terms { for f in t.factors { for s in f.slots where s.isIndex { seen.insert(s.name) } } }
        return seen.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    public static func + (a: TensorExpression, b: TensorExpression) throws -> TensorExpression {
        try sum([a, b])
    }

    public static prefix func - (a: TensorExpression) -> TensorExpression {
        TensorExpression(terms: a.terms.map { Term(factors: $0.factors, coefficient: -$0.coefficient) })
    }

    /// Σ parts through one accumulator (linear in the total size).
    public static func sum(_ parts: [TensorExpression]) throws -> TensorExpression {
        var builder = TensorBuilder()
        for part in parts { for t in part.terms { try builder.add(t.factors, t.coefficient) } }
        return try builder.expression()
    }

    /// The product, with every repeated index contracted.
    public static func * (a: TensorExpression, b: TensorExpression) throws -> TensorExpression {
        var budget = Budget()
        return try a.multiplied(by: b, budget: &budget)
    }

    /// Σ|coefficient terms|: the size a product is estimated from.
    public var size: Int { terms.reduce(0) { Saturating.sum($0, $1.coefficient.terms.count) } }

    var hasLevi: Bool { terms.contains { $0.factors.contains { if case .levi = $0 { return true } else { return false } } } }

    /// The product, its work (size × size, × 24 when both sides carry an ε) charged first.
    public func multiplied(by b: TensorExpression, budget: inout Budget) throws -> TensorExpression {
        let pairs = Saturating.product(size, b.size)
        try budget.charge(hasLevi && b.hasLevi ? Saturating.product(24, pairs) : pairs,
                          for: "the product of traces of \(size) and \(b.size) terms")
        let a = self
        var builder = TensorBuilder()
        for s in a.terms {
            for t in b.terms {
                try builder.addContracting(s.factors + t.factors, try s.coefficient * t.coefficient)
            }
        }
        return try builder.expression()
    }

    /// Applies `f` to every coefficient (e.g. truncation or substitution).
    public func mapCoefficients(_ f: (Polynomial) throws -> Polynomial) throws -> TensorExpression {
        var builder = TensorBuilder()
        for t in terms { try builder.add(t.factors, try f(t.coefficient)) }
        return try builder.expression()
    }
}

extension TensorFactor {
    var slots: [Slot] {
        switch self {
        case let .pair(x, y): return [x, y]
        case let .levi(s): return s
        }
    }
}

/// Private accumulator: contracts raw products into normal form and merges equal factor lists.
struct TensorBuilder {
    private var table: [[TensorFactor]: PolynomialAccumulator] = [:]

    mutating func add(_ factors: [TensorFactor], _ coefficient: Polynomial) throws {
        if coefficient.isZero { return }
        table[factors, default: PolynomialAccumulator()].add(coefficient)
    }

    /// Adds `coefficient · Π factors` after contracting repeated indices.
    mutating func addContracting(_ factors: [TensorFactor], _ coefficient: Polynomial) throws {
        var pairs: [(Slot, Slot)] = []
        var levis: [[Slot]] = []
        for f in factors {
            switch f {
            case let .pair(x, y): pairs.append((x, y))
            case let .levi(s): levis.append(s)
            }
        }
        try addRaw(pairs: pairs, levis: levis, coefficient: coefficient)
    }

    /// Normalizes a raw product of pairs and ε's (see `Contraction`).
    mutating func addRaw(pairs: [(Slot, Slot)], levis: [[Slot]], coefficient: Polynomial) throws {
        for (factors, c) in try Contraction.normalize(pairs: pairs, levis: levis) {
            try add(factors, try coefficient * c)
        }
    }

    func expression() throws -> TensorExpression {
        TensorExpression(terms: table.compactMap { entry -> TensorExpression.Term? in
            let c = entry.value.polynomial
            return c.isZero ? nil : TensorExpression.Term(factors: entry.key, coefficient: c)
        }.sorted { $0.factors.lexicographicallyPrecedes($1.factors) })
    }
}

/// The contraction rules, applied until no index repeats:
/// g^μ_μ = 4; g(μ,x) g(μ,y) = g(x,y); g(μ,x) ε(…μ…) = ε(…x…); ε(…μ…μ…) = 0;
/// ε(a1..a4) ε(b1..b4) = −det[g(a_i, b_j)] (Minkowski, ε^{0123} = +1).
/// Index-free pairs become `a.b` atoms and index-free ε's `eps(…)` atoms.
enum Contraction {
    static func normalize(pairs: [(Slot, Slot)], levis: [[Slot]]) throws -> [([TensorFactor], Polynomial)] {
        try checkIndexMultiplicity(pairs.flatMap { [$0.0, $0.1] } + levis.flatMap { $0 })
        // Two ε's: replace by −det of pairs, then normalize each of the 24 products.
        if levis.count >= 2 {
            let a = levis[0], b = levis[1]
            var out: [([TensorFactor], Polynomial)] = []
            for (perm, sign) in permutations4 {
                let extra = (0..<4).map { (a[$0], b[perm[$0]]) }
                for (f, c) in try normalize(pairs: pairs + extra, levis: Array(levis.dropFirst(2))) {
                    out.append((f, c.scaled(by: Rational(-sign))))
                }
            }
            return out
        }
        var pairs = pairs
        var levi = levis.first
        var scalar = Rational.one
        var atoms = Monomial.one
        // Contract repeated indices.
        var progress = true
        while progress {
            progress = false
            for i in pairs.indices {
                let (x, y) = pairs[i]
                if x.isIndex && x == y {
                    pairs.remove(at: i)
                    scalar = scalar * Rational(Conventions.dimension)
                    progress = true; break
                }
                for s in [x, y] where s.isIndex {
                    let other = (s == x) ? y : x
                    if let j = pairs.indices.first(where: { $0 != i && (pairs[$0].0 == s || pairs[$0].1 == s) }) {
                        let (u, v) = pairs[j]
                        let partner = (u == s) ? v : u
                        pairs[i] = (other, partner)
                        pairs.remove(at: j)
                        progress = true; break
                    }
                    if var l = levi, let k = l.firstIndex(of: s) {
                        l[k] = other
                        levi = l
                        pairs.remove(at: i)
                        progress = true; break
                    }
                }
                if progress { break }
            }
        }
        // Index-free pairs become atoms.
        var factors: [TensorFactor] = []
        for (x, y) in pairs {
            if case let .vector(a) = x, case let .vector(b) = y {
                guard try absorb(LorentzAtom.scalarProduct(a, b)) else { return [] }
            } else {
                factors.append(x <= y ? .pair(x, y) : .pair(y, x))
            }
        }
        if let l = levi {
            guard Set(l).count == 4 else { return [] }
            if l.allSatisfy({ !$0.isIndex }) {
                guard try absorb(LorentzAtom.levi(l.map(\.name))) else { return [] }
            } else {
                guard let (sign, sorted) = sortedSlotsWithParity(l) else { return [] }
                factors.append(.levi(sorted))
                if sign < 0 { scalar = -scalar }
            }
        }
        /// Multiplies a single-term atom into (scalar, atoms); false when it is zero.
        func absorb(_ atom: Polynomial) throws -> Bool {
            guard let t = atom.terms.first else { return false }
            let (m, negated) = Monomial.product(atoms, t.monomial)
            atoms = m
            scalar = scalar * (negated ? -t.coefficient : t.coefficient)
            return true
        }
        return [(factors.sorted(), Polynomial(monomial: atoms, coefficient: scalar))]
    }

    /// An index names one summation: it may appear at most twice in a term.
    static func checkIndexMultiplicity(_ slots: [Slot]) throws {
        var counts: [String: Int] = [:]
        for s in slots where s.isIndex { counts[s.name, default: 0] += 1 }
        let repeated = counts.filter { $0.value > 2 }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        if let (name, count) = repeated.first {
            throw AlgebraError.undefined("Lorentz index '\(name)' appears \(count) times in one term; an index may appear at most twice")
        }
    }

    /// The 24 permutations of (0,1,2,3) with their signs.
    static let permutations4: [([Int], Int)] = {
        var out: [([Int], Int)] = []
        func go(_ prefix: [Int], _ rest: [Int], _ sign: Int) {
            if rest.isEmpty { out.append((prefix, sign)); return }
            for (k, r) in rest.enumerated() {
                var remaining = rest
                remaining.remove(at: k)
                go(prefix + [r], remaining, k % 2 == 0 ? sign : -sign)
            }
        }
        go([], [0, 1, 2, 3], 1)
        return out
    }()

    static func sortedSlotsWithParity(_ slots: [Slot]) -> (Int, [Slot])? {
        var a = slots, sign = 1
        for i in 0..<a.count {
            for j in 0..<(a.count - 1 - i) where a[j + 1] < a[j] {
                a.swapAt(j, j + 1); sign = -sign
            }
        }
        for i in 1..<a.count where a[i] == a[i - 1] { return nil }
        return (sign, a)
    }
}
