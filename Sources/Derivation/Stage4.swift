import Algebra

/// Stage 4 (paper Sec. IV, Eqs. 38-45): the diffusion flux F_ν + F_ν̄ from the first moment
/// of the Boltzmann equation (24) with the derived V of Stage 3.
///
/// With f = f0 + g + 3Ω·h and ∂h/∂t dropped, ∫dΩ/4π Ω (Ω·∇f) = (1/3)∇(f0 + g) = V (Eq. 31),
/// for ν and ν̄ with the same f0, g and their own h. V is linear in h and its k-derivatives,
///
///     (1/3)∇(f0 + g) = −κ0 h + R[h] + S,      R = O(k/m),  S = the g B̂ terms,
///
/// so h = −∇(f0 + g)/3κ0 + (R[h] + S)/κ0 is solved by iteration from Eq. (38),
/// h0 = −∇(f0 + g)/3κ0, keeping relative order δ² = T/m and μ_B B to first order (the
/// derivative terms of R act on the lower iterate, i.e. on h0 where the paper says so; the
/// cross term of δV^B_± with δV^WM_± is the second iterate). Then F_ν + F_ν̄ = (k³/2π²)(h_ν + h_ν̄)
/// (Eq. 30) is written through W = ∇U/κ0 and δU = k³g/2π² (Eq. 29):
///
///     ∇(f0 + g) = ρ κ0 W,   g = ρ δU,   ρ = 2π²/k³.
///
/// The reading (`Reading`): Eq. (40) has derivatives acting on ∇U/κ0 and δU. The paper's own
/// definitions, Eqs. (29)-(30), make ∂/∂k act on ρ too (`definitions`, plain calculus); the
/// printed Eqs. (40)-(45) are reproduced only when ρ is taken through ∂/∂k as a constant
/// (`grouping`): (k³/2π²)∂ⁿh0/∂kⁿ → −(1/3)∂ⁿW/∂kⁿ and (k³/2π²)∂ⁿg/∂kⁿ → ∂ⁿδU/∂kⁿ.
/// `Stage4Equilibrium` decides between them: only `definitions` carries no flux in equilibrium.
public struct Stage4Derivation: Sendable {
    public enum Reading: String, Sendable, CaseIterable {
        /// The paper's own definitions, Eqs. (29)-(30) as written (U = U^FD + k³g/2π²,
        /// F = k³h/2π²): plain calculus, ∂/∂k also acts on ρ = 2π²/k³. The verdicts of Eqs. (40)-(45).
        case definitions
        /// The grouping that reproduces the printed coefficients: ρ = 2π²/k³ carried through
        /// ∂/∂k as a constant (the `check.eq4x.grouping` rows).
        case grouping

        /// The former name of `definitions` (plain calculus, ∂/∂k acting on k³).
        public static var literal: Reading { .definitions }
        /// The former name of `grouping` (the printed coefficients' grouping).
        public static var paper: Reading { .grouping }
    }

    /// ρ = 2π²/k³ (a k-independent symbol in the grouping), C5 = cV² + 5cA² (κ0's couplings).
    public static let rho = Symbol("rho"), c5 = Symbol("C5")
    static let f0 = SymbolicFunction.scalar("f0"), g = SymbolicFunction.scalar("g"), dU = SymbolicFunction.scalar("dU")
    static let h = SymbolicFunction.vector("h"), W = SymbolicFunction.vector("W")
    static let k = Stage2Derivation.k

    /// What Stage 4 neglects (part of every report).
    public static let neglected = [
        "dh/dt (Eq. 24): the time-derivative term is dropped, as in the paper",
        "h beyond relative order T/m and first order in muB B (the derivative terms act on the lower iterate, Eq. 38)",
    ]

    public let reading: Reading
    /// κ0 read off the derived V0 = −κ0 h (δ⁰, μ_B B⁰), the same for ν and ν̄.
    public let kappa0: Polynomial
    /// κ0 = kappaMonomial · kappaCouplings; the symbol C5 stands for kappaCouplings in 1/κ0.
    public let kappaMonomial: Polynomial, kappaCouplings: Polynomial
    /// h per particle (δ-bookkeeping, in W, W_n, dU, dU_n, B).
    public let h: [Particle: VectorExpression]
    /// F_ν + F_ν̄ (δ-bookkeeping, m = T/δ²).
    public let flux: VectorExpression
    /// Iterations until h no longer changed at the kept order.
    public let iterations: Int

