import Foundation
import XCTest
@testable import Algebra

/// Truncated Laurent series in δ: precision tracking, exp, binomial series, inverse.
final class LaurentSeriesTests: XCTestCase {
    let d = Symbol("d")

    func parse(_ s: String) throws -> Polynomial { try Polynomial(parsing: s) }
    func series(_ s: String, _ n: Int?) throws -> LaurentSeries { try LaurentSeries(parse(s), in: d, maxOrder: n) }

    /// A random Laurent polynomial in d with coefficients in a, u, w.
    func randomLaurent(_ r: inout RandomAlgebra, exponents: ClosedRange<Int>) throws -> Polynomial {
        var p = Polynomial.zero
        for _ in 0..<r.int(1...4) {
            let coefficient = Polynomial(Symbol(["a", "u", "w"][r.int(0...2)]), r.int(0...2)).scaled(by: r.rational())
            p = try p + coefficient.multiplied(by: Monomial(d, r.int(exponents)))
        }
        return p
    }

    func testPrecisionOfProductWithNegativePowers() throws {
        // δ⁻¹·(1 + δ + δ² + O(δ³)) = δ⁻¹ + 1 + δ + O(δ²)
        let product = try series("1/d", nil) * series("1 + d + d^2 + d^5", 2)
        XCTAssertEqual(product.maxOrder, 1)
        XCTAssertEqual(try product.polynomial, try parse("1/d + 1 + d"))
        XCTAssertEqual(product.description, "1/d + 1 + d + O(d^2)")
        XCTAssertThrowsError(try product.coefficient(ofPower: 2))
        // (δ² + O(δ⁴))·(δ⁻³ + O(δ)) is known through min(3 − 3, 0 + 2) = 0.
        let p2 = try series("d^2", 3) * series("d^-3 + 1", 0)
        XCTAssertEqual(p2.maxOrder, -1 + 1)
        XCTAssertEqual(try p2.polynomial, try parse("1/d"))
        XCTAssertEqual(try series("1 + d", 4) + series("d^3", 2), try series("1 + d", 2))
        XCTAssertThrowsError(try LaurentSeries(parse("1"), in: d, maxOrder: 1) + LaurentSeries(parse("1"), in: Symbol("x"), maxOrder: 1))
    }

    /// The known part of a·b equals the exact product of the untruncated polynomials,
    /// truncated at the tracked order — the defining property of the precision rule.
    func testTrackedPrecisionIsCorrect() throws {
        var r = RandomAlgebra(seed: 301)
        for _ in 0..<200 {
            let a = try randomLaurent(&r, exponents: -3...4), b = try randomLaurent(&r, exponents: -3...4)
            let sa = try LaurentSeries(a, in: d, maxOrder: r.int(-2...4)), sb = try LaurentSeries(b, in: d, maxOrder: r.int(-2...4))
            let product = try sa * sb
            guard let n = product.maxOrder else { XCTFail("truncated operands give a truncated product"); continue }
            XCTAssertEqual(try product.polynomial, try LaurentSeries(a * b, in: d, maxOrder: n).polynomial, "\(sa) * \(sb)")
            let sum = try sa + sb
            XCTAssertEqual(try sum.polynomial, try LaurentSeries(a + b, in: d, maxOrder: sum.maxOrder).polynomial)
        }
    }

    func testExpOfLinearArgument() throws {
        // exp(a δ) = Σ_{n ≤ 6} aⁿδⁿ/n!
        let e = try LaurentSeries.exp(series("a*d", nil), maxOrder: 6)
        XCTAssertEqual(try e.polynomial, try parse("1 + a*d + a^2*d^2/2 + a^3*d^3/6 + a^4*d^4/24 + a^5*d^5/120 + a^6*d^6/720"))
        XCTAssertEqual(e.maxOrder, 6)
        // exp(δ + δ²) through δ⁴: 1 + δ + 3/2 δ² + 7/6 δ³ + 25/24 δ⁴
        XCTAssertEqual(try LaurentSeries.exp(series("d + d^2", 4)).polynomial, try parse("1 + d + 3/2*d^2 + 7/6*d^3 + 25/24*d^4"))
        XCTAssertThrowsError(try LaurentSeries.exp(series("1 + d", 4)))
        XCTAssertThrowsError(try LaurentSeries.exp(series("d", nil)))
    }

