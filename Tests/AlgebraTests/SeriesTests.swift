import XCTest
@testable import Algebra

final class SeriesTests: XCTestCase {
    let x = Symbol("x"), m = Symbol("m"), p = Symbol("p")

    func parse(_ s: String) throws -> Polynomial { try Polynomial(parsing: s) }

    /// truncate(a·b) = truncate(truncate(a)·truncate(b)) when no order is negative.
    func testProductEqualsTruncatedExactProduct() throws {
        var r = RandomAlgebra(seed: 21)
        r.includeAtoms = false
        r.exponents = 0...3
        for _ in 0..<300 {
            let flip: (Polynomial) throws -> Polynomial = { try $0.substituting(self.m, with: Polynomial(self.m, -1)) }
            let a = try flip(r.polynomial()), b = try flip(r.polynomial())
            let t = Truncation(weights: [x: 1, m: -1, Symbol("y"): 2], maxOrder: r.int(0...5))
            let product = try Series(a, truncation: t) * Series(b, truncation: t)
            XCTAssertEqual(product.polynomial, t.apply(try a * b))
            XCTAssertEqual(try (Series(a, truncation: t) + Series(b, truncation: t)).polynomial, t.apply(a + b))
            let n = r.int(0...3)
            XCTAssertEqual(try Series(a, truncation: t).power(n).polynomial, t.apply(try a.power(n)))
        }
    }

    func testGeometricInverse() throws {
        let t = Truncation(weights: [x: 1], maxOrder: 4)
        let inverse = try Series(parse("1 + x"), truncation: t).inverse()
        XCTAssertEqual(inverse.polynomial, try parse("1 - x + x^2 - x^3 + x^4"))
        XCTAssertEqual(try (inverse * Series(parse("1 + x"), truncation: t)).polynomial, .one)
        XCTAssertThrowsError(try Series(parse("2 + y"), truncation: t).inverse())  // two terms of order 0
        XCTAssertEqual(try Series(parse("x + y"), truncation: t).inverse().polynomial, try parse("1/y - x/y^2 + x^2/y^3 - x^3/y^4 + x^4/y^5"))
        XCTAssertThrowsError(try Series(.zero, truncation: t).inverse())
    }

    /// 1/(m + p) with weight(m) = −1, weight(p) = 0 through order 2 in 1/m:
    /// 1/m − p/m² + p²/m³ ... has orders 1, 2, 3, so two terms survive.
    func testInverseWithNegativeWeights() throws {
        let t = Truncation(weights: [m: -1], maxOrder: 2)
        let inverse = try Series(parse("m + p"), truncation: t).inverse()
        XCTAssertEqual(inverse.polynomial, try parse("1/m - p/m^2"))
        XCTAssertEqual(try Series(parse("m + p"), truncation: t).power(-2).polynomial, try parse("1/m^2"))
    }

    func testSubstitutionExpandsNegativePowers() throws {
        // E = m + p^2/(2m) with m → m + d (weight(d) = 0, weight(m) = −1) to order 3.
        let t = Truncation(weights: [m: -1], maxOrder: 3)
        let s = Series(try parse("p^2/(2*m)"), truncation: t)
        let shifted = try s.substituting(m, with: parse("m + d"))
        XCTAssertEqual(shifted.polynomial, try parse("1/2*p^2/m - 1/2*d*p^2/m^2 + 1/2*d^2*p^2/m^3"))
        XCTAssertEqual(shifted.part(ofOrder: 2), try parse("-1/2*d*p^2/m^2"))
    }

    func testMismatchedTruncationsThrow() throws {
        let a = Series(.one, weights: [x: 1], maxOrder: 2), b = Series(.one, weights: [x: 1], maxOrder: 3)
        XCTAssertThrowsError(try a + b)
        XCTAssertThrowsError(try a * b)
    }

    func testDescription() throws {
        let s = Series(try parse("1 + x + x^2"), weights: [x: 1], maxOrder: 1)
        XCTAssertEqual(s.description, "1 + x + O(order > 1)")
    }
}
