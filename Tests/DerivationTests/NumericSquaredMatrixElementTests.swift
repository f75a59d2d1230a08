// Independent numeric check of the derived |M_ss'|² (Stage 1, Eqs. 1–6 inputs): explicit
// spinors and 4×4 Dirac matrices (NumericDiracSupport.swift, on TestSupport's ExplicitDirac.swift) against the polynomial that
// `Stage1Derivation` produces. The engine is used only to obtain that polynomial.
//
// Kinematics: k = k' = 1 (so q0 = 0 and q⃗ = Ω − Ω' exactly), B̂ = ẑ, p⃗' = p⃗ + q⃗,
// P⃗ = p⃗ + p⃗'. The exact |M|² is a function of ε = 1/m, analytic at ε = 0; its Taylor
// coefficients of ε⁰ and ε¹ must equal the derived coefficients of m⁰ and m⁻¹.

import Algebra
import Derivation
import Foundation
import XCTest
import TestSupport

/// The derived |M|² for ν and ν̄, computed once per test process.
enum NumericDerivedCache {
    struct Derived: Sendable {
        let polynomials: [Particle: Polynomial]
        let seconds: Double
    }

    /// The Stage 1 inputs from seeds/stage1.claims (found relative to this file).
    static func inputs() throws -> Stage1Inputs {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return Stage1Inputs(seeds: try SeedFile(path: root.appendingPathComponent("seeds/stage1.claims").path))
    }

    static let derived: Result<Derived, NumericPolynomialEvaluator.Failure> = {
        let start = Date()
        do {
            let inputs = try inputs()
            guard let reading = try DensityMatrixCheck.agreeingReadings(inputs).first else {
                throw NumericPolynomialEvaluator.Failure(description: "no reading of Eq. (2) agrees")
            }
            let d = try Stage1Derivation(inputs: inputs, source: .printed(reading))
            var out: [Particle: Polynomial] = [:]
            for p in Particle.allCases {
                out[p] = try d.squaredMatrixElement(p, normalization: Stage1Derivation.unitSpinorNormalization)
            }
            return .success(Derived(polynomials: out, seconds: Date().timeIntervalSince(start)))
        } catch {
            return .failure(NumericPolynomialEvaluator.Failure(description: "derivation failed: \(error)"))
        }
    }()

    static func polynomial(_ p: Particle) throws -> Polynomial {
        try derived.get().polynomials[p]!
    }
}

final class NumericSquaredMatrixElementTests: XCTestCase {
    static let spins = [(1, 1), (1, -1), (-1, 1), (-1, -1)]
    static let particles: [(Particle, NumericParticle)] = [(.nu, .nu), (.nubar, .nubar)]
    static let pointsPerCase = 24
    static let step = 1e-3

    /// Largest |exact − derived| / max(1, |derived|) over all points, per order (0 and 1 in 1/m).
    struct Discrepancy { var leading = 0.0, firstOrder = 0.0, nearM1e6 = 0.0; var worst = "" }

    /// Compares the exact route with `derived` (a polynomial for `particle`) at all points.
    static func discrepancy(particle: Particle, numeric: NumericParticle, derived: Polynomial, seed: UInt64) throws -> Discrepancy {
        var rng = SplitMix64(seed: seed)
        var d = Discrepancy()
        for (s, sp) in spins {
            for point in 0..<pointsPerCase {
                let kin = rng.kinematics()
                let inputs = NumericPolynomialEvaluator.inputs(kin, s: s, sPrime: sp)
                let coefficients = try NumericPolynomialEvaluator.byInverseMass(derived, vectors: inputs.vectors, scalars: inputs.scalars)
                guard Set(coefficients.keys).isSubset(of: [0, 1]) else {
                    throw NumericPolynomialEvaluator.Failure(description: "derived |M|² has powers of 1/m \(coefficients.keys.sorted())")
                }
                let d0 = coefficients[0] ?? 0, d1 = coefficients[1] ?? 0
                let e0 = NumericAmplitude.squared(numeric, s: s, sPrime: sp, kin: kin, inverseMass: 0)
                let e1 = NumericAmplitude.firstOrderCoefficient(numeric, s: s, sPrime: sp, kin: kin, step: step)
                let eBig = NumericAmplitude.squared(numeric, s: s, sPrime: sp, kin: kin, inverseMass: 1e-6)
                let r0 = abs(e0 - d0) / max(1, abs(d0))
                let r1 = abs(e1 - d1) / max(1, abs(d1))
                let rBig = abs(eBig - (d0 + 1e-6 * d1)) / max(1, abs(d0))
                if r1 > d.firstOrder || r0 > d.leading {
                    d.worst = "\(particle) s=\(s) s'=\(sp) point \(point): exact (m⁰, 1/m) = (\(e0), \(e1)), derived = (\(d0), \(d1))"
                }
                d.leading = max(d.leading, r0)
                d.firstOrder = max(d.firstOrder, r1)
                d.nearM1e6 = max(d.nearM1e6, rBig)
            }
        }
        return d
    }