    public init(stage3: Stage3Derivation, reading: Reading) throws {
        self.reading = reading
        let k = Polynomial(Stage4Derivation.k), pi = Polynomial(Stage2Derivation.pi)
        let rhoValue = try pi * pi * Polynomial(Stage4Derivation.k, -3).scaled(by: Rational(2))
        let rhoPoly = reading == .grouping ? Polynomial(Stage4Derivation.rho) : rhoValue

        // The linear operator in h and the source, per particle.
        var operators: [Particle: [Int: Polynomial]] = [:], sources: [Particle: VectorExpression] = [:]
        for particle in Particle.allCases {
            var total = VectorExpression.zero
            for (order, v) in stage3.moments[particle]! {
                total = try total + Polynomial(Stage3Derivation.delta, order) * v
            }
            total = try Stage4Derivation.mapCoefficients(total) { try Stage4Derivation.truncate($0) }
            total = try Stage4Derivation.substitutingG(total, rho: rhoPoly)
            var op: [Int: Polynomial] = [:], src: [(VectorExpression.Basis, Polynomial)] = []
            for t in total.terms {
                for s in t.coefficient.symbols where Vector3Space.decompose(s) != nil {
                    throw AlgebraError.undefined("Stage 4: V has an invariant \(s.name) in a coefficient (not of the form the paper solves)")
                }
                if case .vector(let name) = t.basis, let j = Stage4Derivation.h.derivativeOrder(of: name) {
                    op[j] = t.coefficient
                } else {
                    src.append((t.basis, t.coefficient))
                }
            }
            operators[particle] = op
            sources[particle] = try VectorExpression(collecting: src)
        }

        // κ0 from V0 = −κ0 h.
        func leading(_ p: Particle) throws -> Polynomial {
            -(operators[p]![0] ?? .zero).coefficient(of: Stage3Derivation.delta, exponent: 0)
                .coefficient(of: Stage2Derivation.muBB, exponent: 0)
        }
        kappa0 = try leading(.nu)
        guard try kappa0 == leading(.nubar), !kappa0.isZero else {
            throw AlgebraError.undefined("Stage 4: the leading coefficient of h differs between nu and nubar (or vanishes)")
        }
        (kappaMonomial, kappaCouplings) = try Stage4Derivation.factor(kappa0)
        let inverseKappa = try (Polynomial.one / kappaMonomial) * Polynomial(Stage4Derivation.c5, -1)

        // Iteration h ← −ρW/3 + (S + Σ_j R_j ∂ʲh/∂kʲ)/κ0 from h0 = −ρW/3.
        let h0 = try rhoPoly.scaled(by: Rational(-1, 3)) * VectorExpression(Stage4Derivation.W.name)
        var solutions: [Particle: VectorExpression] = [:]
        var maxIterations = 0
        for particle in Particle.allCases {
            var op = operators[particle]!
            op[0] = (op[0] ?? .zero) + kappa0  // R_0: the h-coefficient beyond −κ0
            var current = h0, count = 0
            while true {
                count += 1
                guard count <= 8 else { throw AlgebraError.undefined("Stage 4: the iteration for h does not settle") }
                var rhs = sources[particle]!
                var derivative = current
                for j in 0...(op.keys.max() ?? 0) {
                    if j > 0 { derivative = try Stage4Derivation.kDerivative(derivative) }
                    if let r = op[j], !r.isZero { rhs = try rhs + r * derivative }
                }
                var next = try h0 + inverseKappa * rhs
                next = try Stage4Derivation.mapCoefficients(next) { try Stage4Derivation.truncate($0) }
                if next == current { break }
                current = next
            }
            maxIterations = max(maxIterations, count)
            solutions[particle] = current
        }
        h = solutions
        iterations = maxIterations

        // F_ν + F_ν̄ = (k³/2π²)(h_ν + h_ν̄) = (h_ν + h_ν̄)/ρ.
        let inverseRho = reading == .grouping ? Polynomial(Stage4Derivation.rho, -1)
            : try k * k * k * Polynomial(Stage2Derivation.pi, -2).scaled(by: .half)
        let sum = try solutions[.nu]! + solutions[.nubar]!
        flux = try inverseRho * sum
        if flux.terms.contains(where: { $0.coefficient.symbols.contains(Stage4Derivation.rho) }) {
            throw AlgebraError.undefined("Stage 4: rho did not cancel from the flux")
        }
    }

