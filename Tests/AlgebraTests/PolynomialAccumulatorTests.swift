import XCTest
import TestSupport
@testable import Algebra

/// The accumulator's own hash table against the standard library's `Dictionary` as the model:
/// same sums, cancellations that empty the accumulator and refill it, growth from the default
/// and from a presized table.
final class PolynomialAccumulatorTests: XCTestCase {
    func testSumsMatchADictionaryModel() throws {
        var rng = SplitMix64(seed: 13_17)
        let symbols = ["x", "y", "eps(p1,p2,p3,p4)", "eps(p1,p2,p3,p5)", "I"].map(Symbol.init)
        func monomial() -> Monomial {
            var m = Monomial.one
            for s in symbols where rng.next() % 3 == 0 {
                let e = s.isImaginaryUnit ? 1 : Int(rng.next() % 5) - 2
                m = Monomial.product(m, Monomial(s, e)).monomial
            }
            return m
        }
        for round in 0..<200 {
            var accumulator = round % 2 == 0 ? PolynomialAccumulator() : PolynomialAccumulator(expectedTerms: Int(rng.next() % 40))
            var model: [Monomial: Rational] = [:]
            for _ in 0..<Int(rng.next() % 120) {
                let m = monomial(), c = Rational(Int(rng.next() % 5) - 2)
                accumulator.add(m, c)
                model[m, default: .zero] = model[m, default: .zero] + c
                XCTAssertEqual(accumulator.isEmpty, model.values.allSatisfy(\.isZero))
            }
            // Cancel everything, check empty, then add one term back.
            let expected = Polynomial(ascendingTerms: model.filter { !$0.value.isZero }
                .map { Polynomial.Term($0.key, $0.value) }.sorted { $0.monomial < $1.monomial })
            XCTAssertEqual(accumulator.polynomial, expected)
            accumulator.add(expected, times: Rational(-1))
            XCTAssertTrue(accumulator.isEmpty)
            XCTAssertEqual(accumulator.polynomial, .zero)
            accumulator.add(Monomial(symbols[0]), Rational(3))
            XCTAssertFalse(accumulator.isEmpty)
            XCTAssertEqual(accumulator.polynomial, Polynomial(monomial: Monomial(symbols[0]), coefficient: Rational(3)))
        }
    }
}
