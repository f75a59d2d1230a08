import Foundation
import TestSupport

// Issue 14, the numeric reference: the exact spin-summed |M|² from explicit Dirac matrices.
//
// With the lepton current l^μ of explicit massless spinors (NumericDiracSupport.swift) and the
// vertex Γ^μ(q) of Eq. (1), the amplitude is ū(p',s') Ĺ u(p,s) with Ĺ = l_μ Γ^μ. Summed over
// the nucleon spins with ūu = 1 (Σ_s u ū = (p̸ + m)/2m, exact, no expansion):
//
//     Σ_ss' |M_ss'|² = (G_F²/2) Tr[(p̸' + m) Ĺ (p̸ + m) M̄] / 4m²,   M̄ = γ^0 Ĺ† γ^0,
//
// which is bilinear in (p'^a, m) and (p^b, m): Σ_ab p'^a p^b T_ab with T_ab = Tr[B_a Ĺ B_b M̄],
// B_a = g_aa γ^a (a = 0…3), B_4 = 1, p^4 = m. So the nucleon average needs only ⟨p^a⟩ and
// ⟨p^a p^b⟩ (OrderTmNucleonMoments), and the result is exact in p/m.

/// T_ab of one neutrino kinematics (Ω, Ω', q) and couplings.
struct OrderTmDiracContraction {
    /// 5×5, row a, column b.
    let t: [[Complex]]

    /// Fixed generic spinors for the massless projections (|M|² does not depend on them).
    static let genericIn = NumericSpinor([Complex(0.7, -0.2), Complex(0.3, 0.5),
                                          Complex(-0.4, 0.1), Complex(0.2, 0.6)])
    static let genericOut = NumericSpinor([Complex(-0.3, 0.4), Complex(0.6, 0.1),
                                           Complex(0.5, -0.5), Complex(0.1, 0.3)])

    /// Ĺ = l_μ Γ^μ(q) for ν(k) → ν(k') (l^μ = ū(k')γ^μ(1 − γ5)u(k)) or ν̄(k) → ν̄(k')
    /// (l^μ = v̄(k)γ^μ(1 − γ5)v(k')); q4 = (q0, q⃗) contravariant, unit-normalized neutrino spinors.
    static func contractedVertex(_ particle: NumericParticle, omega: NumericVec3, omegaPrime: NumericVec3, q4: [Double],
                                 cV: Double, cA: Double, F2: Double, m: Double) -> Matrix4 {
        OrderTmLeptonVertex(particle, omega: omega, omegaPrime: omegaPrime, cV: cV, cA: cA, F2: F2, m: m).vertex(q4)
    }

    init(_ particle: NumericParticle, omega: NumericVec3, omegaPrime: NumericVec3, q4: [Double],
         cV: Double, cA: Double, F2: Double, m: Double) {
        self.init(vertex: Self.contractedVertex(particle, omega: omega, omegaPrime: omegaPrime, q4: q4, cV: cV, cA: cA, F2: F2, m: m))
    }

    /// B_a = g_aa γ^a (a = 0…3), B_4 = 1: p̸ + m = Σ_a p^a B_a with p^4 = m.
    static let basis = (0..<4).map { Dirac4.metric($0) * Dirac4.gamma[$0] } + [Matrix4.identity]

    init(vertex: Matrix4) {
        let conjugate = Dirac4.bar(vertex)
        let left = Self.basis.map { $0 * vertex }, right = Self.basis.map { $0 * conjugate }
        t = left.map { x in
            right.map { y in
                var trace = Complex.zero
                for i in 0..<4 { for j in 0..<4 { trace += x[i, j] * y[j, i] } }
                return trace
            }
        }
    }

    /// Σ_ab p'^a p^b T_ab = Tr[(p̸' + m) Ĺ (p̸ + m) M̄] for on-shell p, p' (p^4 = m appended).
    func trace(pPrime: [Double], p: [Double]) -> Complex {
        var total = Complex.zero
        for a in 0..<5 { for b in 0..<5 { total += (pPrime[a] * p[b]) * t[a][b] } }
        return total
    }

