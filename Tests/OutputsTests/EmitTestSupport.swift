import Foundation
import XCTest
import Algebra
import Derivation
import Outputs
import TestSupport

/// The repository checkout, located from this source file (tests run from any directory).
enum EmitRepository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed files `verify emit` reads (repository-relative).
    /// The seed files the generated coefficient code derives from.
    static let seedPaths = [Stage1Coefficients.seedPath, Stage2Coefficients.seedPath, Stage3Coefficients.seedPath]
    /// Every seed file `verify emit` reads (Stage 4 feeds the report and `DiffusionFlux`).
    static let allSeedPaths = seedPaths + [Stage4Check.seedPath]

    static func seedText() throws -> String {
        try String(contentsOf: root.appendingPathComponent(Stage1Coefficients.seedPath), encoding: .utf8)
    }

    /// The registry (Stages 1-3), derived once per test process.
    static let registry: Result<CoefficientRegistry, Error> = Result {
        try CoefficientRegistry.repository { try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }
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

    /// Runs `verify arguments` as its own process with `directory` as the working directory.
    static func runVerify(_ arguments: [String], in directory: URL) throws -> VerifyProcess.Run {
        try VerifyProcess.run(arguments, in: directory)
    }
}


/// The shared seeded generator (SplitMix64, `TestSupport`), under this file's former name.
typealias EmitRandom = SplitMix64
