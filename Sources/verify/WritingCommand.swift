import Derivation
import Outputs

/// The shape shared by `verify report` and `verify figure1`: options `--seeds DIR`,
/// `--output DIR`, `--quiet`; derive Stages 1-4 from the seeds, render files, write them
/// (atomically, only what changed) under the output root.
struct WritingCommand {
    var seeds = "seeds", output = ".", quiet = false
    var maxTerms: Int?

    /// The options of these commands, for their help texts.
    static let optionsHelp = """
    options:
      --seeds DIR     directory of the transcribed claims (default: seeds)
      --max-terms N   term budget of the Dirac entries of the seeds (default 200000): the traces
                      and products built from Eqs. (1)-(2) are estimated before expanding
      --output DIR    repository root to write under (default: .)
      --quiet         no progress lines on stderr
    """

    /// The options, or nil when `--help` was asked for (the help is printed).
    static func parse(_ arguments: [String], command: String, help: String) throws -> WritingCommand? {
        var options = WritingCommand()
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--help", "-h": print(help); return nil
            case "--quiet": options.quiet = true
            case "--seeds": options.seeds = try CommandLineOptions.value(of: arguments, at: &index, needs: "a directory")
            case "--output": options.output = try CommandLineOptions.value(of: arguments, at: &index, needs: "a directory")
            case "--max-terms": options.maxTerms = try CommandLineOptions.maxTerms(of: arguments, at: &index)
            default: throw UsageError(description: "unknown option '\(arguments[index])' for 'verify \(command)'")
            }
            index += 1
        }
        return options
    }

    /// Derives, renders with `render` (announced as `step`), writes, and names each file written.
    func run(step: String, render: (Verification) throws -> [GeneratedFile]) throws -> Int32 {
        let progress = Progress(enabled: !quiet)
        progress("reading the seeds in \(seeds)")
        let verification = try Verification(seeds: try Verification.Seeds(directory: seeds, maxTerms: maxTerms), progress: { progress($0) })
        progress(step)
        let files = try render(verification)
        try writeAll(files, under: output)
        for file in files { progress("wrote \(file.path)") }
        return 0
    }
}
