import Derivation
import Foundation
import Outputs

/// `verify figure1`: Fig. 1 of the paper redone, R_sc/abs of Eq. (50) with the printed and the
/// derived ε(1..3), written to `derivations/figure1/` (SVG, CSV tables, note) atomically.
enum Figure1Command {
    static let help = """
    usage: verify figure1 [--seeds DIR] [--output DIR] [--quiet]

    Rebuilds Stages 1-4 from the seeds, then computes R_sc/abs of Eq. (50) (with Eqs. 39-45,
    47-49, 51-52) at T = 3 MeV, rho = 1e12 g/cm^3, Y_e = 0.3 (neutrons only) on a grid of
    T_e^eff and T_mu^eff from 2 to 8 MeV, once with the printed eps(1..3) of Eqs. (43)-(45) and
    once with the derived ones, and writes \(Figure1Files.directory)/: figure1.svg (the two
    contour maps), R_printed.csv, R_derived.csv, integrals.csv and README.md (constants,
    readings, sample points, convergence). 'verify emit' writes the same files and
    'verify emit --check' checks them. Every k-integral is done at two tolerances; the run fails
    if they disagree by more than 1e-6 relative.

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
                throw UsageError(description: "unknown option '\(a)' for 'verify figure1'")
            }
            index += 1
        }
        let progress = Progress(enabled: !quiet)
        progress("reading the seeds in \(seedsDirectory)")
        let verification = try Verification(seeds: try Verification.Seeds(directory: seedsDirectory), progress: { progress($0) })
        progress("Fig. 1: R_sc/abs on the grid, printed and derived eps(1..3)")
        let files = try Figure1Files.files(verification: verification)
        try writeAll(files, under: URL(fileURLWithPath: output))
        for file in files { progress("wrote \(file.path)") }
        return 0
    }
}
