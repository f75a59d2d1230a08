/// Exact angular averages of polynomials in the 3-vector invariants of `Vector3Space`.
///
/// Every invariant that involves a unit direction n is linear in n: `dot(n,X)` = n·X and
/// `triple(…)` = n·(Y×Z) after a cyclic rotation. A term is therefore c·Π_i (n·V_i)^{m_i},
/// and its average follows from the isotropic tensors
///
///     sphere (3D, unit n):        ⟨n_{i1}…n_{i2k}⟩ = Σ_pairings δ…δ / (2k + 1)!!
///     circle (2D, unit n ⊥ Ω):    ⟨n_{i1}…n_{i2k}⟩ = Σ_pairings δ^⊥…δ^⊥ / (2·4·…·2k)
///
/// (odd moments vanish; (2k−1)!! pairings; δ^⊥ = δ − ΩΩ). Pairings of a multiset of
/// factors are summed recursively with multiplicities. Results are normalized in the
/// given space (unit norms, Gram reduction of triple products).
public enum AngularAverages {
    /// The azimuthal average of `p` over Ω' = μ'Ω + s about the axis Ω (Ω, Ω' unit):
    ///
    ///     (1/2π) ∫_0^{2π} dφ p,   s ⊥ Ω,  |s|² = 1 − μ'²,
    ///     ⟨Π_{i=1}^{2k} (s·a_i)⟩ = (1 − μ'²)^k/(2^k k!) Σ_pairings Π (a⊥·b⊥),
    ///     a⊥·b⊥ = a·b − (Ω·a)(Ω·b),
    ///
    /// so each Ω'·V = μ'(Ω·V) + s·V is expanded binomially. `dot(axis,primed)` becomes
    /// `cosine` (μ', a plain symbol that may also occur in `p`). The result is a polynomial
    /// in μ' and in invariants without `primed`. Throws if Ω or Ω' is not a unit vector of
    /// `space` or if an invariant with `primed` has a negative exponent.
    public static func azimuthal(_ p: Polynomial, of primed: String, about axis: String, cosine: Symbol,
                                 in space: Vector3Space) throws -> Polynomial {
        try requireUnit([primed, axis], in: space)
        let muSquared = Polynomial(cosine, 2)
        let perpendicularNormSquared = Polynomial.one - muSquared  // |s|² = 1 − μ'²
        let axisVector = VectorExpression(axis)
        var parts: [Polynomial] = []
        for (factors, rest) in try grouped(space.normalized(p), by: primed) {
            let vectors = factors.map(\.vector)
            let counts = factors.map(\.count)
            let axial = try vectors.map { try axisVector.dot($0, in: space) }  // Ω·V_i
            var pairings = PairingSum(values: try vectors.map { v in
                try vectors.map { w in try v.dot(w, in: space) - axisVector.dot(v, in: space) * axisVector.dot(w, in: space) }
            })
            // Sum over j_i ∈ 0...m_i copies of s·V_i, the rest μ'(Ω·V_i).
            var total: [Polynomial] = []
            var choice = Array(repeating: 0, count: counts.count)
            func visit(_ i: Int) throws {
                if i == counts.count {
                    let J = choice.reduce(0, +)
                    guard J % 2 == 0 else { return }
                    var weight = Polynomial.one
                    for (index, j) in choice.enumerated() {
                        let axialPart = try (Polynomial(cosine) * axial[index]).power(counts[index] - j)
                        weight = try weight * axialPart.scaled(by: binomialCoefficient(counts[index], j))
                    }
                    let k = J / 2
                    let normalization = try Rational.one / (Rational(2).power(k) * factorial(k))
                    let sPart = try perpendicularNormSquared.power(k).scaled(by: normalization)
                    total.append(try weight * sPart * pairings.sum(choice))
                    return
                }
                for j in 0...counts[i] {
                    choice[i] = j
                    try visit(i + 1)
                }
                choice[i] = 0
            }
            try visit(0)
            parts.append(try Polynomial.sum(total) * rest)
        }
        return try space.normalized(Polynomial.sum(parts))
    }

