import Algebra

/// An element of the Clifford algebra: Σ coefficient · GammaString, coefficients being
/// polynomials (with the imaginary unit `I`) in scalar symbols.
///
/// Normal form: strings in normal form, sorted, merged, no zero coefficients.
public struct DiracExpression: Hashable, Sendable {
    public struct Term: Hashable, Sendable {
        public let string: GammaString
        public let coefficient: Polynomial
    }

    public let terms: [Term]

    init(terms: [Term]) { self.terms = terms }

    init(collecting pairs: [(GammaString, Polynomial)]) throws {
        var table: [GammaString: PolynomialAccumulator] = [:]
        for (s, c) in pairs where !c.isZero {
            table[s, default: PolynomialAccumulator()].add(c)
        }
        self.init(terms: table.compactMap { entry -> Term? in
            let c = entry.value.polynomial
            return c.isZero ? nil : Term(string: entry.key, coefficient: c)
        }.sorted { $0.string < $1.string })
    }

    public static let zero = DiracExpression(terms: [])
    public static let identity = DiracExpression(terms: [Term(string: GammaString([]), coefficient: .one)])
    public static let gamma5 = DiracExpression(terms: [Term(string: GammaString(hasGamma5: true, []), coefficient: .one)])

    /// c · 1.
    public init(scalar c: Polynomial) {
        self.init(terms: c.isZero ? [] : [Term(string: GammaString([]), coefficient: c)])
    }

    /// a̸ = γ^μ a_μ for a named 4-vector.
    public static func slash(_ vector: String) -> DiracExpression {
        DiracExpression(terms: [Term(string: GammaString([.vector(vector)]), coefficient: .one)])
    }

    /// γ^μ with a Lorentz index to be contracted (an index that appears twice is summed).
    public static func gamma(index: String) -> DiracExpression {
        DiracExpression(terms: [Term(string: GammaString([.index(index)]), coefficient: .one)])
    }

    /// γ^μ for a fixed μ ∈ 0…3 (upper index): γ^0 = e̸0, γ^i = −e̸i.
    public static func gamma(fixed mu: Int) -> DiracExpression {
        precondition((0...3).contains(mu))
        let e = slash(Conventions.frameVectors[mu])
        return mu == 0 ? e : -e
    }

    /// γ_μ for a fixed μ ∈ 0…3 (lower index): γ_μ = e̸_μ.
    public static func gamma(fixedLower mu: Int) -> DiracExpression {
        precondition((0...3).contains(mu))
        return slash(Conventions.frameVectors[mu])
    }

    /// σ^{xy} = (i/2)[γ^x, γ^y] for two slots (index or vector: σ^{μν} a_μ b_ν = σ(a,b)).
    public static func sigma(_ x: Slot, _ y: Slot) -> DiracExpression {
        let halfI = Polynomial(monomial: Monomial(.imaginaryUnit), coefficient: Rational.half)
        return DiracExpression(terms: [
            Term(string: GammaString([x, y]), coefficient: halfI),
            Term(string: GammaString([y, x]), coefficient: -halfI),
        ].sorted { $0.string < $1.string })
    }

    public static func + (a: DiracExpression, b: DiracExpression) throws -> DiracExpression {
        try DiracExpression(collecting: (a.terms + b.terms).map { ($0.string, $0.coefficient) })
    }

    public static func - (a: DiracExpression, b: DiracExpression) throws -> DiracExpression {
        try a + (-b)
    }

    public static prefix func - (a: DiracExpression) -> DiracExpression {
        DiracExpression(terms: a.terms.map { Term(string: $0.string, coefficient: -$0.coefficient) })
    }

    public static func * (a: DiracExpression, b: DiracExpression) throws -> DiracExpression {
        try a.multiplied(by: b, truncation: nil)
    }

    /// The product with every coefficient truncated (order Σ weight·exponent ≤ maxOrder); exact
    /// when no coefficient has terms of negative order (see `Truncation`).
    public func multiplied(by b: DiracExpression, truncation: Truncation?) throws -> DiracExpression {
        var budget = Budget()
        return try multiplied(by: b, truncation: truncation, budget: &budget)
    }

    /// Σ|coefficient terms|: the size a product is estimated from.
    public var size: Int { terms.reduce(0) { Saturating.sum($0, $1.coefficient.terms.count) } }

    /// Most slots of a gamma string (γ5 not counted).
    public var longestString: Int { terms.map { $0.string.slots.count }.max() ?? 0 }

    /// The product, its work (size × size) charged to `budget` first; a gamma string longer
    /// than `budget.maxGammaStringLength` (whose trace could never fit) is refused.
    public func multiplied(by b: DiracExpression, truncation: Truncation?, budget: inout Budget) throws -> DiracExpression {
        let length = longestString + b.longestString
        if length > budget.maxGammaStringLength {
            throw budget.exceeded("the trace of a product of \(length) gamma matrices",
                                  estimate: TraceCount.plain(length + length % 2))
        }
        try budget.charge(Saturating.product(size, b.size), for: "the product of Dirac expressions of \(size) and \(b.size) terms")
        var pairs: [(GammaString, Polynomial)] = []
        for s in terms {
            for t in b.terms {
                let (string, sign) = s.string.times(t.string)
                var c = try s.coefficient * t.coefficient
                if let truncation { c = truncation.apply(c) }
                pairs.append((string, sign < 0 ? -c : c))
            }
        }
        return try DiracExpression(collecting: pairs)
    }

    public func scaled(by c: Polynomial) throws -> DiracExpression {
        try DiracExpression(collecting: terms.map { ($0.string, try $0.coefficient * c) })
    }


    /// The Dirac conjugate γ^0 X† γ^0: strings reversed, γ5 → −γ5, coefficients conjugated.
    public var bar: DiracExpression {
        get throws {
            try DiracExpression(collecting: terms.map { t in
                let (s, sign) = t.string.bar
                let c = t.coefficient.conjugate
                return (s, sign < 0 ? -c : c)
            })
        }
    }

    /// Applies `f` to every coefficient.
    public func mapCoefficients(_ f: (Polynomial) throws -> Polynomial) throws -> DiracExpression {
        try DiracExpression(collecting: terms.map { ($0.string, try f($0.coefficient)) })
    }
}
