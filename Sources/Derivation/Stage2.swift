import Algebra
import Foundation

/// Stage 2 (paper Sec. III, Appendix A): the differential rate of Eq. (9) for nondegenerate
/// nucleons, to first order in μ_B B/T, from Stage 1's |M_ss'|².
///
/// Steps, in the order of the derivation:
/// 1. x_min from (A3) and E = −sμ_B B + p²/2m; its μ_B B⁰ part is x0 and its linear part δx (Eq. 15).
/// 2. Nondegenerate response (Eq. 14 with A12): S_ss' = S0 (1 − δx).
/// 3. P-dependent part (Eq. 16 second term, A13): P → (2m q/q²)[q0 − μ_B B(s − s')], times S_ss'.
/// 4. Sum over s, s' = ±1; keep first order in μ_B B.
/// 5. q·B̂ = kΩ·B̂ − k'Ω'·B̂; read off the coefficients of 1, Ω·B̂, Ω'·B̂ (Eq. 9).
public struct Stage2Derivation: Sendable {
    public static let muBB = Symbol("muBB"), T = Symbol("T"), muN = Symbol("muN"), k = Symbol("k"), kPrime = Symbol("k'")
    public static let S0 = Symbol("S0"), pi = Symbol("pi"), p2 = Symbol("p2")
    /// Order of smallness: μ_B B counts 1; Stage 2 keeps order ≤ 1.
    public static let weights: [Symbol: Int] = [muBB: 1]
    public static let space = PaperSymbols.stage1Space

    /// What Stage 2 neglects (part of every report).
    public static let neglected = [
        "terms of order (muB B/T)^2: delta x, the P-substitution and the rate are kept to first order in muB B",
        "nucleon degeneracy: nondegenerate limit (A12), S_ss' = S0 (1 - delta x)",
    ]

    /// x_min = (E(p_min) − μ_N)/T, exact in μ_B B.
    public let xMin: Polynomial
    /// Its μ_B B⁰ and μ_B B¹ parts: x0 and δx of Eq. (15).
    public let x0: Polynomial, deltaX: Polynomial
    /// The six coefficients of Eq. (9) per particle, with the common factor k'²/(2π)³ S0.
    public let coefficients: [Particle: Coefficients]
    /// Terms of the summed rate that are not of the form of Eq. (9) (expected zero).
    public let remainders: [Particle: Polynomial]

    public struct Coefficients: Sendable {
        public let A0: Polynomial, deltaAOmega: Polynomial, deltaAOmegaPrime: Polynomial
        public let A0WM: Polynomial, deltaBWM: Polynomial, deltaCWM: Polynomial
    }

    public init(seeds: SeedFile, stage1: Stage1Check.Result) throws {
        // 1. x_min and δx.
        let pMin2 = try seeds.polynomial("eqA3")
        let energy = try seeds.polynomial("eqA4.energy").substituting(Stage2Derivation.p2, with: pMin2)
        xMin = try (energy - Polynomial(Stage2Derivation.muN)) / Polynomial(Stage2Derivation.T)
        x0 = xMin.part(ofOrder: 0, weights: Stage2Derivation.weights)
        deltaX = xMin.part(ofOrder: 1, weights: Stage2Derivation.weights)

        // 2. S_ss'/S0 = 1 − δx (Eq. 14 in the nondegenerate limit A12).
        let response = try seeds.polynomial("eq14.nondegenerate").substituting(Symbol("deltax"), with: deltaX)
            / Polynomial(Stage2Derivation.S0)
        let substitutionFactor = try seeds.polynomial("eqA13")

        var coefficients: [Particle: Coefficients] = [:], remainders: [Particle: Polynomial] = [:]
        for particle in Particle.allCases {
            let pieces = Stage1Derivation.pieces(of: stage1.squaredMatrixElement[particle]!)
            // 3. P → c(s, s') q inside the momentum integral.
            let pPart = try Stage2Derivation.replacingP(pieces.P, by: substitutionFactor)
            let leading = try pieces.leading * response
            let weakMagnetism = try (pieces.q * response) + pPart * response
            // 4. Σ_{s,s'} and truncation at O(μ_B B).
            let summedLeading = try Stage2Derivation.spinSum(leading)
            let summedWM = try Stage2Derivation.spinSum(weakMagnetism)
            // 5. Coefficients of 1, Ω·B̂, Ω'·B̂.
            let (a0, aOm, aOmp, r1) = try Stage2Derivation.eq9Coefficients(summedLeading)
            let (w0, wOm, wOmp, r2) = try Stage2Derivation.eq9Coefficients(summedWM)
            coefficients[particle] = Coefficients(A0: a0, deltaAOmega: aOm, deltaAOmegaPrime: aOmp,
                                                  A0WM: w0, deltaBWM: wOm, deltaCWM: wOmp)
            remainders[particle] = r1 + r2
        }
        self.coefficients = coefficients
        self.remainders = remainders
    }

