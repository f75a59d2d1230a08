import Algebra
import Foundation

/// The whole derivation, Stages 1-4, from the seed directory: the one entry point shared by
/// `verify traces`, `verify report` and `verify emit`.
public struct Verification: Sendable {
    /// The transcribed claims and inputs of each stage.
    public struct Seeds: Sendable {
        public let stage1: SeedFile, stage2: SeedFile, stage3: SeedFile, stage4: SeedFile

        /// Reads `stage1.claims` … `stage4.claims` from `directory`; a missing
        /// or unreadable file is an error naming it, an empty path is refused.
        public init(directory: String) throws {
            guard !directory.isEmpty else { throw SeedFile.Failure(message: "the seed directory is an empty path") }
            func load(_ name: String) throws -> SeedFile {
                try SeedFile(path: directory.hasSuffix("/") ? directory + name : directory + "/" + name)
            }
            try self.init(stage1: try load("stage1.claims"), stage2: try load("stage2.claims"), stage3: try load("stage3.claims"),
                          stage4: try load("stage4.claims"))
        }

        /// The four files, each checked against its `SeedSchema` (every entry parsed, none unknown).
        public init(stage1: SeedFile, stage2: SeedFile, stage3: SeedFile, stage4: SeedFile) throws {
            for (schema, file) in [(SeedSchema.stage1, stage1), (.stage2, stage2), (.stage3, stage3), (.stage4, stage4)] {
                try schema.validate(file)
            }
            self.stage1 = stage1
            self.stage2 = stage2
            self.stage3 = stage3
            self.stage4 = stage4
        }
    }

    public let seeds: Seeds
    public let stage1: Stage1Check.Result
    public let stage2: Stage2Check.Result
    public let stage3: Stage3Check.Result
    public let stage4: Stage4Check.Result

    /// Every row, in the order of the paper.
    public var rows: [CheckRow] { stage1.rows + stage2.rows + stage3.rows + stage4.rows }

    /// What the derivation of the coefficients (Stages 1-3) neglects, stage by stage (Stage 4's
    /// approximations, added on top of these, are `Stage4Derivation.neglected`).
    public static let neglected = SquaredMatrixElement.neglected + Stage2Derivation.neglected + Stage3Derivation.neglected

    public init(seeds: Seeds, progress: (String) -> Void = { _ in }) throws {
        self.seeds = seeds
        stage1 = try Stage1Check(seeds: seeds.stage1).run(progress: progress)
        stage2 = try Stage2Check(seeds: seeds.stage2).run(stage1: stage1, progress: progress)
        stage3 = try Stage3Check(seeds: seeds.stage3).run(stage2: stage2.derivation, progress: progress)
        stage4 = try Stage4Check(seeds: seeds.stage4).run(stage3: stage3.derivation, stage3Seeds: seeds.stage3, progress: progress)
    }
}