    func testBinomialSeries() throws {
        let x = try series("x*d", nil)
        // (1 + xδ)^{1/2} = 1 + x/2 δ − x²/8 δ² + x³/16 δ³ − 5x⁴/128 δ⁴
        XCTAssertEqual(try LaurentSeries.binomial(x, exponent: Rational.half, maxOrder: 4).polynomial,
                       try parse("1 + x*d/2 - x^2*d^2/8 + x^3*d^3/16 - 5*x^4*d^4/128"))
        // (1 + xδ)^{−1/2} = 1 − x/2 δ + 3x²/8 δ² − 5x³/16 δ³
        XCTAssertEqual(try LaurentSeries.binomial(x, exponent: Rational(-1, 2), maxOrder: 3).polynomial,
                       try parse("1 - x*d/2 + 3*x^2*d^2/8 - 5*x^3*d^3/16"))
        // A non-negative integer exponent terminates.
        XCTAssertEqual(try LaurentSeries.binomial(x, exponent: 3, maxOrder: 10).polynomial, try parse("(1 + x*d)^3"))
    }

    /// (1+x)^{−1/2}(1+x)^{1/2} = 1, ((1+x)^{1/2})² = 1 + x, (1+x)^{-1}(1+x) = 1 to order 8,
    /// with x = 2wδu + 2δ²u² (the q² bracket of Stage 3) and random x.
    func testBinomialIdentities() throws {
        var r = RandomAlgebra(seed: 302)
        var xs = [try series("2*w*d*u + 2*d^2*u^2", nil)]
        for _ in 0..<6 { xs.append(try LaurentSeries(exact: randomLaurent(&r, exponents: 1...3), in: d)) }
        let one = LaurentSeries.one(in: d)
        for x in xs {
            let root = try LaurentSeries.binomial(x, exponent: Rational.half, maxOrder: 8)
            let inverseRoot = try LaurentSeries.binomial(x, exponent: Rational(-1, 2), maxOrder: 8)
            XCTAssertEqual(try root * inverseRoot, one.truncated(maxOrder: 8))
            XCTAssertEqual(try root * root, try (one + x).truncated(maxOrder: 8))
            XCTAssertEqual(try LaurentSeries.binomial(x, exponent: -1, maxOrder: 8) * (one + x), one.truncated(maxOrder: 8))
            let third = try LaurentSeries.binomial(x, exponent: try Rational(1, 3), maxOrder: 6)
            XCTAssertEqual(try third.power(3), try (one + x).truncated(maxOrder: 6))
            // exp(x)·exp(−x) = 1 and exp(2x) = exp(x)².
            let e = try LaurentSeries.exp(x, maxOrder: 6)
            XCTAssertEqual(try e * LaurentSeries.exp(-x, maxOrder: 6), one.truncated(maxOrder: 6))
            XCTAssertEqual(try LaurentSeries.exp(x + x, maxOrder: 6), try e * e)
        }
    }

    /// 1/(2k²w²(1 + 2wδu + 2δ²u²)) by factoring the monomial 2k²w².
    func testInverseFactoringMonomial() throws {
        let q2 = try series("2*k^2*w^2*(1 + 2*w*d*u + 2*d^2*u^2)", nil)
        let inverse = try q2.inverse(maxOrder: 4)
        XCTAssertEqual(inverse.maxOrder, 4)
        XCTAssertEqual(try (inverse * q2).truncated(maxOrder: 4), LaurentSeries.one(in: d).truncated(maxOrder: 4))
        XCTAssertEqual(try inverse.coefficient(ofPower: 0), try parse("1/(2*k^2*w^2)"))
        XCTAssertEqual(try inverse.coefficient(ofPower: 1), try parse("-u/(k^2*w)"))
        XCTAssertEqual(try inverse.coefficient(ofPower: 2), try parse("2*u^2/k^2 - u^2/(k^2*w^2)"))
        // q = (q²)^{1/2} needs √2: not rational, so it throws; (4k²w²X)^{1/2} = 2kw X^{1/2}.
        XCTAssertThrowsError(try q2.power(Rational.half, maxOrder: 4))
        let root = try series("4*k^2*w^2*(1 + 2*w*d*u)", nil).power(Rational.half, maxOrder: 3)
        XCTAssertEqual(try root.polynomial, try parse("2*k*w*(1 + w*d*u - w^2*d^2*u^2/2 + w^3*d^3*u^3/2)"))
        // A Laurent leading term: 1/(δ⁻² + 1 + O(δ³)) = δ² − δ⁴ + O(δ⁸), N − 2v = 3 + 4 = 7.
        let laurent = try series("d^-2 + 1", 3).inverse()
        XCTAssertEqual(laurent.maxOrder, 7)
        XCTAssertEqual(try laurent.polynomial, try parse("d^2 - d^4 + d^6"))
        XCTAssertThrowsError(try series("a + b", nil).inverse(maxOrder: 3))  // two-term leading coefficient
        XCTAssertThrowsError(try series("a", nil).inverse())                 // exact: needs maxOrder
        XCTAssertThrowsError(try LaurentSeries.zero(in: d, maxOrder: 3).inverse())
    }

