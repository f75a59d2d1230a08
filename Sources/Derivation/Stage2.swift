import Algebra

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

    /// Every step, computed once (inputs → steps; `Stage2Check` makes the comparison).
    public let record: Record
    /// The six coefficients of Eq. (9) per particle, with the common factor k'²/(2π)³ S0.
    public let coefficients: [Particle: Coefficients]
    /// Terms of the summed rate that are not of the form of Eq. (9) (expected zero).
    public let remainders: [Particle: Polynomial]

    /// x_min = (E(p_min) − μ_N)/T, exact in μ_B B.
    public var xMin: Polynomial { record.xMin.value }
    /// Its μ_B B⁰ and μ_B B¹ parts: x0 and δx of Eq. (15).
    public var x0: Polynomial { record.x0.value }
    public var deltaX: Polynomial { record.deltaX.value }

    public struct Coefficients: Sendable {
        public let A0: Polynomial, deltaAOmega: Polynomial, deltaAOmegaPrime: Polynomial
        public let A0WM: Polynomial, deltaBWM: Polynomial, deltaCWM: Polynomial
    }

    /// The recorded steps of Stage 2, in the order of the derivation.
    public struct Record: Sendable {
        /// (A3) as parsed; E(p) of the text below (A4) at p² = p_min².
        public let pMin2: RecordedStep<Polynomial>, energyAtPMin: RecordedStep<Polynomial>
        /// Step 1: x_min and its parts x0, δx (Eq. 15).
        public let xMin: RecordedStep<Polynomial>, x0: RecordedStep<Polynomial>, deltaX: RecordedStep<Polynomial>
        /// Step 2: S_ss'/S0 = 1 − δx (Eq. 14 with A12).
        public let response: RecordedStep<Polynomial>
        /// Step 3: the scalar c(s, s') of (A13), P → c q.
        public let substitutionFactor: RecordedStep<Polynomial>
        /// The common factor k'²/(2π)³ S0 of Eqs. (10), (11), (16).
        public let rateFactor: RecordedStep<Polynomial>
        public let particles: [Particle: ParticleRecord]
    }

    /// Steps 3-5 for one particle.
    public struct ParticleRecord: Sendable {
        /// Stage 1's |M_ss'|² split into its m⁰ (Eq. 4), q-linear (Eq. 5) and P-linear (Eq. 6) parts.
        public let leading: RecordedStep<Polynomial>, qPart: RecordedStep<Polynomial>, pPart: RecordedStep<Polynomial>
        /// Step 3: the P part after P → c(s, s') q.
        public let pSubstituted: RecordedStep<Polynomial>
        /// Step 4: Σ_{s,s'} of the leading and of the weak-magnetism (q and P) parts times S_ss'/S0,
        /// truncated at first order in μ_B B, times k'²/(2π)³ S0.
        public let summedLeading: RecordedStep<Polynomial>, summedWeakMagnetism: RecordedStep<Polynomial>
    }

    public init(seeds: SeedFile, stage1: Stage1Check.Result) throws {
        typealias Step = RecordedStep<Polynomial>
        // Inputs.
        let pMin2 = Step(equation: "A3", inputs: ["[eqA3]"], value: try seeds.polynomial("eqA3"),
                         note: "p_min^2 as parsed", layout: .factored)
        let energy = Step(equation: "A4", inputs: ["[eqA4.energy]", "pMin2"],
                          value: try seeds.polynomial("eqA4.energy").substituting(Stage2Derivation.p2, with: pMin2.value),
                          note: "E(p) of the text below (A4) at p^2 = p_min^2", layout: .plain)
        // 1. x_min and δx.
        let xMin = Step(equation: "15", inputs: ["energyAtPMin"],
                        value: try (energy.value - Polynomial(Stage2Derivation.muN)) / Polynomial(Stage2Derivation.T),
                        note: "x_min = (E(p_min) - muN)/T, exact in muB B", layout: .plain)
        let x0 = Step(equation: "15", inputs: ["xMin"], value: xMin.value.part(ofOrder: 0, weights: Stage2Derivation.weights),
                      note: "the muB B^0 part of x_min", layout: .factored)
        let deltaX = Step(equation: "15", inputs: ["xMin"], value: xMin.value.part(ofOrder: 1, weights: Stage2Derivation.weights),
                          note: "the muB B^1 part of x_min", layout: .factored)
        // 2. S_ss'/S0 = 1 − δx (Eq. 14 in the nondegenerate limit A12).
        let response = Step(equation: "14", inputs: ["[eq14.nondegenerate]", "deltaX"],
                            value: try seeds.polynomial("eq14.nondegenerate").substituting(PaperSymbols.deltaX, with: deltaX.value)
                                / Polynomial(Stage2Derivation.S0),
                            note: "S_ss'/S0 = 1 - delta x (A12)", layout: .plain)
        let substitutionFactor = Step(equation: "A13", inputs: ["[eqA13]"], value: try seeds.polynomial("eqA13"),
                                      note: "P -> c q inside the momentum integral", layout: .factored)
        let rateFactor = Step(equation: "16", inputs: [], value: try Stage2Derivation.rateFactor,
                              note: "the common factor k'^2/(2 pi)^3 S0 of Eqs. (10), (11), (16)", layout: .plain)

        var coefficients: [Particle: Coefficients] = [:], remainders: [Particle: Polynomial] = [:]
        var particles: [Particle: ParticleRecord] = [:]
        for particle in Particle.allCases {
            let pieces = stage1.pieces[particle]!
            func piece(_ p: Stage1Derivation.Piece) -> Step {
                Step(equation: p.equation, inputs: ["stage1.pieces"], value: pieces[p],
                     note: "Stage 1's derived |M_ss'|^2, \(p.description)", layout: .factored)
            }
            let leading = piece(.leading), qPart = piece(.q), pPart = piece(.P)
            // 3. P → c(s, s') q inside the momentum integral.
            let pSubstituted = Step(equation: "A13", inputs: ["pPart", "substitutionFactor"],
                                    value: try Stage2Derivation.replacingP(pPart.value, by: substitutionFactor.value),
                                    note: "P part after P -> c q", layout: .sizeOnly)
            // 4. Σ_{s,s'} and truncation at O(μ_B B).
            let summedLeading = Step(equation: "16", inputs: ["leading", "response"],
                                     value: try Stage2Derivation.spinSum(leading.value * response.value),
                                     note: "spin-summed leading part x k'^2/(2 pi)^3 S0, to O(muB B)", layout: .factored)
            let summedWM = Step(equation: "16", inputs: ["qPart", "pSubstituted", "response"],
                                value: try Stage2Derivation.spinSum(qPart.value * response.value + pSubstituted.value * response.value),
                                note: "spin-summed weak-magnetism part (q and P), to O(muB B)", layout: .factored)
            // 5. Coefficients of 1, Ω·B̂, Ω'·B̂.
            let (a0, aOm, aOmp, r1) = try Stage2Derivation.eq9Coefficients(summedLeading.value)
            let (w0, wOm, wOmp, r2) = try Stage2Derivation.eq9Coefficients(summedWM.value)
            coefficients[particle] = Coefficients(A0: a0, deltaAOmega: aOm, deltaAOmegaPrime: aOmp,
                                                  A0WM: w0, deltaBWM: wOm, deltaCWM: wOmp)
            remainders[particle] = r1 + r2
            particles[particle] = ParticleRecord(leading: leading, qPart: qPart, pPart: pPart, pSubstituted: pSubstituted,
                                                 summedLeading: summedLeading, summedWeakMagnetism: summedWM)
        }
        record = Record(pMin2: pMin2, energyAtPMin: energy, xMin: xMin, x0: x0, deltaX: deltaX, response: response,
                        substitutionFactor: substitutionFactor, rateFactor: rateFactor, particles: particles)
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
