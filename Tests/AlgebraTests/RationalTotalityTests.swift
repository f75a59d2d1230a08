import XCTest
import TestSupport
@testable import Algebra

/// Rational arithmetic is total: results beyond 64 bits are exact (the `BigInt` form), values
/// that fit return to the small form, and division by zero is the one error, named.
final class RationalTotalityTests: XCTestCase {
    func testResultsBeyond64BitsAreExact() throws {
        let max = try Rational(Int64.max, 1)
        XCTAssertEqual((max + 1).description, "9223372036854775808")
        XCTAssertEqual(((-max) - 2).description, "-9223372036854775809")
        let big = try Rational(1 << 40, 1)
        XCTAssertEqual((big * big).description, "1208925819614629174706176")
        let fraction = try Rational(1, 1 << 40)
        XCTAssertEqual((fraction * fraction).description, "1/1208925819614629174706176")
        XCTAssertEqual(try Rational(2).power(64).description, "18446744073709551616")
        XCTAssertEqual(try Rational(-3, 2).power(-41).description, "-2199023255552/36472996377170786403")
        XCTAssertEqual(try Rational(Int64.min, 1).description, "-9223372036854775808")
    }

    func testValuesThatFitReturnToTheSmallForm() throws {
        let big = try Rational(2).power(70)
        XCTAssertNil(big.smallParts)
        let one = big + 1 - big
        XCTAssertEqual(one, .one)
        XCTAssertEqual(one.hashValue, Rational.one.hashValue)
        XCTAssertTrue(one.smallParts! == (1, 1))
        XCTAssertEqual(try (big / big), .one)
        XCTAssertTrue((try big / Rational(2).power(69)).smallParts! == (2, 1))
        // (2^40/3)·(3/2^40) = 1 and Int64.max − 1 stay small throughout.
        XCTAssertEqual(try Rational(1 << 40, 3) * Rational(3, 1 << 40), .one)
        XCTAssertEqual(try Rational(Int64.max, 1) + Rational(-1), try Rational(Int64.max - 1, 1))
    }

    func testDivisionByZeroIsNamed() throws {
        XCTAssertThrowsError(try Rational(1, 0)) { XCTAssertEqual($0 as? AlgebraError, .divisionByZero(operation: "n/d")) }
        XCTAssertThrowsError(try Rational(BigInt(3), over: .zero)) { XCTAssertEqual($0 as? AlgebraError, .divisionByZero(operation: "n/d")) }
        XCTAssertThrowsError(try Rational(3) / .zero) { XCTAssertEqual($0 as? AlgebraError, .divisionByZero(operation: "3 / 0")) }
        XCTAssertThrowsError(try Rational.zero.power(-1)) { XCTAssertEqual($0 as? AlgebraError, .divisionByZero(operation: "1 / 0")) }
        XCTAssertNil(Rational.zero.reciprocal)
        XCTAssertEqual(try Rational(-2).power(-3), try Rational(-1, 8))
    }

