import Derivation
import Outputs
import Platform

/// `verify emit`: write every generated file (the coefficient code in `derivations/Coefficients/`,
/// the audit report `derivations/REPORT.md` and the Fig. 1 files in `derivations/figure1/`), or (`--check`) report the checked-in files
/// that differ from a fresh emission and every stray entry of the generated folders.
enum EmitCommand {
    static let help = """
    usage: verify emit [--check] [--seeds DIR] [--max-terms N] [--quiet]

    Derives Stages 1-4 from seeds/stage1.claims … stage4.claims and writes Swift
    sources for the derived coefficients (|M_ss'|^2 of Eqs. 4-6, the rate coefficients of
    Eqs. 9 and 19-23, the first-moment terms of Eqs. 31-37, each for nu and nubar, the diffusion
    flux of Eqs. 39-45 and the Table I couplings) into derivations/Coefficients/, the library
    target `Coefficients`, the audit report derivations/REPORT.md (also written by 'verify report')
    and Fig. 1 redone in derivations/figure1/ (also written by 'verify figure1'). The repository root is the
    current directory (`swift run` runs in the package root). Only files that differ are written,
    each atomically (a temporary '.<name>.verify-tmp-<pid>', then a rename); the output is
    byte-identical between runs (no timestamps or paths; each header carries the seed file's
    SHA-256 and the content's SHA-256). derivations/, derivations/Coefficients/ and derivations/figure1/ hold
    generated files only: emit removes leftover temporary files and generated files that are no
    longer produced, and refuses to run while any other file is there.

    options:
      --check      write nothing; print 'stale: <path>' on stderr for every generated file that is
                   missing or differs from a fresh emission and for every other entry of
                   derivations/, derivations/Coefficients/ and derivations/figure1/ (leftover
                   temporary files included);
                   exit 1 if there is one, 0 otherwise
      --seeds DIR  directory of the transcribed claims (default: seeds); headers still name
                   them seeds/stageN.claims, with the SHA-256 of the files read
      --max-terms N  term budget of the Dirac entries of the seeds (default 200000)
      --quiet      no progress or summary lines
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        var check = false, quiet = false, seedsDirectory = "seeds"
        var maxTerms: Int?
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--help", "-h": print(help); return 0
            case "--check": check = true
            case "--quiet": quiet = true
            case "--seeds": seedsDirectory = try CommandLineOptions.value(of: arguments, at: &index, needs: "a directory")
            case "--max-terms": maxTerms = try CommandLineOptions.maxTerms(of: arguments, at: &index)
            default: throw UsageError(description: "unknown option '\(arguments[index])' for 'verify emit'")
            }
            index += 1
        }
        let progress = Progress(enabled: !quiet)
        let root = "."  // the repository root is the current directory
        progress("deriving from the seeds in \(seedsDirectory)")
        let (registry, verification) = try CoefficientRegistry.repositoryAndVerification(seeds: Verification.Seeds(directory: seedsDirectory, maxTerms: maxTerms))
        // Every generated file: the coefficient code and the audit report (same derivation).
        let files = try CoefficientEmitter.files(registry) + reportFiles(verification: verification)
            + Figure1Files.files(verification: verification)
        let folders = GeneratedFolders(files)
        let strays = folders.strays(under: root)
        let places = folders.directories.joined(separator: ", ")
        progress("generated \(files.count) files in memory; \(check ? "comparing them with" : "writing the changed ones to") \(places)")

        if check {
            let stale = (stalePaths(files, under: root) + strays.map(\.path)).sorted()
            for path in stale { StandardError.write("stale: \(path)\n") }
            if !stale.isEmpty {
                StandardError.write("verify: \(stale.count) stale path(s) in the generated folders; run 'swift run verify emit'\n")
                return 1
            }
            if !quiet { print("emit --check: \(files.count) generated files (in \(places)) are up to date") }
            return 0
        }
        if let foreign = strays.first(where: { if case .foreign = $0 { true } else { false } }) {
            throw UsageError(description: "\(foreign.path): not a generated file, but inside a generated folder; move or remove it")
        }
        let changed = try writeAll(files, under: root)
        for stray in strays {
            do {
                try FileSystem.remove(FileSystem.joining(root, stray.path))
            } catch {
                throw UsageError(description: "\(stray.path): cannot remove the stale file (\(error))")
            }
        }
        if !quiet {
            print("emit: \(files.count) files in \(places): \(changed.count) written, \(strays.count) stale removed")
        }
        return 0
    }
}
