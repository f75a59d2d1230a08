import Algebra

/// Stage 3 (paper Sec. IV): the first moment of the collision integral, Eq. (31),
///
///     V = ∫dΩ/4π Ω ∫_0^∞ dk' ∫dΩ' (dΓ/dk'dΩ') [C δf(k',Ω') + D δf(k,Ω)],
///
/// with Stage 2's rate (Eq. 9), C and D of Eqs. (26)-(27) and δf of Eq. (28).
///
/// Bookkeeping (DERIVATION.md): δ = (T/m)^{1/2} at fixed k/T and μ'; with w = (1 − μ')^{1/2},
/// ε = 2wδ, k' = k(1 + εu), q0 = −εuk, q² = 2k²w²D with D = 1 + 2wδu + 2δ²u², m = T/δ².
/// Steps: (1) kinematics of Eq. (17) as series in δ; (2) S0 from the exact nondegenerate
/// form of Eq. (18); (3) Taylor expansion of f0, g, h and e^{−q0/T}; (4) Gaussian
/// u-moments (u over the whole line); (5) azimuth of Ω' about Ω, then μ' (integrability
/// checked); (6) first moment over Ω with B̂ and h fixed.
public struct Stage3Derivation: Sendable {
    public static let delta = Symbol("delta"), u = Symbol("u"), w = Symbol("w"), muPrime = Symbol("muP")
    public static let n = Symbol("n")
    /// Highest relative order kept: δ² (T/m, k/m, μ_B B/m).
    public static let keptOrder = 2
    /// Precision of every expanded factor; the tracked precision of the product must reach `keptOrder`.
    public static let workingOrder = 4
    public static let space = Vector3Space(unitVectors: [PaperSymbols.omega, PaperSymbols.omegaPrime, PaperSymbols.bHat])
    static let f0 = SymbolicFunction.scalar("f0"), g = SymbolicFunction.scalar("g"), h = SymbolicFunction.vector("h")

    /// What Stage 3 neglects (part of every report).
    public static let neglected = [
        "relative order (T/m)^2 and beyond: V is kept through delta^2 = T/m (k/m = (k/T) delta^2, muB B/m)",
        "the lower limit u = -1/eps is moved to -infinity: an error O(exp(-1/eps^2)), beyond every power of eps",
        "terms quadratic in delta f (Eq. 25)",
    ]

    /// Every step, computed once (inputs → steps; `Stage3Check` makes the comparisons).
    public let record: Record
    /// The bracket of Eq. (18): S0 εk/(π^{1/2} n e^{−u²}) as a series in δ.
    public var s0Bracket: LaurentSeries { record.s0Bracket.value }
    /// V per particle, as δ-order → 3-vector (μ_B B kept to first order inside).
    public let moments: [Particle: [Int: VectorExpression]]
    /// Lowest power of w integrated over μ' (after the Jacobian 2w dw); ≥ 0 means integrable.
    public let lowestAngularExponent: Int
    /// δ-orders whose u-integrated coefficient was nonzero, per particle (odd ones must be absent).
    public let ordersAfterU: [Particle: [Int]]
    /// The bookkeeping of Eq. (17) used throughout (checked against the seeds in `Stage3Check`).
    let kinematics: Kinematics

    /// The recorded steps of Stage 3, in the order of the derivation.
    public struct Record: Sendable {
        /// Step 1, Eq. (17) in δ-bookkeeping: ε = 2wδ, k' = k(1 + εu), q0 = −εuk, q² = 2k²w²D with
        /// D = 1 + 2wδu + 2δ²u², μ' = 1 − w²; m = T/δ².
        public let epsilon: RecordedStep<Polynomial>, kPrime: RecordedStep<Polynomial>, q0: RecordedStep<Polynomial>
        public let D: RecordedStep<Polynomial>, q2: RecordedStep<Polynomial>, muPrime: RecordedStep<Polynomial>
        /// Step 2: the bracket of Eq. (18) from the exact nondegenerate form, to O(δ^workingOrder).
        public let s0Bracket: RecordedStep<LaurentSeries>
        /// Step 3: C(k,k') δf(k',Ω') + D(k,k') δf(k,Ω) (Eqs. 26-28, Taylor-expanded about k).
        public let kernel: RecordedStep<LaurentSeries>
        public let particles: [Particle: ParticleRecord]
    }

