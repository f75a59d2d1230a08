import Foundation
import TestSupport
import XCTest

/// What `verify` writes on stdout: a failed or short write is an error (regression: `verify traces
/// > /dev/full` exited 0), `--version`, the JSON of the output contract (valid, in the contract's
/// key order), and CRLF seed files (regression: refused with a misleading "no entry [eq2]").
final class CommandLineOutputTests: XCTestCase {
    static let repositoryRoot = CommandLineBadInputTests.repositoryRoot

    /// `verify arguments` with stdout on `stdout` (a `FileHandle` or a `Pipe`), `afterStart` run once
    /// the child has started: how it ended, its exit code and its stderr.
    func run(_ arguments: [String], stdout: Any, afterStart: () throws -> Void = {}) throws
        -> (reason: Process.TerminationReason, status: Int32, stderr: String) {
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("verify-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = try VerifyProcess.executable()
        process.arguments = arguments
        process.currentDirectoryURL = Self.repositoryRoot
        process.standardOutput = stdout
        process.standardError = err
        try process.run()
        try afterStart()
        process.waitUntilExit()
        try err.close()
        return (process.terminationReason, process.terminationStatus, String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// `verify arguments` with stdout on `/dev/full`: exit code and stderr.
    func runToFullDevice(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"), "no /dev/full on this system")
        defer { try? full.close() }
        let r = try run(arguments, stdout: full)
        return (r.status, r.stderr)
    }

    func testWriteErrorOnStdoutIsAnError() throws {
        // A long output (the 10-vector trace: 945 terms) fails while it is written, a short one at
        // the final flush; `traces` prints through the same standard output as `trace`.
        let long = "tr(" + (1...10).map { "p\($0)" }.joined(separator: " ") + ")"
        for arguments in [["trace", long], ["--version"], ["trace", "tr(p1 p2 p3 p4)"], ["traces", "--help"]] {
            let r = try runToFullDevice(arguments)
            XCTAssertEqual(r.status, 2, "verify \(arguments) > /dev/full")
            XCTAssertTrue(r.stderr.hasPrefix("verify: error: cannot write to standard output ("), "\(arguments): \(r.stderr)")
            XCTAssertTrue(r.stderr.hasSuffix("); the output is incomplete\n"), r.stderr)
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        }
    }

    /// Regression: `verify trace … | head -1` was killed by SIGPIPE (status 141, a signal). With
    /// the pipe's read end closed, the write fails with EPIPE and `verify` says so: exit 2, one line.
    func testClosedPipeOnStdoutIsAnErrorNotASignal() throws {
        let long = "tr(" + (1...10).map { "p\($0)" }.joined(separator: " ") + ")"
        for arguments in [["trace", long], ["trace", "(tr(p q)^1000)^100"]] {
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()  // nobody reads: every write gets EPIPE
            let r = try run(arguments, stdout: pipe) { try pipe.fileHandleForWriting.close() }
            let stderr = r.stderr
            XCTAssertEqual(r.reason, .exit, "verify \(arguments) | (closed): ended by a signal")
            XCTAssertEqual(r.status, 2, "verify \(arguments) | (closed)")
            XCTAssertTrue(stderr.hasPrefix("verify: error: cannot write to standard output ("), stderr)
            XCTAssertEqual(stderr.split(separator: "\n").count, 1, stderr)
        }
    }

    func testVersion() throws {
        let r = try VerifyProcess.run(["--version"], in: Self.repositoryRoot)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "verify 0.3.0 (astro-ph/0307006)\n")
        XCTAssertEqual(r.stderr, "")
    }

    /// The contract of README "Output contract", decoded independently of the writer.
    struct Contract: Decodable {
        struct Conventions: Decodable { let metric: String, gamma5: String, eps0123: Int }
        struct Row: Decodable {
            let id: String, equation: String?, particle: String?, kind: String, verdict: String
            let difference: String?, note: String?, seconds: Double
        }
        let paper: String, conventions: Conventions, claims: String, normalization: String, neglected: [String], rows: [Row]
    }

    /// `--json` is valid JSON that decodes into the contract, keys in the contract's order; a CRLF
    /// copy of the seeds gives the same rows.
    func testJSONDecodesIntoTheContractAndCRLFSeedsGiveTheSameRows() throws {
        let runs = try RepositoryTracesJSON.runs.get()
        let lf = runs.plain
        XCTAssertEqual(lf.status, 0, lf.stderr)
        let decoded = try JSONDecoder().decode(Contract.self, from: lf.stdoutData)
        XCTAssertEqual(decoded.paper, "astro-ph/0307006")
        XCTAssertEqual(decoded.conventions.metric, "+---")
        XCTAssertGreaterThan(decoded.rows.count, 40)
        XCTAssertTrue(decoded.rows.contains { $0.id == "check.eq17.eps2" && $0.verdict == "MATCH" })
        XCTAssertTrue(decoded.rows.allSatisfy { $0.seconds == 0 })
        let keys = ["\"id\"", "\"equation\"", "\"particle\"", "\"kind\"", "\"verdict\"", "\"difference\"", "\"note\"", "\"seconds\""]
        let firstRow = try XCTUnwrap(lf.stdout.split(separator: "\n").first { $0.contains("\"id\": \"eq2\"") })
        let positions = keys.map { firstRow.range(of: $0)?.lowerBound }
        XCTAssertFalse(positions.contains(nil), String(firstRow))
        XCTAssertEqual(positions.map { $0! }, positions.map { $0! }.sorted(), "row keys out of the contract's order")
        let top = ["\"paper\"", "\"conventions\"", "\"claims\"", "\"normalization\"", "\"neglected\"", "\"rows\""].map { lf.stdout.range(of: $0)!.lowerBound }
        XCTAssertEqual(top, top.sorted())

        XCTAssertEqual(runs.crlf.status, 0, runs.crlf.stderr)
        XCTAssertEqual(runs.crlfAsPlain, lf.stdout)
    }
}
