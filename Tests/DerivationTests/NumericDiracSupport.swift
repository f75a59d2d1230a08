// Independent numeric route for |M_ss'|² (Stage 1): explicit 4×4 complex Dirac matrices and
// explicit spinors. Nothing in this file calls the symbolic engine (Algebra / Dirac /
// Derivation); the only contact with Algebra is `NumericPolynomialEvaluator`, which reads the
// engine's `Polynomial` data structure (terms, powers, symbol spellings) to evaluate it.
//
// Conventions: the project's, in the explicit matrices of Tests/TestSupport/ExplicitDirac.swift;
//   ψ̄ = ψ† γ^0.

import Algebra
import TestSupport
import Foundation

// MARK: - Spinors on the shared explicit matrices (`Complex`, `Matrix4`, `Dirac4` in TestSupport)

/// A 4-component Dirac spinor (column).
struct NumericSpinor {
    var c: [Complex]
    init(_ c: [Complex]) { precondition(c.count == 4); self.c = c }
    static func * (s: Complex, a: Self) -> Self { Self(a.c.map { s * $0 }) }
    static func * (s: Double, a: Self) -> Self { Self(a.c.map { s * $0 }) }
    static func - (a: Self, b: Self) -> Self { Self((0..<4).map { a.c[$0] - b.c[$0] }) }
    /// ψ†χ
    func adjointTimes(_ other: Self) -> Complex {
        var t = Complex.zero
        for k in 0..<4 { t += c[k].conjugate * other.c[k] }
        return t
    }
    /// ψ̄ M χ = ψ† γ^0 M χ
    func barSandwich(_ m: Matrix4, _ other: Self) -> Complex {
        adjointTimes(Dirac4.gamma[0] * (m * other))
    }
    var norm: Double { adjointTimes(self).re.squareRoot() }
}

extension Matrix4 {
    /// M ψ.
    static func * (a: Matrix4, v: NumericSpinor) -> NumericSpinor {
        NumericSpinor((0..<4).map { r in
            var t = Complex.zero
            for k in 0..<4 { t += a[r, k] * v.c[k] }
            return t
        })
    }
}

// MARK: - 3-vectors

typealias NumericVec3 = SIMD3<Double>

func numericDot(_ a: NumericVec3, _ b: NumericVec3) -> Double { (a * b).sum() }
func numericCross(_ a: NumericVec3, _ b: NumericVec3) -> NumericVec3 {
    NumericVec3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
}

// MARK: - Spinors

enum NumericSpinors {
    /// The nucleon spinor u(p⃗, s) for ε = 1/m ≥ 0, normalized ūu = 1, spin s = ±1 along ẑ in
    /// the rest frame: u = (p̸ + m) u_rest / sqrt(2m(E + m)), u_rest = (χ_s, 0),
    /// E = sqrt(m² + p⃗²). Written in ε so that ε = 0 (m → ∞) is allowed:
    /// (p̸ + m)/m = εE γ^0 − ε p⃗·γ⃗ + 1, 2m(E+m)/m² = 2(εE + 1), εE = sqrt(1 + ε² p⃗²).
    static func nucleon(p: NumericVec3, spin s: Int, inverseMass eps: Double) -> NumericSpinor {
        let rest = NumericSpinor(s == 1 ? [.one, .zero, .zero, .zero] : [.zero, .one, .zero, .zero])
        let epsE = (1 + eps * eps * numericDot(p, p)).squareRoot()
        let boost = Dirac4.slash([epsE, eps * p.x, eps * p.y, eps * p.z]) + Matrix4.identity
        return (1 / (2 * (epsE + 1)).squareRoot()) * (boost * rest)
    }

    /// A massless left-handed spinor for k = (1, Ω̂): the (1 − γ5)/2 projection of a generic
    /// spinor, then the negative-helicity part (1 − Σ·Ω̂)/2 of it, normalized u†u = 1, times an
    /// arbitrary phase. Satisfies k̸u = 0, γ5 u = −u, u ū = k̸(1 + γ5)/4 (checked in tests).
    /// The same spinor serves as v(k) of the antineutrino (k̸v = 0, (1 − γ5)v = 2v).
    static func leftHanded(direction omega: NumericVec3, generic: NumericSpinor, phase: Double) -> NumericSpinor {
        let chiral = 0.5 * ((Matrix4.identity - Dirac4.gamma5) * generic)
        // Spin operator Σ^i = γ5 γ^0 γ^i; helicity projector (1 − Σ·Ω̂)/2.
        var sigmaOmega = Matrix4.zero
        for i in 1...3 {
            sigmaOmega = sigmaOmega + omega[i - 1] * (Dirac4.gamma5 * Dirac4.gamma[0] * Dirac4.gamma[i])
        }
        let helicity = 0.5 * ((Matrix4.identity - sigmaOmega) * chiral)
        let n = helicity.norm
        precondition(n > 1e-6, "degenerate generic spinor")
        return Complex.phase(phase) * ((1 / n) * helicity)
    }
}

