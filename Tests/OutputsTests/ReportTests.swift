import Algebra
import Derivation
import Foundation
import Outputs
import TestSupport
import XCTest

/// The audit report: in-process freshness against the checked-in copy, every row in the
/// summary table, and the LaTeX layout of a small formula pinned exactly.
final class ReportTests: XCTestCase {
    static let root = RepositoryDerivation.root

    func testReportIsFreshAndListsEveryRow() throws {
        let verification = try RepositoryDerivation.verification.get()
        let files = try EmitRepository.report.get()
        XCTAssertEqual(files.map(\.path), ["derivations/REPORT.md"])
        XCTAssertEqual(stalePaths(files, under: Self.root.path), [], "run `swift run verify report`")
        let report = files[0].contents
        for row in verification.rows {
            XCTAssertTrue(report.contains("| [\(row.id)](#"), "summary lacks \(row.id)")
        }
        XCTAssertFalse(report.contains(Self.root.path), "no absolute paths in the report")
        XCTAssertEqual(try reportFiles(verification: verification), files, "deterministic within a process")
    }

    func testLayoutFactorsAndCollects() throws {
        let context = ParseContext(scalars: .only(["GF", "cA", "cV", "s", "s'", "m", "pm"]), unitVectors: ["B", "Om"])
        let p = try Polynomial(parsing: "GF^2/(2*m)*(2*cA*(cV + cA)*s*dot(Om,B) - pm*cA*s'*dot(Om,B) + cV^2)", context: context)
        var layout = ReportNotation.layout
        layout.printer = ReportNotation.printer
        XCTAssertEqual(layout.render(p), """
        \\begin{aligned}
        & \\frac{G_F^{2}}{2 m} \\Big[ c_V^{2} \\\\
        & \\quad + 2 c_A (c_V + c_A)\\,s\\,\\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\hat{B}} \\\\
        & \\quad \\mp c_A\\,s'\\,\\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\hat{B}} \\Big]
        \\end{aligned}
        """)
        XCTAssertEqual(AuditReport.slug("Eq. (4): leading term"), "eq-4-leading-term")
    }
}
