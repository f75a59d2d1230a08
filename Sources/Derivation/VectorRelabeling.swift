import Algebra

/// Linear maps of 3-vectors applied to polynomials in 3-vector invariants, and the degree
/// of a term in one vector.
public struct VectorRelabeling: Sendable {
    /// vector name → (new name, sign): e.g. Ω → Ω', q → −q.
    public let vectors: [String: (String, Int)]
    /// scalar symbol → scalar symbol: e.g. s ↔ s'.
    public let scalars: [Symbol: Symbol]
    public let space: Vector3Space

    public init(vectors: [String: (String, Int)], scalars: [Symbol: Symbol], space: Vector3Space) {
        self.vectors = vectors
        self.scalars = scalars
        self.space = space
    }

    public func apply(to p: Polynomial) throws -> Polynomial {
        var map: [Symbol: Polynomial] = [:]
        for symbol in p.symbols {
            if let target = scalars[symbol] { map[symbol] = Polynomial(target); continue }
            guard let (kind, args) = Vector3Space.decompose(symbol) else { continue }
            var sign = 1
            let renamed = args.map { a -> String in
                guard let (b, s) = vectors[a] else { return a }
                sign *= s
                return b
            }
            let atom = kind == "dot" ? space.dot(renamed[0], renamed[1]) : space.triple(renamed[0], renamed[1], renamed[2])
            map[symbol] = sign < 0 ? -atom : atom
        }
        return map.isEmpty ? p : try space.normalized(p.substituting(map))
    }
}

extension Monomial {
    /// How many times the 3-vector `name` occurs in this monomial's invariants.
    public func degree(inVector name: String) -> Int {
        var total = 0
        for p in powers {
            guard let (_, args) = Vector3Space.decompose(p.symbol) else { continue }
            total += p.exponent * args.filter { $0 == name }.count
        }
        return total
    }
}

extension Polynomial {
    /// The terms of degree exactly `degree` in the 3-vector `name`.
    public func part(degree: Int, inVector name: String) -> Polynomial {
        Polynomial.filtered(self) { $0.monomial.degree(inVector: name) == degree }
    }
}
