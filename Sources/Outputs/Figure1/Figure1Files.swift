import Derivation
import Figure1

/// The generated files of Fig. 1 under `derivations/figure1/`: the SVG, the CSV tables and the
/// note, from one computation (`Figure1Data`). Written by `verify figure1` and `verify emit`,
/// checked by `verify emit --check`.
public enum Figure1Files {
    public static let directory = "derivations/figure1"
    public static let regenerate = "swift run verify figure1"

    public static func files(verification: Verification) throws -> [GeneratedFile] {
        files(try Figure1Data(verification: verification))
    }

    public static func files(_ data: Figure1Data) -> [GeneratedFile] {
        [
            GeneratedFile(path: "\(directory)/README.md", contents: Figure1Note.render(data)),
            GeneratedFile(path: "\(directory)/R_derived.csv", contents: Figure1Tables.ratios(data, source: .derived)),
            GeneratedFile(path: "\(directory)/R_printed.csv", contents: Figure1Tables.ratios(data, source: .printed)),
            GeneratedFile(path: "\(directory)/figure1.svg", contents: Figure1Plot.render(data)),
            GeneratedFile(path: "\(directory)/integrals.csv", contents: Figure1Tables.integrals(data)),
        ]
    }
}
