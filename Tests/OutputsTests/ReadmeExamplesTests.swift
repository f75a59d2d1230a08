import Foundation
import XCTest

/// The README's examples are tests (FORM's `check/examples.frm` habit): every `verify trace`
/// example prints exactly what the README shows, and every row of the findings table states the
/// verdict that `verify traces` computes for the rows it summarizes.
final class ReadmeExamplesTests: XCTestCase {
    static var readme: String {
        get throws { try String(contentsOf: EmitRepository.root.appendingPathComponent("README.md"), encoding: .utf8) }
    }

    /// `$ swift run verify trace '<expr>'` followed by its output line, as in the README.
    func testTraceExamplesPrintWhatTheReadmeShows() throws {
        let lines = try Self.readme.components(separatedBy: "\n")
        let prefix = "$ swift run verify trace '"
        var checked = 0
        for (i, line) in lines.enumerated() where line.hasPrefix(prefix) && line.hasSuffix("'") {
            let expression = String(line.dropFirst(prefix.count).dropLast())
            let run = try VerifyProcess.run(["trace", expression], in: EmitRepository.root)
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertEqual(run.stdout, lines[i + 1] + "\n", "README example '\(expression)'")
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 4, "the README lost its verify trace examples")
    }

    /// Which rows of `verify traces` each label of the findings table summarizes.
    static let tableRows: [String: [String]] = [
        "Eq. (2)": ["eq2"],
        "Eq. (4) ν": ["eq4.nu"],
        "Eq. (4) ν̄": ["eq4.nubar"],
        "Eq. (5) ν, ν̄": ["eq5.nu", "eq5.nubar"],
        "Eq. (6) ν, ν̄": ["eq6.nu", "eq6.nubar"],
        "time reversal": ["tr.derived", "tr.eq4", "tr.eq5", "tr.eq6"],
        "Eq. (15) x0": ["eq15.x0"],
        "Eq. (15) δx": ["eq15"],
        "Eqs. (19)-(23) ν, ν̄": ["19", "20", "21", "22", "23"].flatMap { ["eq\($0).nu", "eq\($0).nubar"] },
        "Eq. (18) bracket": ["eq18"],
        "Eqs. (32)-(37)": (32...37).map { "eq\($0)" },
        "Eqs. (39), (42), (45)": ["eq39", "eq42", "eq45"],
        "Eq. (40)": ["eq40"],
        "Eq. (41) δ(1)": ["eq41"],
        "Eq. (43) ε(1)": ["eq43"],
        "Eq. (44) ε(2)": ["eq44"],
        "grouping, Eqs. (40), (42)-(45)": ["check.eq40.grouping", "check.eq42.grouping", "check.eq43.grouping",
                                           "check.eq44.grouping", "check.eq45.grouping"],
        "grouping, Eq. (41)": ["check.eq41.grouping"],
        "equilibrium, derived": ["eq33", "eq36", "eq37"].flatMap { ["check.equilibrium.\($0)", "check.equilibrium.\($0).printed"] }
            + ["check.equilibrium.drift.definitions"],
        "equilibrium, printed ε": ["check.equilibrium.drift.printed", "check.equilibrium.drift.grouping"],
        "κ0 at second order": ["check.order-Tm.kappa0.nu", "check.order-Tm.kappa0.nubar"],
        "O(T/m) of Eq. (34)": ["check.order-Tm.eq34.nu", "check.order-Tm.eq34.nubar"],
        "complete O(T/m), Eqs. (32), (33), (35), (36)": ["32", "33", "35", "36"].flatMap { ["check.order-Tm.eq\($0)", "check.order-Tm.eq\($0).extra"] },
        "complete O(T/m), Eq. (34)": ["check.order-Tm.eq34", "check.order-Tm.eq34.extra"],
        "complete O(T/m), Eq. (37)": ["check.order-Tm.eq37", "check.order-Tm.eq37.extra"],
        "complete O(T/m), Eq. (41) δ(1)": ["check.order-Tm.eq41", "check.order-Tm.eq41.extra"],
        "complete O(T/m), Eqs. (42)-(45) against paper order": ["42", "43", "44", "45"].map { "check.order-Tm.eq\($0).extra" },
        "complete O(T/m), structure": ["check.order-Tm.rate-form.nu", "check.order-Tm.rate-form.nubar", "check.order-Tm.odd-delta.nu",
                                       "check.order-Tm.odd-delta.nubar", "check.order-Tm.integrable", "check.order-Tm.eq31.no-dV0B",
                                       "check.order-Tm.equilibrium.eq33", "check.order-Tm.equilibrium.eq36",
                                       "check.order-Tm.equilibrium.eq37", "check.order-Tm.equilibrium.drift.definitions"],
    ]

    func testFindingsTableStatesTheComputedVerdicts() throws {
        let run = try RepositoryTracesJSON.run.get()
        XCTAssertEqual(run.status, 0, run.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
        let rows = try XCTUnwrap(json["rows"] as? [[String: Any]])
        var verdicts: [String: String] = [:]
        for row in rows { verdicts[row["id"] as? String ?? ""] = row["verdict"] as? String }

        let readme = try Self.readme
        let section = try XCTUnwrap(readme.range(of: "## What `verify traces` finds"))
        let table = readme[section.upperBound...].components(separatedBy: "\n")
            .drop { !$0.hasPrefix("| claim |") }.dropFirst(2).prefix { $0.hasPrefix("|") }
        var seen: Set<String> = []
        for line in table {
            // The first two cells: the label (backquoted ids dropped) and the verdict's first word.
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let label = cells[1].replacingOccurrences(of: #" \(`.*`\)$"#, with: "", options: .regularExpression)
            let verdict = String(cells[2].split(separator: " ").first ?? "")
            guard let ids = Self.tableRows[label] else {
                XCTFail("README findings row '\(label)' is not mapped to rows of verify traces (ReadmeExamplesTests.tableRows)")
                continue
            }
            seen.insert(label)
            for id in ids {
                XCTAssertEqual(verdicts[id], verdict, "README says \(verdict) for '\(label)', verify traces says \(verdicts[id] ?? "no row") for \(id)")
            }
        }
        XCTAssertEqual(seen, Set(Self.tableRows.keys), "findings rows missing from the README")
        // Every claim row is summarized somewhere in the table.
        let summarized = Set(Self.tableRows.values.joined())
        for row in rows where row["kind"] as? String == "claim" {
            XCTAssertTrue(summarized.contains(row["id"] as? String ?? ""), "claim \(row["id"] ?? "") is not in the README findings table")
        }
    }
}
