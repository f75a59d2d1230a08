import Algebra
import Dirac

/// The V−A lepton tensor of a massless neutrino, L_{μν} = tr[k̸' γ_μ(1−γ5) k̸ γ_ν(1−γ5)]
/// (ν: u(k) in, ū(k') out), and for ν̄ (v̄(k) … v(k')) the same with k ↔ k', which flips
/// the sign of its antisymmetric (ε) part. k and k' are unit-energy vectors here: the
/// factor k k' goes into the overall normalization.
public enum LeptonTensor {
    public static let incoming = "k", outgoing = "k'"

    /// The trace is charged to `budget` (the seeds' term budget, `--max-terms`).
    public static func tensor(_ particle: Particle, indices: (String, String), budget: Budget) throws -> TensorExpression {
        var budget = budget
        let (first, second) = particle == .nu ? (outgoing, incoming) : (incoming, outgoing)
        let leftHanded = try DiracExpression.identity - .gamma5
        var string = DiracExpression.slash(first)
        string = try string * .gamma(index: indices.0) * leftHanded
        string = try string * .slash(second) * .gamma(index: indices.1) * leftHanded
        return try trace(string, budget: &budget)
    }
}
