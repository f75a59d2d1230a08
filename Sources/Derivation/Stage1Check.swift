import Algebra
import Dirac
import Foundation

/// Stage 1 as a sequence of checks, in the order of the paper: Eq. (2) against the covariant
/// projector; the derivation; the normalization from the leading term; Eqs. (4)-(6) for ν
/// and ν̄; time reversal of the derived |M|² and of each printed equation.
public struct Stage1Check {
    public let seeds: SeedFile
    public let inputs: Stage1Inputs

    public init(seeds: SeedFile) {
        self.seeds = seeds
        self.inputs = Stage1Inputs(seeds: seeds)
    }

    /// The printed claims, with ± and ∓ written in the one symbol pm.
    public func printed(_ equation: String) throws -> Polynomial {
        try eliminatingMinusPlus(seeds.polynomial("eq\(equation)"))
    }

    /// Everything Stage 1 computes, kept for reports and `--show`.
    public struct Result: Sendable {
        public let rows: [CheckRow]
        public let readings: [DensityMatrix.Reading]
        public let derivation: Stage1Derivation
        /// The normalization fixed from the leading term.
        public let normalization: Rational
        /// Normalized |M_ss'|² per particle.
        public let squaredMatrixElement: [Particle: Polynomial]
    }

    public func run(progress: (String) -> Void = { _ in }) throws -> Result {
        var log = RowLog()

        // Eq. (2): which reading of the printed density matrix is the covariant projector?
        progress("Eq. (2): density matrix against the covariant projector, 8 readings")
        let readings = try DensityMatrixCheck.agreeingReadings(inputs)
        let source: DensityMatrix.Source
        if let reading = readings.first {
            log.add(CheckRow(id: "eq2", equation: "2", particle: nil, kind: .claim, verdict: .match, difference: nil,
                                       note: "agrees in the reading \(reading) only"))
            source = .printed(reading)
        } else {
            // Shown: the first differing component of the reading closest to the projector
            // (fewest differing components, ties in the order of Reading.all).
            let residuals = try DensityMatrix.Reading.all.map { ($0, try DensityMatrixCheck.residuals(inputs, reading: $0)) }
            let closest = residuals.min { $0.1.count < $1.1.count }!
            log.add(CheckRow(id: "eq2", equation: "2", particle: nil, kind: .claim, verdict: .mismatch,
                             difference: closest.1.first ?? .zero,
                             note: "no reading of the index heights agrees (difference: first of \(closest.1.count) differing components "
                                 + "in the closest reading \(closest.0)); |M|^2 is derived from the covariant projector itself"))
            source = .covariantProjector
        }

        // The derivation.
        progress("|M_ss'|^2: hadron tensor, contraction with the lepton tensor, 3+1 split")
        let derivation = try Stage1Derivation(inputs: inputs, source: source)
        for particle in Particle.allCases {
            let imaginary = derivation.unnormalized[particle]!.imaginaryPart
            log.add(CheckRow(id: "check.real.\(particle.rawValue)", equation: nil, particle: particle, kind: .consistency,
                                       verdict: imaginary.isZero ? .match : .mismatch, difference: imaginary.isZero ? nil : imaginary,
                                       note: "|M|^2 has no imaginary part"))
        }

        // Normalization: one constant, from the spin- and angle-independent c_V² term of Eq. (4).
        let reference = Monomial.product(Monomial(PaperSymbols.GF, 2), Monomial(PaperSymbols.cV, 2)).monomial
        let printed4 = try Particle.nu.resolvingSigns(printed("4"))
        let derivedReference = derivation.unnormalized[.nu]!.coefficient(of: reference)
        guard !derivedReference.isZero else { throw AlgebraError.undefined("the derived leading term has no G_F^2 c_V^2 term") }
        let normalization = try printed4.coefficient(of: reference) / derivedReference
        log.add(try CheckRow.compare(
            id: "check.normalization", equation: "4", particle: nil, kind: .consistency,
            derived: Polynomial(Stage1Derivation.unitSpinorNormalization), printed: Polynomial(normalization),
            note: "constant fixed from the G_F^2 c_V^2 term of Eq. (4) = \(normalization); unit-normalized spinors give 1/16"))

        // Eqs. (4)-(6), ν and ν̄.
        var m2: [Particle: Polynomial] = [:]
        var pieces: [Particle: (leading: Polynomial, q: Polynomial, P: Polynomial, remainder: Polynomial)] = [:]
        for particle in Particle.allCases {
            m2[particle] = try derivation.squaredMatrixElement(particle, normalization: normalization)
            pieces[particle] = Stage1Derivation.pieces(of: m2[particle]!)
        }
        for (equation, piece) in [("4", \Stage1Pieces.leading), ("5", \Stage1Pieces.q), ("6", \Stage1Pieces.P)] {
            progress("Eq. (\(equation)) for nu and nubar")
            let claim = try printed(equation)
            for particle in Particle.allCases {
                let derived = Stage1Pieces(pieces[particle]!)[keyPath: piece]
                log.add(try CheckRow.compare(id: "eq\(equation).\(particle.rawValue)", equation: equation, particle: particle,
                                                       kind: .claim, derived: derived, printed: particle.resolvingSigns(claim)))
            }
        }
        for particle in Particle.allCases {
            let rest = pieces[particle]!.remainder
            log.add(CheckRow(id: "check.first-order.\(particle.rawValue)", equation: "3", particle: particle, kind: .consistency,
                                       verdict: rest.isZero ? .match : .mismatch, difference: rest.isZero ? nil : rest,
                                       note: "every O(1/m) term is linear in q or in P"))
        }

        // Time reversal: Ω ↔ Ω', P → P, q → −q, s ↔ s'.
        progress("time reversal")
        let both = try combinedInSign(nu: m2[.nu]!, nubar: m2[.nubar]!)
        log.add(try symmetryRow(id: "tr.derived", equation: nil, of: both))
        for equation in ["4", "5", "6"] {
            log.add(try symmetryRow(id: "tr.eq\(equation)", equation: equation, of: printed(equation)))
        }
        return Result(rows: log.rows, readings: readings, derivation: derivation, normalization: normalization, squaredMatrixElement: m2)
    }

    func symmetryRow(id: String, equation: String?, of x: Polynomial) throws -> CheckRow {
        let violation = try TimeReversal.violation(of: x)
        return CheckRow(id: id, equation: equation, particle: nil, kind: .symmetry,
                        verdict: violation.isZero ? .match : .mismatch, difference: violation.isZero ? nil : violation,
                        note: "T(x) - x with Om <-> Om', q -> -q, P -> P, s <-> s' (pm = +1 nu, -1 nubar)")
    }
}

/// Names the three printed pieces of Eq. (3) for key-path access.
struct Stage1Pieces {
    let leading: Polynomial, q: Polynomial, P: Polynomial
    init(_ t: (leading: Polynomial, q: Polynomial, P: Polynomial, remainder: Polynomial)) {
        (leading, q, P) = (t.leading, t.q, t.P)
    }
}