    /// The sphere average ∫dΩ/4π p over the unit vector `direction`:
    /// ⟨Π_{i=1}^{2k} (Ω·V_i)⟩ = Σ_pairings Π (V_a·V_b) / (2k + 1)!!, odd products 0.
    public static func sphere(_ p: Polynomial, over direction: String, in space: Vector3Space) throws -> Polynomial {
        try requireUnit([direction], in: space)
        var parts: [Polynomial] = []
        for (factors, rest) in try grouped(space.normalized(p), by: direction) {
            let total = factors.reduce(0) { $0 + $1.count }
            if total % 2 == 1 { continue }
            var pairings = try PairingSum(factors: factors, space: space)
            let value = try pairings.sum(factors.map(\.count)).scaled(by: Rational.one / doubleFactorial(total + 1))
            parts.append(try value * rest)
        }
        return try space.normalized(Polynomial.sum(parts))
    }

    /// The first moment ∫dΩ/4π Ω p over the unit vector `direction`, a 3-vector:
    /// ⟨Ω Π_{i=1}^{2k−1} (Ω·V_i)⟩ = Σ_i V_i Σ_pairings(rest) / (2k + 1)!!
    /// (the free index pairs with one factor; with multiplicity m_i per distinct V_i).
    /// Examples: ⟨Ω(Ω·a)⟩ = a/3, ⟨Ω(Ω·a)(Ω·b)(Ω·c)⟩ = [a(b·c) + b(a·c) + c(a·b)]/15.
    public static func sphereFirstMoment(_ p: Polynomial, over direction: String,
                                         in space: Vector3Space) throws -> VectorExpression {
        try requireUnit([direction], in: space)
        var result = VectorExpression.zero
        for (factors, rest) in try grouped(space.normalized(p), by: direction) {
            let total = factors.reduce(0) { $0 + $1.count }
            if total % 2 == 0 { continue }
            var pairings = try PairingSum(factors: factors, space: space)
            let normalization = try Rational.one / doubleFactorial(total + 2)
            var counts = factors.map(\.count)
            for (i, factor) in factors.enumerated() {
                counts[i] -= 1
                let coefficient = try (pairings.sum(counts) * rest).scaled(by: normalization * Rational(factor.count))
                counts[i] += 1
                result = try result + space.normalizedVector(coefficient * factor.vector)
            }
        }
        return result
    }

    /// ∫dΩ/4π v for a vector integrand v = Σ c_e e: basis `direction` gives the first
    /// moment of c, Ω×X and X×Ω its cross product with X, any other basis ⟨c⟩·e.
    public static func sphere(_ v: VectorExpression, over direction: String, in space: Vector3Space) throws -> VectorExpression {
        var result = VectorExpression.zero
        for t in v.terms {
            let piece: VectorExpression
            switch t.basis {
            case .vector(let a) where a == direction:
                piece = try sphereFirstMoment(t.coefficient, over: direction, in: space)
            case let .cross(a, b) where a == direction:
                piece = try sphereFirstMoment(t.coefficient, over: direction, in: space).cross(VectorExpression(b), in: space)
            case let .cross(a, b) where b == direction:
                piece = try VectorExpression(a).cross(sphereFirstMoment(t.coefficient, over: direction, in: space), in: space)
            default:
                piece = try sphere(t.coefficient, over: direction, in: space) * (try VectorExpression(collecting: [(t.basis, .one)]))
            }
            result = try result + piece
        }
        return result
    }

    /// The vector V with atom = n·V, or nil when the atom does not involve n:
    /// dot(n,X) → X,  triple(n,y,z) → y×z,  triple(x,n,z) → z×x,  triple(x,y,n) → x×y.
    public static func directionFactor(of atom: Symbol, direction n: String) -> VectorExpression? {
        guard let (kind, arguments) = Vector3Space.decompose(atom), arguments.contains(n) else { return nil }
        if kind == "dot" {
            return VectorExpression(arguments[0] == n ? arguments[1] : arguments[0])
        }
        let (x, y, z) = (arguments[0], arguments[1], arguments[2])
        if x == n { return VectorExpression.cross(y, z) }
        if y == n { return VectorExpression.cross(z, x) }
        return VectorExpression.cross(x, y)
    }

