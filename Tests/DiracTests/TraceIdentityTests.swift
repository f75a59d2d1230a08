import XCTest
import Algebra
@testable import Dirac

/// Exact identities of the trace engine (GiNaC exam_clifford style). Numeric cross-checks
/// against explicit matrices live in the explicit-matrix test files.
final class TraceIdentityTests: XCTestCase {
    func slashes(_ names: String...) throws -> DiracExpression {
        try names.reduce(DiracExpression.identity) { try $0 * .slash($1) }
    }

    func testFourVectorTrace() throws {
        let t = try scalarTrace(slashes("p1", "p2", "p3", "p4"))
        let d = { (a: String, b: String) -> Polynomial in LorentzAtom.scalarProduct(a, b) }
        let t1: Polynomial = try d("p1", "p2") * d("p3", "p4")
        let t2: Polynomial = try d("p1", "p3") * d("p2", "p4")
        let t3: Polynomial = try d("p1", "p4") * d("p2", "p3")
        let expected = (t1 - t2 + t3).scaled(by: 4)
        XCTAssertEqual(t, expected)
    }

    func testGamma5TraceSign() throws {
        let t = try scalarTrace(try DiracExpression.gamma5 * slashes("p1", "p2", "p3", "p4"))
        XCTAssertEqual(t, Polynomial(monomial: Monomial.product(Monomial(.imaginaryUnit), Monomial(Symbol("eps(p1,p2,p3,p4)"))).monomial, coefficient: -4))
        // γ5 = i γ^0 γ^1 γ^2 γ^3 ⇒ tr(γ5 γ^0 γ^1 γ^2 γ^3) = −4i.
        var g = DiracExpression.gamma5
        for mu in 0...3 { g = try g * .gamma(fixed: mu) }
        XCTAssertEqual(try scalarTrace(g), Polynomial(monomial: Monomial(.imaginaryUnit), coefficient: -4))
        XCTAssertEqual(try scalarTrace(DiracExpression.gamma5 * .gamma5), Polynomial(4))
    }

    func testContractions() throws {
        // γ^μ γ_μ = 4, γ^μ a̸ γ_μ = −2a̸ ⇒ tr(γ^μ a̸ γ_μ b̸) = −8 a·b
        let mu = DiracExpression.gamma(index: "mu")
        XCTAssertEqual(try scalarTrace(mu * mu), Polynomial(16))
        XCTAssertEqual(try scalarTrace(mu * .slash("a") * mu * .slash("b")), LorentzAtom.scalarProduct("a", "b").scaled(by: -8))
        // tr(σ^{μν} σ_{μν}) = 48
        let s = DiracExpression.sigma(.index("mu"), .index("nu"))
        XCTAssertEqual(try scalarTrace(s * s), Polynomial(48))
    }

    func testTwelveVectorTraceTermCount() throws {
        let names = (1...12).map { "p\($0 < 10 ? "0" : "")\($0)" }
        let t = try scalarTrace(try names.reduce(DiracExpression.identity) { try $0 * .slash($1) })
        XCTAssertEqual(t.terms.count, 10395)
    }
}
