import XCTest
@testable import Algebra

/// Ring laws and structural operations on seeded random polynomials.
final class PolynomialLawsTests: XCTestCase {
    func testRingLaws() throws {
        var r = RandomAlgebra(seed: 1)
        for _ in 0..<300 {
            let a = try r.polynomial(), b = try r.polynomial(), c = try r.polynomial()
            assertEqualPolynomials(a + b, b + a, "a+b")
            assertEqualPolynomials(try a * b, try b * a, "a*b")
            assertEqualPolynomials((a + b) + c, a + (b + c), "(a+b)+c")
            assertEqualPolynomials(try (a * b) * c, try a * (b * c), "(a*b)*c")
            assertEqualPolynomials(try a * (b + c), try a * b + a * c, "a(b+c)")
            assertEqualPolynomials(a - a, .zero, "a-a")
            assertEqualPolynomials(try a * .one, a, "a*1")
            XCTAssertTrue(Polynomial.isCanonical((try a * b).terms))
        }
    }

    func testImaginaryUnit() throws {
        let i = Polynomial(.imaginaryUnit)
        XCTAssertEqual(try i * i, Polynomial(-1))
        XCTAssertEqual(try i.power(4), .one)
        XCTAssertEqual(try i.power(-1), -i)
        let x = Polynomial(Symbol("x"))
        let z = x + i
        XCTAssertEqual(try z * z.conjugate, try x * x + 1)
    }

    func testExactDivisionByMonomial() throws {
        var r = RandomAlgebra(seed: 2)
        for _ in 0..<300 {
            let a = try r.polynomial(), b = try r.term()
            assertEqualPolynomials(try (a / b) * b, a, "(a/b)*b with b = \(b)")
        }
        XCTAssertThrowsError(try Polynomial.one / (Polynomial(Symbol("x")) + 1))
    }

    /// Values for exact evaluation: small, nonzero, with small denominators.
    func values(_ r: inout RandomAlgebra, _ symbols: [Symbol]) -> [Symbol: Rational] {
        let choices: [Rational] = [1, 2, -1, 3, -2, try! Rational(1, 2), try! Rational(-2, 3)]
        var v: [Symbol: Rational] = [:]
        for s in symbols { v[s] = choices[r.int(0...(choices.count - 1))] }
        return v
    }

    func testSubstitutionThenEvaluation() throws {
        var r = RandomAlgebra(seed: 3)
        r.includeAtoms = false
        r.includeImaginary = false
        r.denominators = [1, 2]
        r.exponents = -1...2
        let x = Symbol("x")
        for _ in 0..<200 {
            let p = try r.polynomial()
            var q = try r.polynomial()
            if p.terms.contains(where: { $0.monomial.exponent(of: x) < 0 }) { q = try r.term() }
            let v = values(&r, r.scalars)
            let qValue = try q.evaluated(at: v)
            if qValue.isZero && p.terms.contains(where: { $0.monomial.exponent(of: x) < 0 }) { continue }
            var shifted = v
            shifted[x] = qValue
            XCTAssertEqual(try p.substituting(x, with: q).evaluated(at: v), try p.evaluated(at: shifted), "p = \(p), q = \(q)")
        }
    }

    func testDerivativeProductRule() throws {
        var r = RandomAlgebra(seed: 4)
        let x = Symbol("x")
        for _ in 0..<300 {
            let a = try r.polynomial(), b = try r.polynomial()
            let lhs = try (a * b).derivative(with: x)
            let rhs = try a.derivative(with: x) * b + a * b.derivative(with: x)
            assertEqualPolynomials(lhs, rhs, "(ab)' for a = \(a), b = \(b)")
        }
    }

    func testTruncationCommutesWithMultiplicationForNonnegativeOrders() throws {
        var r = RandomAlgebra(seed: 5)
        r.includeAtoms = false
        r.exponents = 0...3
        let m = Symbol("m")
        for _ in 0..<300 {
            // weight(x) = 1, weight(m) = −1: only 1/m powers are generated for m.
            let flipM: (Polynomial) throws -> Polynomial = { try $0.substituting(m, with: Polynomial(m, -1)) }
            let a = try flipM(r.polynomial()), b = try flipM(r.polynomial())
            let weights: [Symbol: Int] = [Symbol("x"): 1, m: -1]
            let n = r.int(0...4)
            let full = (try a * b).truncated(weights: weights, maxOrder: n)
            let stepwise = (try a.truncated(weights: weights, maxOrder: n) * b.truncated(weights: weights, maxOrder: n))
                .truncated(weights: weights, maxOrder: n)
            assertEqualPolynomials(full, stepwise)
        }
    }
}
