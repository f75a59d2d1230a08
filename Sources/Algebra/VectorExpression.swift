/// A Euclidean 3-vector expression: Σ cᵢ·eᵢ with polynomial coefficients cᵢ, where each
/// basis element eᵢ is a named vector `a` or a cross product `a×b` of two named vectors.
///
/// Canonical form: `terms` sorted by basis (names before cross products, each by UTF-8
/// order), no zero coefficient, no repeated basis element; a cross product is stored as
/// `cross(a,b)` with a < b (`b×a = −a×b`, `a×a = 0`). Deeper products never survive:
/// - (a×b)×c = b(a·c) − a(b·c),  a×(b×c) = b(a·c) − c(a·b)  (BAC−CAB)
/// - (a×b)×(c×d) = c[a,b,d] − d[a,b,c]                      ([x,y,z] = x·(y×z))
/// Scalar products go to the atoms of `Vector3Space`:
/// - a·(b×c) = [a,b,c],  (a×b)·(c×d) = (a·c)(b·d) − (a·d)(b·c)  (Lagrange)
public struct VectorExpression: Hashable, Sendable {
    /// A basis element: a named vector or the cross product of two named vectors (a < b).
    public enum Basis: Hashable, Comparable, Sendable, CustomStringConvertible {
        case vector(String)
        case cross(String, String)

        public static func < (x: Basis, y: Basis) -> Bool {
            switch (x, y) {
            case let (.vector(a), .vector(b)): return a.utf8.lexicographicallyPrecedes(b.utf8)
            case (.vector, .cross): return true
            case (.cross, .vector): return false
            case let (.cross(a, b), .cross(c, d)):
                if a != c { return a.utf8.lexicographicallyPrecedes(c.utf8) }
                return b.utf8.lexicographicallyPrecedes(d.utf8)
            }
        }

        /// `a` or `cross(a,b)` (the parser's spelling).
        public var description: String {
            switch self {
            case .vector(let a): return a
            case let .cross(a, b): return "cross(\(a),\(b))"
            }
        }
    }

    public struct Term: Hashable, Sendable {
        public let basis: Basis
        public let coefficient: Polynomial
    }

    public let terms: [Term]

    public static let zero = VectorExpression(canonical: [])

    init(canonical terms: [Term]) {
        self.terms = terms
        assert(zip(terms, terms.dropFirst()).allSatisfy { $0.basis < $1.basis } && terms.allSatisfy { !$0.coefficient.isZero },
               "non-canonical vector expression")
    }

    /// The named vector `name`.
    public init(_ name: String) {
        self.init(canonical: [Term(basis: .vector(name), coefficient: .one)])
    }

    /// a×b in canonical form (sign flipped when b < a, zero when a = b).
    public static func cross(_ a: String, _ b: String) -> VectorExpression {
        if a == b { return .zero }
        if a.utf8.lexicographicallyPrecedes(b.utf8) {
            return VectorExpression(canonical: [Term(basis: .cross(a, b), coefficient: .one)])
        }
        return VectorExpression(canonical: [Term(basis: .cross(b, a), coefficient: -Polynomial.one)])
    }

    /// Builds the canonical form from arbitrary (basis, coefficient) pairs; a `.cross`
    /// basis element in either order is accepted and canonicalized.
    public init(collecting pairs: [(Basis, Polynomial)]) throws {
        var table: [Basis: Polynomial] = [:]
        for (basis, c) in pairs {
            var key = basis, c = c
            if case let .cross(a, b) = basis {
                if a == b { continue }
                if b.utf8.lexicographicallyPrecedes(a.utf8) { key = .cross(b, a); c = -c }
            }
            table[key] = (table[key] ?? .zero) + c
        }
        self.init(canonical: table.filter { !$0.value.isZero }.sorted { $0.key < $1.key }
            .map { Term(basis: $0.key, coefficient: $0.value) })
    }

    public var isZero: Bool { terms.isEmpty }

    /// The coefficient of one basis element (zero when absent).
    public func coefficient(of basis: Basis) -> Polynomial {
        terms.first { $0.basis == basis }?.coefficient ?? .zero
    }
}

// MARK: - Linear structure

extension VectorExpression {
    public static func + (u: VectorExpression, v: VectorExpression) throws -> VectorExpression {
        if u.isZero { return v }
        if v.isZero { return u }
        return try VectorExpression(collecting: (u.terms + v.terms).map { ($0.basis, $0.coefficient) })
    }

    public static prefix func - (u: VectorExpression) -> VectorExpression {
        VectorExpression(canonical: u.terms.map { Term(basis: $0.basis, coefficient: -$0.coefficient) })
    }

