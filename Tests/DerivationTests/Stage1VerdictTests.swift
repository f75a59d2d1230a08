import XCTest
import TestSupport
import Algebra
@testable import Derivation

/// The verdicts of Stage 1 are computed: a perturbed claim flips its verdict, and the
/// difference names exactly the perturbation.
final class Stage1VerdictTests: XCTestCase {
    static let context = ParseContext(scalars: .any, vectors: ["Om", "Om'", "B", "q", "P"], unitVectors: ["Om", "Om'", "B"])

    func poly(_ text: String) throws -> Polynomial { try Polynomial(parsing: text, context: Self.context) }

    func rows(_ seeds: SeedFile) throws -> [String: CheckRow] {
        Dictionary(uniqueKeysWithValues: try Stage1Check(seeds: seeds).run().rows.map { ($0.id, $0) })
    }

    /// The rows of the repository's seeds: Stage 1 of the derivation shared by the test process.
    func repositoryRows() throws -> [String: CheckRow] {
        Dictionary(uniqueKeysWithValues: try RepositoryDerivation.verification.get().stage1.rows.map { ($0.id, $0) })
    }

    func testVerdictsOfThePrintedEquations() throws {
        let r = try repositoryRows()
        let expected: [String: Verdict] = [
            "eq2": .match, "eq4.nu": .match, "eq4.nubar": .mismatch, "eq5.nu": .match, "eq5.nubar": .match,
            "eq6.nu": .mismatch, "eq6.nubar": .mismatch, "tr.derived": .match, "tr.eq4": .match, "tr.eq5": .match,
            "tr.eq6": .match, "check.normalization": .match, "check.real.nu": .match, "check.real.nubar": .match,
            "check.first-order.nu": .match, "check.first-order.nubar": .match,
        ]
        for (id, verdict) in expected { XCTAssertEqual(r[id]?.verdict, verdict, id) }
        XCTAssertEqual(r.count, expected.count)
    }

    func testEquation4AntineutrinoDifferenceIsTheMissingSign() throws {
        let r = try repositoryRows()
        // derived − printed for ν̄: −4 c_A² (s − s')(Ω − Ω')·B̂ in units of G_F²/2.
        XCTAssertEqual(r["eq4.nubar"]?.difference, try poly("GF^2/2*(-4*cA^2*(s - s')*dot(Om - Om', B))"))
    }

    func testEquation6DifferenceIsTheMissingSquare() throws {
        let r = try repositoryRows()
        // The printed ±c_A(s'−s){(Ω'×Ω)×P}·B̂ should be ±c_A²(s'−s){…}.
        let term = "(s' - s)*dot(cross(cross(Om',Om),P), B)"
        XCTAssertEqual(r["eq6.nu"]?.difference, try poly("GF^2/(2*m)*(cA^2 - cA)*\(term)"))
        XCTAssertEqual(r["eq6.nubar"]?.difference, try poly("-GF^2/(2*m)*(cA^2 - cA)*\(term)"))
    }

    func testPerturbedCoefficientFlipsVerdict() throws {
        // Eq. (5): 2*cA*(cV + F2)*(s - s') → 3*cA*(cV + F2)*(s - s').
        let seeds = try RepositorySeeds.stage1(replacing: "+ 2*cA*(cV + F2)*(s - s')*dot(q,B)", with: "+ 3*cA*(cV + F2)*(s - s')*dot(q,B)")
        let r = try rows(seeds)
        let expected = try poly("-GF^2/(2*m)*cA*(cV + F2)*(s - s')*dot(q,B)")
        for id in ["eq5.nu", "eq5.nubar"] {
            XCTAssertEqual(r[id]?.verdict, .mismatch, id)
            XCTAssertEqual(r[id]?.difference, expected, id)
        }
        XCTAssertEqual(r["eq4.nu"]?.verdict, .match)
    }

