import XCTest
@testable import Algebra

/// f(k + Δ) in derivative atoms against direct substitution into explicit polynomials.
final class TaylorShiftTests: XCTestCase {
    let k = Symbol("k"), d = Symbol("d")
    let f = SymbolicFunction.scalar("f0"), h = SymbolicFunction.vector("h")
    let context = ParseContext(scalars: .any, vectors: ["h", "h_1", "h_2", "h_3", "h_4", "a", "b", "X"], unitVectors: ["Om"])

    func parse(_ s: String) throws -> Polynomial { try Polynomial(parsing: s, context: context) }

    /// Replaces f_n by P⁽ⁿ⁾(k) for n ≤ maxN.
    func realize(_ p: Polynomial, scalar model: Polynomial, upTo maxN: Int) throws -> Polynomial {
        var map: [Symbol: Polynomial] = [:], derivative = model
        for n in 0...maxN {
            map[f.derivative(n)] = derivative
            derivative = derivative.derivative(with: k)
        }
        return try p.substituting(map)
    }

    func testNaming() {
        XCTAssertEqual(f.derivative(0), Symbol("f0"))
        XCTAssertEqual(f.derivative(2), Symbol("f0_2"))
        XCTAssertEqual(f.derivativeOrder(of: "f0_12"), 12)
        XCTAssertEqual(f.derivativeOrder(of: "f0"), 0)
        XCTAssertNil(f.derivativeOrder(of: "f0_01"))
        XCTAssertNil(f.derivativeOrder(of: "f01"))
        XCTAssertEqual(h.derivativeVector(1), VectorExpression("h_1"))
    }

    func testPolynomialShiftMatchesSubstitution() throws {
        let model = try parse("3*k^3 - k/2 + 7 + x*k^2")
        let delta = try parse("2*k*w*u*d + y*d^2")
        let shifted = try TaylorShift.shift(f, by: delta, terms: 3)
        XCTAssertEqual(try realize(shifted, scalar: model, upTo: 3), try model.substituting(k, with: Polynomial(k) + delta))
        XCTAssertEqual(try TaylorShift.shift(f, by: parse("e"), terms: 2), try parse("f0 + e*f0_1 + e^2/2*f0_2"))
    }

    func testSeriesShiftMatchesSubstitution() throws {
        let model = try parse("k^5 + x*k^2/3 - 1")
        let delta = try LaurentSeries(parse("2*k*w*u*d + y*d^2/k"), in: d, maxOrder: nil)
        for order in 0...6 {
            let shifted = try TaylorShift.shift(f, by: delta, maxOrder: order)
            XCTAssertEqual(shifted.maxOrder, order)
            let realized = try shifted.mapCoefficients { try self.realize($0, scalar: model, upTo: 6) }
            let direct = try LaurentSeries(model.substituting(k, with: Polynomial(k) + delta.polynomial), in: d, maxOrder: order)
            XCTAssertEqual(realized, direct, "order \(order)")
        }
        XCTAssertThrowsError(try TaylorShift.shift(f, by: delta))                                    // exact Δ: needs maxOrder
        XCTAssertThrowsError(try TaylorShift.shift(f, by: LaurentSeries(parse("1 + d"), in: d, maxOrder: 3)))
        XCTAssertThrowsError(try TaylorShift.shift(h, by: parse("e"), terms: 1))
    }

    /// X·h(k + Δ) for h(k) = k²a + k³b.
    func testVectorShift() throws {
        let space = context.space
        let models = [try parse("k^2*dot(X,a) + k^3*dot(X,b)")]
        var map: [Symbol: Polynomial] = [:], derivative = models[0]
        for n in 0...4 {
            map[Vector3Space.dotSymbol("X", h.derivativeName(n))] = derivative
            derivative = derivative.derivative(with: k)
        }
        let delta = try LaurentSeries(parse("k*u*d + k*d^2"), in: d, maxOrder: 4)
        let shifted = try TaylorShift.shift(h, dottedWith: "X", by: delta, in: space)
        let realized = try shifted.mapCoefficients { try $0.substituting(map) }
        let direct = try LaurentSeries(models[0].substituting(k, with: Polynomial(k) + delta.polynomial), in: d, maxOrder: 4)
        XCTAssertEqual(realized, direct)
        XCTAssertEqual(try TaylorShift.shiftVector(h, by: parse("e"), terms: 2).description, "h + e*h_1 + 1/2*e^2*h_2")
    }

    func testTotalDerivative() throws {
        let functions = [f, h]
        let p = try parse("k^2*f0*f0_1 + dot(Om,h)*dot(a,h_1) + triple(Om,a,h)")
        XCTAssertEqual(try TaylorShift.totalDerivative(p, k: k, functions: functions, in: context.space),
                       try parse("2*k*f0*f0_1 + k^2*f0_1^2 + k^2*f0*f0_2 + dot(Om,h_1)*dot(a,h_1) + dot(Om,h)*dot(a,h_2) + triple(Om,a,h_1)"))
        // Against an explicit model: d/dk [k² f(k)] with f = k³ + 1.
        let model = try parse("k^3 + 1")
        let derivative = try TaylorShift.totalDerivative(parse("k^2*f0"), k: k, functions: functions)
        XCTAssertEqual(try realize(derivative, scalar: model, upTo: 1), try parse("5*k^4 + 2*k"))
    }
}
