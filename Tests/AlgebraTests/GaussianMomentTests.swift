import Foundation
import XCTest
@testable import Algebra

/// ⟨uⁿ⟩ = (1/√π)∫uⁿe^{−u²}du and the term-by-term Gaussian integration.
final class GaussianMomentTests: XCTestCase {
    let u = Symbol("u")

    func testExactMoments() throws {
        let expected: [Rational] = [1, 0, Rational.half, 0, try Rational(3, 4), 0, try Rational(15, 8), 0, try Rational(105, 16)]
        for (n, value) in expected.enumerated() { XCTAssertEqual(try gaussianMoment(n), value, "n = \(n)") }
        XCTAssertEqual(try gaussianMoment(34), try Rational(6332659870762850625, 131072))  // 33!!/2^17
        // 35!! leaves Int64: exact all the same, against the double factorial in BigInt.
        var doubleFactorial = BigInt.one
        for k in stride(from: 1, through: 35, by: 2) { doubleFactorial = doubleFactorial * BigInt(k) }
        XCTAssertEqual(try gaussianMoment(36), try Rational(doubleFactorial, over: BigInt(2).power(18)))
        XCTAssertEqual(doubleFactorial.description, "221643095476699771875")
        XCTAssertThrowsError(try gaussianMoment(-2))
    }

    /// Against trapezoidal quadrature on [−12, 12] (spectrally accurate for e^{−u²}).
    func testMomentsAgainstQuadrature() throws {
        for n in 0...12 {
            let h = 1.0 / 64
            var sum = 0.0
            for i in -768...768 { let x = Double(i) * h; sum += pow(x, Double(n)) * exp(-x * x) }
            let numeric = sum * h / Double.pi.squareRoot()
            XCTAssertEqual(numeric, try gaussianMoment(n).doubleValue, accuracy: 1e-12 * max(1, abs(numeric)), "n = \(n)")
        }
    }

    func testIntegratePolynomial() throws {
        let p = try Polynomial(parsing: "a*u^4 + b*u^3 + c*u^2/k + 7 + u*w")
        XCTAssertEqual(try integrateGaussian(p, variable: u), try Polynomial(parsing: "3/4*a + c/(2*k) + 7"))
        XCTAssertThrowsError(try integrateGaussian(try Polynomial(parsing: "1 + a/u^2"), variable: u)) { error in
            XCTAssertTrue("\(error)".contains("a/u^2"), "\(error)")
        }
        let s = try LaurentSeries(try Polynomial(parsing: "u^2/d + u^3 + u^4*d"), in: Symbol("d"), maxOrder: 1)
        XCTAssertEqual(try s.integratingGaussian(variable: u), try LaurentSeries(try Polynomial(parsing: "1/(2*d) + 3/4*d"), in: Symbol("d"), maxOrder: 1))
    }
}