    /// Steps 4-6 for one particle.
    public struct ParticleRecord: Sendable {
        /// Stage 2's rate of Eq. (9) divided by S0, expanded in δ (checked proportional to S0).
        public let rateOverS0: RecordedStep<LaurentSeries>
        /// rate/S0 × [S0 bracket] × kernel, through δ^keptOrder (its tracked precision checked to
        /// reach keptOrder), before the u-integration.
        public let integrand: RecordedStep<LaurentSeries>
        /// ⟨…⟩_u with the Gaussian weight.
        public let averaged: RecordedStep<LaurentSeries>
        /// δ-order → lowest power of w integrated over μ' (after the Jacobian 2w dw).
        public let lowestAngularExponent: [Int: Int]
        /// V by δ-order after the azimuth, μ' and the first moment over Ω.
        public let moment: RecordedStep<[Int: VectorExpression]>
    }

    public init(seeds: SeedFile, stage2: Stage2Derivation, progress: (String) -> Void = { _ in }) throws {
        typealias Step = RecordedStep
        let N = Stage3Derivation.workingOrder
        // 1. The kinematics of Eq. (17).
        let kin = try Kinematics(order: N)
        kinematics = kin
        func bookkeeping(_ value: Polynomial, _ note: String) -> Step<Polynomial> {
            Step(equation: "17", inputs: [], value: value, note: note, layout: .plain)
        }
        progress("Stage 3: S0 from the exact nondegenerate form, to O(delta^\(N))")
        // 2. S0 (Eq. 18).
        let bracket = Step(equation: "18", inputs: ["D"], value: try kin.s0Bracket(),
                           note: "S0 bracket from the exact nondegenerate form of Eq. (18), to O(delta^\(N))", layout: .seriesInDelta)

        progress("Stage 3: kernel C df' + D df with Taylor-expanded f0, g, h and e^{-q0/T}")
        // 3. The kernel (Eqs. 26-28).
        let kernel = Step(equation: "28", inputs: ["[eq26]", "[eq27]", "[eq28]", "kPrime", "q0"],
                          value: try Stage3Derivation.kernel(seeds: seeds, kin: kin),
                          note: "kernel C df(k',Om') + D df(k,Om) (Eqs. 26-28, Taylor-expanded about k)", layout: .seriesInDelta)

        var moments: [Particle: [Int: VectorExpression]] = [:], orders: [Particle: [Int]] = [:]
        var particles: [Particle: ParticleRecord] = [:]
        var lowest = Int.max
        let omB = Polynomial(Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.bHat))
        let ompB = Polynomial(Vector3Space.dotSymbol(PaperSymbols.omegaPrime, PaperSymbols.bHat))
        for particle in Particle.allCases {
            progress("Stage 3: first moment for \(particle.rawValue)")
            let c = stage2.coefficients[particle]!
            var rate = c.A0 + c.A0WM
            rate = try rate + (c.deltaAOmega + c.deltaBWM) * omB + (c.deltaAOmegaPrime + c.deltaCWM) * ompB
            // 4. ∫dk' S0 (…) = ∫ εk du (π^{1/2} n/εk) e^{−u²} [bracket] (…) = nπ ⟨[bracket](…)⟩_u.
            guard rate.coefficient(of: Stage2Derivation.S0, exponent: 0).isZero else {
                throw AlgebraError.undefined("the rate of Eq. (9) is not proportional to S0")
            }
            let rateOverS0 = Step(equation: "9", inputs: ["stage2.coefficients"],
                                  value: try kin.expand(rate.coefficient(of: Stage2Derivation.S0, exponent: 1)),
                                  note: "rate/S0 of Eq. (9) in delta", layout: .sizeOnly)
            let product = try rateOverS0.value * bracket.value * kernel.value
            guard let known = product.maxOrder, known >= Stage3Derivation.keptOrder else {
                throw AlgebraError.undefined("Stage 3: the expansion is known only through delta^\(product.maxOrder ?? -99)")
            }
            let integrand = Step(equation: "31", inputs: ["rateOverS0", "s0Bracket", "kernel"],
                                 value: product.truncated(maxOrder: Stage3Derivation.keptOrder),
                                 note: "integrand (rate/S0) x bracket x kernel through delta^\(Stage3Derivation.keptOrder)",
                                 layout: .sizeOnly)
            let averaged = Step(equation: "31", inputs: ["integrand"],
                                value: try integrand.value.integratingGaussian(variable: Stage3Derivation.u),
                                note: "after the Gaussian u-integration", layout: .sizeOnly)
            orders[particle] = averaged.value.terms.map(\.exponent)
            // 5-6. The azimuth of Ω' about Ω, μ', the first moment over Ω.
            var byOrder: [Int: VectorExpression] = [:], lowestByOrder: [Int: Int] = [:]
            let overall = try Polynomial(Stage3Derivation.n) * Polynomial(Stage2Derivation.pi, 2).scaled(by: 2)  // nπ · 2π
            for (exponent, coefficient) in averaged.value.terms {
                let azimuthal = try AngularAverages.azimuthal(coefficient, of: PaperSymbols.omegaPrime, about: PaperSymbols.omega,
                                                             cosine: Stage3Derivation.muPrime, in: Stage3Derivation.space)
                let polar = try integrateOverMuPrime(azimuthal, muPrime: Stage3Derivation.muPrime, w: Stage3Derivation.w)
                if let e = polar.lowestExponent {
                    lowest = min(lowest, e)
                    lowestByOrder[exponent] = e
                }
                let vector = try AngularAverages.sphereFirstMoment(polar.value * overall, over: PaperSymbols.omega,
                                                                    in: Stage3Derivation.space)
                if !vector.isZero { byOrder[exponent] = vector }
            }
            moments[particle] = byOrder
            particles[particle] = ParticleRecord(
                rateOverS0: rateOverS0, integrand: integrand, averaged: averaged, lowestAngularExponent: lowestByOrder,
                moment: Step(equation: "31", inputs: ["averaged"], value: byOrder,
                             note: "V per order, after the azimuth, mu' and the first moment over Om", layout: .vectorByBasis))
        }
        record = Record(epsilon: bookkeeping(kin.epsilon, "eps = 2 w delta"), kPrime: bookkeeping(kin.kPrime, "k' = k(1 + eps u)"),
                        q0: bookkeeping(kin.q0, "q0 = k - k'"), D: bookkeeping(kin.D, "D = 1 + 2 w delta u + 2 delta^2 u^2"),
                        q2: bookkeeping(kin.q2, "q^2 = 2 k^2 w^2 D"), muPrime: bookkeeping(kin.muPrime, "mu' = 1 - w^2"),
                        s0Bracket: bracket, kernel: kernel, particles: particles)
        self.moments = moments
        self.ordersAfterU = orders
        self.lowestAngularExponent = lowest
    }

    /// C(k,k') δf(k',Ω') + D(k,k') δf(k,Ω) from Eqs. (26)-(28).
    static func kernel(seeds: SeedFile, kin: Kinematics) throws -> LaurentSeries {
        let d = delta, N = kin.order
        let shiftDelta = try LaurentSeries(kin.kPrime - Polynomial(Stage2Derivation.k), in: d, maxOrder: N)  // k' − k = εuk
        let expq0T = try LaurentSeries.exp(LaurentSeries(-(kin.q0) / Polynomial(Stage2Derivation.T), in: d, maxOrder: N), maxOrder: N)
        let f0AtKPrime = try TaylorShift.shift(f0, by: shiftDelta, maxOrder: N)
        let gAtKPrime = try TaylorShift.shift(g, by: shiftDelta, maxOrder: N)
        let hAtKPrime = try TaylorShift.shift(h, dottedWith: PaperSymbols.omegaPrime, by: shiftDelta, maxOrder: N, in: space)

        let C = try SeriesSubstitution.apply(seeds.polynomial("eq26"), [Symbol("expq0T"): expq0T], variable: d, maxOrder: N)
        let D = try SeriesSubstitution.apply(seeds.polynomial("eq27"), [Symbol("expq0T"): expq0T, Symbol("f0p"): f0AtKPrime],
                                             variable: d, maxOrder: N)
        let deltaF = try seeds.polynomial("eq28")
        // δf(k', Ω'): Ω → Ω' and g, h at k'.
        let primed = try VectorRelabeling(vectors: [PaperSymbols.omega: (PaperSymbols.omegaPrime, 1)], scalars: [:], space: space)
            .apply(to: deltaF)
        let deltaFPrime = try SeriesSubstitution.apply(primed, [
            Symbol("g"): gAtKPrime,
            Vector3Space.dotSymbol(PaperSymbols.omegaPrime, "h"): hAtKPrime,
        ], variable: d, maxOrder: N)
        return try C * deltaFPrime + D * LaurentSeries(exact: deltaF, in: d)
    }
}

