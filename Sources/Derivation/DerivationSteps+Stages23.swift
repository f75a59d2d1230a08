import Algebra

// Read-only views of the intermediate expressions of Stages 2 and 3, for the audit report and
// `verify traces --show`. They recompute the steps with the same functions the derivations use
// (nothing here changes a derivation or a verdict).

extension Stage2Derivation {
    /// The intermediate expressions of Stage 2 (steps 1-4 of `Stage2Derivation`).
    public struct Steps: Sendable {
        /// (A3): p_min² as parsed; the energy E(p) of the text below (A4) with p² = p_min².
        public let pMin2: Polynomial, energyAtPMin: Polynomial
        /// Eq. (14) with (A12): S_ss'/S0 = 1 − δx, with δx of Eq. (15) inserted.
        public let response: Polynomial
        /// (A13): the scalar c(s, s') with P → c q.
        public let substitutionFactor: Polynomial
        /// The common factor k'²/(2π)³ S0 of Eqs. (10), (11), (16).
        public let rateFactor: Polynomial
        public let particles: [Particle: ParticleSteps]
    }

    public struct ParticleSteps: Sendable {
        /// Stage 1's |M_ss'|² split into its m⁰, q-linear and P-linear parts.
        public let leading: Polynomial, qPart: Polynomial, pPart: Polynomial
        /// The P part after P → c(s, s') q.
        public let pSubstituted: Polynomial
        /// Σ_{s,s'} of the leading and of the weak-magnetism (q and P) parts times S_ss'/S0,
        /// truncated at first order in μ_B B, times k'²/(2π)³ S0.
        public let summedLeading: Polynomial, summedWeakMagnetism: Polynomial
    }

    /// Recomputes the Stage 2 steps from the seeds and Stage 1's result.
    public static func steps(seeds: SeedFile, stage1: Stage1Check.Result) throws -> Steps {
        let pMin2 = try seeds.polynomial("eqA3")
        let energy = try seeds.polynomial("eqA4.energy").substituting(p2, with: pMin2)
        let xMin = try (energy - Polynomial(muN)) / Polynomial(T)
        let deltaX = xMin.part(ofOrder: 1, weights: weights)
        let response = try seeds.polynomial("eq14.nondegenerate").substituting(Symbol("deltax"), with: deltaX) / Polynomial(S0)
        let factor = try seeds.polynomial("eqA13")
        var particles: [Particle: ParticleSteps] = [:]
        for particle in Particle.allCases {
            let pieces = Stage1Derivation.pieces(of: stage1.squaredMatrixElement[particle]!)
            let pPart = try replacingP(pieces.P, by: factor)
            let leading = try spinSum(pieces.leading * response)
            let weakMagnetism = try spinSum((pieces.q * response) + pPart * response)
            particles[particle] = ParticleSteps(leading: pieces.leading, qPart: pieces.q, pPart: pieces.P, pSubstituted: pPart,
                                                summedLeading: leading, summedWeakMagnetism: weakMagnetism)
        }
        return Steps(pMin2: pMin2, energyAtPMin: energy, response: response, substitutionFactor: factor,
                     rateFactor: try rateFactor, particles: particles)
    }
}

extension Stage3Derivation {
    /// The intermediate expressions of Stage 3 (steps 1-5 of `Stage3Derivation`).
    public struct Steps: Sendable {
        /// Eq. (17) in δ-bookkeeping: ε = 2wδ, k' = k(1 + εu), q0 = −εuk, q² = 2k²w²D with
        /// D = 1 + 2wδu + 2δ²u², μ' = 1 − w²; m = T/δ².
        public let epsilon: Polynomial, kPrime: Polynomial, q0: Polynomial, D: Polynomial, q2: Polynomial, muPrime: Polynomial
        /// C(k,k') δf(k',Ω') + D(k,k') δf(k,Ω) as a series in δ (Eqs. 26-28, Taylor-expanded).
        public let kernel: LaurentSeries
        public let particles: [Particle: ParticleSteps]
    }

    public struct ParticleSteps: Sendable {
        /// Stage 2's rate of Eq. (9) divided by S0, expanded in δ.
        public let rateOverS0: LaurentSeries
        /// rate/S0 × [S0 bracket] × kernel, through δ^keptOrder (before the u-integration).
        public let integrand: LaurentSeries
        /// ⟨…⟩_u with the Gaussian weight: δ-order → coefficient.
        public let averaged: LaurentSeries
        /// δ-order → lowest power of w integrated over μ' (after the Jacobian 2w dw).
        public let lowestAngularExponent: [Int: Int]
    }

    /// Recomputes the Stage 3 steps from the seeds and Stage 2's derivation.
    public static func steps(seeds: SeedFile, stage2: Stage2Derivation) throws -> Steps {
        let kin = try Kinematics(order: workingOrder)
        let bracket = try kin.s0Bracket()
        let kernel = try Stage3Derivation.kernel(seeds: seeds, kin: kin)
        var particles: [Particle: ParticleSteps] = [:]
        let omB = Polynomial(Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.bHat))
        let ompB = Polynomial(Vector3Space.dotSymbol(PaperSymbols.omegaPrime, PaperSymbols.bHat))
        for particle in Particle.allCases {
            let c = stage2.coefficients[particle]!
            var rate = c.A0 + c.A0WM
            rate = try rate + (c.deltaAOmega + c.deltaBWM) * omB + (c.deltaAOmegaPrime + c.deltaCWM) * ompB
            let rateOverS0 = try kin.expand(rate.coefficient(of: Stage2Derivation.S0, exponent: 1))
            let integrand = try (rateOverS0 * bracket * kernel).truncated(maxOrder: keptOrder)
            let averaged = try integrand.integratingGaussian(variable: u)
            var lowest: [Int: Int] = [:]
            for (exponent, coefficient) in averaged.terms {
                let azimuthal = try AngularAverages.azimuthal(coefficient, of: PaperSymbols.omegaPrime, about: PaperSymbols.omega,
                                                             cosine: muPrime, in: space)
                if let e = try integrateOverMuPrime(azimuthal, muPrime: muPrime, w: w).lowestExponent { lowest[exponent] = e }
            }
            particles[particle] = ParticleSteps(rateOverS0: rateOverS0, integrand: integrand, averaged: averaged,
                                                lowestAngularExponent: lowest)
        }
        return Steps(epsilon: kin.epsilon, kPrime: kin.kPrime, q0: kin.q0, D: kin.D, q2: kin.q2, muPrime: kin.muPrime,
                     kernel: kernel, particles: particles)
    }
}

extension Stage3Check {
    /// (terms carrying g or its derivatives, the rest), as `compare(_:)` splits the B parts.
    public static func gTermsAndRest(_ v: VectorExpression) throws -> (kept: VectorExpression, rest: VectorExpression) {
        try splitGTerms(v)
    }

    /// The printed claim `id` parsed as a 3-vector, with m = T/δ² as compared.
    public func printedVector(_ id: String) throws -> VectorExpression {
        try claim(id)
    }
}
