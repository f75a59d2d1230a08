// Independent numeric route for |M_ss'|² (Stage 1): explicit 4×4 complex Dirac matrices and
// explicit spinors. Nothing in this file calls the symbolic engine (Algebra / Dirac /
// Derivation); the only contact with Algebra is `NumericPolynomialEvaluator`, which reads the
// engine's `Polynomial` data structure (terms, powers, symbol spellings) to evaluate it.
//
// Conventions (the project's: see Tests/DiracTests/ExplicitDirac.swift):
//   metric g = diag(+1, −1, −1, −1); Dirac representation γ^0 = diag(1,1,−1,−1),
//   γ^i = [[0, σ_i], [−σ_i, 0]]; γ5 = i γ^0 γ^1 γ^2 γ^3; σ^{μν} = (i/2)[γ^μ, γ^ν];
//   ψ̄ = ψ† γ^0.

import Algebra
import TestSupport
import Foundation

// MARK: - Complex numbers, spinors, matrices

struct NumericComplex: Equatable {
    var re: Double
    var im: Double
    init(_ re: Double, _ im: Double = 0) { self.re = re; self.im = im }

    static let zero = NumericComplex(0), one = NumericComplex(1), i = NumericComplex(0, 1)
    static func + (a: Self, b: Self) -> Self { Self(a.re + b.re, a.im + b.im) }
    static func - (a: Self, b: Self) -> Self { Self(a.re - b.re, a.im - b.im) }
    static prefix func - (a: Self) -> Self { Self(-a.re, -a.im) }
    static func * (a: Self, b: Self) -> Self { Self(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re) }
    static func * (s: Double, a: Self) -> Self { Self(s * a.re, s * a.im) }
    static func += (a: inout Self, b: Self) { a = a + b }
    var conjugate: Self { Self(re, -im) }
    var magnitudeSquared: Double { re * re + im * im }
    var magnitude: Double { magnitudeSquared.squareRoot() }
    /// e^{iφ}
    static func phase(_ phi: Double) -> Self { Self(cos(phi), sin(phi)) }
}

/// A 4-component Dirac spinor (column).
struct NumericSpinor {
    var c: [NumericComplex]
    init(_ c: [NumericComplex]) { precondition(c.count == 4); self.c = c }
    static func * (s: NumericComplex, a: Self) -> Self { Self(a.c.map { s * $0 }) }
    static func * (s: Double, a: Self) -> Self { Self(a.c.map { s * $0 }) }
    static func - (a: Self, b: Self) -> Self { Self((0..<4).map { a.c[$0] - b.c[$0] }) }
    /// ψ†χ
    func adjointTimes(_ other: Self) -> NumericComplex {
        var t = NumericComplex.zero
        for k in 0..<4 { t += c[k].conjugate * other.c[k] }
        return t
    }
    /// ψ̄ M χ = ψ† γ^0 M χ
    func barSandwich(_ m: NumericMatrix4, _ other: Self) -> NumericComplex {
        adjointTimes(NumericDirac.gamma[0] * (m * other))
    }
    var norm: Double { adjointTimes(self).re.squareRoot() }
}

/// A 4×4 complex matrix, row-major.
struct NumericMatrix4 {
    var e: [NumericComplex]
    init(_ e: [NumericComplex]) { precondition(e.count == 16); self.e = e }
    subscript(r: Int, c: Int) -> NumericComplex {
        get { e[4 * r + c] }
        set { e[4 * r + c] = newValue }
    }
    static let zero = NumericMatrix4(Array(repeating: .zero, count: 16))
    static let identity: NumericMatrix4 = {
        var m = zero
        for k in 0..<4 { m[k, k] = .one }
        return m
    }()
    static func + (a: Self, b: Self) -> Self { Self((0..<16).map { a.e[$0] + b.e[$0] }) }
    static func - (a: Self, b: Self) -> Self { Self((0..<16).map { a.e[$0] - b.e[$0] }) }
    static func * (s: NumericComplex, a: Self) -> Self { Self(a.e.map { s * $0 }) }
    static func * (s: Double, a: Self) -> Self { Self(a.e.map { s * $0 }) }
    static func * (a: Self, b: Self) -> Self {
        var m = Self.zero
        for r in 0..<4 { for k in 0..<4 { let x = a[r, k]; if x == .zero { continue }
            for c in 0..<4 { m[r, c] += x * b[k, c] } } }
        return m
    }
    static func * (a: Self, v: NumericSpinor) -> NumericSpinor {
        NumericSpinor((0..<4).map { r in
            var t = NumericComplex.zero
            for k in 0..<4 { t += a[r, k] * v.c[k] }
            return t
        })
    }
}

enum NumericDirac {
    static let pauli: [[[NumericComplex]]] = [
        [[.zero, .one], [.one, .zero]],
        [[.zero, -NumericComplex.i], [.i, .zero]],
        [[.one, .zero], [.zero, -NumericComplex.one]],
    ]
    static func metric(_ mu: Int) -> Double { mu == 0 ? 1 : -1 }

