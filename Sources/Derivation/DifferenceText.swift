import Algebra

/// How differences (derived − printed) are shown: couplings and constants collected in
/// front of each kinematic/spin structure, in the plain-text syntax (it parses back).
public enum DifferenceText {
    /// Symbols treated as coefficients: couplings, G_F, masses, π, densities, temperatures.
    public static let coefficientSymbols: Set<String> = ["GF", "cV", "cA", "F2", "m", "pi", "n", "T", "S0"]

    public static func text(_ p: Polynomial) -> String {
        CollectedPrinter.text(p) { coefficientSymbols.contains($0.name) }
    }
}