// MARK: - Amplitude

/// Inputs of one evaluation of the exact |M|².
struct NumericKinematics {
    var omega: NumericVec3          // Ω (unit), k = (1, Ω)
    var omegaPrime: NumericVec3     // Ω' (unit), k' = (1, Ω')
    var p: NumericVec3              // initial nucleon 3-momentum
    var GF: Double, cV: Double, cA: Double, F2: Double
    /// Generic spinors and phases used to build the neutrino spinors (|M|² must not depend on them).
    var genericIn: NumericSpinor, genericOut: NumericSpinor
    var phaseIn: Double, phaseOut: Double

    /// q⃗ = k⃗ − k⃗' = p⃗' − p⃗ with k = k' = 1 (q0 = 0).
    var q: NumericVec3 { omega - omegaPrime }
    var pPrime: NumericVec3 { p + q }
    var P: NumericVec3 { p + pPrime }
}

enum NumericParticle { case nu, nubar }

enum NumericAmplitude {
    /// Γ^μ = cV γ^μ + F2 i σ^{μν} q_ν ε/2 − cA γ^μ γ5 (ε = 1/m), q = (q0, q⃗).
    static func vertex(_ mu: Int, cV: Double, cA: Double, F2: Double, q4: [Double], inverseMass eps: Double) -> Matrix4 {
        var sq = Matrix4.zero
        for nu in 0..<4 { sq = sq + (Dirac4.metric(nu) * q4[nu]) * Dirac4.sigmaTable[mu][nu] }
        return cV * Dirac4.gamma[mu]
            + Complex(0, F2 * eps / 2) * sq
            - cA * (Dirac4.gamma[mu] * Dirac4.gamma5)
    }

    /// |M|² = |(GF/√2) l_μ h^μ|² for given spins s, s' = ±1 along ẑ and ε = 1/m ≥ 0.
    /// ν(k) → ν(k'):  l^μ = ū(k') γ^μ (1 − γ5) u(k);
    /// ν̄(k) → ν̄(k'): l^μ = v̄(k) γ^μ (1 − γ5) v(k');
    /// h^μ = ū(p', s') Γ^μ u(p, s), p⃗' = p⃗ + q⃗.
    static func squared(_ particle: NumericParticle, s: Int, sPrime: Int, kin: NumericKinematics, inverseMass eps: Double) -> Double {
        let uk = NumericSpinors.leftHanded(direction: kin.omega, generic: kin.genericIn, phase: kin.phaseIn)
        let ukp = NumericSpinors.leftHanded(direction: kin.omegaPrime, generic: kin.genericOut, phase: kin.phaseOut)
        let (bra, ket) = particle == .nu ? (ukp, uk) : (uk, ukp)
        let up = NumericSpinors.nucleon(p: kin.p, spin: s, inverseMass: eps)
        let upp = NumericSpinors.nucleon(p: kin.pPrime, spin: sPrime, inverseMass: eps)
        let leftProjector = Matrix4.identity - Dirac4.gamma5
        let q4 = [0, kin.q.x, kin.q.y, kin.q.z]
        var amplitude = Complex.zero
        for mu in 0..<4 {
            let l = bra.barSandwich(Dirac4.gamma[mu] * leftProjector, ket)
            let h = upp.barSandwich(vertex(mu, cV: kin.cV, cA: kin.cA, F2: kin.F2, q4: q4, inverseMass: eps), up)
            amplitude += Dirac4.metric(mu) * (l * h)
        }
        return kin.GF * kin.GF / 2 * amplitude.magnitudeSquared
    }

