import XCTest
import Algebra
@testable import Derivation

/// `Stage4Check.cleared` on a large difference (red team: it added term by term, quadratic in the
/// number of terms; a printed claim of 5,005 terms took 72 s in release, one of 24,310 over 120 s).
/// Checked against exact evaluation: cleared(p) = p with δ² = T/m and C5 = c_V² + 5c_A² in the
/// numerator, at T = 4, m = 1 (δ = 2 exact).
final class Stage4ClearedTests: XCTestCase {
    func testClearedOfALargeDifferenceMatchesExactEvaluation() throws {
        let (k, T, m, delta, c5) = (Stage2Derivation.k, Stage2Derivation.T, PaperSymbols.m, Stage3Derivation.delta, Stage4Derivation.c5)
        let cV = Symbol("cV"), cA = Symbol("cA"), f0 = Symbol("f0")
        let couplings = Polynomial(cV, 2) + Polynomial(cA, 2).scaled(by: 5)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var pairs: [(Monomial, Rational)] = []
        for _ in 0..<3000 {
            var term = Polynomial(try Rational(Int64(next(199) - 99), Int64(next(7) + 1)))
            for (symbol, low, high) in [(k, 0, 4), (T, -1, 2), (m, -2, 0), (delta, -2, 4), (c5, -2, 0), (cV, 0, 3), (cA, 0, 3), (f0, 0, 2)] {
                term = try term * Polynomial(symbol, low + next(high - low + 1))
            }
            pairs += term.terms.map { ($0.monomial, $0.coefficient) }
        }
        let p = Polynomial(collecting: pairs)
        XCTAssertGreaterThan(p.terms.count, 2000)
        let start = Date()
        let cleared = try Stage4Check.cleared(p, couplings: couplings)
        let seconds = Date().timeIntervalSince(start)
        XCTAssertFalse(cleared.terms.contains { $0.monomial.exponent(of: delta) % 2 == 0 && $0.monomial.exponent(of: delta) != 0 })
        for point in 0..<4 {
            let a = Rational(point + 1), b = Rational(point - 2)
            var values: [Symbol: Rational] = [k: Rational(point + 2), T: 4, m: 1, delta: 2, cV: a, cA: b, f0: Rational(3 - point)]
            values[c5] = try couplings.evaluated(at: values)
            XCTAssertEqual(try cleared.evaluated(at: values), try p.evaluated(at: values), "point \(point)")
        }
        XCTAssertLessThan(seconds, 20, "cleared took \(seconds) s for \(p.terms.count) terms")
    }
}
