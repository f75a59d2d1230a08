import Algebra
import Dirac

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

    /// Everything Stage 1 computes, computed once and read by the report, `--show` and the emitter.
    public struct Result: Sendable {
        public let rows: [CheckRow]
        public let readings: [DensityMatrix.Reading]
        /// Eq. (2): per reading (in `DensityMatrix.Reading.all` order), the components
        /// tr[(printed − covariant) Γ_A] that do not vanish.
        public let readingResiduals: [ReadingResidual]
        /// The covariant projector (p̸ + m)(1 + γ5S̸)/2m to O(1/m), which Eq. (2) is compared with.
        public let covariantProjector: DiracExpression
        public let derivation: Stage1Derivation
        /// The normalization fixed from the leading term.
        public let normalization: Rational
        /// Normalized |M_ss'|² per particle.
        public let squaredMatrixElement: [Particle: Polynomial]
        /// |M_ss'|² split into the pieces of Eq. (3), per particle.
        public let pieces: [Particle: Stage1Derivation.Pieces]
        /// The printed Eqs. (4)-(6) by equation, with ± and ∓ in the one symbol pm.
        public let printed: [String: Polynomial]
        /// The sides of each claim row (`eq4.nu` …), ± resolved for the particle.
        public let comparisons: [String: RecordedComparison<Polynomial>]
    }

    /// One reading of Eq. (2) and its differing components (empty: it agrees).
    public struct ReadingResidual: Sendable {
        public let reading: DensityMatrix.Reading
        public let components: [Polynomial]
    }

    public func run(progress: (String) -> Void = { _ in }) throws -> Result {
        var log = RowLog()

        // Eq. (2): which reading of the printed density matrix is the covariant projector?
        progress("Eq. (2): density matrix against the covariant projector, 8 readings")
        let residuals = try DensityMatrix.Reading.all.map {
            ReadingResidual(reading: $0, components: try DensityMatrixCheck.residuals(inputs, reading: $0))
        }
        let readings = residuals.filter(\.components.isEmpty).map(\.reading)
        let source: DensityMatrix.Source
        if let reading = readings.first {
            log.add(CheckRow(id: "eq2", equation: "2", particle: nil, kind: .claim, verdict: .match, difference: nil,
                                       note: "agrees in the reading \(reading) only"))
            source = .printed(reading)
        } else {
            // Shown: the first differing component of the reading closest to the projector
            // (fewest differing components, ties in the order of Reading.all).
            let closest = residuals.min { $0.components.count < $1.components.count }!
            log.add(CheckRow(id: "eq2", equation: "2", particle: nil, kind: .claim, verdict: .mismatch,
                             difference: closest.components.first ?? .zero,
                             note: "no reading of the index heights agrees (difference: first of \(closest.components.count) differing components "
                                 + "in the closest reading \(closest.reading)); |M|^2 is derived from the covariant projector itself"))
            source = .covariantProjector
        }
        let covariant = try DensityMatrix.covariant(momentum: "p", spin: PaperSymbols.s).mapCoefficients {
            SquaredMatrixElement.truncation.apply($0)
        }

        // The derivation.
        progress("|M_ss'|^2: hadron tensor, contraction with the lepton tensor, 3+1 split")
        let derivation = try Stage1Derivation(inputs: inputs, source: source)
        for particle in Particle.allCases {
            let imaginary = derivation.particles[particle]!.unnormalized.imaginaryPart
            log.add(CheckRow(id: "check.real.\(particle.rawValue)", equation: nil, particle: particle, kind: .consistency,
                                       verdict: imaginary.isZero ? .match : .mismatch, difference: imaginary.isZero ? nil : imaginary,
                                       note: "|M|^2 has no imaginary part"))
        }

        // Normalization: one constant, from the spin- and angle-independent c_V² term of Eq. (4).
        var printedClaims: [String: Polynomial] = [:]
        for piece in Stage1Derivation.Piece.allCases { printedClaims[piece.equation] = try printed(piece.equation) }
        let reference = Monomial.product(Monomial(PaperSymbols.GF, 2), Monomial(PaperSymbols.cV, 2)).monomial
        let printed4 = try Particle.nu.resolvingSigns(printedClaims[Stage1Derivation.Piece.leading.equation]!)
        let derivedReference = derivation.particles[.nu]!.unnormalized.coefficient(of: reference)
        guard !derivedReference.isZero else { throw AlgebraError.undefined("the derived leading term has no G_F^2 c_V^2 term") }
        let normalization = try printed4.coefficient(of: reference) / derivedReference
        log.add(try CheckRow.compare(
            id: "check.normalization", equation: "4", particle: nil, kind: .consistency,
            derived: Polynomial(Stage1Derivation.unitSpinorNormalization), printed: Polynomial(normalization),
            note: "constant fixed from the G_F^2 c_V^2 term of Eq. (4) = \(normalization); unit-normalized spinors give 1/16"))

        // Eqs. (4)-(6), ν and ν̄.
        var m2: [Particle: Polynomial] = [:]
        var pieces: [Particle: Stage1Derivation.Pieces] = [:]
        for particle in Particle.allCases {
            m2[particle] = try derivation.squaredMatrixElement(particle, normalization: normalization)
            pieces[particle] = Stage1Derivation.pieces(of: m2[particle]!)
        }
        var comparisons: [String: RecordedComparison<Polynomial>] = [:]
        for piece in Stage1Derivation.Piece.allCases {
            let equation = piece.equation
            progress("Eq. (\(equation)) for nu and nubar")
            for particle in Particle.allCases {
                let id = "eq\(equation).\(particle.rawValue)"
                let sides = RecordedComparison(derived: pieces[particle]![piece],
                                               printed: try particle.resolvingSigns(printedClaims[equation]!))
                comparisons[id] = sides
                log.add(try CheckRow.compare(id: id, equation: equation, particle: particle, kind: .claim,
                                             derived: sides.derived, printed: sides.printed))
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
        for piece in Stage1Derivation.Piece.allCases {
            log.add(try symmetryRow(id: "tr.eq\(piece.equation)", equation: piece.equation, of: printedClaims[piece.equation]!))
        }
        return Result(rows: log.rows, readings: readings, readingResiduals: residuals, covariantProjector: covariant,
                      derivation: derivation, normalization: normalization, squaredMatrixElement: m2, pieces: pieces,
                      printed: printedClaims, comparisons: comparisons)
    }

    func symmetryRow(id: String, equation: String?, of x: Polynomial) throws -> CheckRow {
        let violation = try TimeReversal.violation(of: x)
        return CheckRow(id: id, equation: equation, particle: nil, kind: .symmetry,
                        verdict: violation.isZero ? .match : .mismatch, difference: violation.isZero ? nil : violation,
                        note: "T(x) - x with Om <-> Om', q -> -q, P -> P, s <-> s' (pm = +1 nu, -1 nubar)")
    }
}