/// The kinematics of Eq. (17) in δ-bookkeeping, and the expansion of Stage 2 expressions.
struct Kinematics {
    let order: Int
    let d = Stage3Derivation.delta, u = Stage3Derivation.u, w = Stage3Derivation.w
    let k = Polynomial(Stage2Derivation.k), T = Polynomial(Stage2Derivation.T)
    /// ε = 2wδ, k' = k(1 + εu), q0 = −εuk, D = 1 + 2wδu + 2δ²u², q² = 2k²w²D, μ' = 1 − w².
    let epsilon: Polynomial, kPrime: Polynomial, q0: Polynomial, D: Polynomial, q2: Polynomial, muPrime: Polynomial

    init(order: Int) throws {
        self.order = order
        let W = Polynomial(w), U = Polynomial(u), Dl = Polynomial(d)
        epsilon = try (W * Dl).scaled(by: 2)
        kPrime = try k * (Polynomial.one + epsilon * U)
        q0 = try -(epsilon * U * k)
        D = try Polynomial.one + (W * Dl * U).scaled(by: 2) + (Dl * Dl * U * U).scaled(by: 2)
        q2 = try (k * k * W * W).scaled(by: 2) * D
        muPrime = try Polynomial.one - W * W
    }

    /// S0 εk/(π^{1/2} n e^{−u²}) = D^{−1/2} exp(−(E − u²)), E = (u + (k/T)δwD/2)²/D, from the
    /// first form of Eq. (18) with e^{μ_N/T} = n(2π³/m³T³)^{1/2}.
    func s0Bracket() throws -> LaurentSeries {
        let shift = try Polynomial(u) + (k / T * Polynomial(w) * Polynomial(d) * D).scaled(by: .half)
        let inverseD = try LaurentSeries(D, in: d, maxOrder: order).power(Rational(-1), maxOrder: order)
        let exponent = try LaurentSeries(shift * shift, in: d, maxOrder: order) * inverseD
            - LaurentSeries(Polynomial(u, 2), in: d, maxOrder: order)
        let prefactor = try LaurentSeries(D, in: d, maxOrder: order).power(-Rational.half, maxOrder: order)
        return try prefactor * LaurentSeries.exp(-exponent, maxOrder: order)
    }