    // MARK: - Steps

    /// Keeps relative order δ² and μ_B B to first order.
    static func truncate(_ p: Polynomial) throws -> Polynomial {
        p.truncated(weights: [Stage3Derivation.delta: 1], maxOrder: Stage3Derivation.keptOrder)
            .truncated(weights: [Stage2Derivation.muBB: 1], maxOrder: 1)
    }

    public static func mapCoefficients(_ v: VectorExpression, _ f: (Polynomial) throws -> Polynomial) throws -> VectorExpression {
        try VectorExpression(collecting: v.terms.map { ($0.basis, try f($0.coefficient)) })
    }

    /// The total k-derivative of a vector: coefficients by the chain rule (f0, dU, their
    /// derivatives; k), named vector functions W_n → W_{n+1}, h_n → h_{n+1}; B̂ is constant.
    static func kDerivative(_ v: VectorExpression) throws -> VectorExpression {
        var pairs: [(VectorExpression.Basis, Polynomial)] = []
        for t in v.terms {
            let dc = try TaylorShift.totalDerivative(t.coefficient, k: k, functions: [f0, dU, g])
            pairs.append((t.basis, dc))
            switch t.basis {
            case .vector(let name):
                for fn in [W, h] {
                    if let n = fn.derivativeOrder(of: name) { pairs.append((.vector(fn.derivativeName(n + 1)), t.coefficient)) }
                }
            case .cross:
                throw AlgebraError.undefined("Stage 4: a cross product in h")
            }
        }
        return try VectorExpression(collecting: pairs)
    }

    /// g_n → ∂ⁿ(ρ δU)/∂kⁿ (ρ a k-independent symbol in the grouping, 2π²/k³ under the definitions).
    static func substitutingG(_ v: VectorExpression, rho: Polynomial) throws -> VectorExpression {
        var orders = Set<Int>()
        for t in v.terms { for s in t.coefficient.symbols { if let n = g.derivativeOrder(of: s.name) { orders.insert(n) } } }
        guard let top = orders.max() else { return v }
        var map: [Symbol: Polynomial] = [:]
        var value = try rho * Polynomial(dU.derivative(0))
        for n in 0...top {
            if n > 0 { value = try TaylorShift.totalDerivative(value, k: k, functions: [dU]) }
            map[g.derivative(n)] = value
        }
        return try mapCoefficients(v) { try $0.substituting(map) }
    }

    /// κ0 = (rational · monomial in the non-coupling symbols) × (primitive polynomial in cV, cA, F2).
    static func factor(_ kappa: Polynomial) throws -> (Polynomial, Polynomial) {
        let couplings: Set<Symbol> = [PaperSymbols.cV, PaperSymbols.cA, PaperSymbols.F2]
        var rest: Monomial?
        var pairs: [(Monomial, Rational)] = []
        for t in kappa.terms {
            let r = t.monomial.powers.filter { !couplings.contains($0.symbol) }
            let c = t.monomial.powers.filter { couplings.contains($0.symbol) }
            let rm = Monomial.canonicalFromExponents(Dictionary(uniqueKeysWithValues: r.map { ($0.symbol, $0.exponent) }))
            if let rest, rest != rm { throw AlgebraError.undefined("Stage 4: kappa0 does not factor into a monomial times couplings") }
            rest = rm
            pairs.append((Monomial.canonicalFromExponents(Dictionary(uniqueKeysWithValues: c.map { ($0.symbol, $0.exponent) })), t.coefficient))
        }
        let (content, primitive) = Polynomial(collecting: pairs).contentAndPrimitivePart()
        return (Polynomial(monomial: rest ?? .one, coefficient: content), primitive)
    }
}
