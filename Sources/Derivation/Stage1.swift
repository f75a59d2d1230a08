import Algebra
import Dirac

/// Stage 1 of the derivation (paper Sec. II): |M_ss'|² to first order in 1/m.
///
/// Inputs: the vertex (Eq. 1), the density matrices (Eq. 2 in the reading that agrees with
/// the covariant projector, or the covariant projector itself when none agrees), the V−A
/// lepton tensor. Steps: H^{μν} → L_{μν}H^{μν} → kinematics
/// → 3+1 split → normalization fixed once from the leading term → split into the m⁰ part
/// (Eq. 4), the part linear in q (Eq. 5) and the part linear in P (Eq. 6).
public struct Stage1Derivation: Sendable {
    /// Where u ū comes from: Eq. (2) in the reading that agrees with the covariant projector,
    /// or the projector itself.
    public let source: DensityMatrix.Source
    /// The inputs as used: the vertex Γ^μ of Eq. (1), ρ(p, s) and ρ(p', s') from `source`.
    public let vertex: DiracExpression, initialDensity: DiracExpression, finalDensity: DiracExpression
    /// H^{μν}, truncated at O(1/m).
    public let hadronTensor: TensorExpression
    /// The steps per particle, from the lepton tensor to the 3+1 split.
    public let particles: [Particle: ParticleRecord]

    /// L_{μν}H^{μν} → kinematics → 1/m truncation → 3+1 split, for ν or ν̄.
    public struct ParticleRecord: Sendable {
        /// L_{μν} of the V−A current.
        public let leptonTensor: TensorExpression
        /// L_{μν}H^{μν} in Lorentz invariants.
        public let contracted: Polynomial
        /// With k = e0 + Ω, k' = e0 + Ω', qv = q0 e0 + q, p = (P − q)/2, p' = (P + q)/2.
        public let expanded: Polynomial
        /// Orders m⁰ and m⁻¹ of `expanded` (q0 counts as 1/m).
        public let truncated: Polynomial
        /// (G_F²/2) L_{μν}H^{μν} in 3-vector invariants, before normalization.
        public let unnormalized: Polynomial
    }

    /// L_{μν}H^{μν} per particle, in Lorentz invariants.
    public var contracted: [Particle: Polynomial] { particles.mapValues(\.contracted) }
    /// (G_F²/2) L_{μν}H^{μν} in 3-vector invariants, before normalization.
    public var unnormalized: [Particle: Polynomial] { particles.mapValues(\.unnormalized) }

    public init(inputs: Stage1Inputs, source: DensityMatrix.Source) throws {
        self.source = source
        vertex = try inputs.vertex(index: "mu")
        initialDensity = try inputs.densityMatrix(source: source, momentum: "p", spin: PaperSymbols.s)
        finalDensity = try inputs.densityMatrix(source: source, momentum: "p'", spin: PaperSymbols.sPrime)
        hadronTensor = try SquaredMatrixElement.hadronTensor(initial: initialDensity, final: finalDensity, vertex: vertex,
                                                             conjugate: inputs.vertex(index: "nu").bar, budget: inputs.termBudget)
        var particles: [Particle: ParticleRecord] = [:]
        for particle in Particle.allCases {
            let lepton = try LeptonTensor.tensor(particle, indices: ("mu", "nu"), budget: inputs.termBudget)
            let contracted = try SquaredMatrixElement.contracted(lepton: lepton, hadron: hadronTensor, budget: inputs.termBudget)
            let expanded = try SquaredMatrixElement.kinematics.apply(to: contracted)
            let truncated = SquaredMatrixElement.truncation.apply(expanded)
            particles[particle] = ParticleRecord(leptonTensor: lepton, contracted: contracted, expanded: expanded, truncated: truncated,
                                                 unnormalized: try SquaredMatrixElement.splitAndScale(truncated))
        }
        self.particles = particles
    }

    /// The first-principles normalization: every spinor normalized to unit density
    /// (u†u = 1 for the neutrinos, ūu = 1 for the nucleons) where the traces above use
    /// u ū = k̸ (unit energy) and ρ = (p̸+m)(1+γ5S̸)/2m (ūu = 2): a factor (1/2)⁴.
    public static let unitSpinorNormalization = try! Rational(1, 16)

    /// |M_ss'|² = normalization × unnormalized, for ν or ν̄.
    public func squaredMatrixElement(_ particle: Particle, normalization: Rational) throws -> Polynomial {
        particles[particle]!.unnormalized.scaled(by: normalization)
    }

    /// The three printed pieces of Eq. (3), each the claim of one equation.
    public enum Piece: CaseIterable, Sendable {
        /// The m⁰ part (Eq. 4), the O(1/m) part linear in q (Eq. 5), the one linear in P (Eq. 6).
        case leading, q, P

        /// The equation that prints the piece.
        public var equation: String {
            switch self {
            case .leading: "4"
            case .q: "5"
            case .P: "6"
            }
        }

        public var description: String {
            switch self {
            case .leading: "m^0 part"
            case .q: "O(1/m) part linear in q"
            case .P: "O(1/m) part linear in P"
            }
        }
    }

    /// |M_ss'|² split into the pieces of Eq. (3); `remainder` is whatever else is O(1/m) (expected zero).
    public struct Pieces: Sendable {
        public let leading: Polynomial, q: Polynomial, P: Polynomial, remainder: Polynomial

        public subscript(piece: Piece) -> Polynomial {
            switch piece {
            case .leading: leading
            case .q: q
            case .P: P
            }
        }
    }

    /// The three printed pieces of Eq. (3): m⁰ part (Eq. 4), the part linear in q (Eq. 5) and
    /// the part linear in P (Eq. 6); `remainder` is whatever else is O(1/m) (expected zero).
    public static func pieces(of m2: Polynomial) -> Pieces {
        let w = SquaredMatrixElement.weights
        let leading = m2.part(ofOrder: 0, weights: w)
        let first = m2.part(ofOrder: 1, weights: w)
        let q = first.part(degree: 1, inVector: PaperSymbols.q).part(degree: 0, inVector: PaperSymbols.P)
        let P = first.part(degree: 1, inVector: PaperSymbols.P).part(degree: 0, inVector: PaperSymbols.q)
        let remainder = Polynomial.filtered(first) {
            !($0.monomial.degree(inVector: PaperSymbols.q) + $0.monomial.degree(inVector: PaperSymbols.P) == 1)
        }
        return Pieces(leading: leading, q: q, P: P, remainder: remainder)
    }
}
