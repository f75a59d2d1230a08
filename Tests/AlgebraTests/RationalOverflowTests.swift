import XCTest
@testable import Algebra

/// Overflow is a thrown error naming the operation, never a trap or a silent wrap.
final class RationalOverflowTests: XCTestCase {
    func testAdditionOverflowNamesOperation() throws {
        let max = try Rational(Int64.max, 1)
        XCTAssertThrowsError(try max + 1) { error in
            XCTAssertEqual(error as? AlgebraError, .overflow(operation: "9223372036854775807 + 1"))
        }
        XCTAssertThrowsError(try (-max) - 2) { error in
            XCTAssertEqual(error as? AlgebraError, .overflow(operation: "-9223372036854775807 + -2"))
        }
    }

    func testMultiplicationOverflowNamesOperation() throws {
        let big = try Rational(1 << 40, 1)
        XCTAssertThrowsError(try big * big) { error in
            XCTAssertEqual(error as? AlgebraError, .overflow(operation: "1099511627776 * 1099511627776"))
        }
        let fraction = try Rational(1, 1 << 40)
        XCTAssertThrowsError(try fraction * fraction) { error in
            XCTAssertEqual(error as? AlgebraError, .overflow(operation: "1/1099511627776 * 1/1099511627776"))
        }
    }

    func testReducedResultsThatFitDoNotThrow() throws {
        // (2^40/3)·(3/2^40) = 1: the Int128 intermediate is reduced before narrowing.
        let a = try Rational(1 << 40, 3), b = try Rational(3, 1 << 40)
        XCTAssertEqual(try a * b, .one)
        XCTAssertEqual(try Rational(Int64.max, 1) + Rational(-1), try Rational(Int64.max - 1, 1))
    }

    func testOtherFailures() throws {
        XCTAssertThrowsError(try Rational(Int64.min, 1)) { XCTAssertEqual($0 as? AlgebraError, .overflow(operation: "n/d")) }
        XCTAssertThrowsError(try Rational(1, 0)) { XCTAssertEqual($0 as? AlgebraError, .divisionByZero(operation: "n/d")) }
        XCTAssertThrowsError(try Rational(2).power(64)) { XCTAssertNotNil($0 as? AlgebraError) }
        XCTAssertThrowsError(try Rational.zero.power(-1)) { XCTAssertNotNil($0 as? AlgebraError) }
        XCTAssertEqual(try Rational(2).power(62), try Rational(1 << 62, 1))
        XCTAssertEqual(try Rational(-2).power(-3), try Rational(-1, 8))
    }

    func testPolynomialArithmeticPropagatesOverflow() throws {
        let x = Polynomial(Symbol("x"))
        let big = try x.scaled(by: Rational(1 << 40, 1))
        XCTAssertThrowsError(try big * big) { error in
            guard case .overflow(let operation)? = error as? AlgebraError else { return XCTFail("\(error)") }
            XCTAssertEqual(operation, "1099511627776 * 1099511627776")
        }
    }
}