    /// γ^μ, Dirac representation.
    static let gamma: [NumericMatrix4] = {
        var g0 = NumericMatrix4.zero
        g0[0, 0] = .one; g0[1, 1] = .one; g0[2, 2] = -NumericComplex.one; g0[3, 3] = -NumericComplex.one
        var out = [g0]
        for s in pauli {
            var g = NumericMatrix4.zero
            for r in 0..<2 { for c in 0..<2 { g[r, c + 2] = s[r][c]; g[r + 2, c] = -s[r][c] } }
            out.append(g)
        }
        return out
    }()
    static let gamma5: NumericMatrix4 = NumericComplex.i * (gamma[0] * gamma[1] * gamma[2] * gamma[3])
    static func sigma(_ mu: Int, _ nu: Int) -> NumericMatrix4 {
        NumericComplex(0, 0.5) * (gamma[mu] * gamma[nu] - gamma[nu] * gamma[mu])
    }
    static let sigmaTable: [[NumericMatrix4]] = (0..<4).map { mu in (0..<4).map { nu in sigma(mu, nu) } }

    /// a̸ = a^0 γ^0 − a⃗·γ⃗ for contravariant a = (a^0, a⃗).
    static func slash(_ a: [Double]) -> NumericMatrix4 {
        var m = NumericMatrix4.zero
        for mu in 0..<4 { m = m + (metric(mu) * a[mu]) * gamma[mu] }
        return m
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
        let boost = NumericDirac.slash([epsE, eps * p.x, eps * p.y, eps * p.z]) + NumericMatrix4.identity
        return (1 / (2 * (epsE + 1)).squareRoot()) * (boost * rest)
    }

    /// A massless left-handed spinor for k = (1, Ω̂): the (1 − γ5)/2 projection of a generic
    /// spinor, then the negative-helicity part (1 − Σ·Ω̂)/2 of it, normalized u†u = 1, times an
    /// arbitrary phase. Satisfies k̸u = 0, γ5 u = −u, u ū = k̸(1 + γ5)/4 (checked in tests).
    /// The same spinor serves as v(k) of the antineutrino (k̸v = 0, (1 − γ5)v = 2v).
    static func leftHanded(direction omega: NumericVec3, generic: NumericSpinor, phase: Double) -> NumericSpinor {
        let chiral = 0.5 * ((NumericMatrix4.identity - NumericDirac.gamma5) * generic)
        // Spin operator Σ^i = γ5 γ^0 γ^i; helicity projector (1 − Σ·Ω̂)/2.
        var sigmaOmega = NumericMatrix4.zero
        for i in 1...3 {
            sigmaOmega = sigmaOmega + omega[i - 1] * (NumericDirac.gamma5 * NumericDirac.gamma[0] * NumericDirac.gamma[i])
        }
        let helicity = 0.5 * ((NumericMatrix4.identity - sigmaOmega) * chiral)
        let n = helicity.norm
        precondition(n > 1e-6, "degenerate generic spinor")
        return NumericComplex.phase(phase) * ((1 / n) * helicity)
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
    static func vertex(_ mu: Int, cV: Double, cA: Double, F2: Double, q4: [Double], inverseMass eps: Double) -> NumericMatrix4 {
        var sq = NumericMatrix4.zero
        for nu in 0..<4 { sq = sq + (NumericDirac.metric(nu) * q4[nu]) * NumericDirac.sigmaTable[mu][nu] }
        return cV * NumericDirac.gamma[mu]
            + NumericComplex(0, F2 * eps / 2) * sq
            - cA * (NumericDirac.gamma[mu] * NumericDirac.gamma5)
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
        let leftProjector = NumericMatrix4.identity - NumericDirac.gamma5
        let q4 = [0, kin.q.x, kin.q.y, kin.q.z]
        var amplitude = NumericComplex.zero
        for mu in 0..<4 {
            let l = bra.barSandwich(NumericDirac.gamma[mu] * leftProjector, ket)
            let h = upp.barSandwich(vertex(mu, cV: kin.cV, cA: kin.cA, F2: kin.F2, q4: q4, inverseMass: eps), up)
            amplitude += NumericDirac.metric(mu) * (l * h)
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

/// The shared SplitMix64 generator, with the numeric helpers of this file.
typealias NumericRandom = SplitMix64

extension SplitMix64 {
    mutating func unitVector() -> NumericVec3 {
        while true {
            let v = NumericVec3(uniform(-1, 1), uniform(-1, 1), uniform(-1, 1))
            let n = numericDot(v, v).squareRoot()
            if n > 0.1 && n <= 1 { return v / n }
        }
    }
    mutating func spinor() -> NumericSpinor {
        NumericSpinor((0..<4).map { _ in NumericComplex(uniform(-1, 1), uniform(-1, 1)) })
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
