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

    /// The checked-in files are exactly what an in-process emission produces (code, report, Fig. 1).
    func testCheckedInFilesAreFresh() throws {
        let files = try EmitRepository.emitted.get()
        XCTAssertEqual(files.map(\.path).sorted(), Self.generatedPaths)
        XCTAssertEqual(stalePaths(files, under: EmitRepository.root.path), [], "run 'swift run verify emit'")
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

    /// An emission in its own process (its own hash seed) writes byte for byte what this process
    /// emits and the checked-in files.
    func testEmissionInItsOwnProcessIsByteIdenticalToThisProcessAndTheCheckedInFiles() throws {
        let first = try EmitRepository.temporaryCopy(of: EmitRepository.allSeedPaths)
        defer { try? FileManager.default.removeItem(at: first) }
        let emit = try EmitRepository.runVerify(["emit", "--quiet"], in: first)
        XCTAssertEqual(emit.status, 0, emit.stderr)
        let emitted = Dictionary(uniqueKeysWithValues: try EmitRepository.emitted.get().map { ($0.path, Data($0.contents.utf8)) })
        for path in Self.generatedPaths {
            let a = try Data(contentsOf: first.appendingPathComponent(path))
            XCTAssertEqual(a, emitted[path], "\(path) differs between processes")
            XCTAssertEqual(a, try Data(contentsOf: EmitRepository.root.appendingPathComponent(path)), "\(path) differs from the checked-in copy")
        }
    }

    /// `--check` passes on a fresh copy and fails, naming each path, after an edit, a deletion,
    /// a generated file no longer produced, leftovers of killed runs and a foreign file; `emit`
    /// repairs all but the foreign file. Regressions of issue 9: an emit stopped by a file-size
    /// limit left `.dat.nosync…` behind, which a later emit kept and `--check` passed; a stray
    /// `.swift` file made `--check` exit 2; `emit` rewrote unchanged files; `--check` read a huge
    /// file whole. `emit --check --seeds DIR` derives from seeds outside the repository (headers
    /// still name seeds/stageN.claims). The processes that read the same state run at once: the
    /// fresh check (with the seeds in another directory), the stale check and the refused emit beside a foreign file,
    /// the emit under a file-size limit (in a second copy with the same stale files) and the
    /// check of a 1.5 GB file (in a third); then the repairing emit.
    func testCheckNamesEachStalePathAndEmitRepairs() throws {
        let root = try EmitRepository.temporaryCopy(of: EmitRepository.allSeedPaths + Self.generatedPaths)
        let limited = try EmitRepository.temporaryCopy(of: EmitRepository.allSeedPaths + Self.generatedPaths)
        let huge = try EmitRepository.temporaryCopy(of: EmitRepository.allSeedPaths + Self.generatedPaths)
        let fresh = try EmitRepository.temporaryCopy(of: Self.generatedPaths)
        let seeds = try EmitRepository.temporaryCopy(of: EmitRepository.allSeedPaths)
        defer { for url in [root, limited, huge, fresh, seeds] { try? FileManager.default.removeItem(at: url) } }
        func url(_ name: String, in tree: URL) -> URL { tree.appendingPathComponent(CoefficientEmitter.directory).appendingPathComponent(name) }
        func path(_ name: String) -> String { "\(CoefficientEmitter.directory)/\(name)" }
        func hiddenNames(in tree: URL) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: tree.appendingPathComponent(CoefficientEmitter.directory).path).filter { $0.hasPrefix(".") }
        }

        // Edit one coefficient, delete a file, append to another, and add a file with the
        // generated marker and two leftovers of killed runs (in `root` also a foreign file).
        let leftovers = [".dat.nosync3a1f.x7Yz", ".Vector3.swift.verify-tmp-4242"]
        for tree in [root, limited] {
            let text = try String(contentsOf: url("SquaredMatrixElement.swift", in: tree), encoding: .utf8)
            let original = try XCTUnwrap(text.range(of: "0.5*GF*GF"))
            try text.replacingCharacters(in: original, with: "0.25*GF*GF").write(to: url("SquaredMatrixElement.swift", in: tree), atomically: true, encoding: .utf8)
            try FileManager.default.removeItem(at: url("Lepton.swift", in: tree))
            let handle = try FileHandle(forWritingTo: url("DifferentialRate.swift", in: tree))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("//x\n".utf8))
            try handle.close()
            try Data((CoefficientEmitter.marker + "\n").utf8).write(to: url("Renamed.swift", in: tree))
            for name in leftovers { try Data("partial".utf8).write(to: url(name, in: tree)) }
        }
        try Data("struct Stray {}\n".utf8).write(to: url("Stray.swift", in: root))
        // A 1.5 GB (sparse) file in place of a generated one is stale without being read:
        // the peak memory of every child process stays far below its size.
        XCTAssertEqual(truncate(url("Lepton.swift", in: huge).path, 1_500_000_000), 0)

        let verify = try VerifyProcess.executable().path
        let runs = try VerifyProcess.runConcurrently([
            ["-c", "cd \"$1\" && exec \"$0\" emit --check --seeds=\"$2\"", verify, fresh.path, seeds.appendingPathComponent("seeds").path],
            ["-c", "cd \"$1\" && exec \"$0\" emit --check --quiet", verify, root.path],
            ["-c", "cd \"$1\" && exec \"$0\" emit --quiet", verify, root.path],
            // The reproducer `(ulimit -f 4; verify emit)`: fails naming the file, no temporary file left.
            ["-c", "cd \"$1\" && ulimit -f 4 && exec \"$0\" emit --quiet", verify, limited.path],
            ["-c", "cd \"$1\" && exec \"$0\" emit --check --quiet", verify, huge.path],
        ], in: root, executable: URL(fileURLWithPath: "/bin/sh"))

        XCTAssertEqual(runs[0].status, 0, runs[0].stderr)
        XCTAssertEqual(runs[0].stdout, "emit --check: \(Self.generatedPaths.count) generated files (in derivations, derivations/Coefficients, derivations/figure1) are up to date\n")
        XCTAssertFalse(runs[0].stderr.contains("stale"), runs[0].stderr)

        XCTAssertEqual(runs[1].status, 1, runs[1].stderr)
        let stale = (["SquaredMatrixElement.swift", "Lepton.swift", "DifferentialRate.swift", "Renamed.swift", "Stray.swift"] + leftovers)
            .map(path).sorted()
        XCTAssertEqual(runs[1].stderr, stale.map { "stale: \($0)\n" }.joined()
                       + "verify: 7 stale path(s) in the generated folders; run 'swift run verify emit'\n")

        // emit refuses to run beside a foreign file, and writes nothing.
        XCTAssertEqual(runs[2].status, 2)
        XCTAssertEqual(runs[2].stderr, "verify: error: \(path("Stray.swift")): not a generated file, but inside a generated folder; move or remove it\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: url("Lepton.swift", in: root).path))

        XCTAssertEqual(runs[3].status, 2)
        XCTAssertEqual(runs[3].stderr, "verify: error: \(path("DifferentialRate.swift")): cannot write (write: File too large)\n")
        XCTAssertEqual(try hiddenNames(in: limited).sorted(), leftovers.sorted())

        XCTAssertEqual(runs[4].status, 1)
        XCTAssertEqual(runs[4].stderr, "stale: \(path("Lepton.swift"))\nverify: 1 stale path(s) in the generated folders; run 'swift run verify emit'\n")
        var usage = rusage()
        XCTAssertEqual(getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage), 0)
        XCTAssertLessThan(usage.ru_maxrss, 1_000_000, "peak resident set of a child process, in KB")

        // emit repairs the three stale files, removes the orphan and the leftovers, and leaves the
        // fresh files untouched (same inode, same modification time).
        try FileManager.default.removeItem(at: url("Stray.swift", in: root))
        func identities() throws -> [String: String] {
            var result: [String: String] = [:]
            for path in Self.generatedPaths {
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path) else { continue }
                result[path] = "\(attributes[.systemFileNumber]!) \(attributes[.modificationDate]!)"
            }
            return result
        }
        let before = try identities()
        let repair = try EmitRepository.runVerify(["emit"], in: root)
        XCTAssertEqual(repair.status, 0, repair.stderr)
        XCTAssertEqual(repair.stdout, "emit: \(Self.generatedPaths.count) files in derivations, derivations/Coefficients, derivations/figure1: 3 written, 3 stale removed\n")
        let after = try identities()
        let rewritten = ["SquaredMatrixElement.swift", "Lepton.swift", "DifferentialRate.swift"].map(path)
        for path in Self.generatedPaths {
            XCTAssertEqual(after[path] == before[path], !rewritten.contains(path), path)
            XCTAssertEqual(try Data(contentsOf: root.appendingPathComponent(path)),
                           try Data(contentsOf: EmitRepository.root.appendingPathComponent(path)), path)
        }
        XCTAssertEqual(try hiddenNames(in: root), [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: url("Renamed.swift", in: root).path))
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