    /// d|M|²/dε at ε = 0 from the exact route, one-sided: the cubic through ε = 0, h, 2h, 3h,
    /// f'(0) ≈ (−11 f0 + 18 f1 − 9 f2 + 2 f3)/(6h) (error O(h³)).
    static func firstOrderCoefficient(_ particle: NumericParticle, s: Int, sPrime: Int, kin: NumericKinematics, step h: Double) -> Double {
        let f = (0...3).map { squared(particle, s: s, sPrime: sPrime, kin: kin, inverseMass: Double($0) * h) }
        return (-11 * f[0] + 18 * f[1] - 9 * f[2] + 2 * f[3]) / (6 * h)
    }
}

// MARK: - Random numbers

extension SplitMix64 {
    mutating func unitVector() -> NumericVec3 {
        while true {
            let v = NumericVec3(uniform(-1, 1), uniform(-1, 1), uniform(-1, 1))
            let n = numericDot(v, v).squareRoot()
            if n > 0.1 && n <= 1 { return v / n }
        }
    }
    mutating func spinor() -> NumericSpinor {
        NumericSpinor((0..<4).map { _ in Complex(uniform(-1, 1), uniform(-1, 1)) })
    }
    mutating func kinematics() -> NumericKinematics {
        NumericKinematics(
            omega: unitVector(), omegaPrime: unitVector(),
            p: NumericVec3(uniform(-1, 1), uniform(-1, 1), uniform(-1, 1)),
            GF: uniform(0.5, 1.5), cV: uniform(-1.5, 1.5), cA: uniform(-1.5, 1.5), F2: uniform(-2, 2),
            genericIn: spinor(), genericOut: spinor(),
            phaseIn: uniform(0, 6.3), phaseOut: uniform(0, 6.3))
    }
}

// MARK: - Evaluating the engine's polynomial

/// Evaluates a derived |M|² (an `Algebra.Polynomial`) at explicit kinematics, parsing the atom
/// spellings itself: `dot(a,b)` = a⃗·b⃗, `triple(a,b,c)` = a⃗·(b⃗×c⃗), with vectors Om, Om', B, q, P;
/// scalars GF, cV, cA, F2, s, s', q0 (= 0 here). The result is split by the power of 1/m:
/// `byInverseMass[n]` is the coefficient of m^{-n}.
enum NumericPolynomialEvaluator {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static func atom(_ name: String, vectors: [String: NumericVec3], scalars: [String: Double]) throws -> Double {
        if let x = scalars[name] { return x }
        for kind in ["dot", "triple"] where name.hasPrefix(kind + "(") && name.hasSuffix(")") {
            let args = name.dropFirst(kind.count + 1).dropLast().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let v = try args.map { a -> NumericVec3 in
                guard let x = vectors[a] else { throw Failure(description: "unknown vector '\(a)' in atom '\(name)'") }
                return x
            }
            if kind == "dot", v.count == 2 { return numericDot(v[0], v[1]) }
            if kind == "triple", v.count == 3 { return numericDot(v[0], numericCross(v[1], v[2])) }
            throw Failure(description: "malformed atom '\(name)'")
        }
        throw Failure(description: "unknown symbol '\(name)'")
    }

    static func byInverseMass(_ poly: Polynomial, vectors: [String: NumericVec3], scalars: [String: Double]) throws -> [Int: Double] {
        var out: [Int: Double] = [:]
        for t in poly.terms {
            var v = t.coefficient.doubleValue
            var inversePower = 0
            for power in t.monomial.powers {
                if power.symbol.name == "m" { inversePower = -power.exponent; continue }
                let x = try atom(power.symbol.name, vectors: vectors, scalars: scalars)
                var y = 1.0
                for _ in 0..<power.exponent.magnitude { y *= x }
                v *= power.exponent < 0 ? 1 / y : y
            }
            out[inversePower, default: 0] += v
        }
        return out
    }

    /// The standard vectors and scalars for one kinematic point and spin pair (B̂ = ẑ).
    static func inputs(_ kin: NumericKinematics, s: Int, sPrime: Int) -> (vectors: [String: NumericVec3], scalars: [String: Double]) {
        (["Om": kin.omega, "Om'": kin.omegaPrime, "B": NumericVec3(0, 0, 1), "q": kin.q, "P": kin.P],
         ["GF": kin.GF, "cV": kin.cV, "cA": kin.cA, "F2": kin.F2, "s": Double(s), "s'": Double(sPrime), "q0": 0])
    }
}
