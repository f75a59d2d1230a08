import XCTest
import Algebra
import Coefficients
import Outputs
import TestSupport

/// The generated functions (the checked-in `Coefficients` target) against exact rational
/// evaluation of the derived polynomial they were emitted from, at random points in the
/// documented ranges: unit vectors exactly on the sphere (rational points), s, s' = ±1,
/// |q|, |P| ≤ m, couplings from Table I and random ones.
final class CoefficientNumericTests: XCTestCase {
    /// An exact 3-vector.
    struct ExactVector: Sendable {
        let x: Rational, y: Rational, z: Rational
        func dot(_ o: ExactVector) throws -> Rational { x * o.x + y * o.y + z * o.z }
        func cross(_ o: ExactVector) throws -> ExactVector {
            ExactVector(x: y * o.z - z * o.y, y: z * o.x - x * o.z, z: x * o.y - y * o.x)
        }
        var double: Vector3 { Vector3(x.doubleValue, y.doubleValue, z.doubleValue) }
    }

    /// One random argument point, exact.
    struct Point: Sendable {
        var pm: Rational
        var vectors: [String: ExactVector]
        var s: Rational, sPrime: Rational
        var m: Rational, GF: Rational
        var cV: Rational, cA: Rational, F2: Rational
        /// What the generated code receives for the couplings (a Table I constant, or the
        /// rounded exact values).
        var couplings: Couplings

        var lepton: Lepton { pm == .one ? .neutrino : .antineutrino }
        func vector(_ name: String) -> Vector3 { vectors[name]!.double }

        /// Exact values of every symbol of `p` (atoms from the exact components).
        func values(for p: Polynomial) throws -> [Symbol: Rational] {
            let scalars: [String: Rational] = ["pm": pm, "s": s, "s'": sPrime, "m": m, "GF": GF, "cV": cV, "cA": cA, "F2": F2]
            var values: [Symbol: Rational] = [:]
            for symbol in p.symbols {
                if let (kind, arguments) = Vector3Space.decompose(symbol) {
                    let v = arguments.map { vectors[$0]! }
                    values[symbol] = kind == "dot" ? try v[0].dot(v[1]) : try v[0].dot(v[1].cross(v[2]))
                } else {
                    values[symbol] = scalars[symbol.name]
                }
            }
            return values
        }
    }

    /// Rational points of the unit sphere: (a, b, c)/d for every primitive a² + b² + c² = d²
    /// with d ≤ 27, with all signs and permutations.
    static let directions: [ExactVector] = {
        var out: [ExactVector] = []
        var seen = Set<[Int]>()
        for d in 1...27 {
            for a in 0...d { for b in a...d { for c in b...d where a * a + b * b + c * c == d * d {
                var g = d
                for x in [a, b, c] { var (u, v) = (g, x); while v != 0 { (u, v) = (v, u % v) }; g = u }
                guard g == 1 else { continue }
                for perm in [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] {
                    for signs in [[1, 1, 1], [1, 1, -1], [1, -1, 1], [1, -1, -1], [-1, 1, 1], [-1, 1, -1], [-1, -1, 1], [-1, -1, -1]] {
                        let key = [perm[0] * signs[0], perm[1] * signs[1], perm[2] * signs[2], d]
                        guard seen.insert(key).inserted else { continue }
                        out.append(ExactVector(x: try! Rational(Int64(key[0]), Int64(d)), y: try! Rational(Int64(key[1]), Int64(d)),
                                               z: try! Rational(Int64(key[2]), Int64(d))))
                    }
                }
            } } }
        }
        return out
    }()

    static func tableRows() throws -> [(Couplings, [Rational])] {
        let registry = try EmitRepository.registry.get()
        var values: [Symbol: Rational] = [:]
        for input in registry.couplings.inputs { values[input.symbol] = input.value }
        let constants = ["neutrinoProton": Couplings.neutrinoProton, "neutrinoNeutron": Couplings.neutrinoNeutron,
                         "chargedCurrent": Couplings.chargedCurrent]
        return try registry.couplings.rows.map { row in
            (constants[row.name]!, try [row.cV, row.cA, row.F2].map { try $0.evaluated(at: values) })
        }
    }

