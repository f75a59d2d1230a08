import Algebra

/// Lays a formula out in the grouping of the paper's printed form, read off the transcription:
/// the printed polynomial fixes the prefactor (its common factor, with the power of k that makes
/// the bracket dimensionless, as the paper writes k/m and T/k), whether (1 − 2f0) is one factor
/// (when writing f0 = (1 − X)/2 leaves fewer distinct terms, as in Eqs. 33-37, 41, 43), and the
/// basis vector written after the bracket. A derived polynomial is then decomposed along the
/// same grouping (`layOut`), so that printed and derived can be compared term by term.
public struct PaperLayout {
    /// Couplings and other symbols that stay in a term's coefficient (c_V, c_A, F_2, C5).
    public var isCoefficient: (Symbol) -> Bool
    /// Unknown functions and basis vectors written on the right of a group (g, ∂g/∂k, h, ∂h/∂k).
    public var isOuter: (Symbol) -> Bool
    /// Basis vectors (a common one is written after the bracket).
    public var isVector: (Symbol) -> Bool
    /// Energy dimension of a symbol that may stand in a bracket (k, T: 1; ∂ⁿf0/∂kⁿ: −n; 0 otherwise).
    public var dimension: (Symbol) -> Int
    /// The unit of the brackets (k).
    public var unit: Symbol
    /// f0 of the combination (1 − 2f0).
    public var combinable: Symbol

    /// How the printed form groups: prefactor, trailing vector, and whether (1 − 2f0) is a factor.
    public struct Shape {
        public let prefactor: Polynomial
        public let trailing: Monomial
        public let usesCombination: Bool
    }

    public init(isCoefficient: @escaping (Symbol) -> Bool, isOuter: @escaping (Symbol) -> Bool,
                isVector: @escaping (Symbol) -> Bool, dimension: @escaping (Symbol) -> Int, unit: Symbol, combinable: Symbol) {
        self.isCoefficient = isCoefficient
        self.isOuter = isOuter
        self.isVector = isVector
        self.dimension = dimension
        self.unit = unit
        self.combinable = combinable
    }

    /// A placeholder for (1 − 2f0) during the decomposition only (never in a result).
    static let combination = Symbol("(1-2*f0)")

    func dimension(_ m: Monomial) -> Int {
        m.powers.reduce(0) { $0 + dimension($1.symbol) * $1.exponent }
    }

    /// f0 → (1 − X)/2: exact, X standing for (1 − 2f0).
    func combined(_ p: Polynomial) throws -> Polynomial {
        try p.substituting(combinable, with: (Polynomial.one - Polynomial(PaperLayout.combination)).scaled(by: Rational(1, 2)))
    }

    /// Number of distinct monomials once the coefficients (couplings) are collected.
    func shapeCount(_ p: Polynomial) -> Int {
        Set(p.terms.map { t in Monomial.from(t.monomial.powers.filter { !isCoefficient($0.symbol) }) }).count
    }

    /// The grouping of a printed form.
    /// `negativePrefactor`: the sign the transcription writes in front (Eqs. 32-37 print −2G_F²…, Eq. 41 k/m…).
    public func shape(of printed: Polynomial, negativePrefactor: Bool) throws -> Shape {
        let substituted = try combined(printed)
        let usesCombination = printed.symbols.contains(combinable) && shapeCount(substituted) < shapeCount(printed)
        let q = usesCombination ? substituted : printed
        guard !q.isZero else {
            return Shape(prefactor: .one, trailing: .one, usesCombination: usesCombination)
        }
        let (content, _) = q.contentAndPrimitivePart()
        let common = commonMonomial(q)
        let rest = try q.divided(by: common, coefficient: content)
        let trailing = Monomial.from(common.powers.filter { isVector($0.symbol) })
        var prefactorMonomial = Monomial.from(common.powers.filter { !isVector($0.symbol) })
        // The bracket in units of k: its most frequent energy dimension goes into the prefactor.
        var counts: [Int: Int] = [:]
        for t in rest.terms { counts[dimension(Monomial.from(t.monomial.powers.filter { !isCoefficient($0.symbol) })), default: 0] += 1 }
        let d = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0
        if d != 0 { prefactorMonomial = try Monomial.checkedProduct(prefactorMonomial, Monomial(unit, d)).monomial }
        let magnitude = content.isNegative ? -content : content
        return Shape(prefactor: Polynomial(monomial: prefactorMonomial, coefficient: negativePrefactor ? -magnitude : magnitude), trailing: trailing,
                     usesCombination: usesCombination)
    }

