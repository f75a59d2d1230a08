import Foundation
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
        let process = Process()
        process.executableURL = try program ?? executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil  // every process gets its own hash seed
        process.environment = environment
        let temporary = FileManager.default.temporaryDirectory
        let outURL = temporary.appendingPathComponent("verify-out-\(UUID().uuidString)")
        let errURL = temporary.appendingPathComponent("verify-err-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
              FileManager.default.createFile(atPath: errURL.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(status: process.terminationStatus, stdoutData: try Data(contentsOf: outURL),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