    /// A Stage 2 expression (in k, k', q0, μ', q·Ω, q·Ω', q², m, …) as a series in δ.
    func expand(_ p: Polynomial) throws -> LaurentSeries {
        let kp = Stage2Derivation.kPrime
        let q2Symbol = Vector3Space.dotSymbol(PaperSymbols.q, PaperSymbols.q)
        let replacements: [Symbol: Polynomial] = [
            PaperSymbols.q0: q0,
            Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.omegaPrime): muPrime,
            Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.q): try k - kPrime * muPrime,
            Vector3Space.dotSymbol(PaperSymbols.omegaPrime, PaperSymbols.q): try k * muPrime - kPrime,
            PaperSymbols.m: try T * Polynomial(d, -2),
        ]
        var groups: [[Int]: [(Monomial, Rational)]] = [:]
        for t in p.terms {
            let key = [t.monomial.exponent(of: kp), t.monomial.exponent(of: q2Symbol)]
            groups[key, default: []].append((t.monomial.removing(kp).removing(q2Symbol), t.coefficient))
        }
        var total = LaurentSeries.zero(in: d)
        for key in groups.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let rest = try Polynomial(collecting: groups[key]!).substituting(replacements)
            var series = try LaurentSeries(exact: rest, in: d)
            series = try series * power(kPrime, key[0]) * power(q2, key[1])
            total = try total + series
        }
        return total
    }

    /// x^e as a series (exact for e ≥ 0).
    func power(_ x: Polynomial, _ e: Int) throws -> LaurentSeries {
        if e >= 0 { return try LaurentSeries(exact: x.power(e), in: d) }
        return try LaurentSeries(x, in: d, maxOrder: order).power(Rational(e), maxOrder: order)
    }
}

/// Substitutes series for symbols of a polynomial (positive powers), other symbols kept.
enum SeriesSubstitution {
    static func apply(_ p: Polynomial, _ map: [Symbol: LaurentSeries], variable: Symbol, maxOrder: Int) throws -> LaurentSeries {
        var total = LaurentSeries.zero(in: variable)
        for t in p.terms {
            var series = try LaurentSeries(exact: Polynomial(monomial: Monomial.one, coefficient: t.coefficient), in: variable)
            var rest: [Symbol: Int] = [:]
            for power in t.monomial.powers {
                if let s = map[power.symbol] {
                    guard power.exponent > 0 else { throw AlgebraError.undefined("negative power of \(power.symbol) in a series substitution") }
                    series = try series * s.power(power.exponent, maxOrder: maxOrder)
                } else {
                    rest[power.symbol] = power.exponent
                }
            }
            total = try total + series.multiplied(by: Polynomial(monomial: Monomial.canonicalFromExponents(rest)))
        }
        return total
    }
}
