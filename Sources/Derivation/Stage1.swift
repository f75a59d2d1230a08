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
    /// H^{μν}, truncated at O(1/m).
    public let hadronTensor: TensorExpression
    /// L_{μν}H^{μν} per particle, in Lorentz invariants.
    public let contracted: [Particle: Polynomial]
    /// (G_F²/2) L_{μν}H^{μν} in 3-vector invariants, before normalization.
    public let unnormalized: [Particle: Polynomial]

    public init(inputs: Stage1Inputs, source: DensityMatrix.Source) throws {
        self.source = source
        hadronTensor = try SquaredMatrixElement.hadronTensor(inputs, source: source)
        var contracted: [Particle: Polynomial] = [:], unnormalized: [Particle: Polynomial] = [:]
        for particle in Particle.allCases {
            let c = try SquaredMatrixElement.contracted(particle, hadron: hadronTensor)
            contracted[particle] = c
            unnormalized[particle] = try SquaredMatrixElement.threeVectorForm(c)
        }
        self.contracted = contracted
        self.unnormalized = unnormalized
    }

    /// The first-principles normalization: every spinor normalized to unit density
    /// (u†u = 1 for the neutrinos, ūu = 1 for the nucleons) where the traces above use
    /// u ū = k̸ (unit energy) and ρ = (p̸+m)(1+γ5S̸)/2m (ūu = 2): a factor (1/2)⁴.
    public static let unitSpinorNormalization = try! Rational(1, 16)

    /// |M_ss'|² = normalization × unnormalized, for ν or ν̄.
    public func squaredMatrixElement(_ particle: Particle, normalization: Rational) throws -> Polynomial {
        unnormalized[particle]!.scaled(by: normalization)
    }

    /// The three printed pieces of Eq. (3): m⁰ part (Eq. 4), the part linear in q (Eq. 5) and
    /// the part linear in P (Eq. 6); `remainder` is whatever else is O(1/m) (expected zero).
    public static func pieces(of m2: Polynomial) -> (leading: Polynomial, q: Polynomial, P: Polynomial, remainder: Polynomial) {
        let w = SquaredMatrixElement.weights
        let leading = m2.part(ofOrder: 0, weights: w)
        let first = m2.part(ofOrder: 1, weights: w)
        let q = first.part(degree: 1, inVector: PaperSymbols.q).part(degree: 0, inVector: PaperSymbols.P)
        let P = first.part(degree: 1, inVector: PaperSymbols.P).part(degree: 0, inVector: PaperSymbols.q)
        let remainder = Polynomial.filtered(first) {
            !($0.monomial.degree(inVector: PaperSymbols.q) + $0.monomial.degree(inVector: PaperSymbols.P) == 1)
        }
        return (leading, q, P, remainder)
    }
}
