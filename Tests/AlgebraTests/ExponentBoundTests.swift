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

    /// Even monomials built directly beyond the bound, up to the widest exponent a packed word
    /// holds (2³¹ − 1), never trap: the unchecked product clamps to the word (and
    /// `checkedProduct` reports), the degree is exact in `Int`.
    func testUncheckedArithmeticNeverTraps() throws {
        let widest = Int(Int32.max)
        let huge = Monomial(m, widest)
        let (product, _) = Monomial.product(huge, huge)
        XCTAssertEqual(product.exponent(of: m), widest)
        XCTAssertThrowsError(try Monomial.checkedProduct(huge, huge))
        let (low, _) = Monomial.product(Monomial(m, -widest), Monomial(m, -widest))
        XCTAssertEqual(low.exponent(of: m), -widest)
        let wide = Monomial(canonical: [Monomial.Power(Symbol("a"), widest), Monomial.Power(Symbol("b"), widest)])
        XCTAssertEqual(wide.degree, 2 * widest)
        XCTAssertFalse(wide < wide)
    }
}
