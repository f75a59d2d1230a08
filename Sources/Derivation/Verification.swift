import Algebra
import Foundation

/// The whole derivation, Stages 1-3, from the seed directory: the one entry point shared by
/// `verify traces`, `verify report` and `verify emit`.
public struct Verification: Sendable {
    /// The transcribed claims and inputs of each stage.
    public struct Seeds: Sendable {
        public let stage1: SeedFile, stage2: SeedFile, stage3: SeedFile

        /// Reads `stage1.claims`, `stage2.claims`, `stage3.claims` from `directory`; a missing
        /// or unreadable file is an error naming it.
        public init(directory: String) throws {
            func load(_ name: String) throws -> SeedFile {
                try SeedFile(path: directory.hasSuffix("/") ? directory + name : directory + "/" + name)
            }
            self.init(stage1: try load("stage1.claims"), stage2: try load("stage2.claims"), stage3: try load("stage3.claims"))
        }

        public init(stage1: SeedFile, stage2: SeedFile, stage3: SeedFile) {
            self.stage1 = stage1
            self.stage2 = stage2
            self.stage3 = stage3
        }
    }

    public let seeds: Seeds
    public let stage1: Stage1Check.Result
    public let stage2: Stage2Check.Result
    public let stage3: Stage3Check.Result

    /// Every row, in the order of the paper.
    public var rows: [CheckRow] { stage1.rows + stage2.rows + stage3.rows }

    /// What the derivation neglects, stage by stage.
    public static let neglected = SquaredMatrixElement.neglected + Stage2Derivation.neglected + Stage3Derivation.neglected

    public init(seeds: Seeds, progress: (String) -> Void = { _ in }) throws {
        self.seeds = seeds
        stage1 = try Stage1Check(seeds: seeds.stage1).run(progress: progress)
        stage2 = try Stage2Check(seeds: seeds.stage2).run(stage1: stage1, progress: progress)
        stage3 = try Stage3Check(seeds: seeds.stage3).run(stage2: stage2.derivation, progress: progress)
    }
}
