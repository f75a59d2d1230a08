import XCTest
import Foundation
import Outputs

/// `verify emit` and `verify emit --check` as a user runs them: the built executable in its own
/// process, in a temporary copy of the repository (seeds and generated files).
final class EmitCommandTests: XCTestCase {
    static let generatedPaths: [String] = {
        let directory = EmitRepository.root.appendingPathComponent(CoefficientEmitter.directory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        // The coefficient code plus the audit report and the Fig. 1 files, which `emit` also writes and checks.
        let figure = ((try? FileManager.default.contentsOfDirectory(atPath: EmitRepository.root.appendingPathComponent(Figure1Files.directory).path)) ?? [])
            .map { "\(Figure1Files.directory)/\($0)" }
        return (names.filter { $0.hasSuffix(".swift") }.map { "\(CoefficientEmitter.directory)/\($0)" } + [AuditReport.path] + figure).sorted()
    }()

    /// The checked-in files are exactly what an in-process emission produces.
    func testCheckedInFilesAreFresh() throws {
        let files = try CoefficientEmitter.files(EmitRepository.registry.get())
        XCTAssertEqual(files.map(\.path).sorted(), Self.generatedPaths.filter { $0 != AuditReport.path && !$0.hasPrefix(Figure1Files.directory) })
        XCTAssertEqual(stalePaths(files, under: EmitRepository.root), [], "run 'swift run verify emit'")
    }

    /// Every file names its inputs and the command, and carries the hash of its own body.
    func testHeadersCarryProvenanceAndContentHash() throws {
        let files = try CoefficientEmitter.files(EmitRepository.registry.get())
        let seedHash = ContentHash.sha256(try EmitRepository.seedText())
        for file in files {
            XCTAssertTrue(file.contents.hasPrefix(CoefficientEmitter.marker), file.path)
            XCTAssertTrue(file.contents.contains("swift run verify emit"), file.path)
            let parts = file.contents.components(separatedBy: "\n\n")
            let header = parts[0], body = parts.dropFirst().joined(separator: "\n\n")
            XCTAssertTrue(header.contains("Content SHA-256 (of everything after this header): \(ContentHash.sha256(body))"), file.path)
            XCTAssertFalse(file.contents.contains("/work/") || file.contents.contains("/tmp/"), "\(file.path) names an absolute path")
            if file.path.hasSuffix("SquaredMatrixElement.swift") || file.path.hasSuffix("Couplings.swift") {
                XCTAssertTrue(header.contains("seeds/stage1.claims (SHA-256 \(seedHash))"), file.path)
                XCTAssertFalse(header.contains("stage2.claims"), "\(file.path) names a seed file it does not derive from")
            }
            if file.path.hasSuffix("DifferentialRate.swift") || file.path.hasSuffix("FirstMoment.swift") {
                for path in EmitRepository.seedPaths where path != Stage3Coefficients.seedPath || file.path.hasSuffix("FirstMoment.swift") {
                    let hash = ContentHash.sha256(try String(contentsOf: EmitRepository.root.appendingPathComponent(path), encoding: .utf8))
                    XCTAssertTrue(header.contains("\(path) (SHA-256 \(hash))"), "\(file.path) lacks \(path)")
                }
            }
        }
        let m2 = try XCTUnwrap(files.first { $0.path.hasSuffix("SquaredMatrixElement.swift") }).contents
        for text in ["Eq. (4)", "Eq. (5)", "Eq. (6)", "neglected", "normalization 1/16"] {
            XCTAssertTrue(m2.contains(text), "missing '\(text)'")
        }
        let rate = try XCTUnwrap(files.first { $0.path.hasSuffix("DifferentialRate.swift") }).contents
        for text in ["Eq. (19)", "Eq. (20)", "Eq. (21)", "Eq. (22)", "Eq. (23)", "Eq. (9)", "S0 is an argument", "neglected"] {
            XCTAssertTrue(rate.contains(text), "DifferentialRate.swift: missing '\(text)'")
        }
        let moment = try XCTUnwrap(files.first { $0.path.hasSuffix("FirstMoment.swift") }).contents
        for equation in 31...37 { XCTAssertTrue(moment.contains("Eq. (\(equation))"), "FirstMoment.swift: missing Eq. (\(equation))") }
        for equation in 32...37 {
            XCTAssertTrue(moment.contains("Printed Eq. (\(equation)) against this derivation: MATCH"), "verdict of Eq. (\(equation))")
        }
    }

    /// Two emissions in separate processes, each in its own directory, are byte-identical
    /// (and identical to the checked-in files).
    func testTwoEmissionsInSeparateProcessesAreByteIdentical() throws {
        let first = try EmitRepository.temporaryCopy(of: EmitRepository.allSeedPaths)
        let second = try EmitRepository.temporaryCopy(of: EmitRepository.allSeedPaths)
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        for root in [first, second] {
            let run = try EmitRepository.runVerify(["emit", "--quiet"], in: root)
            XCTAssertEqual(run.status, 0, run.stderr)
        }
        for path in Self.generatedPaths {
            let a = try Data(contentsOf: first.appendingPathComponent(path))
            let b = try Data(contentsOf: second.appendingPathComponent(path))
            XCTAssertEqual(a, b, path)
            XCTAssertEqual(a, try Data(contentsOf: EmitRepository.root.appendingPathComponent(path)), "\(path) differs from the checked-in copy")
        }
    }

    /// `--check` passes on a fresh copy and fails, naming the file, after an edit, a deletion
    /// or an extra generated file.
    func testCheckNamesEachStaleFile() throws {
        let root = try EmitRepository.temporaryCopy(of: EmitRepository.allSeedPaths + Self.generatedPaths)
        defer { try? FileManager.default.removeItem(at: root) }
        var run = try EmitRepository.runVerify(["emit", "--check"], in: root)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("up to date"), run.stdout)

        // Edit one coefficient of a generated function.
        let edited = "\(CoefficientEmitter.directory)/SquaredMatrixElement.swift"
        let url = root.appendingPathComponent(edited)
        let text = try String(contentsOf: url, encoding: .utf8)
        let original = try XCTUnwrap(text.range(of: "0.5*GF*GF"))
        try text.replacingCharacters(in: original, with: "0.25*GF*GF").write(to: url, atomically: true, encoding: .utf8)
        // And delete another one.
        let deleted = "\(CoefficientEmitter.directory)/Lepton.swift"
        try FileManager.default.removeItem(at: root.appendingPathComponent(deleted))

        run = try EmitRepository.runVerify(["emit", "--check"], in: root)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("stale: \(edited)\n"), run.stderr)
        XCTAssertTrue(run.stderr.contains("stale: \(deleted)\n"), run.stderr)
        XCTAssertEqual(run.stderr.components(separatedBy: "stale: ").count - 1, 2, run.stderr)

        // `emit` repairs both; an extra generated file is then reported and removed by `emit`.
        XCTAssertEqual(try EmitRepository.runVerify(["emit", "--quiet"], in: root).status, 0)
        XCTAssertEqual(try EmitRepository.runVerify(["emit", "--check", "--quiet"], in: root).status, 0)
        let extra = "\(CoefficientEmitter.directory)/Renamed.swift"
        try (CoefficientEmitter.marker + "\n").write(to: root.appendingPathComponent(extra), atomically: true, encoding: .utf8)
        run = try EmitRepository.runVerify(["emit", "--check"], in: root)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("stale: \(extra)\n"), run.stderr)
        XCTAssertEqual(try EmitRepository.runVerify(["emit", "--quiet"], in: root).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent(extra).path))
    }

    /// Bad usage and a missing seed file are one line on stderr, exit 2.
    func testErrors() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("emit-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        var run = try EmitRepository.runVerify(["emit", "--frobnicate"], in: empty)
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
        run = try EmitRepository.runVerify(["emit", "--quiet"], in: empty)
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("seeds/stage1.claims"), run.stderr)
    }
}
