import XCTest
import Algebra
import TestSupport
@testable import Dirac

/// Index pairs contracted inside a string before the trace (Kahane/Chisholm) give the value
/// of the reference recursion, which traces first and contracts afterwards; and the explicit
/// 4×4 matrices agree (TraceCrossCheckTests and the differential test of `verify trace` texts
/// take the same `trace`).
final class ChisholmContractionTests: XCTestCase {
    func testContractionBeforeTheTraceEqualsTheReference() throws {
        var rng = SplitMix64(seed: 1777)
        let vectors = ["a", "b", "c", "d", "k", "p"]
        let indices = ["mu", "nu", "rho"]
        var contracted = 0
        for _ in 0..<60 {
            let pairs = 1 + Int(rng.next() % 3)
            let vectorCount = Int(rng.next() % UInt64(9 - 2 * pairs))
            var slots: [Slot] = (0..<vectorCount).map { _ in .vector(vectors[Int(rng.next() % UInt64(vectors.count))]) }
            for k in 0..<pairs {
                for _ in 0..<2 { slots.insert(.index(indices[k]), at: Int(rng.next() % UInt64(slots.count + 1))) }
            }
            let string = try slots.reduce(DiracExpression.identity) { product, slot in
                switch slot {
                case .vector(let v): return try product * .slash(v)
                case .index(let i): return try product * .gamma(index: i)
                }
            }
            let viaContraction = try trace(string)
            XCTAssertEqual(viaContraction, try generalTrace(string), "tr(\(GammaString(slots)))")
            if try ChisholmContraction.contract(string) != nil { contracted += 1 }
        }
        XCTAssertEqual(contracted, 60)
    }

    /// The identities themselves, on strings of index slots and vectors.
    func testIdentities() throws {
        func contract(_ slots: [Slot]) throws -> String {
            let string = DiracExpression(terms: [.init(string: GammaString(slots), coefficient: .one)])
            return try ChisholmContraction.contract(string).map { DiracPrinter.text($0) } ?? "unchanged"
        }
        XCTAssertEqual(try contract([.index("mu"), .index("mu")]), "4")
        XCTAssertEqual(try contract([.index("mu"), .vector("a"), .index("mu")]), "-2*a")
        XCTAssertEqual(try contract([.index("mu"), .vector("a"), .vector("b"), .vector("c"), .index("mu")]), "-2*c b a")
        XCTAssertEqual(try contract([.index("mu"), .vector("a"), .vector("b"), .vector("c"), .vector("d"), .index("mu")]),
                       "2*c b a d + 2*d a b c")
        XCTAssertEqual(try contract([.index("mu"), .vector("a"), .index("nu")]), "unchanged")
        let withGamma5 = DiracExpression(terms: [.init(string: GammaString(hasGamma5: true, [.index("mu"), .index("mu")]), coefficient: .one)])
        XCTAssertNil(try ChisholmContraction.contract(withGamma5))
    }
}
