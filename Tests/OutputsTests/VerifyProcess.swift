import Foundation
import TestSupport
import XCTest

/// The built `verify` executable run as its own process (its own hash seed), the one helper
/// behind every command-line test.
enum VerifyProcess {
    struct Run {
        let status: Int32
        let stdoutData: Data
        let stderr: String
        var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    }

    /// SwiftPM puts `verify` next to the test bundle (`Bundle.main.bundleURL` is the build
    /// products directory on Linux).
    static func executable() throws -> URL {
        var candidates = [Bundle.main.bundleURL.appendingPathComponent("verify"),
                          Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("verify")]
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("verify"))
        }
        guard let url = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("no built 'verify' executable next to the test bundle (looked in \(candidates.map(\.path)))")
        }
        return url
    }

    /// Runs `verify arguments` (or `program arguments`) with `directory` as the working directory;
    /// output goes through temporary files (no pipe buffer can block the child).
    static func run(_ arguments: [String], in directory: URL, executable program: URL? = nil) throws -> Run {
        try runConcurrently([arguments], in: directory, executable: program)[0]
    }

    /// Runs one `verify` process per argument list, all at once (the test process itself runs
    /// on one core; the children use the others), and returns their results in order.
    static func runConcurrently(_ argumentLists: [[String]], in directory: URL, executable program: URL? = nil) throws -> [Run] {
        let executable = try program ?? executable()
        let temporary = FileManager.default.temporaryDirectory
        var started: [(process: Process, out: URL, err: URL, handles: [FileHandle])] = []
        defer {
            for child in started {
                try? FileManager.default.removeItem(at: child.out)
                try? FileManager.default.removeItem(at: child.err)
            }
        }
        for arguments in argumentLists {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.currentDirectoryURL = directory
            var environment = ProcessInfo.processInfo.environment
            environment["SWIFT_DETERMINISTIC_HASHING"] = nil  // every process gets its own hash seed
            process.environment = environment
            let outURL = temporary.appendingPathComponent("verify-out-\(UUID().uuidString)")
            let errURL = temporary.appendingPathComponent("verify-err-\(UUID().uuidString)")
            guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
                  FileManager.default.createFile(atPath: errURL.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
            }
            let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
            process.standardOutput = out
            process.standardError = err
            started.append((process, outURL, errURL, [out, err]))
            try process.run()
        }
        return try started.map { child in
            child.process.waitUntilExit()
            for handle in child.handles { try handle.close() }
            return Run(status: child.process.terminationStatus, stdoutData: try Data(contentsOf: child.out),
                       stderr: String(decoding: try Data(contentsOf: child.err), as: UTF8.self))
        }
    }
}

/// `verify traces --json --reproducible --quiet` of the repository, each in its own process,
/// run at once and once per test process: plain (read by the README findings table, the printed
/// differences and the output contract), and from a CRLF copy of the seeds (`crlfDirectory`,
/// removed after the run) with a smaller term budget than the default, `--max-terms=100000`.
enum RepositoryTracesJSON {
    struct Runs {
        let plain: VerifyProcess.Run, crlf: VerifyProcess.Run
        let crlfDirectory: String

        /// The CRLF run with the seed directory spelled as in the plain run: equal to `plain`.
        var crlfAsPlain: String { crlf.stdout.replacingOccurrences(of: crlfDirectory, with: "seeds") }
    }

    static let runs: Result<Runs, Error> = Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("verify-crlf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["stage1.claims", "stage2.claims", "stage3.claims", "stage4.claims"] {
            let text = try RepositoryDerivation.text("seeds/\(name)")
            try text.replacingOccurrences(of: "\n", with: "\r\n").write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let json = ["traces", "--json", "--reproducible", "--quiet"]
        let runs = try VerifyProcess.runConcurrently([json, json + ["--seeds=\(directory.path)", "--max-terms=100000"]],
                                                     in: RepositoryDerivation.root)
        return Runs(plain: runs[0], crlf: runs[1], crlfDirectory: directory.path)
    }

    static var run: Result<VerifyProcess.Run, Error> { runs.map(\.plain) }
}
