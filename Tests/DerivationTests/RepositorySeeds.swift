import Foundation
@testable import Derivation

/// The repository's seed files, located from this source file (tests run from any directory).
enum RepositorySeeds {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    static var stage1Path: String { directory.appendingPathComponent("stage1.claims").path }

    static func stage1Text() throws -> String { try String(contentsOfFile: stage1Path, encoding: .utf8) }

    static func stage1() throws -> SeedFile { try SeedFile(path: stage1Path) }

    static func stage2() throws -> SeedFile { try load("stage2.claims") }

    static func load(_ name: String) throws -> SeedFile {
        try SeedFile(path: directory.appendingPathComponent(name).path)
    }

    /// A test copy of the Stage 1 seeds with `original` replaced by `replacement` (must occur once).
    static func stage1(replacing original: String, with replacement: String) throws -> SeedFile {
        try mutated("stage1.claims", replacing: original, with: replacement)
    }

    /// A test copy of a seed file with `original` replaced by `replacement` (must occur once).
    static func mutated(_ name: String, replacing original: String, with replacement: String) throws -> SeedFile {
        let text = try String(contentsOfFile: directory.appendingPathComponent(name).path, encoding: .utf8)
        precondition(text.components(separatedBy: original).count == 2, "'\(original)' must occur exactly once")
        return try SeedFile(path: "mutated.claims", contents: text.replacingOccurrences(of: original, with: replacement))
    }
}
