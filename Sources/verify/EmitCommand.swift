import Foundation
import Outputs

/// `verify emit`: write every generated file (the coefficient code in `derivations/Coefficients/`
/// and the audit report `derivations/REPORT.md`), or (`--check`) report the checked-in files
/// that differ from a fresh emission.
enum EmitCommand {
    static let help = """
    usage: verify emit [--check] [--quiet]

    Derives Stages 1-4 from seeds/stage1.claims … stage4.claims and writes Swift
    sources for the derived coefficients (|M_ss'|^2 of Eqs. 4-6, the rate coefficients of
    Eqs. 9 and 19-23, the first-moment terms of Eqs. 31-37, each for nu and nubar, and the
    Table I couplings) into derivations/Coefficients/, the library target `Coefficients`, and
    the audit report derivations/REPORT.md (also written by 'verify report'). The repository root is the
    current directory (`swift run` runs in the package root). Files are written atomically and
    are byte-identical between runs (no timestamps or paths; each header carries the seed file's
    SHA-256 and the content's SHA-256).

    options:
      --check   write nothing; print 'stale: <path>' on stderr for every generated file that is
                missing or differs from a fresh emission (and for any other .swift file in
                derivations/Coefficients/), exit 1 if there is one, 0 otherwise
      --quiet   no progress or summary lines
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        var check = false, quiet = false
        for argument in arguments {
            switch argument {
            case "--help", "-h": print(help); return 0
            case "--check": check = true
            case "--quiet": quiet = true
            default: throw UsageError(description: "unknown option '\(argument)' for 'verify emit'")
            }
        }
        let progress = Progress(enabled: !quiet)
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        progress("deriving from the seeds and emitting")
        let (registry, verification) = try CoefficientRegistry.repositoryAndVerification { path in
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
                  let text = String(data: data, encoding: .utf8) else {
                throw UsageError(description: "\(path): cannot read the seed file (run 'verify emit' in the package root)")
            }
            return text
        }
        // Every generated file: the coefficient code and the audit report (same derivation).
        let files = try CoefficientEmitter.files(registry) + reportFiles(verification: verification)
            + Figure1Files.files(verification: verification)
        let orphans = try orphanPaths(files, under: root)
        progress("emitted \(files.count) files")

        if check {
            let stale = (stalePaths(files, under: root) + orphans).sorted()
            for path in stale { FileHandle.standardError.write(Data("stale: \(path)\n".utf8)) }
            if !stale.isEmpty {
                FileHandle.standardError.write(Data("verify: \(stale.count) generated file(s) out of date; run 'swift run verify emit'\n".utf8))
                return 1
            }
            if !quiet { print("emit --check: \(files.count) generated files (\(CoefficientEmitter.directory), \(AuditReport.path)) are up to date") }
            return 0
        }
        let changed = stalePaths(files, under: root)
        try writeAll(files, under: root)
        for path in orphans { try FileManager.default.removeItem(at: root.appendingPathComponent(path)) }
        if !quiet {
            print("emit: wrote \(files.count) files to \(CoefficientEmitter.directory) and \(AuditReport.path) (\(changed.count) changed, \(orphans.count) removed)")
        }
        return 0
    }

    /// Swift files in the generated directory that this emission does not produce. Only files
    /// that carry the generated-file marker are ever removed by `emit`; others are reported.
    static func orphanPaths(_ files: [GeneratedFile], under root: URL) throws -> [String] {
        let directory = root.appendingPathComponent(CoefficientEmitter.directory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        let produced = Set(files.map(\.path))
        var orphans: [String] = []
        for name in names.sorted() where name.hasSuffix(".swift") {
            let path = "\(CoefficientEmitter.directory)/\(name)"
            if produced.contains(path) { continue }
            let text = (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
            guard text.hasPrefix(CoefficientEmitter.marker) else {
                throw UsageError(description: "\(path): not a generated file, but inside the generated target; move or remove it")
            }
            orphans.append(path)
        }
        return orphans
    }
}
