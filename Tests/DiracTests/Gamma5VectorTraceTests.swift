import XCTest
import Algebra
import TestSupport
@testable import Dirac

/// The γ5 fast path for distinct slashed vectors agrees with the general recursion term by
/// term (TraceCrossCheckTests.testGamma5InFront and testTenVectorsWithGamma5 check the fast
/// path, which `trace` now takes, against explicit 4×4 matrices).
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
                let string = try chosen.reduce(DiracExpression.gamma5) { try $0 * .slash($1) }
                let fast = try XCTUnwrap(Gamma5VectorTrace.trace(chosen))
                let general = try XCTUnwrap(generalTrace(string).scalar)
                XCTAssertEqual(fast, general, "tr(g5 \(chosen.joined(separator: " ")))")
                compared += 1
            }
        }
        XCTAssertEqual(compared, 17)
    }

    /// Repeats, frame vectors, odd and short strings are left to the caller.
    func testFastPathDeclines() {
        XCTAssertNil(Gamma5VectorTrace.trace(["p", "q", "p", "r"]))
        XCTAssertNil(Gamma5VectorTrace.trace(["e0", "q", "r", "s"]))
        XCTAssertNil(Gamma5VectorTrace.trace(["p", "q", "r"]))
        XCTAssertNil(Gamma5VectorTrace.trace(["p", "q"]))
    }
}