    /// The power of each symbol pulled out of the bracket: a denominator when most distinct shapes
    /// (monomials without the couplings) carry it, the smaller power on a tie (1/T in Eq. 33, not in
    /// Eq. 37 where only 2k/T has it); a numerator or a vector only when every term carries it.
    func commonMonomial(_ p: Polynomial) -> Monomial {
        let shapes = Set(p.terms.map { t in Monomial.from(t.monomial.powers.filter { !isCoefficient($0.symbol) }) })
        let coefficientPart = LaTeXLayout.commonFactor(p, excluding: { !isCoefficient($0) }).factor.terms.first?.monomial ?? .one
        var symbols = Set<Symbol>()
        for m in shapes { for power in m.powers where power.symbol != PaperLayout.combination { symbols.insert(power.symbol) } }
        var powers = Array(coefficientPart.powers)
        for s in symbols.sorted() {
            var counts: [Int: Int] = [:]
            for m in shapes { counts[m.exponent(of: s), default: 0] += 1 }
            let mode = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            // a denominator by the mode (1/T of Eq. 33); a numerator or a vector only when every term has it
            let exponent = mode < 0 && !isVector(s) ? mode : max(counts.keys.min() ?? 0, 0)
            if exponent != 0 { powers.append(Monomial.Power(s, exponent)) }
        }
        return Monomial.from(powers)
    }

    /// `p` decomposed along `shape` (exact: `recombined()` gives `p` back).
    public func layOut(_ p: Polynomial, shape: Shape) throws -> LaidOutFormula {
        let q = shape.usesCombination ? try combined(p) : p
        guard let head = shape.prefactor.terms.first else { throw AlgebraError.undefined("paper layout: zero prefactor") }
        let whole = try Monomial.checkedProduct(head.monomial, shape.trailing).monomial
        let bracket = try q.divided(by: whole, coefficient: head.coefficient)
        var collected: [LaidOutFormula.Key: [(Monomial, Rational)]] = [:]
        var remainder: [(Monomial, Rational)] = []
        for t in bracket.terms {
            let x = t.monomial.exponent(of: PaperLayout.combination)
            let powers = t.monomial.powers.filter { $0.symbol != PaperLayout.combination }
            let coefficient = Monomial.from(powers.filter { isCoefficient($0.symbol) })
            let outer = Monomial.from(powers.filter { !isCoefficient($0.symbol) && isOuter($0.symbol) })
            let inner = Monomial.from(powers.filter { !isCoefficient($0.symbol) && !isOuter($0.symbol) })
            guard dimension(outer) + dimension(inner) == 0 else {
                remainder.append((t.monomial, t.coefficient))
                continue
            }
            // k^n ∂ⁿg/∂kⁿ outside, the inner part dimensionless too.
            let n = dimension(outer)
            let scaledOuter = try Monomial.checkedProduct(outer, Monomial(unit, -n)).monomial
            let scaledInner = try Monomial.checkedProduct(inner, Monomial(unit, n)).monomial
            collected[LaidOutFormula.Key(outer: scaledOuter, combinationPower: x, inner: scaledInner), default: []]
                .append((coefficient, t.coefficient))
        }
        var terms: [LaidOutFormula.Term] = []
        for (key, pairs) in collected {
            let c = Polynomial(collecting: pairs)
            if !c.isZero { terms.append(LaidOutFormula.Term(key: key, coefficient: c)) }
        }
        terms.sort { displayOrder($0.key, $1.key) }
        var rest = Polynomial(collecting: remainder)
        if shape.usesCombination {
            rest = try rest.substituting(PaperLayout.combination, with: Polynomial.one - Polynomial(combinable).scaled(by: 2))
        }
        return LaidOutFormula(prefactor: shape.prefactor, trailing: shape.trailing, terms: terms, remainder: rest,
                              combined: shape.usesCombination ? combinable : nil)
    }

    /// The paper's order: groups by the order of the k-derivative outside (g, k∂g/∂k, …); inside a
    /// group (1 − 2f0) first, then by the order of the k-derivatives of f0, then k/T before 1 before T/k.
    func displayOrder(_ a: LaidOutFormula.Key, _ b: LaidOutFormula.Key) -> Bool {
        func outerRank(_ k: LaidOutFormula.Key) -> Int { k.outer.exponent(of: unit) }
        func derivatives(_ m: Monomial) -> Int {
            m.powers.reduce(0) { $0 + ($1.symbol != unit && dimension($1.symbol) < 0 ? -dimension($1.symbol) * $1.exponent : 0) }
        }
        let ra = (outerRank(a), a.outer), rb = (outerRank(b), b.outer)
        if ra.0 != rb.0 { return ra.0 < rb.0 }
        if ra.1 != rb.1 { return ra.1 < rb.1 }
        let ka = (a.combinationPower == 0 ? 1 : 0, derivatives(a.inner), -a.inner.exponent(of: unit), -a.combinationPower)
        let kb = (b.combinationPower == 0 ? 1 : 0, derivatives(b.inner), -b.inner.exponent(of: unit), -b.combinationPower)
        if ka != kb { return ka < kb }
        return a.inner < b.inner
    }
}
