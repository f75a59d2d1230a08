import XCTest
import Foundation
import Algebra
import Coefficients
import Outputs
import TestSupport

/// The generated Stage 4 functions (`DiffusionFlux`) against exact evaluation of the derived
/// polynomials they were emitted from, at random points in the documented ranges (as
/// `Stage23CoefficientNumericTests`: random Doubles, the reference exact at exactly those
/// Doubles, C5 = c_V² + 5c_A² computed exactly from them, rounded once); then Eq. (40) assembled
/// from the coefficient functions, and the equilibrium test in floating point: a uniform shift
/// of μ_ν, with δU = k³g/2π² and its derivatives from the Fermi-Dirac closed forms, gives no drift.
final class Stage4CoefficientNumericTests: XCTestCase {
    struct Point: Sendable {
        var k: Double, T: Double, m: Double, n: Double, muBB: Double, GF: Double
        var f0: Double, f0_1: Double
        var dU: Double, dU_1: Double, dU_2: Double
        var W: Vector3, W_1: Vector3, W_2: Vector3, bHat: Vector3
        var couplings: Couplings
    }

    static let pointCount = 1200
    typealias Helpers = Stage23CoefficientNumericTests

    static func points(count: Int, seed: UInt64) -> [Point] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { i in
            let (T, m, k) = Helpers.medium(&rng)
            func vector(_ size: Double) -> Vector3 {
                Vector3(rng.uniform(-size, size), rng.uniform(-size, size), rng.uniform(-size, size))
            }
            return Point(k: k, T: T, m: m, n: Helpers.logUniform(1e5, 1e7, &rng), muBB: rng.uniform(-0.1, 0.1) * T,
                         GF: rng.uniform(0.5, 2) * 1.1663787e-11, f0: rng.uniform(0.001, 0.999), f0_1: rng.uniform(-1, 1) / T,
                         dU: rng.uniform(-1, 1), dU_1: rng.uniform(-1, 1) / T, dU_2: rng.uniform(-1, 1) / (T * T),
                         W: vector(1), W_1: vector(1 / T), W_2: vector(1 / (T * T)), bHat: Helpers.unitVector(&rng),
                         couplings: Helpers.couplings(i, &rng))
        }
    }

    /// Exact values and magnitudes of every symbol, C5 = c_V² + 5c_A² exactly.
    static func values(_ p: Point) -> ([Symbol: Dyadic], [Symbol: Double]) {
        var values: [Symbol: Dyadic] = [:], magnitudes: [Symbol: Double] = [:]
        Helpers.common(&values, &magnitudes, ["k": p.k, "T": p.T, "m": p.m, "n": p.n, "muBB": p.muBB, "GF": p.GF, "f0": p.f0,
                                              "f0_1": p.f0_1, "dU": p.dU, "dU_1": p.dU_1, "dU_2": p.dU_2],
                       p.couplings, .neutrino)
        let cV = Dyadic(p.couplings.cV), cA = Dyadic(p.couplings.cA)
        values[Symbol("C5")] = cV * cV + Dyadic(5.0) * cA * cA
        magnitudes[Symbol("C5")] = p.couplings.cV * p.couplings.cV + 5 * p.couplings.cA * p.couplings.cA
        return (values, magnitudes)
    }

    static func vectors(_ p: Point) -> [String: Vector3] { ["W": p.W, "W_1": p.W_1, "W_2": p.W_2, "B": p.bHat] }

    static let scalars: [String: @Sendable (Point) -> Double] = [
        "DiffusionFlux.kappa0": { p in DiffusionFlux.kappa0(k: p.k, nucleonDensity: p.n, couplings: p.couplings, fermiConstant: p.GF) },
        "DiffusionFlux.delta1": { p in
            DiffusionFlux.delta1(k: p.k, temperature: p.T, nucleonMass: p.m, f0: p.f0, df0dk: p.f0_1, couplings: p.couplings)
        },
        "DiffusionFlux.delta2": { p in DiffusionFlux.delta2(k: p.k, nucleonMass: p.m, couplings: p.couplings) },
        "DiffusionFlux.epsilon1": { p in
            DiffusionFlux.epsilon1(k: p.k, temperature: p.T, nucleonMass: p.m, fieldEnergy: p.muBB, f0: p.f0, df0dk: p.f0_1,
                                   couplings: p.couplings)
        },
        "DiffusionFlux.epsilon2": { p in
            DiffusionFlux.epsilon2(k: p.k, temperature: p.T, nucleonMass: p.m, fieldEnergy: p.muBB, f0: p.f0, couplings: p.couplings)
        },
        "DiffusionFlux.epsilon3": { p in DiffusionFlux.epsilon3(nucleonMass: p.m, fieldEnergy: p.muBB, couplings: p.couplings) },
    ]

    static func flux(_ p: Point) -> Vector3 {
        DiffusionFlux.flux(k: p.k, temperature: p.T, nucleonMass: p.m, fieldEnergy: p.muBB, f0: p.f0, df0dk: p.f0_1,
                           gradientOverKappa: p.W, dGradientOverKappadk: p.W_1, d2GradientOverKappadk2: p.W_2,
                           deltaU: p.dU, dDeltaUdk: p.dU_1, d2DeltaUdk2: p.dU_2, fieldDirection: p.bHat, couplings: p.couplings)
    }

    /// The keys this class tests (for `CoefficientNumericTests.testEveryRegisteredFunctionIsTested`).
    static var testedFunctions: Set<String> { Set(scalars.keys).union(["DiffusionFlux.flux"]) }

    func testEveryStage4FunctionIsRegistered() throws {
        let registry = try EmitRepository.registry.get()
        let registered = Set(registry.groups.filter { $0.name == "DiffusionFlux" }.flatMap { g in g.functions.map { "\(g.name).\($0.name)" } })
        XCTAssertEqual(registered, Self.testedFunctions)
    }

    func testStage4FunctionsAgreeWithExactEvaluation() throws {
        let registry = try EmitRepository.registry.get()
        let prepared = Self.points(count: Self.pointCount, seed: 0x5EED_0307_0064).map { ($0, Self.values($0)) }
        var summary: [String] = []
        for key in Self.scalars.keys.sorted() {
            let parts = key.split(separator: ".").map(String.init)
            let exactPolynomial = ExactPolynomial(try XCTUnwrap(registry.function(parts[0], parts[1]), key).value)
            var tally = Helpers.Tally(), failures: [String] = []
            for (index, (point, (values, magnitudes))) in prepared.enumerated() {
                guard let exact = exactPolynomial.value(values) else { tally.skipped += 1; continue }
                failures += tally.add(value: Self.scalars[key]!(point), exact: exact, scale: exactPolynomial.termScale(magnitudes),
                                      what: "\(key) at point \(index)")
            }
            XCTAssertEqual(failures, [], "\(failures.count) failures")
            XCTAssertLessThan(tally.skipped, 3, key)
            summary.append(tally.summary(key))
        }
        let vector = try XCTUnwrap(registry.function("DiffusionFlux", "flux")?.vector)
        let pieces = try vector.terms.map { term -> (String, ExactPolynomial) in
            guard case .vector(let name) = term.basis else { throw XCTSkip("cross-product basis in the flux") }
            return (name, ExactPolynomial(term.coefficient))
        }
        var tally = Helpers.Tally(), failures: [String] = []
        for (index, (point, (values, magnitudes))) in prepared.enumerated() {
            failures += Helpers.compareVector(Self.flux(point), pieces: pieces, values: values, magnitudes: magnitudes,
                                              vectors: Self.vectors(point), tally: &tally, what: "flux at point \(index)")
        }
        XCTAssertEqual(failures, [], "\(failures.count) failures")
        summary.append(tally.summary("DiffusionFlux.flux"))
        print("Stage4CoefficientNumericTests (\(Self.pointCount) points each):\n  " + summary.joined(separator: "\n  "))
    }

    /// The file documents each equation, its verdict (computed) and which coefficients differ.
    func testDocumentationStatesTheVerdicts() throws {
        let files = try CoefficientEmitter.files(EmitRepository.registry.get())
        let text = try XCTUnwrap(files.first { $0.path.hasSuffix("DiffusionFlux.swift") }).contents
            .replacingOccurrences(of: "\n    /// ", with: " ").replacingOccurrences(of: "\n/// ", with: " ")
        for equation in 39...45 { XCTAssertTrue(text.contains("Eq. (\(equation))"), "Eq. (\(equation))") }
        for (equation, verdict) in [(39, "MATCH"), (40, "MISMATCH"), (41, "MISMATCH"), (42, "MATCH"), (43, "MISMATCH"),
                                    (44, "MISMATCH"), (45, "MATCH")] {
            XCTAssertTrue(text.contains("Printed Eq. (\(equation)) against this derivation, under the paper's definitions (Eqs. 29-30): \(verdict)"),
                          "verdict of Eq. (\(equation))")
        }
        XCTAssertTrue(text.contains("Differ from the printed ones: Eq. (41), Eq. (43), Eq. (44); and the k ∂W/∂k bracket of Eq. (40) itself."))
        XCTAssertTrue(text.contains("Seed file: seeds/stage4.claims (SHA-256 "))
    }

    /// Eq. (40) assembled from the coefficient functions: −(2/3)(1 − δ1) along W, δ2 (1 − 2f0) k along
    /// ∂W/∂k (the derived bracket, no 6T/k), δ2 kT along ∂²W/∂k², ε1 δU + ε2 k δU' + ε3 k² δU'' along B̂.
    func testFluxIsEquation40WithTheDerivedCoefficients() throws {
        for p in Self.points(count: 300, seed: 11) {
            func basis(_ name: String) -> Point {
                var q = p
                let zero = Vector3.zero
                (q.W, q.W_1, q.W_2, q.bHat) = (zero, zero, zero, zero)
                switch name {
                case "W": q.W = Vector3(1, 0, 0)
                case "W_1": q.W_1 = Vector3(1, 0, 0)
                case "W_2": q.W_2 = Vector3(1, 0, 0)
                default: q.bHat = Vector3(1, 0, 0)
                }
                return q
            }
            let d1 = Self.scalars["DiffusionFlux.delta1"]!(p), d2 = Self.scalars["DiffusionFlux.delta2"]!(p)
            let e = ["1", "2", "3"].map { Self.scalars["DiffusionFlux.epsilon\($0)"]!(p) }
            let expected: [(String, Double, Double)] = [
                ("W", -2.0 / 3.0 * (1 - d1), 1),
                ("W_1", d2 * (1 - 2 * p.f0) * p.k, abs(d2 * p.k)),
                ("W_2", d2 * p.k * p.T, abs(d2 * p.k * p.T)),
                ("B", e[0] * p.dU + e[1] * p.k * p.dU_1 + e[2] * p.k * p.k * p.dU_2,
                 abs(e[0] * p.dU) + abs(e[1] * p.k * p.dU_1) + abs(e[2] * p.k * p.k * p.dU_2)),
            ]
            for (name, value, scale) in expected {
                XCTAssertEqual(Self.flux(basis(name)).x, value, accuracy: 1e-12 * max(scale, 1e-300), name)
            }
        }
    }

    /// A uniform shift δμ of μ_ν carries no flux: with f0 = 1/(e^{(k−μ)/T} + 1), g = −δμ ∂f0/∂k,
    /// δU = k³g/2π² and its k-derivatives from the closed forms, the B̂ part of `flux` vanishes to
    /// rounding (relative to its terms), while the printed ε's of Eqs. (43)-(45) leave O(1) of them.
    func testUniformShiftOfTheChemicalPotentialCarriesNoFlux() throws {
        var rng = SplitMix64(seed: 0x5EED_0307_0065)
        var worstDerived = 0.0, smallestPrinted = Double.infinity
        for i in 0..<300 {
            let (T, m, k) = Helpers.medium(&rng)
            let mu = rng.uniform(-3, 3) * T, deltaMu = rng.uniform(-0.1, 0.1) * T
            let f = 1 / (Foundation.exp((k - mu) / T) + 1)
            let f1 = -f * (1 - f) / T, f2 = f * (1 - f) * (1 - 2 * f) / (T * T)
            let f3 = -f * (1 - f) * (1 - 6 * f + 6 * f * f) / (T * T * T)
            let c = 1 / (2 * Double.pi * Double.pi)
            // δU = −δμ c k³ f', δU' = −δμ c (3k² f' + k³ f''), δU'' = −δμ c (6k f' + 6k² f'' + k³ f''').
            let dU = -deltaMu * c * k * k * k * f1
            let dU1 = -deltaMu * c * (3 * k * k * f1 + k * k * k * f2)
            let dU2 = -deltaMu * c * (6 * k * f1 + 6 * k * k * f2 + k * k * k * f3)
            let couplings = Helpers.couplings(i, &rng), muBB = rng.uniform(-0.1, 0.1) * T
            let p = Point(k: k, T: T, m: m, n: 1, muBB: muBB, GF: 1, f0: f, f0_1: f1, dU: dU, dU_1: dU1, dU_2: dU2,
                          W: .zero, W_1: .zero, W_2: .zero, bHat: Vector3(0, 0, 1), couplings: couplings)
            let e = ["1", "2", "3"].map { Self.scalars["DiffusionFlux.epsilon\($0)"]!(p) }
            let scale = abs(e[0] * dU) + abs(e[1] * k * dU1) + abs(e[2] * k * k * dU2)
            guard scale > 0 else { continue }
            worstDerived = max(worstDerived, abs(Self.flux(p).z) / scale)
            // The printed ε(1..3) (Eqs. 43-45), C5 = cV² + 5cA².
            let (cV, cA, F2) = (couplings.cV, couplings.cA, couplings.F2)
            let c5 = cV * cV + 5 * cA * cA, pre = 4 * k / (3 * m) * muBB / T * cA / (c5 * c5)
            let p1 = pre * ((2 * cV * (cV * cV + 17 * cA * cA) - F2 * (5 * cV * cV + cA * cA)) * (1 - 2 * f) - 2 * cV * c5 * k * f1)
            let p2 = pre * (cV * cV * cV * (1 + 2 * T / k) + cV * cA * cA * (5 + 34 * T / k) - 2 * cV * c5 * f
                            - F2 * (5 * cV * cV + cA * cA) * T / k)
            let p3 = 4 * muBB / (3 * m) * cV * cA / c5
            let printedScale = abs(p1 * dU) + abs(p2 * k * dU1) + abs(p3 * k * k * dU2)
            if printedScale > 0, abs(cA * muBB) > 1e-3 * T {
                smallestPrinted = min(smallestPrinted, abs(p1 * dU + p2 * k * dU1 + p3 * k * k * dU2) / printedScale)
            }
        }
        XCTAssertLessThan(worstDerived, 1e-12, "derived drift in equilibrium, relative to its terms")
        XCTAssertGreaterThan(smallestPrinted, 1e-6, "the printed drift in equilibrium is not a rounding error")
        print("Stage4CoefficientNumericTests: equilibrium drift / Σ|terms|: derived ≤ \(worstDerived), printed ≥ \(smallestPrinted)")
    }
}
