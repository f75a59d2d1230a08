import Derivation
import Outputs

/// `verify figure1`: Fig. 1 of the paper redone, R_sc/abs of Eq. (50) with the printed and the
/// derived ε(1..3), written to `derivations/figure1/` (SVG, CSV tables, note) atomically.
enum Figure1Command {
    static let help = """
    usage: verify figure1 [--seeds DIR] [--max-terms N] [--output DIR] [--quiet]

    Rebuilds Stages 1-4 from the seeds, then computes R_sc/abs of Eq. (50) (with Eqs. 39-45,
    47-49, 51-52) at T = 3 MeV, rho = 1e12 g/cm^3, Y_e = 0.3 (neutrons only) on a grid of
    T_e^eff and T_mu^eff from 2 to 8 MeV, once with the printed eps(1..3) of Eqs. (43)-(45) and
    once with the derived ones, and writes \(Figure1Files.directory)/: figure1.svg (the two
    contour maps), R_printed.csv, R_derived.csv, integrals.csv and README.md (constants,
    readings, sample points, convergence). 'verify emit' writes the same files and
    'verify emit --check' checks them. Every k-integral is done at two tolerances; the run fails
    if they disagree by more than 1e-6 relative.

    \(WritingCommand.optionsHelp)
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        guard let command = try WritingCommand.parse(arguments, command: "figure1", help: help) else { return 0 }
        return try command.run(step: "Fig. 1: R_sc/abs on the grid, printed and derived eps(1..3)") { try Figure1Files.files(verification: $0) }
    }
}
