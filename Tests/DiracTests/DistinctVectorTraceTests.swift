import XCTest
import Algebra
import TestSupport
@testable import Dirac

/// The fast path for strings of distinct slashed vectors agrees with the general recursion
/// (the explicit-matrix tests in TraceCrossCheckTests check both against 4×4 matrices).
final class DistinctVectorTraceTests: XCTestCase {
    /// Random distinct names (so that the symbol order differs from the slot order), 2..10 slots.
    func testFastPathEqualsTheGeneralRecursion() throws {
        var rng = SplitMix64(seed: 1403)
        let pool = ["a", "b", "k", "kp", "p", "pp", "q", "q2", "z1", "Om", "x_3", "w"]
        var compared = 0
        for n in stride(from: 2, through: 10, by: 2) {
            for _ in 0..<6 {
                var names = pool
                for i in names.indices.reversed() { names.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
                let chosen = Array(names.prefix(n))
                let string = try chosen.reduce(DiracExpression.identity) { try $0 * .slash($1) }
                let fast = try XCTUnwrap(DistinctVectorTrace.trace(chosen))
                let general = try XCTUnwrap(generalTrace(string).scalar)
                XCTAssertEqual(fast, general, "tr(\(chosen.joined(separator: " ")))")
                XCTAssertEqual(fast.terms.count, DistinctVectorTrace.doubleFactorial(n - 1))
                compared += 1
            }
        }
        XCTAssertEqual(compared, 30)
    }

    /// Repeated names and frame vectors are left to the general recursion.
    func testFastPathDeclinesRepeatsAndFrameVectors() {
        XCTAssertNil(DistinctVectorTrace.trace(["p", "q", "p", "r"]))
        XCTAssertNil(DistinctVectorTrace.trace(["e0", "q"]))
        XCTAssertNil(DistinctVectorTrace.trace(["p", "q", "r"]))
    }
}
