// swift-tools-version: 6.0
// A symbolic-coefficient verifier for astro-ph/0307006. No external packages:
// the trusted base is the Swift toolchain plus this repository.
import PackageDescription

let package = Package(
    name: "SymbolicVerifier",
    products: [
        .executable(name: "verify", targets: ["verify"]),
        .library(name: "Algebra", targets: ["Algebra"]),
        .library(name: "Dirac", targets: ["Dirac"]),
        .library(name: "Derivation", targets: ["Derivation"]),
    ],
    targets: [
        // Exact rationals, symbols, polynomials, series, 3-vector invariants, parser, printers.
        .target(name: "Algebra"),
        // Clifford algebra: gamma strings, traces with γ5 and ε, contraction, 3+1 split.
        .target(name: "Dirac", dependencies: ["Algebra"]),
        // The paper's derivation stages, claims and verdicts.
        .target(name: "Derivation", dependencies: ["Algebra", "Dirac"]),
        // What the tool publishes: generated Swift coefficient code and the audit report,
        // as in-memory files that `verify` writes atomically or checks for freshness.
        .target(name: "Outputs", dependencies: ["Algebra", "Dirac", "Derivation"]),
        // The command-line tool: argument parsing, printing, exit codes.
        .executableTarget(name: "verify", dependencies: ["Algebra", "Dirac", "Derivation", "Outputs"]),
        .testTarget(name: "AlgebraTests", dependencies: ["Algebra"]),
        .testTarget(name: "DiracTests", dependencies: ["Algebra", "Dirac"]),
        .testTarget(name: "DerivationTests", dependencies: ["Algebra", "Dirac", "Derivation"]),
        .testTarget(name: "OutputsTests", dependencies: ["Algebra", "Dirac", "Derivation", "Outputs"]),
    ]
)
