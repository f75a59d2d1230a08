import XCTest
import Foundation
import Algebra
import Coefficients
import Outputs
import TestSupport

/// The generated Stage 2-3 functions (`DifferentialRate`, `FirstMoment`) against exact
/// evaluation of the derived polynomials they were emitted from, at random points in the
/// documented ranges: T ≪ m, k ≪ (mT)^{1/2}, k' = k(1 + εu), |μ_B B| ≪ T, couplings from
/// Table I and random ones.
///
/// The arguments are random Doubles and the reference is the polynomial's exact value at
/// exactly those Doubles (and at the atoms q0, q·Ω, q·Ω', q², dot products computed exactly from
/// them; π is `Double.pi` as a dyadic rational), rounded once (`ExactEvaluation.swift`). The
/// criterion is the one of `CoefficientNumericTests`: relative error ≤ 1e-12 where the value is
/// not a cancellation of its own terms by more than 10³, and |error| ≤ 32 u Σ|terms| everywhere.
/// For an atom computed inside the generated code, the magnitude entering Σ|terms| is that of
/// the terms the code adds (|q0| + |k'(1 − μ')| for q·Ω; Σ|aᵢbᵢ| for a·b).
final class Stage23CoefficientNumericTests: XCTestCase {
    struct Stage2Point: Sendable {
        var lepton: Lepton
        var k: Double, kPrime: Double, muPrime: Double
        var omega: Vector3, omegaPrime: Vector3, bHat: Vector3
        var T: Double, m: Double, muBB: Double, S0: Double, GF: Double
        var couplings: Couplings
    }

    struct Stage3Point: Sendable {
        var lepton: Lepton
        var k: Double, T: Double, m: Double, n: Double, muBB: Double, GF: Double
        var f0: Double, f0_1: Double, f0_2: Double
        var g: Double, g_1: Double, g_2: Double, g_3: Double
        var h: Vector3, h_1: Vector3, h_2: Vector3, bHat: Vector3
        var couplings: Couplings
    }

    static let pointCount = 1200
    static let tolerance = CoefficientNumericTests.tolerance
    static let conditionLimit = CoefficientNumericTests.conditionLimit
    static let scaleTolerance = CoefficientNumericTests.scaleTolerance

    static let tableRows = [Couplings.neutrinoProton, Couplings.neutrinoNeutron, Couplings.chargedCurrent]

    static func unitVector(_ rng: inout SplitMix64) -> Vector3 {
        while true {
            let v = Vector3(rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(-1, 1))
            let r2 = v.dot(v)
            if r2 > 0.01 && r2 <= 1 { let r = r2.squareRoot(); return Vector3(v.x / r, v.y / r, v.z / r) }
        }
    }

    static func couplings(_ i: Int, _ rng: inout SplitMix64) -> Couplings {
        if i % 2 == 0 { return tableRows[(i / 2) % tableRows.count] }
        return Couplings(cV: rng.uniform(-2.5, 2.5), cA: rng.uniform(-2.5, 2.5), F2: rng.uniform(-4, 4))
    }

    /// Log-uniform in [a, b].
    static func logUniform(_ a: Double, _ b: Double, _ rng: inout SplitMix64) -> Double {
        a * Foundation.exp(rng.uniform(0, 1) * Foundation.log(b / a))
    }

    /// T ∈ [1, 40], m ∈ [900, 1000], k ∈ [0.01, 0.3](mT)^{1/2}: T ≪ m and k ≪ (mT)^{1/2}.
    static func medium(_ rng: inout SplitMix64) -> (T: Double, m: Double, k: Double) {
        let T = logUniform(1, 40, &rng), m = rng.uniform(900, 1000)
        let k = logUniform(0.01, 0.3, &rng) * (m * T).squareRoot()
        return (T, m, k)
    }

