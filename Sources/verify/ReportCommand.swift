import Derivation
import Foundation
import Outputs

/// `verify report`: writes the reviewer's audit report `derivations/REPORT.md` atomically.
enum ReportCommand {
    static let help = """
    usage: verify report [--seeds DIR] [--output DIR] [--quiet]

    Rebuilds every claim and writes the audit report \(AuditReport.path): a summary table of the
    verdicts, then for each claim the printed equation (transcription and LaTeX), the derived one,
    the difference and the verdict, with the approximations and conventions used. The file is
    written atomically (temporary file, then rename) only if it changed, and is byte-identical
    between runs.

    options:
      --seeds DIR     directory of the transcribed claims (default: seeds)
      --output DIR    repository root to write under (default: .)
      --quiet         no progress lines on stderr
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        var seedsDirectory = "seeds", output = ".", quiet = false
        var index = 0
        while index < arguments.count {
            let a = arguments[index]
            switch a {
            case "--help", "-h": print(help); return 0
            case "--quiet": quiet = true
            case "--seeds": seedsDirectory = try CommandLineOptions.value(of: arguments, at: &index, needs: "a directory")
            case "--output": output = try CommandLineOptions.value(of: arguments, at: &index, needs: "a directory")
            default:
                throw UsageError(description: "unknown option '\(a)' for 'verify report'")
            }
            index += 1
        }
        let progress = Progress(enabled: !quiet)
        progress("reading the seeds in \(seedsDirectory)")
        let seeds = try Verification.Seeds(directory: seedsDirectory)
        let verification = try Verification(seeds: seeds, progress: { progress($0) })
        progress("rendering the report")
        let files = try reportFiles(verification: verification)
        try writeAll(files, under: URL(fileURLWithPath: output))
        for file in files { progress("wrote \(file.path)") }
        return 0
    }
}
