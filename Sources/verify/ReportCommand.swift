import Derivation
import Outputs

/// `verify report`: writes the reviewer's audit report `derivations/REPORT.md` atomically.
enum ReportCommand {
    static let help = """
    usage: verify report [--seeds DIR] [--max-terms N] [--output DIR] [--quiet]

    Rebuilds every claim and writes the audit report \(AuditReport.path): a summary table of the
    verdicts, then for each claim the printed equation (transcription and LaTeX), the derived one,
    the difference and the verdict, with the approximations and conventions used. The file is
    written atomically (temporary file, then rename) only if it changed, and is byte-identical
    between runs.

    \(WritingCommand.optionsHelp)
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        guard let command = try WritingCommand.parse(arguments, command: "report", help: help) else { return 0 }
        return try command.run(step: "rendering the report") { try reportFiles(verification: $0) }
    }
}