    static func randomPoints(count: Int, seed: UInt64) throws -> [Point] {
        var rng = SplitMix64(seed: seed)
        let rows = try tableRows()
        func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &rng) }
        func ratio(_ n: Int, _ d: Int) -> Rational { try! Rational(Int64(n), Int64(d)) }
        var points: [Point] = []
        for i in 0..<count {
            let m = ratio(int(4...16), 4)
            func momentum() throws -> ExactVector {
                ExactVector(x: m * ratio(int(-9...9), 16), y: m * ratio(int(-9...9), 16), z: m * ratio(int(-9...9), 16))
            }
            var vectors: [String: ExactVector] = [:]
            for name in ["Om", "Om'", "B"] { vectors[name] = directions[int(0...(directions.count - 1))] }
            vectors["q"] = try momentum()
            vectors["P"] = try momentum()
            let cV: Rational, cA: Rational, F2: Rational, couplings: Couplings
            if i % 2 == 0 {
                let row = rows[(i / 2) % rows.count]
                (cV, cA, F2) = (row.1[0], row.1[1], row.1[2])
                couplings = row.0
            } else {
                (cV, cA, F2) = (ratio(int(-40...40), 16), ratio(int(-40...40), 16), ratio(int(-64...64), 16))
                couplings = Couplings(cV: cV.doubleValue, cA: cA.doubleValue, F2: F2.doubleValue)
            }
            points.append(Point(pm: int(0...1) == 0 ? .one : .minusOne, vectors: vectors,
                                s: int(0...1) == 0 ? .one : .minusOne, sPrime: int(0...1) == 0 ? .one : .minusOne,
                                m: m, GF: ratio(int(4...16), 8), cV: cV, cA: cA, F2: F2, couplings: couplings))
        }
        return points
    }

    /// Calls of the generated functions, by registry name (`group.function`).
    static let generated: [String: @Sendable (Point) -> Double] = [
        "SquaredMatrixElement.leadingOrder": { p in
            SquaredMatrixElement.leadingOrder(p.lepton, omega: p.vector("Om"), omegaPrime: p.vector("Om'"), fieldDirection: p.vector("B"),
                                              s: p.s.doubleValue, sPrime: p.sPrime.doubleValue, couplings: p.couplings,
                                              fermiConstant: p.GF.doubleValue)
        },
        "SquaredMatrixElement.momentumTransferTerm": { p in
            SquaredMatrixElement.momentumTransferTerm(p.lepton, omega: p.vector("Om"), omegaPrime: p.vector("Om'"),
                                                      fieldDirection: p.vector("B"), s: p.s.doubleValue, sPrime: p.sPrime.doubleValue,
                                                      momentumTransfer: p.vector("q"), nucleonMass: p.m.doubleValue,
                                                      couplings: p.couplings, fermiConstant: p.GF.doubleValue)
        },
        "SquaredMatrixElement.momentumSumTerm": { p in
            SquaredMatrixElement.momentumSumTerm(p.lepton, omega: p.vector("Om"), omegaPrime: p.vector("Om'"),
                                                 fieldDirection: p.vector("B"), s: p.s.doubleValue, sPrime: p.sPrime.doubleValue,
                                                 momentumSum: p.vector("P"), nucleonMass: p.m.doubleValue,
                                                 couplings: p.couplings, fermiConstant: p.GF.doubleValue)
        },
        "SquaredMatrixElement.firstOrder": { p in
            SquaredMatrixElement.firstOrder(p.lepton, omega: p.vector("Om"), omegaPrime: p.vector("Om'"), fieldDirection: p.vector("B"),
                                            s: p.s.doubleValue, sPrime: p.sPrime.doubleValue, momentumTransfer: p.vector("q"),
                                            momentumSum: p.vector("P"), nucleonMass: p.m.doubleValue,
                                            couplings: p.couplings, fermiConstant: p.GF.doubleValue)
        },
    ]

    static let pointCount = 1200
    /// The documented accuracy: relative error ≤ 1e-12 wherever the value is not a cancellation
    /// of its own terms by more than 10³ (condition κ = Σ|terms|/|value| ≤ 10³)...
    static let tolerance = 1e-12
    static let conditionLimit = 1e3
    /// ...and everywhere |error| ≤ 32 u Σ|terms| (u = 2^-53): the emitted arithmetic adds no
    /// cancellation of its own (Horner and grouping only re-associate the terms), so what remains
    /// is rounding of the inputs and of each operation, relative to the size of the terms.
    static let scaleTolerance = 32 * Double.ulpOfOne / 2

    /// Every registered function has a numeric test: Stage 1 here, Stages 2-3 in
    /// `Stage23CoefficientNumericTests`.
    func testEveryRegisteredFunctionIsTested() throws {
        let registry = try EmitRepository.registry.get()
        let registered = Set(registry.groups.flatMap { g in g.functions.map { "\(g.name).\($0.name)" } })
        XCTAssertEqual(registered, Set(Self.generated.keys).union(Stage23CoefficientNumericTests.testedFunctions)
            .union(Stage4CoefficientNumericTests.testedFunctions))
    }

    func testGeneratedFunctionsAgreeWithExactEvaluation() throws {
        let registry = try EmitRepository.registry.get()
        let points = try Self.randomPoints(count: Self.pointCount, seed: 0x5EED_0307_006)
        XCTAssertGreaterThan(Self.directions.count, 500)
        var summary: [String] = []
        for group in registry.groups {
            for function in group.functions {
                let key = "\(group.name).\(function.name)"
                guard let call = Self.generated[key] else { continue }  // Stages 2-3: Stage23CoefficientNumericTests
                var worst = 0.0, worstCondition = 0.0, worstScaled = 0.0, worstWellConditioned = 0.0, zeros = 0, illConditioned = 0
                for (index, point) in points.enumerated() {
                    let exact = try function.value.evaluated(at: point.values(for: function.value))
                    let value = call(point)
                    let scale = try Self.termScale(function.value, point)
                    let error = abs(value - exact.doubleValue)
                    worstScaled = max(worstScaled, error / (scale * Double.ulpOfOne / 2))
                    XCTAssertLessThanOrEqual(error, Self.scaleTolerance * scale,
                                             "\(key) at point \(index): generated \(value), exact \(exact), Σ|terms| \(scale)")
                    if exact.isZero { zeros += 1; continue }
                    let relative = error / abs(exact.doubleValue)
                    let condition = scale / abs(exact.doubleValue)
                    if relative > worst { (worst, worstCondition) = (relative, condition) }
                    if condition > Self.conditionLimit { illConditioned += 1; continue }
                    worstWellConditioned = max(worstWellConditioned, relative)
                    XCTAssertLessThanOrEqual(relative, Self.tolerance,
                                             "\(key) at point \(index): generated \(value), exact \(exact) (\(exact.doubleValue))")
                }
                summary.append("\(key): max relative error \(worstWellConditioned) at κ ≤ 10^3, \(worst) over all points (κ there \(Int(worstCondition))); "
                               + "max |error|/(u Σ|terms|) \(worstScaled); \(illConditioned) points with κ > 10^3, \(zeros) exact zeros")
            }
        }
        print("CoefficientNumericTests (\(Self.pointCount) points each):\n  " + summary.joined(separator: "\n  "))
    }

    /// Σ |term| at the point: the scale against which rounding of the inputs is measured.
    static func termScale(_ p: Polynomial, _ point: Point) throws -> Double {
        let values = try point.values(for: p)
        var total = 0.0
        for t in p.terms {
            total += abs(try Polynomial(monomial: t.monomial, coefficient: t.coefficient).evaluated(at: values).doubleValue)
        }
        return total
    }

    /// The named Table I constants are the exact rational values, correctly rounded.
    func testTableIConstantsAreTheRoundedExactValues() throws {
        for (constant, exact) in try Self.tableRows() {
            XCTAssertEqual(constant.cV, exact[0].doubleValue)
            XCTAssertEqual(constant.cA, exact[1].doubleValue)
            XCTAssertEqual(constant.F2, exact[2].doubleValue)
        }
        // The parametric forms at the Table I inputs give the same rows (to rounding).
        let pairs = [
            (Couplings.neutrinoProton, Couplings.neutrinoProton(gA: TableI.gA, sin2ThetaW: TableI.sin2ThetaW, muP: TableI.muP, muN: TableI.muN)),
            (Couplings.neutrinoNeutron, Couplings.neutrinoNeutron(gA: TableI.gA, sin2ThetaW: TableI.sin2ThetaW, muP: TableI.muP, muN: TableI.muN)),
            (Couplings.chargedCurrent, Couplings.chargedCurrent(gA: TableI.gA, sin2ThetaW: TableI.sin2ThetaW, muP: TableI.muP, muN: TableI.muN)),
        ]
        for (constant, computed) in pairs {
            XCTAssertEqual(constant.cV, computed.cV, accuracy: 1e-15 * abs(constant.cV) * 8)
            XCTAssertEqual(constant.cA, computed.cA, accuracy: 1e-15 * abs(constant.cA) * 8)
            XCTAssertEqual(constant.F2, computed.F2, accuracy: 1e-15 * abs(constant.F2) * 8)
        }
    }

    /// The first-order total (emitted from the whole expression) is the sum of its three pieces.
    func testPiecesAddUpToFirstOrder() throws {
        let total = try XCTUnwrap(EmitRepository.registry.get().function("SquaredMatrixElement", "firstOrder")).value
        for p in try Self.randomPoints(count: 200, seed: 42) {
            let pieces = ["leadingOrder", "momentumTransferTerm", "momentumSumTerm"].map { Self.generated["SquaredMatrixElement.\($0)"]!(p) }
            XCTAssertEqual(Self.generated["SquaredMatrixElement.firstOrder"]!(p), pieces.reduce(0, +),
                           accuracy: 2 * Self.scaleTolerance * (try Self.termScale(total, p)))
        }
    }
}
