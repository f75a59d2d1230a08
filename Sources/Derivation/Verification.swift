import Dirac
import Algebra

/// The whole derivation, Stages 1-4, from the seed directory: the one entry point shared by
/// `verify traces`, `verify report` and `verify emit`.
public struct Verification: Sendable {
    /// The transcribed claims and inputs of each stage.
    public struct Seeds: Sendable {
        public let stage1: SeedFile, stage2: SeedFile, stage3: SeedFile, stage4: SeedFile

        /// Reads `stage1.claims` … `stage4.claims` from `directory`; a missing
        /// or unreadable file is an error naming it, an empty path is refused. `maxTerms` is the
        /// term budget of the Dirac entries (default `Budget.defaultMaxTerms`).
        public init(directory: String, maxTerms: Int? = nil) throws {
            guard !directory.isEmpty else { throw SeedFile.Failure(message: "the seed directory is an empty path") }
            func load(_ name: String) throws -> SeedFile {
                try SeedFile(path: directory.hasSuffix("/") ? directory + name : directory + "/" + name)
            }
            var stage1 = try load("stage1.claims")
            if let maxTerms { stage1.termBudget = Budget(maxTerms: maxTerms, raiseHint: SeedFile.raiseHint) }
            try self.init(stage1: stage1, stage2: try load("stage2.claims"), stage3: try load("stage3.claims"),
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
    /// Beyond the paper: the O(T/m) terms that first-order |M|² misses, rows `check.order-Tm.*`:
    /// `SecondOrderCheck` (k ≪ T, B = 0) and `OrderTmCompletion` (Stages 3-4 rerun with the complete
    /// O(T/m) rate, every k/T, first order in μ_B B).
    public let orderTm: [CheckRow]

    /// Every row, in the order of the paper.
    public var rows: [CheckRow] { stage1.rows + stage2.rows + stage3.rows + stage4.rows + orderTm }

    /// The stages run in order (the fifth is the O(T/m) check, `SecondOrderCheck`).
    static let stageCount = 5

    /// What the derivation of the coefficients (Stages 1-3) neglects, stage by stage (Stage 4's
    /// approximations, added on top of these, are `Stage4Derivation.neglected`).
    public static let neglected = SquaredMatrixElement.neglected + Stage2Derivation.neglected + Stage3Derivation.neglected

    /// Every stage must succeed (for the report and the generated code): bad input throws
    /// `SeedFile.Failure`, an engine failure throws the `StageFailure` naming its step.
    public init(seeds: Seeds, progress: (String) -> Void = { _ in }) throws {
        self = try Verification.run(seeds: seeds, progress: progress).outcome.get()
    }

    private init(seeds: Seeds, stage1: Stage1Check.Result, stage2: Stage2Check.Result, stage3: Stage3Check.Result,
                 stage4: Stage4Check.Result, orderTm: [CheckRow]) {
        self.seeds = seeds
        self.stage1 = stage1
        self.stage2 = stage2
        self.stage3 = stage3
        self.stage4 = stage4
        self.orderTm = orderTm
    }

    /// An engine failure (not bad input) inside one stage of the derivation: the stage, the
    /// step it was in (its last progress line) and the error.
    public struct StageFailure: Error, CustomStringConvertible, Sendable {
        public let stage: Int
        public let step: String
        public let reason: String
        public var description: String { "Stage \(stage) failed in step '\(step)': \(reason)" }
    }

    /// The outcome of `verify traces`: the rows of every stage that ran; when a stage failed,
    /// an ERROR row naming its step and one ERROR row per later stage (not run: each stage
    /// takes the result of the one before), and the failure as `outcome`.
    public struct Run: Sendable {
        public let rows: [CheckRow]
        public let outcome: Result<Verification, StageFailure>

        /// The whole derivation, nil when a stage failed.
        public var verification: Verification? { try? outcome.get() }
    }

    /// Runs Stages 1-4 in order. Bad input (a seed that cannot be read or parsed,
    /// `SeedFile.Failure`) is rethrown; any other error inside a stage becomes its ERROR row.
    public static func run(seeds: Seeds, progress: (String) -> Void = { _ in }) throws -> Run {
        var rows: [CheckRow] = []
        var step = ""
        func tracking(_ line: String) { step = line; progress(line) }
        func attempt<T>(_ stage: Int, _ body: () throws -> T) throws -> Result<T, StageFailure> {
            step = "start of Stage \(stage)"
            do {
                return .success(try body())
            } catch let failure as SeedFile.Failure {
                throw failure
            } catch {
                return .failure(StageFailure(stage: stage, step: step, reason: "\(error)"))
            }
        }
        func failed(_ failure: StageFailure) -> Run {
            rows.append(CheckRow(id: "error.stage\(failure.stage)", equation: nil, particle: nil, kind: .step, verdict: .error,
                                 difference: nil, note: "\(failure); the rows of Stage \(failure.stage) are not reported"))
            for later in stride(from: failure.stage + 1, through: stageCount, by: 1) {
                rows.append(CheckRow(id: "error.stage\(later)", equation: nil, particle: nil, kind: .step, verdict: .error,
                                     difference: nil, note: later < stageCount
                                        ? "not run: Stage \(later) takes the result of Stage \(later - 1)"
                                        : "not run: the stages run in order and stop at the first failure"))
            }
            return Run(rows: rows, outcome: .failure(failure))
        }
        let stage1: Stage1Check.Result
        switch try attempt(1, { try Stage1Check(seeds: seeds.stage1).run(progress: tracking) }) {
        case .success(let r): stage1 = r; rows += r.rows
        case .failure(let f): return failed(f)
        }
        let stage2: Stage2Check.Result
        switch try attempt(2, { try Stage2Check(seeds: seeds.stage2).run(stage1: stage1, progress: tracking) }) {
        case .success(let r): stage2 = r; rows += r.rows
        case .failure(let f): return failed(f)
        }
        let stage3: Stage3Check.Result
        switch try attempt(3, { try Stage3Check(seeds: seeds.stage3).run(stage2: stage2.derivation, progress: tracking) }) {
        case .success(let r): stage3 = r; rows += r.rows
        case .failure(let f): return failed(f)
        }
        let stage4: Stage4Check.Result
        switch try attempt(4, { try Stage4Check(seeds: seeds.stage4).run(stage3: stage3, progress: tracking) }) {
        case .success(let r): stage4 = r; rows += r.rows
        case .failure(let f): return failed(f)
        }
        let orderTm: [CheckRow]
        switch try attempt(5, {
            tracking("the O(T/m) terms of |M|^2 at second order in the nucleon momentum (check.order-Tm)")
            let inputs = Stage1Inputs(seeds: seeds.stage1)
            let hadron = try SecondOrderMatrixElement.hadronTensor(inputs)
            let kLessThanT = try SecondOrderCheck.rows(stage1: inputs, hadron: hadron)
            return try kLessThanT + OrderTmCompletion(seeds: seeds, stage2: stage2.derivation, paper3: stage3.derivation,
                                                      paper4: stage4, hadron: hadron, progress: tracking).rows
        }) {
        case .success(let r): orderTm = r; rows += r
        case .failure(let f): return failed(f)
        }
        let verification = Verification(seeds: seeds, stage1: stage1, stage2: stage2, stage3: stage3, stage4: stage4,
                                        orderTm: orderTm)
        return Run(rows: rows, outcome: .success(verification))
    }
}
