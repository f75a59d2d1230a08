import Algebra

/// How differences (derived − printed) are shown: couplings and constants collected in
/// front of each kinematic/spin structure, in the plain-text syntax of the seeds (it parses
/// back: a scalar difference with `parsePolynomial`, a vector one with `parseVector`).
public enum DifferenceText {
    /// Symbols treated as coefficients: couplings, G_F, masses, π, densities, temperatures
    /// (C5 = cV² + 5cA² in Stage 4).
    public static let coefficientSymbols: Set<String> = ["GF", "cV", "cA", "F2", "m", "pi", "n", "T", "S0", "C5"]

    public static func text(_ p: Polynomial) -> String {
        CollectedPrinter.text(spellingVectorsAsInSeeds(p)) { coefficientSymbols.contains($0.name) }
    }

    /// A flattened vector difference (Stages 3-4: Σ coefficient·`vec(X)`) with each basis atom
    /// `vec(X)` written as the vector `X` itself (`W`, `cross(B,h)`), as the seeds write vectors.
    static func spellingVectorsAsInSeeds(_ p: Polynomial) -> Polynomial {
        let basis = p.symbols.filter { $0.name.hasPrefix("vec(") && $0.name.hasSuffix(")") }
        guard !basis.isEmpty else { return p }
        let renamed = basis.reduce(into: [Symbol: Polynomial]()) { $0[$1] = Polynomial(Symbol(String($1.name.dropFirst(4).dropLast()))) }
        return (try? p.substituting(renamed)) ?? p
    }
}
