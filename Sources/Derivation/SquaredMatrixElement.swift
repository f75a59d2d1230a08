import Algebra
import Dirac

/// Stage 1 computations: |M_ss'|² from the vertex (Eq. 1), the density matrices (Eq. 2) and
/// the lepton tensor, to first order in 1/m. Each function is one step of the derivation.
public enum SquaredMatrixElement {
    /// Orders of smallness: 1/m counts 1; q0 counts 1 because q0/m ~ k²/m² is dropped.
    public static let weights: [Symbol: Int] = [PaperSymbols.m: -1, PaperSymbols.q0: 1]
    public static let maxOrder = 1
    public static let truncation = Truncation(weights: weights, maxOrder: maxOrder)

    /// What the first-order result neglects (part of every report).
    public static let neglected = [
        "terms of order 1/m^2: p^2/m^2, q^2/m^2, (p.q)/m^2, P^2/m^2",
        "q0/m ~ k^2/m^2 in the weak-magnetism vertex (q = (q0, q) with q0 of order k^2/m)",
        "the nucleon kinetic energy p^2/2m in p^0 = m + p^2/2m and in the boost of the spin vector",
    ]

    /// Hadron tensor H^{μν} = tr[ρ(p',s') Γ^μ ρ(p,s) Γ̄^ν] from the parsed inputs, truncated at O(1/m).
    /// The products and the trace are charged to `budget` (the seeds' term budget, `--max-terms`).
    static func hadronTensor(initial: DiracExpression, final: DiracExpression, vertex: DiracExpression,
                             conjugate: DiracExpression, budget: Budget) throws -> TensorExpression {
        var budget = budget
        var product = final
        for factor in [vertex, initial, conjugate] {
            product = try product.multiplied(by: factor, truncation: truncation, budget: &budget)
        }
        return try trace(product, budget: &budget)
    }

    /// L_{μν} H^{μν}, still in Lorentz invariants of k, k', p, p', qv, B, e0.
    public static func contracted(_ particle: Particle, hadron: TensorExpression, budget: Budget) throws -> Polynomial {
        try contracted(lepton: LeptonTensor.tensor(particle, indices: ("mu", "nu"), budget: budget), hadron: hadron, budget: budget)
    }

    /// The contraction, charged to `budget`.
    static func contracted(lepton: TensorExpression, hadron: TensorExpression, budget: Budget) throws -> Polynomial {
        var budget = budget
        guard let value = try lepton.multiplied(by: hadron, budget: &budget).scalar else {
            throw AlgebraError.undefined("L_{mu nu} H^{mu nu} left free indices")
        }
        return value
    }

    /// The kinematics: k = e0 + Ω̃, k' = e0 + Ω̃' (unit energies), qv = q0 e0 + q̃,
    /// p̃ = (P̃ − q̃)/2, p̃' = (P̃ + q̃)/2.
    public static let kinematics: FourVectorDecomposition = {
        let half = Polynomial(Rational.half), minusHalf = Polynomial(-Rational.half)
        return FourVectorDecomposition([
            LeptonTensor.incoming: [("e0", .one), (PaperSymbols.omega, .one)],
            LeptonTensor.outgoing: [("e0", .one), (PaperSymbols.omegaPrime, .one)],
            PaperSymbols.transfer: [("e0", Polynomial(PaperSymbols.q0)), (PaperSymbols.q, .one)],
            "p": [(PaperSymbols.P, half), (PaperSymbols.q, minusHalf)],
            "p'": [(PaperSymbols.P, half), (PaperSymbols.q, half)],
        ])
    }()

    /// The 3+1 split of Stage 1's spatial vectors.
    public static let split = ThreePlusOneSplit(
        spatial: Dictionary(uniqueKeysWithValues: [PaperSymbols.omega, PaperSymbols.omegaPrime, PaperSymbols.bHat,
                                                   PaperSymbols.q, PaperSymbols.P].map { ($0, $0) }),
        space: PaperSymbols.stage1Space)

    /// (G_F²/2) L_{μν}H^{μν} in 3-vector invariants: the 3+1 split of the expanded, truncated
    /// contraction, before normalization.
    static func splitAndScale(_ truncated: Polynomial) throws -> Polynomial {
        let split = try split.apply(to: truncated)
        let prefactor = Polynomial(PaperSymbols.GF, 2).scaled(by: .half)
        return try split * prefactor
    }
}