    // MARK: - The spinors are what they claim to be

    func testNumericSpinorsSatisfyTheirDefinitions() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<10 {
            let p = NumericVec3(rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(-1, 1))
            for s in [1, -1] {
                for eps in [0.0, 1e-3, 0.3, 1.0] {
                    let u = NumericSpinors.nucleon(p: p, spin: s, inverseMass: eps)
                    // ū u = 1
                    let ubaru = u.barSandwich(.identity, u)
                    XCTAssertEqual(ubaru.re, 1, accuracy: 1e-12); XCTAssertEqual(ubaru.im, 0, accuracy: 1e-12)
                    // Dirac equation (p̸ − m)u = 0, i.e. (εp̸ − 1)u = 0
                    let epsE = (1 + eps * eps * numericDot(p, p)).squareRoot()
                    let slash = Dirac4.slash([epsE, eps * p.x, eps * p.y, eps * p.z])
                    XCTAssertLessThan((slash * u - u).norm, 1e-12)
                    // Spin: (1 + γ5 S̸) u = 2u with S the boost of (0, s ẑ):
                    // S = s (p_z/m, ẑ + p_z p⃗ /(m(E+m))), in ε: εp_z, ẑ + ε² p_z p⃗/(εE + 1).
                    let S = [eps * p.z, eps * eps * p.z * p.x / (epsE + 1), eps * eps * p.z * p.y / (epsE + 1),
                             1 + eps * eps * p.z * p.z / (epsE + 1)].map { Double(s) * $0 }
                    let spinProjected = (Matrix4.identity + Dirac4.gamma5 * Dirac4.slash(S)) * u
                    XCTAssertLessThan((spinProjected - 2.0 * u).norm, 1e-12)
                }
            }
            let omega = rng.unitVector()
            let k = Dirac4.slash([1, omega.x, omega.y, omega.z])
            let u = NumericSpinors.leftHanded(direction: omega, generic: rng.spinor(), phase: rng.uniform(0, 6.3))
            XCTAssertEqual(u.adjointTimes(u).re, 1, accuracy: 1e-12)                    // u†u = 1
            XCTAssertLessThan((k * u).norm, 1e-12)                                        // k̸u = 0
            XCTAssertLessThan((Dirac4.gamma5 * u - (-1.0) * u).norm, 1e-12)          // γ5 u = −u
            // u ū = k̸(1 + γ5)/4 (unit density, left-handed) implies ū γ^μ u = k^μ/k^0 = (1, Ω)
            for mu in 0..<4 {
                let current = u.barSandwich(Dirac4.gamma[mu], u)
                let expected = mu == 0 ? 1.0 : omega[mu - 1]
                XCTAssertEqual(current.re, expected, accuracy: 1e-12)
                XCTAssertEqual(current.im, 0, accuracy: 1e-12)
            }
        }
    }

    func testExactSquaredIsIndependentOfNeutrinoSpinorPhases() {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<10 {
            let kin = rng.kinematics()
            var other = kin
            other.genericIn = rng.spinor(); other.genericOut = rng.spinor()
            other.phaseIn = rng.uniform(0, 6.3); other.phaseOut = rng.uniform(0, 6.3)
            for particle in [NumericParticle.nu, .nubar] {
                for (s, sp) in Self.spins {
                    for eps in [0.0, 0.01] {
                        let a = NumericAmplitude.squared(particle, s: s, sPrime: sp, kin: kin, inverseMass: eps)
                        let b = NumericAmplitude.squared(particle, s: s, sPrime: sp, kin: other, inverseMass: eps)
                        XCTAssertEqual(a, b, accuracy: 1e-12 * max(1, abs(a)))
                    }
                }
            }
        }
    }

    // MARK: - The derived |M|² against the exact route

    func testDerivedSquaredMatrixElementAgreesWithExplicitSpinors() throws {
        let start = Date()
        for (particle, numeric) in Self.particles {
            let derived = try NumericDerivedCache.polynomial(particle)
            let d = try Self.discrepancy(particle: particle, numeric: numeric, derived: derived, seed: 2024)
            print("numeric check \(particle): m⁰ rel.err \(d.leading), 1/m rel.err \(d.firstOrder), m=1e6 rel.err \(d.nearM1e6); worst: \(d.worst)")
            XCTAssertLessThan(d.leading, 1e-9, "m⁰ part, \(particle): \(d.worst)")
            XCTAssertLessThan(d.firstOrder, 1e-4, "1/m part, \(particle): \(d.worst)")
            XCTAssertLessThan(d.nearM1e6, 1e-9, "m = 1e6, \(particle): \(d.worst)")
        }
        let derivationSeconds = (try? NumericDerivedCache.derived.get().seconds) ?? -1
        print("numeric check: derivation \(derivationSeconds) s, whole test \(Date().timeIntervalSince(start)) s")
    }

    // MARK: - The check has teeth

    /// Adding GF² cA cV (B̂·q) s / m to the derived expression must be detected.
    func testAddedTermIsDetected() throws {
        for (particle, numeric) in Self.particles {
            let derived = try NumericDerivedCache.polynomial(particle)
            var extra = try Polynomial(Symbol("GF"), 2) * Polynomial(Symbol("cA")) * Polynomial(Symbol("cV"))
            extra = try extra * Polynomial(Symbol("dot(B,q)")) * Polynomial(Symbol("s")) * Polynomial(Symbol("m"), -1)
            let wrong = derived + extra
            let d = try Self.discrepancy(particle: particle, numeric: numeric, derived: wrong, seed: 2024)
            print("teeth (added GF² cA cV (B̂·q) s/m), \(particle): m⁰ rel.err \(d.leading), 1/m rel.err \(d.firstOrder)")
            XCTAssertLessThan(d.leading, 1e-9, "the perturbation is O(1/m) only")
            XCTAssertGreaterThan(d.firstOrder, 1e-2, "perturbed 1/m part not detected for \(particle)")
        }
    }

    /// Flipping the sign of a single derived cA F2 / m term (the weak-magnetism–axial
    /// interference, Eq. 5's c_A(c_V + F_2) structure) must be detected.
    func testFlippedWeakMagnetismTermIsDetected() throws {
        for (particle, numeric) in Self.particles {
            let derived = try NumericDerivedCache.polynomial(particle)
            guard let term = derived.terms.first(where: { t in
                let names = Set(t.monomial.powers.map(\.symbol.name))
                return names.isSuperset(of: ["cA", "F2", "m"]) && t.monomial.exponent(of: Symbol("m")) == -1
            }) else { return XCTFail("no cA F2 / m term in the derived |M|² for \(particle)") }
            let single = Polynomial(monomial: term.monomial, coefficient: term.coefficient)
            let flipped = derived - single.scaled(by: Rational(2))
            let d = try Self.discrepancy(particle: particle, numeric: numeric, derived: flipped, seed: 2024)
            print("teeth (flipped \(term.coefficient.doubleValue) × \(term.monomial.powers.map { "\($0.symbol)^\($0.exponent)" }.joined(separator: " "))), \(particle): 1/m rel.err \(d.firstOrder)")
            XCTAssertGreaterThan(d.firstOrder, 1e-2, "flipped term \(term.monomial) not detected for \(particle)")
        }
    }

    /// Exchanging the ν and ν̄ expressions must be detected at O(1/m) (they differ only there
    /// and in the m⁰ sign-odd terms, if any).
    func testSwappedParticleIsDetected() throws {
        let nu = try NumericDerivedCache.polynomial(.nu)
        let d = try Self.discrepancy(particle: .nu, numeric: .nubar, derived: nu, seed: 99)
        XCTAssertGreaterThan(max(d.leading, d.firstOrder), 1e-2)
    }

    /// Every reading of Eq. (2) gives a derived |M|²; the explicit spinors (rest spin s along
    /// +ẑ, boosted) must agree with exactly the readings the engine found to agree with the
    /// covariant projector, and reject the others.
    func testOnlyTheAgreeingReadingsOfEquation2MatchExplicitSpinors() throws {
        let inputs = try NumericDerivedCache.inputs()
        let agreeing = Set(try DensityMatrixCheck.agreeingReadings(inputs))
        XCTAssertFalse(agreeing.isEmpty)
        for reading in DensityMatrix.Reading.all {
            let derivation = try Stage1Derivation(inputs: inputs, source: .printed(reading))
            var worst = 0.0, imaginary = false
            for (particle, numeric) in Self.particles {
                let derived = try derivation.squaredMatrixElement(particle, normalization: Stage1Derivation.unitSpinorNormalization)
                // A wrong reading can make ρ non-Hermitian and |M|² complex: compare the real
                // part, and count a non-zero imaginary part as a mismatch by itself.
                if !derived.imaginaryPart.isZero { imaginary = true }
                let d = try Self.discrepancy(particle: particle, numeric: numeric, derived: derived.realPart, seed: 77)
                worst = max(worst, d.leading, d.firstOrder)
            }
            if imaginary { worst = .infinity }
            print("reading \(reading): agrees with projector \(agreeing.contains(reading)), complex |M|² \(imaginary), numeric max rel.err \(worst)")
            if agreeing.contains(reading) {
                XCTAssertLessThan(worst, 1e-4, "agreeing reading \(reading) fails the numeric check")
            } else {
                XCTAssertGreaterThan(worst, 1e-2, "non-agreeing reading \(reading) passes the numeric check")
            }
        }
    }
}
