import Algebra

/// How differences (derived − printed) are shown: couplings and constants collected in
/// front of each kinematic/spin structure, in the plain-text syntax (it parses back).
public enum DifferenceText {
    /// Symbols treated as coefficients: couplings, G_F, masses, π, densities, temperatures
    /// (C5 = cV² + 5cA² in Stage 4).
    public static let coefficientSymbols: Set<String> = ["GF", "cV", "cA", "F2", "m", "pi", "n", "T", "S0", "C5"]

    public static func text(_ p: Polynomial) -> String {
        CollectedPrinter.text(p) { coefficientSymbols.contains($0.name) }
    }
}