    /// Every operation against the textbook formulas evaluated in `BigInt` (an independent route:
    /// no fast path, no Henrici reduction), on operands from tiny to ~200 bits, with the
    /// boundary values of the small form (±(2^63 − 1), 2^62, …) mixed in.
    func testArithmeticAgainstBigIntFormulas() throws {
        var rng = SplitMix64(seed: 13)
        let edges: [Int64] = [1, 2, 3, Int64.max, Int64.max - 1, 1 << 62, (1 << 62) + 1, 4_294_967_296, 6_700_417]
        func integer() -> BigInt {
            switch rng.next() % 4 {
            case 0: return BigInt(edges[Int(rng.next() % UInt64(edges.count))]) * (rng.next() % 2 == 0 ? 1 : -1)
            case 1: return BigInt(Int64(truncatingIfNeeded: rng.next() % 1000) - 500)
            case 2: return BigInt(limbs: [rng.next()], negative: rng.next() % 2 == 0)
            default: return BigInt(limbs: (0..<Int(rng.next() % 3 + 1)).map { _ in rng.next() }, negative: rng.next() % 2 == 0)
            }
        }
        func rational() throws -> (Rational, BigInt, BigInt) {
            var d = integer().magnitude
            if d.isZero { d = .one }
            let n = integer()
            return (try Rational(n, over: d), n, d)
        }
        /// r equals n/d (d ≠ 0), by cross-multiplication, and is reduced with a positive denominator.
        func assertEquals(_ r: Rational, _ n: BigInt, _ d: BigInt, _ what: String) {
            XCTAssertEqual(r.numerator * d, n * r.denominator, what)
            XCTAssertFalse(r.denominator.isNegative || r.denominator.isZero, what)
            XCTAssertEqual(BigInt.gcd(r.numerator, r.denominator), r.isZero ? r.denominator : .one, what)
            let fits = r.numerator.int64Value.map { $0 != Int64.min } ?? false && r.denominator.int64Value != nil
            XCTAssertEqual(r.smallParts != nil, fits, "small form exactly when it fits: \(what)")
        }
        for _ in 0..<500 {
            let (a, an, ad) = try rational(), (b, bn, bd) = try rational()
            assertEquals(a + b, an * bd + bn * ad, ad * bd, "\(a) + \(b)")
            assertEquals(a - b, an * bd - bn * ad, ad * bd, "\(a) - \(b)")
            assertEquals(a * b, an * bn, ad * bd, "\(a) * \(b)")
            if !bn.isZero { assertEquals(try a / b, an * bd, ad * bn, "\(a) / \(b)") }
            assertEquals(-a, -an, ad, "-\(a)")
            XCTAssertEqual(a < b, an * bd < bn * ad, "\(a) < \(b)")
            XCTAssertEqual(a == b, an * bd == bn * ad, "\(a) == \(b)")
            XCTAssertEqual(try Rational(a.numerator, over: a.denominator), a)
        }
    }

    func testFieldLawsOnMixedSizes() throws {
        var rng = SplitMix64(seed: 7)
        func value() throws -> Rational {
            let e = Int(rng.next() % 90) - 45
            return try Rational(Int64(truncatingIfNeeded: rng.next() % 2_000_001) - 1_000_000, 97).power(1) * Rational(3, 7).power(e)
        }
        for _ in 0..<120 {
            let a = try value(), b = try value(), c = try value()
            XCTAssertEqual(a + b - b, a)
            XCTAssertEqual((a + b) * c, a * c + b * c)
            XCTAssertEqual(a * b, b * a)
            if !b.isZero { XCTAssertEqual(try a * b / b, a) }
            XCTAssertEqual((a * b) * c, a * (b * c))
        }
    }

    func testDoubleValueOfBigForm() throws {
        let x = try Rational(3).power(100) / Rational(2).power(90)
        // The same quotient in floating point, by repeated multiplication (each step exact or
        // rounded once): 3^100/2^90 ≈ 4.163e20.
        let expected = (0..<100).reduce(1.0) { x, _ in x * 3 } / (0..<90).reduce(1.0) { x, _ in x * 2 }
        XCTAssertEqual(x.doubleValue, expected, accuracy: expected * 1e-13)
        XCTAssertEqual((-x).doubleValue, -x.doubleValue)
    }

    func testPolynomialArithmeticIsExactBeyond64Bits() throws {
        let x = Polynomial(Symbol("x"))
        let big = x.scaled(by: try Rational(1 << 40, 1))
        let square = try big * big
        XCTAssertEqual(PlainTextPrinter.text(square), "1208925819614629174706176*x^2")
        XCTAssertEqual(try ExpressionParser().parsePolynomial("1208925819614629174706176*x^2"), square)
        XCTAssertEqual(try square / big, big)
        // The content in words and, past 64 bits, in BigInt: p = content · primitive.
        let y = Polynomial(Symbol("y"))
        for p in [x.scaled(by: try Rational(6, 35)) - y.scaled(by: try Rational(4, 21)),
                  x.scaled(by: try Rational(2).power(70)) - y.scaled(by: try Rational(2).power(71) / Rational(3))] {
            let (content, primitive) = p.contentAndPrimitivePart()
            XCTAssertEqual(primitive.scaled(by: content), p)
            XCTAssertEqual(primitive.terms.map { $0.coefficient.isInteger }, [true, true])
            XCTAssertEqual(BigInt.gcd(primitive.terms[0].coefficient.numerator, primitive.terms[1].coefficient.numerator), .one)
        }
    }
}
