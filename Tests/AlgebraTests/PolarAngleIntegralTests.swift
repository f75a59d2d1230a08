import XCTest
@testable import Algebra

/// √p symbols and ∫_{−1}^{1} dμ' in the variable w = (1 − μ')^{1/2}.
final class PolarAngleIntegralTests: XCTestCase {
    let w = Symbol("w"), mu = Symbol("mup")

    func parse(_ s: String) throws -> Polynomial { try Polynomial(parsing: s) }

    func testSquareRootReduction() throws {
        XCTAssertEqual(try parse("sqrt2^3").reducingSquareRoots(), try parse("2*sqrt2"))
        XCTAssertEqual(try parse("sqrt2^-1").reducingSquareRoots(), try parse("sqrt2/2"))
        XCTAssertEqual(try parse("sqrt2^-4*x").reducingSquareRoots(), try parse("x/4"))
        XCTAssertEqual(try parse("(1 + sqrt2)*(1 - sqrt2) + sqrt3^2*sqrt2^2").reducingSquareRoots(), try parse("5"))
        XCTAssertEqual(try SquareRoots.symbol(2), SquareRoots.sqrt2)
        XCTAssertThrowsError(try SquareRoots.symbol(6))
        XCTAssertNil(SquareRoots.radicand(of: Symbol("sqrt4")))
        XCTAssertNil(SquareRoots.radicand(of: Symbol("sqrt02")))
        XCTAssertEqual(try parse("sqrt4^2").reducingSquareRoots(), try parse("sqrt4^2"))  // not a radical symbol
    }

    func testKnownIntegrals() throws {
        func integral(_ s: String) throws -> PolarAngleIntegral { try integrateOverMuPrime(parse(s), muPrime: mu, w: w) }
        XCTAssertEqual(try integral("1").value, 2)
        XCTAssertEqual(try integral("mup").value, 0)
        XCTAssertEqual(try integral("mup^2").value, try parse("2/3"))
        XCTAssertEqual(try integral("c*mup^3 + mup^4").value, try parse("2/5"))
        XCTAssertEqual(try integral("1/w").value, try parse("2*sqrt2"))          // (1 − μ')^{−1/2}
        XCTAssertEqual(try integral("w").value, try parse("4/3*sqrt2"))          // (1 − μ')^{1/2}
        XCTAssertEqual(try integral("mup/w").value, try parse("2/3*sqrt2"))
        XCTAssertEqual(try integral("1/w").lowestExponent, 0)
        XCTAssertEqual(try integral("mup^2 + w^3").lowestExponent, 1)
        XCTAssertNil(try integral("0").lowestExponent)
        XCTAssertThrowsError(try integral("1 + k/w^2")) { error in               // (1 − μ')^{−1}
            guard case let .nonIntegrable(variable, term, exponent, _)? = error as? IntegrationError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(variable, "w"); XCTAssertEqual(term, "k/w^2"); XCTAssertEqual(exponent, -1)
            XCTAssertTrue("\(error)".contains("k/w^2"))
        }
    }

    /// Random Laurent polynomials in w (exponents ≥ −1) against Gauss–Legendre in μ'.
    func testAgainstQuadrature() throws {
        var r = RandomAlgebra(seed: 401)
        for _ in 0..<40 {
            var p = Polynomial.zero
            for _ in 0..<r.int(1...4) {
                p = try p + Polynomial(w, r.int(-1...5)).multiplied(by: Monomial(Symbol("c"), r.int(0...2)), coefficient: r.rational())
            }
            let exact = try integrateOverMuPrime(p, w: w).value
            let c = 0.7
            let value = try exact.numericValue(at: [Symbol("c"): c, SquareRoots.sqrt2: 2.0.squareRoot()])
            // w⁻¹ = (1 − μ')^{−1/2} is singular in μ': integrate in θ-like variable t, μ' = 1 − t².
            let numeric = Quadrature.integrate(0, 2.0.squareRoot(), nodes: 30) { t in
                2 * t * ((try? p.numericValue(at: [self.w: t, Symbol("c"): c])) ?? .nan)
            }
            XCTAssertEqual(value, numeric, accuracy: 1e-10 * max(1, abs(numeric)), "\(p)")
        }
    }
}