    public static func - (u: VectorExpression, v: VectorExpression) throws -> VectorExpression {
        try u + (-v)
    }

    /// Scalar multiple s·u.
    public static func * (s: Polynomial, u: VectorExpression) throws -> VectorExpression {
        if s.isZero { return .zero }
        return VectorExpression(canonical: try u.terms.compactMap {
            let c = try s * $0.coefficient
            return c.isZero ? nil : Term(basis: $0.basis, coefficient: c)
        })
    }

    /// Division by a single-term polynomial (exact); any other divisor throws.
    public static func / (u: VectorExpression, s: Polynomial) throws -> VectorExpression {
        VectorExpression(canonical: try u.terms.map { Term(basis: $0.basis, coefficient: try $0.coefficient / s) })
    }
}

// MARK: - Products

extension VectorExpression {
    /// u×v, bilinear over the basis rules in the type's documentation; coefficients are
    /// normalized in `space` (unit norms, Gram reduction of triple products).
    public func cross(_ v: VectorExpression, in space: Vector3Space = Vector3Space()) throws -> VectorExpression {
        var pairs: [(Basis, Polynomial)] = []
        for s in terms {
            for t in v.terms {
                let c = try s.coefficient * t.coefficient
                for (basis, k) in try VectorExpression.crossBasis(s.basis, t.basis, space) {
                    pairs.append((basis, try space.normalized(c * k)))
                }
            }
        }
        return try VectorExpression(collecting: pairs)
    }

    /// u·v as a polynomial in the atoms of `space`, normalized there.
    public func dot(_ v: VectorExpression, in space: Vector3Space = Vector3Space()) throws -> Polynomial {
        var parts: [Polynomial] = []
        for s in terms {
            for t in v.terms {
                let k = try VectorExpression.dotBasis(s.basis, t.basis, space)
                parts.append(try s.coefficient * t.coefficient * k)
            }
        }
        return try space.normalized(Polynomial.sum(parts))
    }

    /// x×y of two basis elements as (basis, coefficient) pairs.
    static func crossBasis(_ x: Basis, _ y: Basis, _ space: Vector3Space) throws -> [(Basis, Polynomial)] {
        switch (x, y) {
        case let (.vector(a), .vector(b)):
            return [(.cross(a, b), .one)]
        case let (.cross(a, b), .vector(c)):
            // (a×b)×c = b(a·c) − a(b·c)
            return [(.vector(b), space.dot(a, c)), (.vector(a), -space.dot(b, c))]
        case let (.vector(a), .cross(b, c)):
            // a×(b×c) = b(a·c) − c(a·b)
            return [(.vector(b), space.dot(a, c)), (.vector(c), -space.dot(a, b))]
        case let (.cross(a, b), .cross(c, d)):
            // (a×b)×(c×d) = c[a,b,d] − d[a,b,c]
            return [(.vector(c), space.triple(a, b, d)), (.vector(d), -space.triple(a, b, c))]
        }
    }

    /// x·y of two basis elements.
    static func dotBasis(_ x: Basis, _ y: Basis, _ space: Vector3Space) throws -> Polynomial {
        switch (x, y) {
        case let (.vector(a), .vector(b)):
            return space.dot(a, b)
        case let (.vector(a), .cross(b, c)), let (.cross(b, c), .vector(a)):
            // a·(b×c) = (b×c)·a = [a,b,c]
            return space.triple(a, b, c)
        case let (.cross(a, b), .cross(c, d)):
            // (a×b)·(c×d) = (a·c)(b·d) − (a·d)(b·c)
            return try space.dot(a, c) * space.dot(b, d) - space.dot(a, d) * space.dot(b, c)
        }
    }
}

extension VectorExpression: CustomStringConvertible {
    /// Plain text in the parser's syntax, e.g. `2*a - dot(a,b)*cross(b,c)`.
    public var description: String {
        if terms.isEmpty { return "0" }
        var out = ""
        for (i, t) in terms.enumerated() {
            let c = t.coefficient
            if c.terms.count == 1 {
                let term = c.terms[0]
                let negative = term.coefficient.isNegative
                out += i == 0 ? (negative ? "-" : "") : (negative ? " - " : " + ")
                let magnitude = Polynomial(monomial: term.monomial, coefficient: negative ? -term.coefficient : term.coefficient)
                out += magnitude == .one ? t.basis.description : "\(PlainTextPrinter.text(magnitude, asFactor: true))*\(t.basis)"
            } else {
                out += (i == 0 ? "" : " + ") + "(\(PlainTextPrinter.text(c)))*\(t.basis)"
            }
        }
        return out
    }
}
