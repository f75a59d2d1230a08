import Foundation
import Outputs
import TestSupport
import XCTest

/// The built `verify` binary, run in a separate process: bad input ends in one line on stderr
/// naming the problem, exit code 2 and nothing on stdout; good runs are byte-identical across
/// processes (each process has its own random hash seed).
final class CommandLineBadInputTests: XCTestCase {
    static let repositoryRoot = RepositoryDerivation.root

    func run(_ arguments: [String], in directory: URL = repositoryRoot) throws -> VerifyProcess.Run {
        try VerifyProcess.run(arguments, in: directory)
    }

    /// Exit code 2, empty stdout, exactly `message` on stderr.
    func assertBadInput(_ arguments: [String], _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try run(arguments)
        XCTAssertEqual(r.status, 2, "exit code of verify \(arguments)", file: file, line: line)
        XCTAssertEqual(r.stdout.count, 0, "stdout of verify \(arguments)", file: file, line: line)
        XCTAssertEqual(r.stderr, message + "\n", file: file, line: line)
    }

    func testBinaryIsNextToTheTestBundle() throws {
        // The command-line tests skip when the binary is missing; this one fails instead.
        XCTAssertNoThrow(try VerifyProcess.executable())
    }

    func testUnknownSubcommand() throws {
        try assertBadInput(["frobnicate"], "verify: error: unknown subcommand 'frobnicate'; run 'verify --help' for the list")
    }

