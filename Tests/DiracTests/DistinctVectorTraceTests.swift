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
                XCTAssertEqual(fast.terms.count, [2: 1, 4: 3, 6: 15, 8: 105, 10: 945][n])
                compared += 1
            }
        }
        XCTAssertEqual(compared, 30)
    }

    /// The streamed text is byte for byte the printed polynomial of the general recursion,
    /// for random names and slot orders, with chunks small enough to split lines; the direct
    /// canonical generator, the sorting fallback and the recursion agree term by term.
    func testStreamedTextEqualsThePrintedGeneralTrace() throws {
        var rng = SplitMix64(seed: 1413)
        let pool = ["a", "b", "k", "kp", "p", "pp", "q", "q2", "z1", "Om", "x_3", "w", "p10", "p1"]
        for n in stride(from: 2, through: 10, by: 2) {
            for trial in 0..<4 {
                var names = pool
                for i in names.indices.reversed() { names.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
                let chosen = Array(names.prefix(n))
                let string = try chosen.reduce(DiracExpression.identity) { try $0 * .slash($1) }
                let general = try XCTUnwrap(generalTrace(string).scalar)
                let canonical = try XCTUnwrap(DistinctVectorTrace(string))
                XCTAssertEqual(canonical.polynomial, general)
                XCTAssertEqual(DistinctVectorTrace.sortedTrace(chosen), general)
                var bytes: [UInt8] = []
                var chunks = 0
                TraceTextStream.write(canonical, chunkSize: trial == 0 ? 1 : 4096) { chunk in
                    bytes += chunk
                    chunks += 1
                }
                XCTAssertEqual(String(decoding: bytes, as: UTF8.self), PlainTextPrinter.factoredText(general) + "\n",
                               "tr(\(chosen.joined(separator: " ")))")
                if trial == 0 && n >= 6 { XCTAssertGreaterThan(chunks, 1) }
            }
        }
    }

    /// Names with a prime (`k'.p` sorts before `k.k'`) break the lexicographic atom order: the
    /// canonical generator declines and the sorting fallback gives the general recursion's value.
    func testPrimedNamesUseTheSortingFallback() throws {
        let names = ["k", "q", "k'", "p"]
        XCTAssertNil(DistinctVectorTrace(names))
        let string = try names.reduce(DiracExpression.identity) { try $0 * .slash($1) }
        XCTAssertEqual(DistinctVectorTrace.trace(names), try generalTrace(string).scalar)
    }

    /// Only a whole `tr(v1 … vn)` of distinct vectors is streamed; the budget is charged per 100
    /// streamed terms, so the 16-vector trace fits the default and the 18-vector one does not.
    func testStreamableTraceRecognitionAndBudget() throws {
        let parser = DiracParser(context: DiracParseContext(anyLowercaseIsVector: true))
        var budget = Budget()
        for text in ["tr(p q) + tr(p q)", "2*tr(p q)", "tr(p q)^2", "tr(p m q)", "tr(p p)", "tr(e0 p)", "tr(p q r)",
                     "tr(g5 p q r s)", "tr(p (q + r))", "tr(p q", "tr(p q))"] {
            XCTAssertNil(try? parser.streamableTrace(text, budget: &budget), text)
        }
        let sixteen = "tr(" + (1...16).map { "p\($0)" }.joined(separator: " ") + ")"
        budget = Budget()
        let trace = try XCTUnwrap(parser.streamableTrace(sixteen, budget: &budget))
        XCTAssertEqual(trace.termCount, 2_027_025)
        XCTAssertEqual(budget.spent, 15 + 20_271)  // 15 products of slots, then 2027025 / 100 rounded up
        budget = Budget(maxTerms: 20_280)  // 16 slots may be formed (20280 × 100 ≥ 2027025)
        XCTAssertThrowsError(try parser.streamableTrace(sixteen, budget: &budget)) { error in
            XCTAssertEqual("\(error)", "1:1: the trace of 16 matrices, streamed (2027025 terms, one term product per 100), "
                           + "would form about 20271 term products, 20286 in all with the 15 already charged, over the term budget of 20280")
        }
    }

    /// Repeated names and frame vectors are left to the general recursion.
    func testFastPathDeclinesRepeatsAndFrameVectors() {
        XCTAssertNil(DistinctVectorTrace.trace(["p", "q", "p", "r"]))
        XCTAssertNil(DistinctVectorTrace.trace(["e0", "q"]))
        XCTAssertNil(DistinctVectorTrace.trace(["p", "q", "r"]))
        XCTAssertNil(DistinctVectorTrace(["p", "q", "p", "r"]))
        XCTAssertNil(DistinctVectorTrace(["e0", "q"]))
    }
}