    /// s^r computed from a truncation of S agrees with S^r at the tracked precision.
    func testRandomPowersAgreeWithExactInput() throws {
        var r = RandomAlgebra(seed: 303)
        let exponents: [Rational] = [-1, -2, Rational.half, try Rational(-1, 2), 2, 3]
        for _ in 0..<60 {
            let leadCoefficients = [Rational(1), Rational(4), Rational(9), try Rational(1, 4)]
            let lead = Polynomial(monomial: Monomial(Symbol("a"), 2 * r.int(-1...1)), coefficient: leadCoefficients[r.int(0...3)])
            let v = 2 * r.int(-1...1)
            let exact = try lead.multiplied(by: Monomial(d, v)) + randomLaurent(&r, exponents: (v + 1)...(v + 4))
            let n = v + r.int(0...5)
            let exponent = exponents[r.int(0...(exponents.count - 1))]
            let truncated = try LaurentSeries(exact, in: d, maxOrder: n).power(exponent)
            guard let m = truncated.maxOrder else { XCTFail("truncated power has a precision"); continue }
            let reference = try LaurentSeries(exact: exact, in: d).power(exponent, maxOrder: m + 3).truncated(maxOrder: m)
            XCTAssertEqual(truncated, reference, "(\(exact))^(\(exponent)) through \(n)")
        }
    }

    func testMapAndPolynomialRoundTrip() throws {
        let s = try series("a/d + b + c*d^2", 3)
        XCTAssertEqual(s.valuation, -1)
        XCTAssertEqual(s.terms.map(\.exponent), [-1, 0, 2])
        XCTAssertEqual(try LaurentSeries(s.polynomial, in: d, maxOrder: 3), s)
        XCTAssertEqual(try s.mapCoefficients { try $0.substituting(Symbol("b"), with: .zero) }, try series("a/d + c*d^2", 3))
        XCTAssertThrowsError(try s.mapCoefficients { _ in Polynomial(self.d) })
        XCTAssertEqual(try series("(1 + d)^2", nil).power(3, maxOrder: 2), try series("1 + 6*d + 15*d^2", 2))
    }

    /// The Stage 3 bracket of S0 (Eq. 18): with q² = 2k²w²X, X = 1 + 2wδu + 2δ²u², ε = 2wδ,
    /// k/m = κδ², S0 = (π^{1/2}n/εk) e^{−u²}·X^{−1/2}·exp(u²(1 − 1/X) − uwκδ − w²κ²δ²X/4).
    /// Its O(ε) part must be −½(1 + κ)εu + εu³; through δ⁴ it must agree numerically.
    func testNondegenerateBracketOfEquation18() throws {
        let x = try series("1 + 2*w*d*u + 2*d^2*u^2", nil)
        let order = 4
        let argument = try (series("u^2", nil) * (LaurentSeries.one(in: d) - x.inverse(maxOrder: order))
            - series("u*w*kappa*d", nil) - x.multiplied(by: parse("w^2*kappa^2*d^2/4"))).truncated(maxOrder: order)
        let bracket = try x.power(Rational(-1, 2), maxOrder: order) * LaurentSeries.exp(argument, maxOrder: order)
        XCTAssertEqual(bracket.maxOrder, order)
        XCTAssertEqual(try bracket.coefficient(ofPower: 0), 1)
        // −½(1 + κ)εu + εu³ with ε = 2wδ
        XCTAssertEqual(try bracket.coefficient(ofPower: 1), try parse("-(1 + kappa)*w*u + 2*w*u^3"))
        let (u, w, kappa) = (0.7, 0.9, 1.3)
        func exact(_ delta: Double) -> Double {
            let big = 1 + 2 * w * delta * u + 2 * delta * delta * u * u
            return Foundation.exp(u * u * (1 - 1 / big) - u * w * kappa * delta - w * w * kappa * kappa * delta * delta * big / 4) / big.squareRoot()
        }
        let known = try bracket.polynomial
        func error(_ delta: Double) throws -> Double {
            abs(try known.numericValue(at: [d: delta, Symbol("u"): u, Symbol("w"): w, Symbol("kappa"): kappa]) - exact(delta))
        }
        let (e1, e2) = (try error(0.02), try error(0.01))
        XCTAssertLessThan(e1, 1e-5)
        XCTAssertEqual(e1 / e2, 32, accuracy: 4)  // the remainder is O(δ⁵)
    }
}
