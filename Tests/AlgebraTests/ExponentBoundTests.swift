import XCTest
@testable import Algebra

/// Exponent growth is refused with an error, never a trap (issue 9: `((m^10000)^10000)^10000`
/// died with "arithmetic overflow" in `Monomial.product`).
final class ExponentBoundTests: XCTestCase {
    let m = Symbol("m")

    func testPowersAndProductsStopAtTheBound() throws {
        let bound = Monomial.maxExponent
        XCTAssertEqual(try Polynomial(m).power(bound), Polynomial(m, bound))
        XCTAssertEqual(try Polynomial(m).power(-bound), Polynomial(m, -bound))
        XCTAssertThrowsError(try Polynomial(m).power(bound + 1)) { error in
            XCTAssertEqual("\(error)", "the exponent of m would exceed 1000000")
        }
        XCTAssertThrowsError(try Polynomial(m, 10_000).power(10_000).power(10_000))
        let half = Polynomial(m, bound / 2 + 1)
        XCTAssertThrowsError(try half * half)
        XCTAssertThrowsError(try (half + Polynomial(1)) * half)  // the general product loop
        XCTAssertThrowsError(try half.multiplied(by: Monomial(m, bound / 2 + 1)))
        XCTAssertThrowsError(try Polynomial(m, -bound) / Polynomial(m, 1))
        // Within the bound, exponents cancel as before.
        XCTAssertEqual(try Polynomial(m, bound) * Polynomial(m, -bound), Polynomial(1))
    }

    /// Even monomials built directly beyond the bound never trap: the unchecked product clamps
    /// (and `checkedProduct` reports), the degree saturates.
    func testUncheckedArithmeticNeverTraps() throws {
        let huge = Monomial(m, Int.max)
        let (product, _) = Monomial.product(huge, huge)
        XCTAssertEqual(product.exponent(of: m), Int.max)
        XCTAssertThrowsError(try Monomial.checkedProduct(huge, huge))
        let wide = Monomial(canonical: [Monomial.Power(Symbol("a"), Int.max), Monomial.Power(Symbol("b"), Int.max)])
        XCTAssertEqual(wide.degree, Int.max)
        XCTAssertFalse(wide < wide)
    }
}