    static func stage2Points(count: Int, seed: UInt64) -> [Stage2Point] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { i in
            let (T, m, k) = medium(&rng)
            let omega = unitVector(&rng), omegaPrime = unitVector(&rng), bHat = unitVector(&rng)
            let muPrime = omega.dot(omegaPrime)
            // k' = k(1 + εu) with ε = [4(1 − μ')T/m]^{1/2}, |u| ≤ 3, εu > −0.9.
            let epsilon = (4 * (1 - muPrime) * T / m).squareRoot()
            let u = max(rng.uniform(-3, 3), -0.9 / max(epsilon, 1e-300))
            return Stage2Point(lepton: rng.next() % 2 == 0 ? .neutrino : .antineutrino, k: k, kPrime: k * (1 + epsilon * u),
                               muPrime: muPrime, omega: omega, omegaPrime: omegaPrime, bHat: bHat,
                               T: T, m: m, muBB: rng.uniform(-0.1, 0.1) * T, S0: logUniform(0.1, 10, &rng),
                               GF: rng.uniform(0.5, 2) * 1.1663787e-11, couplings: couplings(i, &rng))
        }
    }

    static func stage3Points(count: Int, seed: UInt64) -> [Stage3Point] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { i in
            let (T, m, k) = medium(&rng)
            func vector(_ size: Double) -> Vector3 {
                Vector3(rng.uniform(-size, size), rng.uniform(-size, size), rng.uniform(-size, size))
            }
            return Stage3Point(lepton: rng.next() % 2 == 0 ? .neutrino : .antineutrino, k: k, T: T, m: m,
                               n: logUniform(1e5, 1e7, &rng), muBB: rng.uniform(-0.1, 0.1) * T, GF: rng.uniform(0.5, 2) * 1.1663787e-11,
                               f0: rng.uniform(0.001, 0.999), f0_1: rng.uniform(-1, 1) / T, f0_2: rng.uniform(-1, 1) / (T * T),
                               g: rng.uniform(-0.1, 0.1), g_1: rng.uniform(-0.1, 0.1) / T, g_2: rng.uniform(-0.1, 0.1) / (T * T),
                               g_3: rng.uniform(-0.1, 0.1) / (T * T * T),
                               h: vector(0.1), h_1: vector(0.1 / T), h_2: vector(0.1 / (T * T)), bHat: unitVector(&rng),
                               couplings: couplings(i, &rng))
        }
    }

    // MARK: Exact values of the symbols

    static func sym(_ name: String) -> Symbol { Symbol(name) }
    static func dot(_ a: String, _ b: String) -> Symbol { Vector3Space.dotSymbol(a, b) }

    static func exact(_ v: Vector3) -> [Dyadic] { [Dyadic(v.x), Dyadic(v.y), Dyadic(v.z)] }
    static func exactDot(_ a: Vector3, _ b: Vector3) -> Dyadic {
        zip(exact(a), exact(b)).map { $0 * $1 }.reduce(Dyadic(0.0)) { $0 + $1 }
    }
    static func dotMagnitude(_ a: Vector3, _ b: Vector3) -> Double { abs(a.x * b.x) + abs(a.y * b.y) + abs(a.z * b.z) }

    static func common(_ values: inout [Symbol: Dyadic], _ magnitudes: inout [Symbol: Double], _ scalars: [String: Double],
                       _ couplings: Couplings, _ lepton: Lepton) {
        var all = scalars
        all["cV"] = couplings.cV
        all["cA"] = couplings.cA
        all["F2"] = couplings.F2
        all["pm"] = lepton.sign
        all["pi"] = Double.pi
        for (name, x) in all {
            values[sym(name)] = Dyadic(x)
            magnitudes[sym(name)] = abs(x)
        }
    }

    /// Exact values and magnitudes of every Stage 2 symbol. `fromDirections`: μ' is the exact
    /// Ω·Ω' (as in `differentialRate`), otherwise the Double argument `muPrime`.
    static func values(_ p: Stage2Point, fromDirections: Bool) -> ([Symbol: Dyadic], [Symbol: Double]) {
        var values: [Symbol: Dyadic] = [:], magnitudes: [Symbol: Double] = [:]
        common(&values, &magnitudes, ["k": p.k, "k'": p.kPrime, "T": p.T, "m": p.m, "muBB": p.muBB, "S0": p.S0, "GF": p.GF],
               p.couplings, p.lepton)
        let mu = fromDirections ? exactDot(p.omega, p.omegaPrime) : Dyadic(p.muPrime)
        let muValue = fromDirections ? p.omega.dot(p.omegaPrime) : p.muPrime
        values[dot("Om", "Om'")] = mu
        magnitudes[dot("Om", "Om'")] = fromDirections ? dotMagnitude(p.omega, p.omegaPrime) : abs(p.muPrime)
        let k = Dyadic(p.k), kp = Dyadic(p.kPrime)
        values[sym("q0")] = k - kp
        values[dot("Om", "q")] = k - kp * mu
        values[dot("Om'", "q")] = k * mu - kp
        values[dot("q", "q")] = k * k + kp * kp - Dyadic(2.0) * k * kp * mu
        let q0 = abs(p.k - p.kPrime), w2 = abs(1 - muValue)
        magnitudes[sym("q0")] = q0
        magnitudes[dot("Om", "q")] = q0 + abs(p.kPrime) * w2
        magnitudes[dot("Om'", "q")] = q0 + abs(p.k) * w2
        magnitudes[dot("q", "q")] = q0 * q0 + 2 * abs(p.k * p.kPrime) * w2
        values[dot("B", "Om")] = exactDot(p.bHat, p.omega)
        values[dot("B", "Om'")] = exactDot(p.bHat, p.omegaPrime)
        magnitudes[dot("B", "Om")] = dotMagnitude(p.bHat, p.omega)
        magnitudes[dot("B", "Om'")] = dotMagnitude(p.bHat, p.omegaPrime)
        return (values, magnitudes)
    }

    static func values(_ p: Stage3Point) -> ([Symbol: Dyadic], [Symbol: Double]) {
        var values: [Symbol: Dyadic] = [:], magnitudes: [Symbol: Double] = [:]
        common(&values, &magnitudes, ["k": p.k, "T": p.T, "m": p.m, "n": p.n, "muBB": p.muBB, "GF": p.GF, "f0": p.f0,
                                      "f0_1": p.f0_1, "f0_2": p.f0_2, "g": p.g, "g_1": p.g_1, "g_2": p.g_2, "g_3": p.g_3],
               p.couplings, p.lepton)
        return (values, magnitudes)
    }

    static func vectors(_ p: Stage3Point) -> [String: Vector3] { ["h": p.h, "h_1": p.h_1, "h_2": p.h_2, "B": p.bHat] }

    // MARK: The generated functions

    static let stage2: [String: @Sendable (Stage2Point) -> Double] = [
        "DifferentialRate.a0": { p in
            DifferentialRate.a0(p.lepton, k: p.k, kPrime: p.kPrime, muPrime: p.muPrime, temperature: p.T, nucleonMass: p.m,
                                fieldEnergy: p.muBB, response: p.S0, couplings: p.couplings, fermiConstant: p.GF)
        },
        "DifferentialRate.deltaAOmega": { p in
            DifferentialRate.deltaAOmega(p.lepton, k: p.k, kPrime: p.kPrime, muPrime: p.muPrime, temperature: p.T, nucleonMass: p.m,
                                         fieldEnergy: p.muBB, response: p.S0, couplings: p.couplings, fermiConstant: p.GF)
        },
        "DifferentialRate.deltaAOmegaPrime": { p in
            DifferentialRate.deltaAOmegaPrime(p.lepton, k: p.k, kPrime: p.kPrime, muPrime: p.muPrime, temperature: p.T,
                                              nucleonMass: p.m, fieldEnergy: p.muBB, response: p.S0, couplings: p.couplings,
                                              fermiConstant: p.GF)
        },
        "DifferentialRate.a0WM": { p in
            DifferentialRate.a0WM(p.lepton, k: p.k, kPrime: p.kPrime, muPrime: p.muPrime, temperature: p.T, nucleonMass: p.m,
                                  fieldEnergy: p.muBB, response: p.S0, couplings: p.couplings, fermiConstant: p.GF)
        },
        "DifferentialRate.deltaBWM": { p in
            DifferentialRate.deltaBWM(p.lepton, k: p.k, kPrime: p.kPrime, muPrime: p.muPrime, temperature: p.T, nucleonMass: p.m,
                                      fieldEnergy: p.muBB, response: p.S0, couplings: p.couplings, fermiConstant: p.GF)
        },
        "DifferentialRate.deltaCWM": { p in
            DifferentialRate.deltaCWM(p.lepton, k: p.k, kPrime: p.kPrime, muPrime: p.muPrime, temperature: p.T, nucleonMass: p.m,
                                      fieldEnergy: p.muBB, response: p.S0, couplings: p.couplings, fermiConstant: p.GF)
        },
        "DifferentialRate.differentialRate": { p in
            DifferentialRate.differentialRate(p.lepton, k: p.k, kPrime: p.kPrime, omega: p.omega, omegaPrime: p.omegaPrime,
                                              fieldDirection: p.bHat, temperature: p.T, nucleonMass: p.m, fieldEnergy: p.muBB,
                                              response: p.S0, couplings: p.couplings, fermiConstant: p.GF)
        },
    ]
    static let fromDirections: Set<String> = ["DifferentialRate.differentialRate"]

    static let stage3: [String: @Sendable (Stage3Point) -> Vector3] = [
        "FirstMoment.v0": { p in
            FirstMoment.v0(k: p.k, nucleonDensity: p.n, h: p.h, couplings: p.couplings, fermiConstant: p.GF)
        },
        "FirstMoment.deltaVB": { p in
            FirstMoment.deltaVB(k: p.k, temperature: p.T, nucleonDensity: p.n, fieldEnergy: p.muBB, f0: p.f0, g: p.g, dgdk: p.g_1,
                                fieldDirection: p.bHat, couplings: p.couplings, fermiConstant: p.GF)
        },
        "FirstMoment.deltaVWM0": { p in
            FirstMoment.deltaVWM0(k: p.k, temperature: p.T, nucleonMass: p.m, nucleonDensity: p.n, f0: p.f0, df0dk: p.f0_1,
                                  h: p.h, dhdk: p.h_1, d2hdk2: p.h_2, couplings: p.couplings, fermiConstant: p.GF)
        },
        "FirstMoment.deltaVWM": { p in
            FirstMoment.deltaVWM(k: p.k, nucleonMass: p.m, nucleonDensity: p.n, h: p.h, couplings: p.couplings, fermiConstant: p.GF)
        },
        "FirstMoment.deltaVBWM0": { p in
            FirstMoment.deltaVBWM0(k: p.k, temperature: p.T, nucleonMass: p.m, nucleonDensity: p.n, fieldEnergy: p.muBB, f0: p.f0,
                                   df0dk: p.f0_1, g: p.g, dgdk: p.g_1, d2gdk2: p.g_2, fieldDirection: p.bHat,
                                   couplings: p.couplings, fermiConstant: p.GF)
        },
        "FirstMoment.deltaVBWM": { p in
            FirstMoment.deltaVBWM(k: p.k, temperature: p.T, nucleonMass: p.m, nucleonDensity: p.n, fieldEnergy: p.muBB, f0: p.f0,
                                  df0dk: p.f0_1, d2f0dk2: p.f0_2, g: p.g, dgdk: p.g_1, d2gdk2: p.g_2, d3gdk3: p.g_3,
                                  fieldDirection: p.bHat, couplings: p.couplings, fermiConstant: p.GF)
        },
        "FirstMoment.firstMoment": { p in
            FirstMoment.firstMoment(p.lepton, k: p.k, temperature: p.T, nucleonMass: p.m, nucleonDensity: p.n, fieldEnergy: p.muBB,
                                    f0: p.f0, df0dk: p.f0_1, d2f0dk2: p.f0_2, g: p.g, dgdk: p.g_1, d2gdk2: p.g_2, d3gdk3: p.g_3,
                                    h: p.h, dhdk: p.h_1, d2hdk2: p.h_2, fieldDirection: p.bHat, couplings: p.couplings,
                                    fermiConstant: p.GF)
        },
    ]

    /// The keys this class tests (for `CoefficientNumericTests.testEveryRegisteredFunctionIsTested`).
    static var testedFunctions: Set<String> { Set(stage2.keys).union(stage3.keys) }

    // MARK: Accounting

    /// A generated vector Σ c_X X against its exact value, component by component: each basis
    /// vector X (`vectors[X]`, doubles) times the exact coefficient polynomial of X.
    static func compareVector(_ generated: Vector3, pieces: [(String, ExactPolynomial)], values: [Symbol: Dyadic],
                              magnitudes: [Symbol: Double], vectors: [String: Vector3], tally: inout Tally,
                              what: String) -> [String] {
        let coefficients = pieces.map { ($0.0, $0.1.value(values)!, $0.1.termScale(magnitudes)) }
        var failures: [String] = []
        for (component, value) in [generated.x, generated.y, generated.z].enumerated() {
            var exact = ExactFraction(numerator: BigInt(0), denominator: BigUInt(1), exponent: 0)
            var scale = 0.0
            for (name, coefficient, coefficientScale) in coefficients {
                let x = [vectors[name]!.x, vectors[name]!.y, vectors[name]!.z][component]
                exact = exact + coefficient * Dyadic(x)
                scale += coefficientScale * abs(x)
            }
            failures += tally.add(value: value, exact: exact, scale: scale, what: "\(what), component \(component)")
        }
        return failures
    }

    struct Tally {
        var worst = 0.0, worstCondition = 0.0, worstScaled = 0.0, worstWellConditioned = 0.0, zeros = 0, illConditioned = 0, skipped = 0

        /// Records one comparison; returns the failure messages (empty when within the criterion).
        mutating func add(value: Double, exact: ExactFraction, scale: Double, what: @autoclosure () -> String) -> [String] {
            var failures: [String] = []
            let reference = exact.double
            let error = abs(value - reference)
            worstScaled = max(worstScaled, error / (scale * Double.ulpOfOne / 2))
            if error > Stage23CoefficientNumericTests.scaleTolerance * scale {
                failures.append("\(what()): generated \(value), exact \(reference), Σ|terms| \(scale)")
            }
            if exact.isZero { zeros += 1; return failures }
            let relative = error / abs(reference)
            let condition = scale / abs(reference)
            if relative > worst { (worst, worstCondition) = (relative, condition) }
            if condition > Stage23CoefficientNumericTests.conditionLimit { illConditioned += 1; return failures }
            worstWellConditioned = max(worstWellConditioned, relative)
            if relative > Stage23CoefficientNumericTests.tolerance { failures.append("\(what()): generated \(value), exact \(reference), relative error \(relative)") }
            return failures
        }

        func summary(_ key: String) -> String {
            "\(key): max relative error \(worstWellConditioned) at κ ≤ 10^3, \(worst) over all (κ there \(Int(worstCondition))); "
                + "max |error|/(u Σ|terms|) \(worstScaled); \(illConditioned) with κ > 10^3, \(zeros) exact zeros"
                + (skipped > 0 ? ", \(skipped) points skipped (a zero denominator)" : "")
        }
    }

    func testEveryStage23FunctionIsRegistered() throws {
        let registry = try EmitRepository.registry.get()
        let registered = Set(registry.groups.filter { ["DifferentialRate", "FirstMoment"].contains($0.name) }
            .flatMap { g in g.functions.map { "\(g.name).\($0.name)" } })
        XCTAssertEqual(registered, Self.testedFunctions)
    }

    func testStage2FunctionsAgreeWithExactEvaluation() throws {
        let registry = try EmitRepository.registry.get()
        let points = Self.stage2Points(count: Self.pointCount, seed: 0x5EED_0307_0062)
        let prepared = points.map { ($0, Self.values($0, fromDirections: false), Self.values($0, fromDirections: true)) }
        var summary: [String] = []
        for key in Self.stage2.keys.sorted() {
            let parts = key.split(separator: ".").map(String.init)
            let function = try XCTUnwrap(registry.function(parts[0], parts[1]), key)
            let exactPolynomial = ExactPolynomial(function.value)
            let call = Self.stage2[key]!
            var tally = Tally(), failures: [String] = []
            for (index, (point, plain, directions)) in prepared.enumerated() {
                let (values, magnitudes) = Self.fromDirections.contains(key) ? directions : plain
                guard let exact = exactPolynomial.value(values) else { tally.skipped += 1; continue }
                failures += tally.add(value: call(point), exact: exact, scale: exactPolynomial.termScale(magnitudes),
                                      what: "\(key) at point \(index)")
            }
            XCTAssertEqual(failures, [], "\(failures.count) failures")
            XCTAssertLessThan(tally.skipped, 3, key)
            summary.append(tally.summary(key))
        }
        print("Stage23CoefficientNumericTests, Stage 2 (\(Self.pointCount) points each):\n  " + summary.joined(separator: "\n  "))
    }

    func testStage3FunctionsAgreeWithExactEvaluation() throws {
        let registry = try EmitRepository.registry.get()
        let points = Self.stage3Points(count: Self.pointCount, seed: 0x5EED_0307_0063)
        let prepared = points.map { ($0, Self.values($0), Self.vectors($0)) }
        var summary: [String] = []
        for key in Self.stage3.keys.sorted() {
            let parts = key.split(separator: ".").map(String.init)
            let function = try XCTUnwrap(registry.function(parts[0], parts[1]), key)
            let vector = try XCTUnwrap(function.vector, key)
            let pieces = try vector.terms.map { term -> (String, ExactPolynomial) in
                guard case .vector(let name) = term.basis else { throw XCTSkip("cross-product basis in \(key)") }
                return (name, ExactPolynomial(term.coefficient))
            }
            let call = Self.stage3[key]!
            var tally = Tally(), failures: [String] = []
            for (index, (point, (values, magnitudes), vectors)) in prepared.enumerated() {
                failures += Self.compareVector(call(point), pieces: pieces, values: values, magnitudes: magnitudes,
                                               vectors: vectors, tally: &tally, what: "\(key) at point \(index)")
            }
            XCTAssertEqual(failures, [], "\(failures.count) failures")
            summary.append(tally.summary(key))
        }
        print("Stage23CoefficientNumericTests, Stage 3 (\(Self.pointCount) points × 3 components each):\n  "
              + summary.joined(separator: "\n  "))
    }

    /// The totals (emitted from the whole expressions) are the sums of their pieces.
    func testTotalsAreTheSumsOfThePieces() throws {
        for p in Self.stage2Points(count: 200, seed: 7) {
            var q = p
            q.muPrime = p.omega.dot(p.omegaPrime)
            let omB = p.bHat.dot(p.omega), ompB = p.bHat.dot(p.omegaPrime)
            let c = ["a0", "deltaAOmega", "deltaAOmegaPrime", "a0WM", "deltaBWM", "deltaCWM"].map { Self.stage2["DifferentialRate.\($0)"]!(q) }
            let sum = c[0] + c[1] * omB + c[2] * ompB + c[3] + c[4] * omB + c[5] * ompB
            let scale = abs(c[0]) + abs(c[1] * omB) + abs(c[2] * ompB) + abs(c[3]) + abs(c[4] * omB) + abs(c[5] * ompB)
            XCTAssertEqual(Self.stage2["DifferentialRate.differentialRate"]!(p), sum, accuracy: 1e-12 * scale)
        }
        for p in Self.stage3Points(count: 200, seed: 8) {
            let s = p.lepton.sign
            let pieces = ["v0", "deltaVB", "deltaVWM0", "deltaVWM", "deltaVBWM0", "deltaVBWM"].map { Self.stage3["FirstMoment.\($0)"]!(p) }
            let signs = [1.0, s, 1.0, s, 1.0, s]
            let sum = zip(signs, pieces).map { $0 * $1 }.reduce(Vector3.zero, +)
            let total = Self.stage3["FirstMoment.firstMoment"]!(p)
            let scale = pieces.map { abs($0.x) + abs($0.y) + abs($0.z) }.reduce(0, +)
            XCTAssertEqual(total.x, sum.x, accuracy: 1e-12 * scale)
            XCTAssertEqual(total.y, sum.y, accuracy: 1e-12 * scale)
            XCTAssertEqual(total.z, sum.z, accuracy: 1e-12 * scale)
        }
    }

    /// The exact evaluator itself: small cases against `Rational` and known roundings.
    func testExactEvaluatorAgreesWithRational() throws {
        let x = Symbol("x"), y = Symbol("y")
        let p = try Polynomial(x, 3) * Polynomial(y, -2) + Polynomial(x).scaled(by: try Rational(1, 3)) - Polynomial(try Rational(5, 7))
        let e = ExactPolynomial(p)
        for (a, b) in [(try Rational(3, 4), try Rational(-5, 8)), (try Rational(7, 2), try Rational(1, 16)), (try Rational(-9, 32), Rational(Int(3)))] {
            let exact = try p.evaluated(at: [x: a, y: b])
            XCTAssertEqual(e.value([x: Dyadic(a as Rational), y: Dyadic(b as Rational)])!.double, exact.doubleValue)
        }
        XCTAssertNil(e.value([x: Dyadic(1.0), y: Dyadic(0.0)]))
        // 1/3 and 2/3 round correctly; a value with a long mantissa survives exactly.
        let third = ExactFraction(numerator: BigInt(1), denominator: BigUInt(3), exponent: 0)
        XCTAssertEqual(third.double, 1.0 / 3.0)
        XCTAssertEqual((third + third).double, 2.0 / 3.0)
        XCTAssertEqual(Dyadic(Double.pi).double, Double.pi)
        XCTAssertEqual((Dyadic(0.1) * Dyadic(0.1)).double, 0.1 * 0.1)
        XCTAssertEqual((Dyadic(1e300) * Dyadic(1e-300) - Dyadic(1.0)).double, 1e300 * 1e-300 - 1, accuracy: 1e-16)
    }
}
