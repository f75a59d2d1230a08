import Foundation
import XCTest
import Algebra
import Derivation
import Figure1
import Outputs
import TestSupport

/// The repository checkout and what `verify emit` makes of it, computed once per test process
/// from the shared derivation (`RepositoryDerivation`).
enum EmitRepository {
    static let root = RepositoryDerivation.root

    /// The seed files the generated coefficient code derives from (repository-relative).
    static let seedPaths = [Stage1Coefficients.seedPath, Stage2Coefficients.seedPath, Stage3Coefficients.seedPath]
    /// Every seed file `verify emit` reads (Stage 4 feeds the report and `DiffusionFlux`).
    static let allSeedPaths = seedPaths + [Stage4Check.seedPath]

    static func seedText() throws -> String { try RepositoryDerivation.text(Stage1Coefficients.seedPath) }

    /// The registry (Stages 1-4) of the shared derivation.
    static let registry: Result<CoefficientRegistry, Error> = Result {
        try CoefficientRegistry.repository(verification: RepositoryDerivation.verification.get())
    }

    /// The audit report of the shared derivation.
    static let report: Result<[GeneratedFile], Error> = Result { try reportFiles(verification: RepositoryDerivation.verification.get()) }

    /// Every file `verify emit` writes, as `EmitCommand` assembles them: the coefficient code,
    /// the report and the Fig. 1 files.
    static let emitted: Result<[GeneratedFile], Error> = Result {
        try CoefficientEmitter.files(registry.get()) + report.get()
            + Figure1Files.files(verification: RepositoryDerivation.verification.get())
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
