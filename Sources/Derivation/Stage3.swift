import Algebra
import Foundation

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

    /// The bracket of Eq. (18): S0 εk/(π^{1/2} n e^{−u²}) as a series in δ.
    public let s0Bracket: LaurentSeries
    /// V per particle, as δ-order → 3-vector (μ_B B kept to first order inside).
    public let moments: [Particle: [Int: VectorExpression]]
    /// Lowest power of w integrated over μ' (after the Jacobian 2w dw); ≥ 0 means integrable.
    public let lowestAngularExponent: Int
    /// δ-orders whose u-integrated coefficient was nonzero, per particle (odd ones must be absent).
    public let ordersAfterU: [Particle: [Int]]
    /// The bookkeeping of Eq. (17) used throughout (checked against the seeds in `Stage3Check`).
    let kinematics: Kinematics

    public init(seeds: SeedFile, stage2: Stage2Derivation, progress: (String) -> Void = { _ in }) throws {
        let N = Stage3Derivation.workingOrder
        let kin = try Kinematics(order: N)
        kinematics = kin
        progress("Stage 3: S0 from the exact nondegenerate form, to O(delta^\(N))")
        s0Bracket = try kin.s0Bracket()

        progress("Stage 3: kernel C df' + D df with Taylor-expanded f0, g, h and e^{-q0/T}")
        let kernel = try Stage3Derivation.kernel(seeds: seeds, kin: kin)

        var moments: [Particle: [Int: VectorExpression]] = [:], orders: [Particle: [Int]] = [:]
        var lowest = Int.max
        for particle in Particle.allCases {
            progress("Stage 3: first moment for \(particle.rawValue)")
            let c = stage2.coefficients[particle]!
            let omB = Polynomial(Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.bHat))
            let ompB = Polynomial(Vector3Space.dotSymbol(PaperSymbols.omegaPrime, PaperSymbols.bHat))
            var rate = c.A0 + c.A0WM
            rate = try rate + (c.deltaAOmega + c.deltaBWM) * omB + (c.deltaAOmegaPrime + c.deltaCWM) * ompB
            // ∫dk' S0 (…) = ∫ εk du (π^{1/2} n/εk) e^{−u²} [bracket] (…) = nπ ⟨[bracket](…)⟩_u.
            let rateOverS0 = rate.coefficient(of: Stage2Derivation.S0, exponent: 1)
            guard rate.coefficient(of: Stage2Derivation.S0, exponent: 0).isZero else {
                throw AlgebraError.undefined("the rate of Eq. (9) is not proportional to S0")
            }
            let integrand = try kin.expand(rateOverS0) * s0Bracket * kernel
            guard let known = integrand.maxOrder, known >= Stage3Derivation.keptOrder else {
                throw AlgebraError.undefined("Stage 3: the expansion is known only through delta^\(integrand.maxOrder ?? -99)")
            }
            let averaged = try integrand.truncated(maxOrder: Stage3Derivation.keptOrder).integratingGaussian(variable: Stage3Derivation.u)
            orders[particle] = averaged.terms.map(\.exponent)
            var byOrder: [Int: VectorExpression] = [:]
            let overall = try Polynomial(Stage3Derivation.n) * Polynomial(Stage2Derivation.pi, 2).scaled(by: 2)  // nπ · 2π
            for (exponent, coefficient) in averaged.terms {
                let azimuthal = try AngularAverages.azimuthal(coefficient, of: PaperSymbols.omegaPrime, about: PaperSymbols.omega,
                                                             cosine: Stage3Derivation.muPrime, in: Stage3Derivation.space)
                let polar = try integrateOverMuPrime(azimuthal, muPrime: Stage3Derivation.muPrime, w: Stage3Derivation.w)
                if let e = polar.lowestExponent { lowest = min(lowest, e) }
                let vector = try AngularAverages.sphereFirstMoment(polar.value * overall, over: PaperSymbols.omega,
                                                                    in: Stage3Derivation.space)
                if !vector.isZero { byOrder[exponent] = vector }
            }
            moments[particle] = byOrder
        }
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
