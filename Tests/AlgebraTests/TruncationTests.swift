import XCTest
import TestSupport
@testable import Algebra

final class TruncationTests: XCTestCase {
    /// `apply` keeps exactly the terms whose order Σ weight·exponent, summed here by hand over
    /// the printed powers, is at most `maxOrder`; on products it commutes with truncating the
    /// factors first when no order is negative (the property the Dirac products rely on).
    func testApplyKeepsTheTermsUpToTheOrder() throws {
        var r = RandomAlgebra(seed: 21)
        r.includeAtoms = false
        r.exponents = 0...3
        let x = Symbol("x"), y = Symbol("y"), m = Symbol("m")
        let weights = [x: 1, y: 2, m: -1]
        for _ in 0..<300 {
            let flip: (Polynomial) throws -> Polynomial = { try $0.substituting(m, with: Polynomial(m, -1)) }
            let a = try flip(r.polynomial()), b = try flip(r.polynomial())
            let t = Truncation(weights: weights, maxOrder: r.int(0...5))
            let kept = a.terms.filter { term in
                term.monomial.powers.reduce(0) { $0 + (weights[$1.symbol] ?? 0) * $1.exponent } <= t.maxOrder
            }
            XCTAssertEqual(t.apply(a), Polynomial(collecting: kept.map { ($0.monomial, $0.coefficient) }))
            XCTAssertEqual(t.apply(try t.apply(a) * t.apply(b)), t.apply(try a * b))
        }
    }
}
