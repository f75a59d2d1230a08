import Foundation
import XCTest
import Algebra
@testable import Derivation
import TestSupport

/// Issue 14, item 1: |M_ss'|² to second order in the nucleon momentum
/// (`SecondOrderMatrixElement`), against Stage 1 (orders 0 and 1 exactly), time reversal, and
/// explicit spinors (the 1/m² coefficient by a finite-difference fit in ε = 1/m).
final class SecondOrderMatrixElementTests: XCTestCase {
    struct Derived: Sendable {
        let polynomials: [Particle: Polynomial]
        let seconds: Double
    }

    static let derived = Result { () throws -> Derived in
        let start = Date()
        let inputs = try NumericDerivedCache.inputs()
        let hadron = try SecondOrderMatrixElement.hadronTensor(inputs)
        var out: [Particle: Polynomial] = [:]
        for particle in Particle.allCases { out[particle] = try SecondOrderMatrixElement.squared(particle, inputs: inputs, hadron: hadron) }
        return Derived(polynomials: out, seconds: Date().timeIntervalSince(start))
    }

    /// Orders m⁰ and 1/m are Stage 1's derived |M|² (Eqs. 4-6 in their corrected forms), exactly.
    func testFirstOrderPartIsStage1() throws {
        let d = try Self.derived.get()
        print("second-order |M|²: derivation \(d.seconds) s")
        for particle in Particle.allCases {
            let second = d.polynomials[particle]!
            let lowOrders = second - SecondOrderMatrixElement.secondOrderPart(second)
            let stage1 = try NumericDerivedCache.polynomial(particle)
            XCTAssertTrue((lowOrders - stage1).isZero, "\(particle): orders 0 and 1 differ from Stage 1")
            XCTAssertFalse(SecondOrderMatrixElement.secondOrderPart(second).isZero)
            XCTAssertFalse(second.symbols.contains(PaperSymbols.q0), "q0 must be eliminated by energy conservation")
        }
    }

