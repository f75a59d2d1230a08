import Algebra

/// The conventions of the whole tool, stated once. Identity tests pin each sign against
/// explicit 4×4 matrices in the Dirac representation.
///
/// - metric g = diag(+1, −1, −1, −1)
/// - γ5 = i γ^0 γ^1 γ^2 γ^3 (so γ5² = 1, {γ5, γ^μ} = 0)
/// - ε^{0123} = +1, hence ε_{0123} = −1; the atom `eps(a,b,c,d)` is ε_{μνρσ} a^μ b^ν c^ρ d^σ
/// - tr(1) = 4, tr(γ5 a̸ b̸ c̸ d̸) = −4i eps(a,b,c,d)
/// - γ^μ γ^ν γ^ρ = g^{μν}γ^ρ − g^{μρ}γ^ν + g^{νρ}γ^μ + i ε^{μνρσ} γ_σ γ5
/// - σ^{μν} = (i/2)[γ^μ, γ^ν]; Dirac conjugate Γ̄ = γ^0 Γ† γ^0, so γ̄5 = −γ5
/// - frame vectors e0…e3 with (e_μ)^ν = δ_μ^ν: e̸_μ = γ_μ, e_μ·e_ν = g_μν, e_μ·p = p_μ
public enum Conventions {
    public static let metric = "+---"
    public static let gamma5 = "i g0 g1 g2 g3"
    public static let epsilon0123 = 1
    /// The dimension used for g^μ_μ (traces are strictly 4-dimensional).
    public static let dimension = 4

    /// One line for headers of reports and generated files.
    public static let summary = "metric (+,-,-,-); gamma5 = i g0 g1 g2 g3; eps^{0123} = +1; tr(g5 a b c d) = -4i eps(a,b,c,d)"

    /// Names reserved for the frame basis vectors e_μ.
    public static let frameVectors = ["e0", "e1", "e2", "e3"]
}
