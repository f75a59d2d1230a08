import Derivation
import Foundation

/// The repository checkout and its whole derivation (Stages 1-4, `Verification`), computed
/// once per test process: SwiftPM links every test target into one process, so every test
/// that reads the repository's derivation shares this one instead of deriving again.
public enum RepositoryDerivation {
    /// The package root, located from this source file (tests run from any directory).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed directory, `seeds/`.
    public static let seedsDirectory = root.appendingPathComponent("seeds")

    /// The derivation from the repository's seeds, computed on first use.
    public static let verification: Result<Verification, Error> = Result {
        try Verification(seeds: Verification.Seeds(directory: seedsDirectory.path))
    }

    /// The text of a repository file (e.g. `seeds/stage1.claims`, `README.md`).
    public static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}