    /// The whole second-order |M|² is invariant under Ω ↔ Ω', P → P, q → −q, s ↔ s'
    /// (q0 = P·q/2m → −q0 under it), and a non-invariant perturbation is caught.
    func testTimeReversal() throws {
        let d = try Self.derived.get()
        for particle in Particle.allCases {
            XCTAssertTrue(try TimeReversal.violation(of: d.polynomials[particle]!).isZero, "\(particle)")
        }
        let odd = try Polynomial(Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.P))
            * Polynomial(PaperSymbols.m, -2) * Polynomial(Vector3Space.dotSymbol(PaperSymbols.P, PaperSymbols.P))
        XCTAssertFalse(try TimeReversal.violation(of: d.polynomials[.nu]! + odd).isZero)
    }

    /// Explicit spinors: Σ-free |M_ss'|² = (G_F²/2)|ū(p',s') Ĺ u(p,s)|² with ūu = 1, p⃗' = p⃗ + q⃗,
    /// q0 = E' − E in the vertex, as a function of ε = 1/m; its ε² Taylor coefficient (degree-4
    /// one-sided fit) must equal the derived 1/m² coefficient, for all (s, s'), ν and ν̄.
    func testSecondOrderAgainstExplicitSpinors() throws {
        let d = try Self.derived.get()
        let worst = try Self.discrepancy(d.polynomials)
        print("second-order |M|² vs explicit spinors: rel. error m⁰ \(worst[0]), 1/m \(worst[1]), 1/m² \(worst[2])")
        XCTAssertLessThan(worst[0], 1e-12)
        XCTAssertLessThan(worst[1], 1e-5)
        XCTAssertLessThan(worst[2], 2e-3)
    }

    /// The comparison has teeth: 0.1 G_F² c_A² (P·B̂)²/m² added to the derived |M|² is detected
    /// at 1/m² only.
    func testPerturbedSecondOrderTermIsDetected() throws {
        let d = try Self.derived.get()
        var extra = try Polynomial(PaperSymbols.GF, 2) * Polynomial(PaperSymbols.cA, 2) * Polynomial(PaperSymbols.m, -2)
        extra = try extra * Polynomial(Vector3Space.dotSymbol(PaperSymbols.bHat, PaperSymbols.P), 2)
        let perturbed = try d.polynomials.mapValues { try $0 + extra.scaled(by: Rational(1, 10)) }
        let worst = try Self.discrepancy(perturbed)
        print("second-order teeth: rel. error m⁰ \(worst[0]), 1/m \(worst[1]), 1/m² \(worst[2])")
        XCTAssertLessThan(worst[1], 1e-5)
        XCTAssertGreaterThan(worst[2], 1e-2)
    }

    /// Largest |numeric − derived|/max(1, |derived|) per order (m⁰, 1/m, 1/m²) over random points.
    static func discrepancy(_ polynomials: [Particle: Polynomial]) throws -> [Double] {
        var rng = SplitMix64(seed: 2014)
        var worst = [0.0, 0.0, 0.0]
        for particle in Particle.allCases {
            let numeric: NumericParticle = particle == .nu ? .nu : .nubar
            let poly = polynomials[particle]!
            for _ in 0..<6 {
                let kin = rng.kinematics()
                let q = SIMD3(rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(-1, 1))
                let h = 0.01, pPrime = kin.p + q
                // Ĺ(ε) with q0 = E' − E: once per ε, shared by the four spin pairs.
                let vertices = (0...4).map { i -> Matrix4 in
                    let eps = Double(i) * h
                    let e = (1 + eps * eps * (kin.p * kin.p).sum()).squareRoot(), ePrime = (1 + eps * eps * (pPrime * pPrime).sum()).squareRoot()
                    let q0 = eps * ((pPrime * pPrime).sum() - (kin.p * kin.p).sum()) / (e + ePrime)
                    return OrderTmLeptonVertex(numeric, omega: kin.omega, omegaPrime: kin.omegaPrime, cV: kin.cV, cA: kin.cA,
                                               F2: kin.F2, m: 1 / eps).vertex([q0, q.x, q.y, q.z])
                }
                for (s, sPrime) in NumericSquaredMatrixElementTests.spins {
                    let f = (0...4).map { i -> Double in
                        let eps = Double(i) * h
                        let u = NumericSpinors.nucleon(p: kin.p, spin: s, inverseMass: eps)
                        let uPrime = NumericSpinors.nucleon(p: pPrime, spin: sPrime, inverseMass: eps)
                        return kin.GF * kin.GF / 2 * uPrime.barSandwich(vertices[i], u).magnitudeSquared
                    }
                    let numericCoefficients = [f[0], (-25 * f[0] + 48 * f[1] - 36 * f[2] + 16 * f[3] - 3 * f[4]) / (12 * h),
                                               (35 * f[0] - 104 * f[1] + 114 * f[2] - 56 * f[3] + 11 * f[4]) / (24 * h * h)]
                    var inputs = NumericPolynomialEvaluator.inputs(kin, s: s, sPrime: sPrime)
                    inputs.vectors["q"] = q
                    inputs.vectors["P"] = 2 * kin.p + q
                    let derived = try NumericPolynomialEvaluator.byInverseMass(poly, vectors: inputs.vectors, scalars: inputs.scalars)
                    guard Set(derived.keys).isSubset(of: [0, 1, 2]) else {
                        throw NumericPolynomialEvaluator.Failure(description: "powers of 1/m \(derived.keys.sorted())")
                    }
                    for order in 0..<3 {
                        let x = derived[order] ?? 0
                        worst[order] = max(worst[order], abs(numericCoefficients[order] - x) / max(1, abs(x)))
                    }
                }
            }
        }
        return worst
    }

    /// The nucleon average of the spin-summed second-order |M|² used by the numeric reference
    /// (read off f(0), g, H by evaluations) equals w·f(2p⃗ + q⃗) for a point mass w at p⃗.
    func testQuadraticAverageOfAPointMass() throws {
        var rng = SplitMix64(seed: 99)
        let setting = OrderTmSettings.neutronSetting
        for particle in Particle.allCases {
            let element = try OrderTmPolynomialMatrixElement(particle, secondOrder: true)
            for _ in 0..<5 {
                let p = SIMD3(rng.uniform(-2, 2), rng.uniform(-2, 2), rng.uniform(-2, 2)), q = SIMD3(rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(-1, 1))
                let omega = rng.unitVector(), omegaPrime = rng.unitVector(), w = rng.uniform(0.5, 2), m = rng.uniform(3, 10), q0 = rng.uniform(-0.1, 0.1)
                var point = OrderTmNucleonMoments()
                point.zeroth = w
                point.first = SIMD4(0, w * p.x, w * p.y, w * p.z)
                for i in 0..<3 { for j in 0..<3 { point.second[i + 1][j + 1] = w * p[i] * p[j] } }
                let averaged = element.averaged(point, omega: omega, omegaPrime: omegaPrime, q: q, q0: q0, setting: setting, m: m)
                let direct = w * element.value(omega: omega, omegaPrime: omegaPrime, q: q, P: 2 * p + q, q0: q0, setting: setting, m: m)
                XCTAssertEqual(averaged, direct, accuracy: 1e-12 * max(1, abs(direct)))
            }
        }
    }

    /// The spin-summed second-order terms at B = 0 (what the thermal average at O(T/m) needs),
    /// printed; with the flux factor m²/(EE').
    func testPrintSpinSummedSecondOrderTerms() throws {
        let d = try Self.derived.get()
        for particle in Particle.allCases {
            var sum = Polynomial.zero
            for s in [Rational(1), Rational(-1)] {
                for sPrime in [Rational(1), Rational(-1)] {
                    sum = try sum + d.polynomials[particle]!.substituting([PaperSymbols.s: Polynomial(s), PaperSymbols.sPrime: Polynomial(sPrime)])
                }
            }
            let withFlux = SecondOrderMatrixElement.truncation.apply(try sum * SecondOrderMatrixElement.fluxFactor)
            print("second-order spin-summed |M|² (\(particle)), 1/m² part: \(PlainTextPrinter.text(SecondOrderMatrixElement.secondOrderPart(sum)))")
            print("  with the flux factor m²/(EE'): \(PlainTextPrinter.text(SecondOrderMatrixElement.secondOrderPart(withFlux)))")
            XCTAssertFalse(SecondOrderMatrixElement.secondOrderPart(withFlux).isZero)
        }
    }
}