    /// The common factor k'²/(2π)³ S0 of Eqs. (10), (11), (16).
    public static var rateFactor: Polynomial {
        get throws {
            let kp2 = Polynomial(kPrime, 2), s0 = Polynomial(S0)
            return try kp2 * s0 / Polynomial(monomial: Monomial(pi, 3), coefficient: Rational(8))
        }
    }

    /// Replaces the vector P by c·q in a polynomial linear in P.
    static func replacingP(_ p: Polynomial, by c: Polynomial) throws -> Polynomial {
        let relabel = VectorRelabeling(vectors: [PaperSymbols.P: (PaperSymbols.q, 1)], scalars: [:], space: space)
        return try relabel.apply(to: p) * c
    }

    /// Σ over s, s' = ±1, then truncation at first order in μ_B B, times k'²/(2π)³ S0.
    static func spinSum(_ p: Polynomial) throws -> Polynomial {
        var total = Polynomial.zero
        for s in [1, -1] {
            for sp in [1, -1] {
                total = try total + p.substituting([PaperSymbols.s: Polynomial(s), PaperSymbols.sPrime: Polynomial(sp)])
            }
        }
        return try total.truncated(weights: weights, maxOrder: 1) * rateFactor
    }

    /// Eq. (9): with q·B̂ = kΩ·B̂ − k'Ω'·B̂, the μ_B B⁰ part is the B̂-free coefficient and the
    /// μ_B B¹ part is linear in Ω·B̂ and Ω'·B̂. Returns (coefficient of 1, of Ω·B̂, of Ω'·B̂, rest).
    static func eq9Coefficients(_ p: Polynomial) throws -> (Polynomial, Polynomial, Polynomial, Polynomial) {
        let qB = Vector3Space.dotSymbol(PaperSymbols.q, PaperSymbols.bHat)
        let omB = Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.bHat)
        let ompB = Vector3Space.dotSymbol(PaperSymbols.omegaPrime, PaperSymbols.bHat)
        let kOmB = try Polynomial(k) * Polynomial(omB)
        let kpOmpB = try Polynomial(kPrime) * Polynomial(ompB)
        let x = try p.substituting(qB, with: kOmB - kpOmpB)
        let constant = x.coefficient(of: omB, exponent: 0).coefficient(of: ompB, exponent: 0)
        let alongOmega = x.coefficient(of: omB, exponent: 1).coefficient(of: ompB, exponent: 0)
        let alongOmegaPrime = x.coefficient(of: ompB, exponent: 1).coefficient(of: omB, exponent: 0)
        let rebuilt = try constant + alongOmega * Polynomial(omB) + alongOmegaPrime * Polynomial(ompB)
        let b0 = constant.part(ofOrder: 0, weights: weights)
        // The structure of Eq. (9): B̂-free terms at μ_B B⁰, Ω·B̂ and Ω'·B̂ terms at μ_B B¹ only.
        let misplaced = (constant.part(ofOrder: 1, weights: weights))
            + alongOmega.part(ofOrder: 0, weights: weights) + alongOmegaPrime.part(ofOrder: 0, weights: weights)
        return (b0, alongOmega, alongOmegaPrime, (x - rebuilt) + misplaced)
    }

    /// Kinematic normal form for comparisons: q0 = k − k', μ' = (k² + k'² − q²)/(2kk'),
    /// q·Ω = (k² − k'² + q²)/(2k), q·Ω' = (k² − k'² − q²)/(2k'), keeping q² = dot(q,q).
    /// Two expressions in (q0, μ', q·Ω, q·Ω', q²) are equal iff their normal forms are.
    public static func kinematicNormalForm(_ p: Polynomial) throws -> Polynomial {
        let k = Polynomial(Stage2Derivation.k), kp = Polynomial(kPrime)
        let q2 = Polynomial(Vector3Space.dotSymbol(PaperSymbols.q, PaperSymbols.q))
        let k2 = try k * k, kp2 = try kp * kp
        let muPrime = try (k2 + kp2 - q2) / (try k * kp).scaled(by: 2)
        let qOm = try (k2 - kp2 + q2) / k.scaled(by: 2)
        let qOmp = try (k2 - kp2 - q2) / kp.scaled(by: 2)
        return try p.substituting([
            PaperSymbols.q0: k - kp,
            Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.omegaPrime): muPrime,
            Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.q): qOm,
            Vector3Space.dotSymbol(PaperSymbols.omegaPrime, PaperSymbols.q): qOmp,
        ])
    }
}
