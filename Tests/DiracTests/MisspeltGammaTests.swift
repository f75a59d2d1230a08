import XCTest
import Algebra
@testable import Dirac

/// A misspelt gamma matrix in a `verify trace` text is refused, never traced as a slashed
/// 4-vector (regression: `tr(gamma5 p q r)` printed 4*(gamma5.p*q.r - …) with exit 0).
final class MisspeltGammaTests: XCTestCase {
    /// The `verify trace` reading of names: any other lowercase name is a 4-vector.
    func parse(_ text: String, scalars: Set<String> = []) throws -> DiracParser.Value {
        try DiracParser(context: DiracParseContext(anyLowercaseIsVector: true, scalars: scalars)).parse(text)
    }

    func message(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as ParseError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    func testMisspeltGammaNamesAreRefusedByName() {
        let hint = ": the gamma matrices are g5, g0…g3, g_0…g_3 and g(mu)"
        XCTAssertEqual(message("tr(gamma5 p q r)"), "1:4: unknown symbol 'gamma5'" + hint)
        XCTAssertEqual(message("tr(p g_5 q r)"), "1:6: unknown symbol 'g_5'" + hint)
        XCTAssertEqual(message("tr(g_mu p)"), "1:4: unknown symbol 'g_mu'" + hint)
        XCTAssertEqual(message("tr(g4 p)"), "1:4: unknown symbol 'g4'" + hint)
        XCTAssertEqual(message("tr(gamma0 p)"), "1:4: unknown symbol 'gamma0'" + hint)
        XCTAssertEqual(message("p.gamma5*tr(p q)"), "1:3: 'gamma5' is not a 4-vector")
        XCTAssertEqual(message("tr(slash(g12) p)"), "1:10: 'g12' is not a 4-vector")
        XCTAssertEqual(message("tr(sigma(gamma5,p))"), "1:10: 'gamma5' is neither a Lorentz index nor a 4-vector")
    }

    /// The names that mean what they say still do, and a declared scalar of such a name is a scalar.
    func testGammaMatricesAndOtherNamesStillParse() throws {
        XCTAssertNil(message("tr(g5 p q r s) + tr(g0 g_3 p q) + tr(g(mu) gp g(mu) ga) + tr(gauge g12x)"))
        guard case .traced(let t) = try parse("tr(gamma5 p q)", scalars: ["gamma5"]) else { return XCTFail("not a trace") }
        XCTAssertEqual(t.scalar, try Polynomial(Symbol("gamma5")) * LorentzAtom.scalarProduct("p", "q").scaled(by: 4))
    }
}
