import Foundation
import XCTest

/// Failures told apart from findings (README, output contract): an engine failure inside a
/// derivation step on valid input is an ERROR row naming the step, the later stages are
/// reported as not run, and the exit code is 1; a seed with a syntax error is bad input (exit 2,
/// file:line:column, nothing on stdout).
final class EngineFailureTests: XCTestCase {
    /// A copy of the repository's seeds with one replacement in `stage1.claims` (must occur once).
    func seeds(replacing original: String, with replacement: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in ["stage1.claims", "stage2.claims", "stage3.claims", "stage4.claims"] {
            var text = try String(contentsOf: EmitRepository.root.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
            if name == "stage1.claims" {
                XCTAssertEqual(text.components(separatedBy: original).count, 2, "'\(original)' must occur once")
                text = text.replacingOccurrences(of: original, with: replacement)
            }
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }

    /// Eq. (5) with a coefficient whose difference from the derived one leaves 64 bits: once an
    /// engine failure (overflow), now an exact finding, 2 + (2^63 − 1) = 9223372036854775809, in
    /// the MISMATCH rows of Eq. (5), and the rest of the derivation runs (rationals are total).
    func testCoefficientBeyond64BitsIsAnExactFinding() throws {
        let directory = try seeds(replacing: "GF^2/(2*m)*( pm*2*cA*(cV + F2)*dot(q, Om - Om')",
                                  with: "GF^2/(2*m)*( pm*(-9223372036854775807)*cA*(cV + F2)*dot(q, Om - Om')")
        let json = try VerifyProcess.run(["traces", "--seeds", directory.path, "--json", "--reproducible", "--quiet"],
                                         in: EmitRepository.root)
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any]
        let rows = try XCTUnwrap(object?["rows"] as? [[String: Any]])
        XCTAssertFalse(rows.contains { $0["verdict"] as? String == "ERROR" })
        let eq5 = try XCTUnwrap(rows.first { $0["id"] as? String == "eq5.nu" })
        XCTAssertEqual(eq5["verdict"] as? String, "MISMATCH")
        XCTAssertEqual(eq5["difference"] as? String, "-9223372036854775809/2*GF^2*cA/m*((F2 + cV)*dot(Om',q) - (F2 + cV)*dot(Om,q))")
    }

    /// A stray character in Eq. (5): bad input, exit 2, its line and column in the seed file.
    func testSeedSyntaxErrorIsBadInput() throws {
        let original = "GF^2/(2*m)*( pm*2*cA*(cV + F2)*dot(q, Om - Om')", broken = "GF^2/(2*m)*( pm*2*cA*(cV + F2)*dot(q, Om ~ Om')"
        let directory = try seeds(replacing: original, with: broken)
        let text = try String(contentsOf: directory.appendingPathComponent("stage1.claims"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let line = try XCTUnwrap(lines.firstIndex { $0.contains(broken) }) + 1
        let column = try XCTUnwrap(lines[line - 1].firstIndex(of: "~")).utf16Offset(in: lines[line - 1]) + 1
        let r = try VerifyProcess.run(["traces", "--seeds", directory.path, "--quiet"], in: EmitRepository.root)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.hasPrefix("verify: error: \(directory.path)/stage1.claims:\(line):\(column): "), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("(in [eq5])\n"), r.stderr)
        XCTAssertEqual(r.stderr.filter { $0 == "\n" }.count, 1, r.stderr)
    }
}