    func testFlippedSignFlipsVerdict() throws {
        // Eq. (5): the ∓ of the cross-product term becomes ±.
        let seeds = try RepositorySeeds.stage1(replacing: "+ mp*cV*(cV + F2)", with: "+ pm*cV*(cV + F2)")
        let r = try rows(seeds)
        let term = "cV*(cV + F2)*(s + s')*dot(cross(cross(Om',Om),q), B)"
        XCTAssertEqual(r["eq5.nu"]?.difference, try poly("-2*GF^2/(2*m)*\(term)"))
        XCTAssertEqual(r["eq5.nubar"]?.difference, try poly("2*GF^2/(2*m)*\(term)"))
    }

    func testRemovedTermFlipsVerdict() throws {
        // Eq. (4): drop the 4 c_A² (Ω·B̂)(Ω'·B̂) term.
        let seeds = try RepositorySeeds.stage1(replacing: " + 4*cA^2*dot(Om,B)*dot(Om',B)", with: "")
        let r = try rows(seeds)
        XCTAssertEqual(r["eq4.nu"]?.verdict, .mismatch)
        XCTAssertEqual(r["eq4.nu"]?.difference, try poly("GF^2/2*s*s'*4*cA^2*dot(Om,B)*dot(Om',B)"))
    }

    func testTimeReversalCatchesAnAsymmetricClaim() throws {
        // (s - s') q·B̂ is T-even; (s + s') q·B̂ is T-odd.
        let seeds = try RepositorySeeds.stage1(replacing: "+ 2*cA*(cV + F2)*(s - s')*dot(q,B)", with: "+ 2*cA*(cV + F2)*(s + s')*dot(q,B)")
        let r = try rows(seeds)
        XCTAssertEqual(r["tr.eq5"]?.verdict, .mismatch)
        XCTAssertEqual(r["tr.eq5"]?.difference, try poly("-4*GF^2/(2*m)*cA*(cV + F2)*(s + s')*dot(q,B)"))
        XCTAssertEqual(r["tr.derived"]?.verdict, .match)
    }

    func testDensityMatrixHasExactlyOneAgreeingReading() throws {
        let inputs = Stage1Inputs(seeds: try RepositorySeeds.stage1())
        let readings = try DensityMatrixCheck.agreeingReadings(inputs)
        XCTAssertEqual(readings, [DensityMatrix.Reading(gamma3Upper: true, spatialGammaUpper: false, p3Lower: true)])
        // A sign error in the printed p^3 term leaves no reading that agrees.
        let mutated = Stage1Inputs(seeds: try RepositorySeeds.stage1(replacing: "- s*P3/m*g5*(1 + g0)", with: "- s*P3/m*g5*(1 - g0)"))
        XCTAssertEqual(try DensityMatrixCheck.agreeingReadings(mutated), [])
        XCTAssertEqual(try rows(mutated.seeds)["eq2"]?.verdict, .mismatch)
    }

    func testSeedErrorsNameFileLineAndColumn() throws {
        let seeds = try RepositorySeeds.stage1(replacing: "+ 2*cA*(cV + F2)*(s - s')*dot(q,B)", with: "+ 2*cA*(cV + F2)*(s - s')*dot(q,Bx)")
        XCTAssertThrowsError(try Stage1Check(seeds: seeds).run()) { error in
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix("mutated.claims:"), text)
            XCTAssertTrue(text.contains("'Bx'"), text)
        }
        XCTAssertThrowsError(try SeedFile(path: "/nonexistent/stage1.claims")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/stage1.claims: cannot read the seed file (missing, unreadable or not UTF-8)")
        }
    }
}

final class DifferenceTextTests: XCTestCase {
    /// The collected layout of every Stage 1 difference parses back to the same polynomial.
    func testDifferencesRoundTrip() throws {
        let context = ParseContext(scalars: .any, vectors: ["Om", "Om'", "B", "q", "P"], unitVectors: ["Om", "Om'", "B"])
        let rows = try RepositoryDerivation.verification.get().stage1.rows.filter { $0.difference != nil }
        XCTAssertFalse(rows.isEmpty)
        for row in rows {
            let text = DifferenceText.text(row.difference!)
            XCTAssertEqual(try Polynomial(parsing: text, context: context), row.difference, text)
        }
    }
}
