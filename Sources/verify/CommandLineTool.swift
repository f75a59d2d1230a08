import Derivation
import Figure1
import Platform

/// A failure of the tool or of its input: printed as one line on stderr, exit code 2.
struct UsageError: Error, CustomStringConvertible {
    let description: String
}

enum CommandLineTool {
    /// `verify --version`.
    static let version = "verify 0.3.0 (astro-ph/0307006)"

    static let usage = """
    verify: rebuilds the formulas of astro-ph/0307006 (Ando, neutrino-nucleon scattering in
    supernova magnetic fields) with an exact symbolic engine and says equation by equation
    whether the printed formulas are right.

    usage: verify <subcommand> [options]     (verify --version: the version)

    subcommands:
      traces           rebuild the printed equations from the seeds and print one verdict per claim
      trace <expr>     print the canonical value of a Dirac trace, e.g. 'tr(g5 p1 p2 p3 p4)'
      emit             write every generated file: derivations/Coefficients/, REPORT.md, figure1/ (--check: freshness)
      report           write the audit report derivations/REPORT.md (verdicts, equations, differences)
      figure1          Fig. 1 redone (R_sc/abs, printed vs derived eps): derivations/figure1/
      bench            time a fixed list of traces and the whole derivation (build with -c release)

    Run 'verify <subcommand> --help' for the options of a subcommand. Options with a value
    are written '--seeds DIR' or '--seeds=DIR'. Exit codes: 0 when the command ran, 1 for an
    ERROR row or stale generated files, 2 for bad input or a failed write (stdout included).
    """

    static func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first else {
            StandardError.write((usage + "\n"))
            return 2
        }
        do {
            let rest = try CommandLineOptions.refusingRepeats(CommandLineOptions.splittingAssignments(Array(arguments.dropFirst())))
            switch first {
            case "--help", "-h", "help":
                print(usage)
                return 0
            case "--version":
                guard rest.isEmpty else { throw UsageError(description: "--version takes no arguments") }
                print(version)
                return 0
            case "trace":
                return try TraceCommand.run(rest)
            case "traces":
                return try TracesCommand.run(rest)
            case "emit": return try EmitCommand.run(rest)
            case "report": return try ReportCommand.run(rest)
            case "figure1": return try Figure1Command.run(rest)
            case "bench": return try BenchCommand.run(rest)
            default:
                throw UsageError(description: "unknown subcommand '\(first)'; run 'verify --help' for the list")
            }
        } catch let failure as Verification.StageFailure {
            // The engine failed on valid input: a failure of the tool, not of its input.
            StandardError.write("verify: error: \(failure)\n")
            return 1
        } catch {
            StandardError.write("verify: error: \(error)\n")
            return 2
        }
    }
}

/// Progress lines on stderr: step name and elapsed time.
struct Progress {
    let start = ContinuousClock.now
    let enabled: Bool

    func callAsFunction(_ step: String) {
        guard enabled else { return }
        let elapsed = CFormat.string("%.3f", (ContinuousClock.now - start).seconds)
        StandardError.write("[\(elapsed) s] \(step)\n")
    }
}
