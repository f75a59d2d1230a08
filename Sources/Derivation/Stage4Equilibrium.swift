import Algebra

/// The equilibrium test of Stages 3-4: a uniform shift δμ of the neutrino chemical potential,
/// f = f^FD(k; μ + δμ) = f0 − δμ ∂f0/∂k to first order, is an exact equilibrium of the
/// scattering collision integral (Eqs. 25-27: C and D obey detailed balance with e^{−q0/T},
/// q0 the whole energy given to the nucleon, its spin energy included; neutral-current scattering
/// conserves the nucleon species, so no nucleon chemical potential enters). It therefore
/// carries no flux.
///
/// Substitution: g = −δμ ∂f0/∂k (so ∂ⁿg/∂kⁿ = −δμ ∂ⁿ⁺¹f0/∂kⁿ⁺¹), h = 0, and f0 Fermi-Dirac,
/// ∂f0/∂k = −f0(1 − f0)/T with the higher derivatives by the chain rule (exact, at any μ).
/// Every expression is then a polynomial in f0, k, T, δμ and the couplings, and each
/// equilibrium statement is that it vanishes identically.
public enum Stage4Equilibrium {
    /// δμ, the uniform shift of the neutrino chemical potential.
    public static let deltaMu = Symbol("dmu")
    static let f0 = SymbolicFunction.scalar("f0"), g = SymbolicFunction.scalar("g")

    /// ∂ⁿf0/∂kⁿ for Fermi-Dirac f0, as polynomials in f0 and 1/T (n = 1…`order`).
    public static func fermiDiracDerivatives(upTo order: Int) throws -> [Symbol: Polynomial] {
        let f = Polynomial(f0.derivative(0))
        let first = try (f * f - f) * Polynomial(Stage2Derivation.T, -1)  // −f0(1 − f0)/T
        var map: [Symbol: Polynomial] = [f0.derivative(1): first]
        var current = first
        for n in stride(from: 2, through: order, by: 1) {
            current = try TaylorShift.totalDerivative(current, k: Stage2Derivation.k, functions: [f0])
                .substituting(f0.derivative(1), with: first)
            map[f0.derivative(n)] = current
        }
        return map
    }

    /// A coefficient in equilibrium: h and its derivatives → 0 (atoms dot(h_n, ·) dropped),
    /// g_n → −δμ f0_{n+1}, then f0_n → Fermi-Dirac.
    public static func substituted(_ p: Polynomial) throws -> Polynomial {
        let h = SymbolicFunction.vector("h")
        var map: [Symbol: Polynomial] = [:]
        var highest = 0
        for s in p.symbols {
            if let (_, arguments) = Vector3Space.decompose(s), arguments.contains(where: { h.derivativeOrder(of: $0) != nil }) {
                map[s] = .zero
            } else if let n = g.derivativeOrder(of: s.name) {
                map[s] = try Polynomial(f0.derivative(n + 1)) * Polynomial(deltaMu).scaled(by: Rational(-1))
                highest = max(highest, n + 1)
            } else if let n = f0.derivativeOrder(of: s.name), n > 0 {
                highest = max(highest, n)
            }
        }
        let fd = try fermiDiracDerivatives(upTo: max(highest, 1))
        return try p.substituting(map, for: "the equilibrium setting").substituting(fd, for: "the equilibrium setting (Fermi-Dirac f0)")
    }

    /// A vector in equilibrium: the h-directions dropped, every coefficient `substituted`.
    public static func substituted(_ v: VectorExpression) throws -> VectorExpression {
        let h = SymbolicFunction.vector("h")
        var pairs: [(VectorExpression.Basis, Polynomial)] = []
        for t in v.terms {
            if case .vector(let name) = t.basis, h.derivativeOrder(of: name) != nil { continue }
            if case let .cross(a, b) = t.basis, h.derivativeOrder(of: a) != nil || h.derivativeOrder(of: b) != nil { continue }
            pairs.append((t.basis, try substituted(t.coefficient)))
        }
        return try VectorExpression(collecting: pairs)
    }

    /// δU = k³g/2π² (Eq. 29) in equilibrium and its first two k-derivatives (plain calculus).
    public static func deltaU() throws -> [Polynomial] {
        let k = Stage2Derivation.k
        let fd = try fermiDiracDerivatives(upTo: 1)
        var u = try Polynomial(k, 3) * Polynomial(Stage2Derivation.pi, -2).scaled(by: .half) * Polynomial(g.derivative(0))
        u = try substituted(u)
        var out = [u]
        for _ in 1...2 {
            out.append(try TaylorShift.totalDerivative(out.last!, k: k, functions: [f0]).substituting(fd))
        }
        return out
    }

    /// The drift of Eq. (40) in equilibrium, ε(1)δU + ε(2)k ∂δU/∂k + ε(3)k² ∂²δU/∂k², for
    /// coefficients ε(1..3) (δ-bookkeeping or m, C5 as symbols).
    public static func drift(_ coefficients: [Eq40Coefficient: Polynomial]) throws -> Polynomial {
        let u = try deltaU(), k = Polynomial(Stage2Derivation.k)
        guard let e1 = coefficients[.epsilon1], let e2 = coefficients[.epsilon2], let e3 = coefficients[.epsilon3] else {
            throw AlgebraError.undefined("Stage 4 equilibrium: the drift needs e1, e2, e3")
        }
        let sum = try e1 * u[0] + e2 * k * u[1] + e3 * k * k * u[2]
        return try substituted(sum)
    }
}
