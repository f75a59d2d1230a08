import Algebra
import Derivation
import Dirac
import Outputs

/// `verify traces`: rebuild every claim and print one row per claim and check.
enum TracesCommand {
    static let help = """
    usage: verify traces [--json] [--seeds DIR] [--max-terms N] [--reproducible] [--quiet] [--show ID]

    Rebuilds the printed equations of astro-ph/0307006 from the paper's inputs and prints one
    row per claim (MATCH or MISMATCH with the exact difference derived - printed), per
    time-reversal check and per consistency check. A MISMATCH is a finding about the paper:
    the exit code is 0 whenever the derivation ran, 1 if a row is ERROR, 2 on bad input.

    options:
      --json          print the rows as JSON (see README, "Output contract")
      --seeds DIR     directory of the transcribed claims (default: seeds)
      --max-terms N   term budget of the Dirac entries of the seeds (default 200000): the traces
                      and products built from Eqs. (1)-(2) are estimated before expanding
      --reproducible  report 0 seconds per row, so output is byte-identical between runs
      --quiet         no progress lines on stderr
      --show ID       print every intermediate expression of one claim instead of the table
                      (ID: a row id such as eq5.nu or eq22.nubar, or a prefix: eq2, eq4, eq5, eq6, tr,
                      eq15, eq19 ... eq23, eq18, eq32 ... eq37, check, check.odd-delta, ...)
    """

    struct Options {
        var json = false
        var seeds = "seeds"
        var reproducible = false
        var quiet = false
        var show: String?
        var maxTerms: Int?
    }

    static func parse(_ arguments: [String]) throws -> Options? {
        var options = Options()
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--help", "-h": print(help); return nil
            case "--json": options.json = true
            case "--reproducible": options.reproducible = true
            case "--quiet": options.quiet = true
            case "--show":
                options.show = try CommandLineOptions.value(of: arguments, at: &index, needs: "a claim id, e.g. --show eq5")
            case "--seeds":
                options.seeds = try CommandLineOptions.value(of: arguments, at: &index, needs: "a directory")
            case "--max-terms": options.maxTerms = try CommandLineOptions.maxTerms(of: arguments, at: &index)
            default:
                throw UsageError(description: "unknown option '\(arguments[index])' for 'verify traces'")
            }
            index += 1
        }
        if options.json, options.show != nil {
            throw UsageError(description: "--json and --show cannot be combined (--show prints text steps, --json the rows)")
        }
        return options
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        guard let options = try parse(arguments) else { return 0 }
        let progress = Progress(enabled: !options.quiet)
        progress("reading the seeds in \(options.seeds)")
        let seeds = try Verification.Seeds(directory: options.seeds, maxTerms: options.maxTerms)
        let run = try Verification.run(seeds: seeds, progress: { progress($0) })
        if let id = options.show {
            let verification = try run.outcome.get()
            guard let steps = try DerivationSteps.text(id: id, verification: verification) else {
                throw UsageError(description: "unknown claim '\(id)' for --show; known: \(DerivationSteps.knownIDs(verification).joined(separator: ", "))")
            }
            print(steps, terminator: "")
            return 0
        }
        var rows = run.rows
        if options.reproducible { for i in rows.indices { rows[i].seconds = 0 } }
        progress("done")
        let report = TracesReport(rows: rows, seedsPath: options.seeds, neglected: Verification.neglected + Stage4Derivation.neglected,
                                  normalization: run.verification?.stage1.normalization)
        print(options.json ? report.json : report.text, terminator: "")
        return rows.contains { $0.verdict == .error } ? 1 : 0
    }
}