    /// ∫dμ(p) Tr[(p̸' + m) Ĺ (p̸ + m) M̄] with p' = p + Q, Q = (q0, q⃗, 0):
    /// Σ_ab T_ab (⟨p^a p^b⟩ + Q^a ⟨p^b⟩).
    func averagedTrace(_ moments: OrderTmNucleonMoments, q4: [Double], m: Double) -> Complex {
        let (first, second) = moments.extended(mass: m)
        let transfer = q4 + [0]
        var total = Complex.zero
        for a in 0..<5 { for b in 0..<5 { total += (second[a][b] + transfer[a] * first[b]) * t[a][b] } }
        return total
    }

    /// Σ_ss' |ū(p',s') Ĺ u(p,s)|² from explicit spinors u(p⃗, s) with ūu = 1 (NumericSpinors.nucleon):
    /// the independent route for the trace form, (1/4m²) Tr[(p̸' + m) Ĺ (p̸ + m) M̄].
    static func explicitSpinSum(vertex: Matrix4, p: NumericVec3, pPrime: NumericVec3, m: Double) -> Double {
        var total = 0.0
        for s in [1, -1] {
            for sPrime in [1, -1] {
                let u = NumericSpinors.nucleon(p: p, spin: s, inverseMass: 1 / m)
                let uPrime = NumericSpinors.nucleon(p: pPrime, spin: sPrime, inverseMass: 1 / m)
                total += uPrime.barSandwich(vertex, u).magnitudeSquared
            }
        }
        return total
    }
}

/// Ĺ(q) = l_μ Γ^μ(q) at fixed Ω, Ω': the lepton current l^μ from explicit spinors once, and
/// Ĺ = A + Σ_ν q^ν C_ν with A = l_μ(c_V γ^μ − c_A γ^μγ5) and C_ν = (iF_2/2m) l_μ σ^{μν} g_νν
/// (Γ^μ of Eq. 1 is linear in q), so that only the q-sum is redone at each k'.
struct OrderTmLeptonVertex {
    let constant: Matrix4
    let transfer: [Matrix4]

    init(_ particle: NumericParticle, omega: NumericVec3, omegaPrime: NumericVec3, cV: Double, cA: Double, F2: Double, m: Double) {
        let uk = NumericSpinors.leftHanded(direction: omega, generic: OrderTmDiracContraction.genericIn, phase: 0.3)
        let ukp = NumericSpinors.leftHanded(direction: omegaPrime, generic: OrderTmDiracContraction.genericOut, phase: 1.1)
        let (bra, ket) = particle == .nu ? (ukp, uk) : (uk, ukp)
        let leftProjector = Matrix4.identity - Dirac4.gamma5
        let lower = (0..<4).map { Dirac4.metric($0) * bra.barSandwich(Dirac4.gamma[$0] * leftProjector, ket) }
        var a = Matrix4.zero
        for mu in 0..<4 {
            // Γ^μ at q = 0 is c_V γ^μ − c_A γ^μ γ5 (NumericAmplitude.vertex with q4 = 0).
            a = a + lower[mu] * NumericAmplitude.vertex(mu, cV: cV, cA: cA, F2: F2, q4: [0, 0, 0, 0], inverseMass: 1 / m)
        }
        constant = a
        transfer = (0..<4).map { nu in
            var unit = [0.0, 0, 0, 0]
            unit[nu] = 1
            var c = Matrix4.zero
            for mu in 0..<4 {
                let full = NumericAmplitude.vertex(mu, cV: cV, cA: cA, F2: F2, q4: unit, inverseMass: 1 / m)
                let atZero = NumericAmplitude.vertex(mu, cV: cV, cA: cA, F2: F2, q4: [0, 0, 0, 0], inverseMass: 1 / m)
                c = c + lower[mu] * (full - atZero)
            }
            return c
        }
    }

    /// Ĺ at q4 = (q0, q⃗) (contravariant).
    func vertex(_ q4: [Double]) -> Matrix4 {
        var v = constant
        for nu in 0..<4 where q4[nu] != 0 { v = v + q4[nu] * transfer[nu] }
        return v
    }
}
