import XCTest
import Algebra
import TestSupport
@testable import Dirac

/// The γ5 fast path for distinct slashed vectors agrees with the general path term by term
/// (both run `Gamma5Reduction`; TraceCrossCheckTests.testGamma5InFront, testTenVectorsWithGamma5
/// and testLongGamma5StringsOnBothPaths check both against explicit 4×4 matrices).
final class Gamma5VectorTraceTests: XCTestCase {
    func testFastPathEqualsTheGeneralRecursion() throws {
        var rng = SplitMix64(seed: 1505)
        let pool = ["a", "b", "k", "kp", "p", "pp", "q", "q2", "z1", "Om", "x_3", "w", "k'", "p10", "p1"]
        var compared = 0
        for n in stride(from: 4, through: 10, by: 2) {
            for _ in 0..<(n == 10 ? 2 : 5) {
                var names = pool
                for i in names.indices.reversed() { names.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
                let chosen = Array(names.prefix(n))
                // The same reduction on the string's dihedral normal form, with its sign.
                let (order, negative) = Gamma5VectorTrace.normalOrder(chosen)
                let string = try order.reduce(DiracExpression.gamma5) { try $0 * .slash(chosen[$1]) }
                let fast = try XCTUnwrap(Gamma5VectorTrace.trace(chosen))
                let general = try XCTUnwrap(generalTrace(string).scalar)
                XCTAssertEqual(fast, negative ? -general : general, "tr(g5 \(chosen.joined(separator: " ")))")
                compared += 1
            }
        }
        XCTAssertEqual(compared, 17)
    }

    /// No longer than FORM's `trace4` (FORM 4.3, `g5_(1)*g_(1,p1,...,pn)`: 1, 6, 33, 180, 1029
    /// terms for n = 4…12; the first expansion wrote 1, 6, 33, 204, 1557), and exactly the count
    /// the budget charges. Each value is checked against explicit 4×4 matrices in
    /// `TraceCrossCheckTests` (n ≤ 12) and `testFastPathEqualsTheGeneralRecursion`.
    func testTermCountsAreFORMs() throws {
        let form = [4: 1, 6: 6, 8: 33, 10: 180, 12: 1029]
        for n in stride(from: 4, through: 12, by: 2) {
            let names = (1...n).map { "p\($0)" }
            let value = try XCTUnwrap(Gamma5VectorTrace.trace(names))
            XCTAssertLessThanOrEqual(value.terms.count, form[n]!, "tr(γ5 p1 … p\(n))")
            XCTAssertEqual(value.terms.count, TraceCount.withGamma5(n), "tr(γ5 p1 … p\(n))")
            XCTAssertTrue(value.terms.allSatisfy { $0.coefficient == Rational(4) || $0.coefficient == Rational(-4) }, "no two terms merged")
        }
        let ten = try XCTUnwrap(Gamma5VectorTrace.trace((1...10).map { "p\($0)" }))
        XCTAssertLessThanOrEqual(ten.terms.count, 180)
    }

    /// Equal traces print identically: of the 720 orders of six vectors, those in one dihedral
    /// orbit (12 orders: rotations, with the sign (−1)^r, and reversals) print one polynomial up
    /// to sign, and the 60 orbits have 60 different values (explicit 4×4 matrices at a random
    /// point), so two orders with the same trace print the same. Every value is checked too.
    func testEqualTracesPrintIdentically() throws {
        let names = ["a", "b", "c", "d", "e", "f"]
        var rng = SplitMix64(seed: 0x2600)
        let vectors = rng.vectors(names)
        var orders: [[String]] = []
        func permute(_ prefix: [String], _ rest: [String]) {
            if rest.isEmpty { orders.append(prefix); return }
            for (k, x) in rest.enumerated() { var r = rest; r.remove(at: k); permute(prefix + [x], r) }
        }
        permute([], names)
        var printed: Set<Polynomial> = []
        var values: [Complex] = []
        for order in orders {
            let value = try XCTUnwrap(Gamma5VectorTrace.trace(order))
            let matrices = numericTraceProduct([.product([.gamma5] + order.map { .slash($0) })], vectors: vectors, scalars: [:])
            XCTAssertTrue(isClose(complexValue(of: value, vectors: vectors), matrices, scale: 100), "tr(γ5 \(order))")
            if !printed.contains(-value) { printed.insert(value) }
            if !values.contains(where: { isClose($0, matrices, scale: 100) || isClose($0, -matrices, scale: 100) }) {
                values.append(matrices)
            }
        }
        XCTAssertEqual(orders.count, 720)
        XCTAssertEqual(printed.count, 60)
        XCTAssertEqual(values.count, 60)
        // A rotation by one is minus the trace, a reversal the trace.
        XCTAssertEqual(Gamma5VectorTrace.trace(["b", "c", "d", "e", "f", "a"]), Gamma5VectorTrace.trace(names).map { -$0 })
        XCTAssertEqual(Gamma5VectorTrace.trace(names.reversed()), Gamma5VectorTrace.trace(names))
    }

    /// Regression: with frame vectors the general path ran on the order as written, so
    /// `tr(g5 e0 p1 … p5)` and its rotation `-tr(g5 p1 … p5 e0)` printed different forms. Now
    /// it runs on the dihedral normal form too: of the 720 orders of e0, e3 and four vectors
    /// (γ^0 and γ_3 for the frame vectors in half of them), the 12 of each dihedral orbit
    /// (rotations and reversals, enumerated here) print one polynomial up to sign, and every
    /// value agrees with explicit 4×4 matrices.
    func testEqualTracesWithFrameVectorsPrintIdentically() throws {
        let names = ["e0", "e3", "a", "b", "c", "d"]
        var rng = SplitMix64(seed: 0x2601)
        let vectors = rng.vectors(["a", "b", "c", "d"])
        var orders: [[String]] = []
        func permute(_ prefix: [String], _ rest: [String]) {
            if rest.isEmpty { orders.append(prefix); return }
            for (k, x) in rest.enumerated() { var r = rest; r.remove(at: k); permute(prefix + [x], r) }
        }
        permute([], names)
        func orbit(_ order: [String]) -> String {
            let images = (0..<order.count).flatMap { r -> [[String]] in
                let rotated = Array(order[r...] + order[..<r])
                return [rotated, rotated.reversed()]
            }
            return images.map { $0.joined(separator: " ") }.min()!
        }
        var printed: [String: Polynomial] = [:]
        for (k, order) in orders.enumerated() {
            // γ^0 = e̸0 and γ_3 = e̸3: the same strings spelled as fixed indices.
            let slots: [TestExpr] = order.map { k % 2 == 0 ? .slash($0) : $0 == "e0" ? .fixed(0) : $0 == "e3" ? .fixedLower(3) : .slash($0) }
            let expression = TestExpr.product([.gamma5] + slots)
            let value = try XCTUnwrap(trace(expression.engine()).scalar)
            let matrices = numericTraceProduct([expression], vectors: vectors, scalars: [:])
            XCTAssertTrue(isClose(complexValue(of: value, vectors: vectors), matrices, scale: 100), "tr(γ5 \(order))")
            let key = orbit(order)
            if let first = printed[key] {
                XCTAssertTrue(value == first || value == -first, "tr(γ5 \(order)) prints unlike its orbit \(key)")
            } else {
                printed[key] = value
            }
        }
        XCTAssertEqual(printed.count, 60)
    }

    /// Repeats, frame vectors, odd and short strings are left to the caller.
    func testFastPathDeclines() {
        XCTAssertNil(Gamma5VectorTrace.trace(["p", "q", "p", "r"]))
        XCTAssertNil(Gamma5VectorTrace.trace(["e0", "q", "r", "s"]))
        XCTAssertNil(Gamma5VectorTrace.trace(["p", "q", "r"]))
        XCTAssertNil(Gamma5VectorTrace.trace(["p", "q"]))
    }
}