    // MARK: - Implementation

    struct Factor {
        let vector: VectorExpression
        let count: Int
    }

    static func requireUnit(_ names: [String], in space: Vector3Space) throws {
        for n in names where !space.unitVectors.contains(n) {
            throw AlgebraError.undefined("angular average needs \(n) to be a unit vector of the space")
        }
    }

    /// Splits `p` = Σ_M M·rest_M, M the product of the invariants involving `direction`;
    /// returns (factors of M, rest_M) in ascending order of M (deterministic).
    static func grouped(_ p: Polynomial, by direction: String) throws -> [(factors: [Factor], rest: Polynomial)] {
        var groups: [Monomial: PolynomialAccumulator] = [:]
        for t in p.terms {
            var involved: [Monomial.Power] = [], others: [Monomial.Power] = []
            for power in t.monomial.powers {
                if directionFactor(of: power.symbol, direction: direction) != nil {
                    guard power.exponent > 0 else {
                        throw AlgebraError.undefined("angular average of a negative power \(power.symbol)^\(power.exponent)")
                    }
                    involved.append(power)
                } else {
                    others.append(power)
                }
            }
            groups[Monomial(canonical: involved), default: PolynomialAccumulator()].add(Monomial(canonical: others), t.coefficient)
        }
        return groups.keys.sorted().map { key in
            let factors = key.powers.map { Factor(vector: directionFactor(of: $0.symbol, direction: direction)!, count: $0.exponent) }
            return (factors, groups[key]!.polynomial)
        }
    }

    /// Σ over perfect matchings of a multiset (counts[i] copies of item i) of Π values[a][b],
    /// memoized on the counts.
    struct PairingSum {
        let values: [[Polynomial]]
        var memo: [[Int]: Polynomial] = [:]

        init(values: [[Polynomial]]) { self.values = values }

        /// Pair values V_a·V_b in `space`.
        init(factors: [Factor], space: Vector3Space) throws {
            self.init(values: try factors.map { f in try factors.map { g in try f.vector.dot(g.vector, in: space) } })
        }

        /// The first remaining copy of the first item pairs with each remaining copy.
        mutating func sum(_ counts: [Int]) throws -> Polynomial {
            guard let i = counts.firstIndex(where: { $0 > 0 }) else { return .one }
            if let known = memo[counts] { return known }
            var rest = counts
            rest[i] -= 1
            var parts: [Polynomial] = []
            for j in i..<rest.count where rest[j] > 0 {
                let multiplicity = rest[j]
                var remaining = rest
                remaining[j] -= 1
                parts.append(try (values[i][j] * sum(remaining)).scaled(by: Rational(multiplicity)))
            }
            let result = Polynomial.sum(parts)
            memo[counts] = result
            return result
        }
    }
}

extension Vector3Space {
    /// Every coefficient of `v` normalized (unit norms, Gram reduction).
    func normalizedVector(_ v: VectorExpression) throws -> VectorExpression {
        try VectorExpression(collecting: try v.terms.map { ($0.basis, try normalized($0.coefficient)) })
    }
}

/// n! as a rational (throws on overflow).
func factorial(_ n: Int) throws -> Rational {
    var r = Rational.one
    if n >= 2 { for i in 2...n { r = r * Rational(i) } }
    return r
}

/// n!! = n(n−2)(n−4)… (1 for n ≤ 0).
func doubleFactorial(_ n: Int) throws -> Rational {
    var r = Rational.one, i = n
    while i > 1 { r = r * Rational(i); i -= 2 }
    return r
}

/// C(n, k) = n!/(k!(n−k)!).
func binomialCoefficient(_ n: Int, _ k: Int) throws -> Rational {
    var r = Rational.one
    if k > 0 { for i in 0..<k { r = try r * Rational(n - i) / Rational(i + 1) } }
    return r
}
