import Foundation
import XCTest
import Algebra
import Outputs
import TestSupport

/// The repository checkout, located from this source file (tests run from any directory).
enum EmitRepository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed files `verify emit` reads (repository-relative).
    static let seedPaths = [Stage1Coefficients.seedPath, Stage2Coefficients.seedPath, Stage3Coefficients.seedPath]

    static func seedText() throws -> String {
        try String(contentsOf: root.appendingPathComponent(Stage1Coefficients.seedPath), encoding: .utf8)
    }

    /// The registry (Stages 1-3), derived once per test process.
    static let registry: Result<CoefficientRegistry, Error> = Result {
        try CoefficientRegistry.repository { try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }
    }

    /// The built `verify` executable: SwiftPM puts it next to the test bundle
    /// (`Bundle.main.bundleURL` is the build products directory on Linux).
    static func verifyExecutable() throws -> URL {
        var candidates = [Bundle.main.bundleURL.appendingPathComponent("verify"),
                          Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("verify")]
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("verify"))
        }
        guard let url = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw MissingExecutable(description: "no built 'verify' executable next to the test bundle (looked in \(candidates.map(\.path)))")
        }
        return url
    }

    /// A fresh temporary directory holding copies of the given repository-relative paths.
    static func temporaryCopy(of paths: [String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("emit-test-\(UUID().uuidString)")
        for path in paths {
            let target = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: root.appendingPathComponent(path), to: target)
        }
        return directory
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `verify arguments` as its own process with `directory` as the working directory.
    static func runVerify(_ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = try verifyExecutable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }
}

struct MissingExecutable: Error, CustomStringConvertible {
    let description: String
}

/// The shared seeded generator (SplitMix64, `TestSupport`), under this file's former name.
typealias EmitRandom = SplitMix64
