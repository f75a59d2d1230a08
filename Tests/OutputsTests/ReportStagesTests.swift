import Algebra
import Derivation
import Foundation
import Outputs
import TestSupport
import XCTest

/// The audit report and `verify traces --show` cover all three stages.
final class ReportStagesTests: XCTestCase {
    static let root = RepositoryDerivation.root

    /// The whole derivation, shared by the test process.
    static var verification: Result<Verification, Error> { RepositoryDerivation.verification }

    func testReportHasASectionPerStageAndASummaryRowPerID() throws {
        let v = try Self.verification.get()
        let files = try EmitRepository.report.get()
        XCTAssertEqual(files.map(\.path), [AuditReport.path])
        let report = files[0].contents
        for title in [Stage1ReportSection.title, Stage2ReportSection.title, Stage3ReportSection.title, Stage4ReportSection.title] {
            XCTAssertEqual(report.components(separatedBy: "\n## \(title)\n").count, 2, "one section '\(title)'")
        }
        let summary = report.components(separatedBy: "\n## Stage 1")[0]
        for row in v.rows {
            XCTAssertTrue(summary.contains("| [\(row.id)](#"), "summary lacks a linked row for \(row.id)")
        }
        // Every summary link points at a heading of the report.
        let headings = Set(report.split(separator: "\n").filter { $0.hasPrefix("### ") }.map { AuditReport.slug(String($0.dropFirst(4))) })
        XCTAssertEqual(headings.count, report.split(separator: "\n").filter { $0.hasPrefix("### ") }.count, "headings are unique")
        for row in v.rows {
            let marker = "| [\(row.id)](#"
            guard let range = summary.range(of: marker) else { continue }
            let anchor = summary[range.upperBound...].prefix { $0 != ")" }
            XCTAssertTrue(headings.contains(String(anchor)), "\(row.id) links to a missing heading #\(anchor)")
        }
        XCTAssertTrue(report.contains("\(v.rows.filter { $0.verdict == .match }.count) MATCH, "))
        // Stage 2 and 3 content.
        for needle in ["p_{\\min}^2 =", "S_{ss'} =", "Kinematic normal form", "`Stage2Derivation.neglected`",
                       "[\\ldots] =", "`lowestAngularExponent`", "`Stage3Derivation.neglected`", "\\boldsymbol{V}^{(2)}_\\pm =",
                       "half the difference", "half the sum", "\\mu_B B", "\\partial g/\\partial k", "|\\boldsymbol{q}|^{2}"] {
            XCTAssertTrue(report.contains(needle), "report lacks \(needle)")
        }
        for neglected in Stage2Derivation.neglected + Stage3Derivation.neglected + Stage4Derivation.neglected {
            XCTAssertTrue(report.contains(neglected), "report lacks the approximation '\(neglected)'")
        }
        if v.stage3.omitted.isEmpty {
            XCTAssertTrue(report.contains("**The list is empty**"), "the empty omitted list is said explicitly")
        }
        // Display math is well formed for GitHub: balanced $$ and aligned, no blank line inside a block.
        var inDisplay = false, block: [Substring] = [], displays = 0
        for line in report.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "$$" {
                if inDisplay {
                    displays += 1
                    let body = block.joined(separator: "\n")
                    XCTAssertFalse(block.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "blank line inside display math: \(body.prefix(80))")
                    XCTAssertEqual(body.components(separatedBy: "\\begin{aligned}").count, body.components(separatedBy: "\\end{aligned}").count)
                    block = []
                }
                inDisplay.toggle()
            } else if inDisplay {
                block.append(line)
            }
        }
        XCTAssertFalse(inDisplay, "unclosed $$")
        XCTAssertGreaterThan(displays, 50)
        XCTAssertFalse(report.contains(Self.root.path), "no absolute paths")
        XCTAssertEqual(try reportFiles(verification: v), files, "deterministic within a process")
    }

    func testShowPrintsTheStepsOfStage2AndStage3Claims() throws {
        let v = try Self.verification.get()
        let eq22 = try XCTUnwrap(try DerivationSteps.text(id: "eq22", verification: v))
        for needle in ["Stage 2", "[2] x_min", "delta x (muB B^1 part)", "[3] response factor", "[4] P-substitution factor",
                       "spin-summed leading part", "[6] Eq. (9) coefficients (nu)", "[6] Eq. (9) coefficients (nubar)",
                       "derived (normal form):", "eq22.nu: MATCH", "eq22.nubar: MATCH"] {
            XCTAssertTrue(eq22.contains(needle), "--show eq22 lacks \(needle)")
        }
        let eq36 = try XCTUnwrap(try DerivationSteps.text(id: "eq36", verification: v))
        for needle in ["Stage 3", "[1] kinematics", "[2] S0 bracket", "[3] kernel", "after the Gaussian u-integration",
                       "[5] V (nu) per order", "[5] V (nubar) per order", "combination: delta^2 x (1/2)(V_nu + V_nubar)",
                       "eq36: MATCH", "omitted (not compared): none"] {
            XCTAssertTrue(eq36.contains(needle), "--show eq36 lacks \(needle)")
        }
        for id in ["eq15", "eq15.x0", "eq19.nu", "eq20.nubar", "eq23", "eq18", "eq32", "eq37", "check.integrable",
                   "check.odd-delta", "check.eq9-form.nu", "check", "eq39", "eq41", "eq40", "check.equilibrium"] {
            let text = try XCTUnwrap(try DerivationSteps.text(id: id, verification: v), "no steps for \(id)")
            XCTAssertTrue(text.hasPrefix("steps of "), id)
        }
        XCTAssertNil(try DerivationSteps.text(id: "eq99", verification: v))
        let known = DerivationSteps.knownIDs(v)
        for row in v.rows { XCTAssertTrue(known.contains(row.id), row.id) }
    }

    /// `--show` of a claim of each of Stages 1-3 in its own process (its own hash seed) prints
    /// byte for byte what this process computes; an unknown claim is one line on stderr listing
    /// the known ids, exit 2, nothing on stdout. The four processes run at once.
    func testShowIsByteIdenticalAcrossProcessesAndRefusesAnUnknownClaim() throws {
        let v = try Self.verification.get()
        let ids = ["eq5", "eq22", "eq36"]
        let runs = try VerifyProcess.runConcurrently((ids + ["eq99"]).map { ["traces", "--quiet", "--show", $0] }, in: Self.root)
        for (id, run) in zip(ids, runs) {
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertGreaterThan(run.stdout.split(separator: "\n").count, 20, "--show \(id) prints its steps")
            XCTAssertEqual(run.stdout, try DerivationSteps.text(id: id, verification: v), "--show \(id) differs between processes")
        }
        for step in ["[1] inputs", "[2] hadron tensor", "[3] L_{mu nu} H^{mu nu}", "[4] kinematics", "[5] 1/m expansion",
                     "[6] 3+1 split", "[7] normalization N = 1/16", "[8] |M_ss'|^2", "[9] compared", "eq5.nu: MATCH"] {
            XCTAssertTrue(runs[0].stdout.contains(step), "--show eq5 lacks \(step)")
        }
        let unknown = runs[3]
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.stdout.count, 0)
        XCTAssertTrue(unknown.stderr.hasPrefix("verify: error: unknown claim 'eq99' for --show; known: "), unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains(" eq5, eq5.nu, eq5.nubar,"), unknown.stderr)
        XCTAssertEqual(unknown.stderr.split(separator: "\n").count, 1, unknown.stderr)
    }
}