    func testNoSubcommandPrintsUsageAndFails() throws {
        let r = try run([])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stdout.count, 0)
        XCTAssertTrue(r.stderr.hasPrefix("verify: rebuilds the formulas"))
    }

    func testMalformedTraceExpressionNamesLineAndColumn() throws {
        try assertBadInput(["trace", "tr(p1 p2"], "verify: error: 1:9: expected ')' but found end of input")
        try assertBadInput(["trace", "tr((p1 p2)"], "verify: error: 1:11: expected ')' but found end of input")
        try assertBadInput(["trace", ""], "verify: error: 1:1: expected an expression but found end of input")
        try assertBadInput(["trace", "tr(p1 p2 ^ 99999999999999999999)"], "verify: error: 1:12: exponent 99999999999999999999 is too large")
    }

    /// Inputs that would run for minutes or exhaust memory are refused (regression: a 16-slot
    /// trace has 2027025 terms and ran unbounded before the limit; streamed it fits, 18 do not;
    /// see TraceCommandTests).
    func testOversizedTracesAreRefused() throws {
        try assertBadInput(["trace", "tr(p1 p2 p3 p4 p5 p6 p7 p8 p9 p10 p11 p12 p13 p14 p15 p16 p17 p18)"],
                           "verify: error: 1:63: the trace of a product of 18 gamma matrices would form about 34459425 term products, "
                           + "over the term budget of 200000 (raise it with --max-terms N)")
        let sum = "(a+b+c+d+e+f+h+j+k+l+n+o)"
        try assertBadInput(["trace", "tr(" + String(repeating: sum, count: 5) + ")"],
                           "verify: error: 1:104: the product of Dirac expressions of 20736 and 12 terms would form about 248832 term "
                           + "products, over the term budget of 200000 (raise it with --max-terms N)")
    }

    func testUnknownSymbol() throws {
        try assertBadInput(["trace", "tr(p1 Xy)"], "verify: error: 1:7: unknown symbol 'Xy'")
        // Regression: a misspelt γ5 was read as a 4-vector (`tr(gamma5 p q r)` = 4*(gamma5.p*q.r - …), exit 0).
        try assertBadInput(["trace", "tr(gamma5 p q r)"],
                           "verify: error: 1:4: unknown symbol 'gamma5': the gamma matrices are g5, g0…g3, g_0…g_3 and g(mu)")
    }

    /// Rationals are total: a product beyond 64 bits is exact, 4·(2^63 − 1)², not an error.
    func testProductsBeyond64BitsAreExact() throws {
        let r = try run(["trace", "9223372036854775807*9223372036854775807*tr(p1 p2)"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "340282366920938463389587631136930004996*p1.p2\n")
    }

    func testMissingSeedDirectoryNamesTheFile() throws {
        try assertBadInput(["traces", "--seeds", "/nonexistent", "--quiet"],
                           "verify: error: /nonexistent/stage1.claims: cannot read the seed file (missing, unreadable or not UTF-8)")
        try assertBadInput(["report", "--seeds", "/nonexistent", "--quiet"],
                           "verify: error: /nonexistent/stage1.claims: cannot read the seed file (missing, unreadable or not UTF-8)")
    }

    func testUnknownOptions() throws {
        try assertBadInput(["traces", "--frobnicate"], "verify: error: unknown option '--frobnicate' for 'verify traces'")
        try assertBadInput(["report", "--frobnicate"], "verify: error: unknown option '--frobnicate' for 'verify report'")
        try assertBadInput(["traces", "--seeds"], "verify: error: --seeds needs a directory")
        try assertBadInput(["traces", "--show"], "verify: error: --show needs a claim id, e.g. --show eq5")
    }

    /// `--name=value` works like `--name value`; an empty value is refused (regression: `--seeds ''`
    /// read the seeds from the file-system root).
    func testOptionValuesWithEqualsAndEmptyValues() throws {
        let missing = "verify: error: /nonexistent/stage1.claims: cannot read the seed file (missing, unreadable or not UTF-8)"
        try assertBadInput(["traces", "--seeds=/nonexistent", "--quiet"], missing)
        try assertBadInput(["report", "--quiet", "--seeds=/nonexistent"], missing)
        try assertBadInput(["emit", "--quiet", "--seeds=/nonexistent"], missing)
        try assertBadInput(["emit", "--quiet", "--seeds", "/nonexistent"], missing)
        for command in ["traces", "report", "emit"] {
            try assertBadInput([command, "--seeds", ""], "verify: error: --seeds needs a directory, not an empty string")
            try assertBadInput([command, "--seeds="], "verify: error: --seeds needs a directory, not an empty string")
        }
        try assertBadInput(["report", "--output="], "verify: error: --output needs a directory, not an empty string")
        try assertBadInput(["traces", "--show="], "verify: error: --show needs a claim id, e.g. --show eq5, not an empty string")
        try assertBadInput(["traces", "--json=yes"], "verify: error: unknown option '--json=yes' for 'verify traces'")
        try assertBadInput(["--version", "x"], "verify: error: --version takes no arguments")
    }

    /// Regressions (red team): `figure1 --output --quiet` wrote under a directory named `--quiet`
    /// with exit 0; `figure1 --output ''` wrote into the working directory (the empty-value rule
    /// was not applied to `figure1`); `traces --json --show ID` silently dropped `--json`; a repeated
    /// option took its last value.
    func testOptionValuesThatAreOptionsAndConflictingOptionsAreRefused() throws {
        for command in ["traces", "report", "emit", "figure1"] {
            try assertBadInput([command, "--seeds", "--quiet"],
                               "verify: error: --seeds needs a directory, not the option '--quiet' (write ./--quiet for a path of that name)")
        }
        for command in ["report", "figure1"] {
            try assertBadInput([command, "--output", "--quiet"],
                               "verify: error: --output needs a directory, not the option '--quiet' (write ./--quiet for a path of that name)")
            try assertBadInput([command, "--output", ""], "verify: error: --output needs a directory, not an empty string")
        }
        try assertBadInput(["figure1", "--seeds="], "verify: error: --seeds needs a directory, not an empty string")
        try assertBadInput(["traces", "--show", "--json"],
                           "verify: error: --show needs a claim id, e.g. --show eq5, not the option '--json' (write ./--json for a path of that name)")
        try assertBadInput(["traces", "--json", "--show", "eq40"],
                           "verify: error: --json and --show cannot be combined (--show prints text steps, --json the rows)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: Self.repositoryRoot.appendingPathComponent("--quiet").path))
        // An option given twice took the last value silently.
        try assertBadInput(["figure1", "--output", "/tmp/a", "--output=/tmp/b"], "verify: error: --output is given twice")
        try assertBadInput(["traces", "--seeds=seeds", "--quiet", "--seeds", "/nonexistent"], "verify: error: --seeds is given twice")
        try assertBadInput(["emit", "--check", "--check"], "verify: error: --check is given twice")
    }

    /// Regression: `verify bench --case A --case B`, documented as repeatable, was refused as an
    /// option given twice. Both cases run (one row each), in the order of the case list.
    func testBenchCaseIsRepeatable() throws {
        let r = try run(["bench", "--case", "LH-F2", "--case", "LH", "--repeat", "1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let names = r.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        XCTAssertEqual(names.filter { $0 == "LH" || $0 == "LH-F2" }, ["LH", "LH-F2"], r.stdout)
    }

    /// Regression: an unknown entry (`[eq99]` with the body `1 +`) was accepted; it is refused by
    /// file:line by every command, and `report` writes nothing.
    func testUnknownSeedEntryIsRefusedByEveryCommand() throws {
        let directory = try seedCopy { name, text in name == "stage2.claims" ? text + "\n[eq99]\n1 +\n" : text }
        let path = directory.appendingPathComponent("stage2.claims").path
        let message = "verify: error: \(path):56:2: unknown entry [eq99]: no stage reads it (this file's entries: "
            + "eqA3, eqA4.energy, eq15.x0, eq15, eq15.reading, eq14.nondegenerate, eqA13, eq19, eq20, eq21, eq22, eq23)"
        try assertBadInput(["traces", "--quiet", "--seeds", directory.path], message)
        try assertBadInput(["report", "--quiet", "--seeds", directory.path, "--output", directory.path], message)
        try assertBadInput(["emit", "--quiet", "--check", "--seeds", directory.path], message)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("derivations").path))
    }

    /// A copy of the repository's seeds, each file's text passed through `edit(name, text)`.
    func seedCopy(_ edit: (String, String) -> String) throws -> URL {
        let directory = try temporaryDirectory()
        for name in ["stage1.claims", "stage2.claims", "stage3.claims", "stage4.claims"] {
            let text = try String(contentsOf: Self.repositoryRoot.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
            try edit(name, text).write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    /// A seed file that does not parse names file:line:column.
    /// The seeds' Dirac entries are charged to the same term budget as `verify trace`; every
    /// command that reads seeds takes `--max-terms N`, and the refusal names the seed entry, the
    /// budget and the option.
    func testSeedTermBudgetIsNamedAndAdjustable() throws {
        let small = try run(["traces", "--quiet", "--max-terms", "10"])
        XCTAssertEqual(small.status, 2)
        XCTAssertEqual(small.stdout.count, 0)
        XCTAssertTrue(small.stderr.hasPrefix("verify: error: seeds/stage1.claims:"), small.stderr)
        XCTAssertTrue(small.stderr.contains("over the term budget of 10 (raise it with --max-terms N) (in [eq"), small.stderr)
        // The traces and products built from the entries are charged too (regression: each took
        // a fresh default budget, so `--max-terms 40` ran the whole derivation): Stage 1's first
        // product of Dirac expressions is refused as an ERROR row naming the budget.
        let steps = try run(["traces", "--json", "--quiet", "--max-terms", "40"])
        XCTAssertEqual(steps.status, 1, steps.stderr)
        XCTAssertTrue(steps.stdout.contains("\"id\": \"error.stage1\""), steps.stdout)
        XCTAssertTrue(steps.stdout.contains("the product of Dirac expressions of 24 and 8 terms would form about 192 term products, "
                                            + "over the term budget of 40 (raise it with --max-terms N)"), steps.stdout)
        for command in ["traces", "emit", "report", "figure1"] {
            let bad = try run([command, "--max-terms=abc"])
            XCTAssertEqual(bad.status, 2, command)
            XCTAssertEqual(bad.stderr, "verify: error: --max-terms needs a positive integer, not 'abc'\n", command)
        }
        // 100000 is enough: same rows, no ERROR (`RepositoryTracesJSON.crlf`, its own process).
        let runs = try RepositoryTracesJSON.runs.get()
        XCTAssertEqual(runs.crlf.status, 0, runs.crlf.stderr)
        XCTAssertFalse(runs.crlf.stdout.contains("\"verdict\": \"ERROR\""), runs.crlf.stdout)
        XCTAssertEqual(runs.crlfAsPlain, runs.plain.stdout)
    }

    func testMalformedSeedFileNamesThePosition() throws {
        let directory = try temporaryDirectory()
        let original = try String(contentsOf: Self.repositoryRoot.appendingPathComponent("seeds/stage1.claims"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "+ 2*cA*(cV + F2)*(s - s')*dot(q,B)", with: "+ 2*cA*(cV + F2)*(s - s')*dot(q,B")
        XCTAssertNotEqual(broken, original)
        for name in ["stage2.claims", "stage3.claims", "stage4.claims"] {
            try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("seeds/\(name)"),
                                             to: directory.appendingPathComponent(name))
        }
        try broken.write(to: directory.appendingPathComponent("stage1.claims"), atomically: true, encoding: .utf8)
        let r = try run(["traces", "--quiet", "--seeds", directory.path])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stdout.count, 0)
        let path = directory.appendingPathComponent("stage1.claims").path
        XCTAssertEqual(r.stderr, "verify: error: \(path):33:3: cannot combine a 3-vector and a scalar with '+' (in [eq5])\n")
    }

    // MARK: determinism and atomic output

    /// The JSON of two processes (two hash seeds) is byte-identical but for the seed directory
    /// it names (`RepositoryTracesJSON`: the plain run and the CRLF one, run at once).
    func testTracesJSONIsByteIdenticalAcrossProcesses() throws {
        let runs = try RepositoryTracesJSON.runs.get()
        XCTAssertEqual(runs.plain.status, 0, runs.plain.stderr)
        XCTAssertGreaterThan(runs.plain.stdoutData.count, 1000)
        XCTAssertEqual(Data(runs.crlfAsPlain.utf8), runs.plain.stdoutData)
    }

    /// `verify report` in its own process writes, atomically, byte for byte the report this
    /// process renders and the checked-in copy; a write that fails (the target is a directory)
    /// reports the file, exits 2 and leaves the output directory as it was: no partial file, no
    /// temporary file. The two processes run at once.
    func testReportIsByteIdenticalAcrossProcessesAndAFailedWriteLeavesNoHalfWrittenFile() throws {
        let first = try temporaryDirectory(), root = try temporaryDirectory()
        let blocker = root.appendingPathComponent("derivations/REPORT.md")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
        let runs = try VerifyProcess.runConcurrently([["report", "--quiet", "--output", first.path],
                                                      ["report", "--quiet", "--output", root.path]], in: Self.repositoryRoot)
        XCTAssertEqual(runs[0].status, 0, runs[0].stderr)
        XCTAssertEqual(runs[0].stdout.count, 0)
        let a = try Data(contentsOf: first.appendingPathComponent("derivations/REPORT.md"))
        XCTAssertEqual(a, Data(try XCTUnwrap(EmitRepository.report.get().first).contents.utf8), "the report differs between processes")
        // No temporary files are left next to the report.
        let written = try FileManager.default.contentsOfDirectory(atPath: first.appendingPathComponent("derivations").path)
        XCTAssertEqual(written, ["REPORT.md"])
        let checkedIn = try Data(contentsOf: Self.repositoryRoot.appendingPathComponent("derivations/REPORT.md"))
        XCTAssertEqual(a, checkedIn, "derivations/REPORT.md is stale: run `swift run verify report`")

        let r = runs[1]
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stdout.count, 0)
        XCTAssertTrue(r.stderr.hasPrefix("verify: error: \(root.path)/derivations/REPORT.md: cannot write ("), r.stderr)
        let listing = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("derivations").path)
        XCTAssertEqual(listing, ["REPORT.md"])
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: blocker.path, isDirectory: &isDirectory) && isDirectory.boolValue)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: blocker.path), [])
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verify-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
