import Algebra

/// Stage 4 as checks: κ0 (Eq. 39) from the derived V0, the form of Eq. (40) and the
/// coefficients δ(1), δ(2), ε(1), ε(2), ε(3) of Eqs. (41)-(45), read off the derived
/// F_ν + F_ν̄ under the paper's own definitions, Eqs. (29)-(30) (`Reading.definitions`); the same
/// in the grouping that reproduces the printed numbers (`check.eq4x.grouping`); and the
/// equilibrium rows (`Stage4Equilibrium`), which decide between the two.
public struct Stage4Check {
    public let seeds: SeedFile
    /// The seed file, repository-relative.
    public static let seedPath = "seeds/stage4.claims"

    public init(seeds: SeedFile) { self.seeds = seeds }

    public struct Result: Sendable {
        public let rows: [CheckRow]
        /// The flux under the paper's definitions (plain calculus) and in the grouping.
        public let definitions: Stage4Derivation, grouping: Stage4Derivation
        /// δ(1), δ(2), ε(1..3) read off each reading's flux, in δ-bookkeeping with
        /// C5 = cV² + 5cA² as a symbol.
        public let coefficients: [Stage4Derivation.Reading: [Eq40Coefficient: Polynomial]]
        /// The printed Eqs. (41)-(45) as parsed, in δ-bookkeeping (m = T/δ²).
        public let printedCoefficients: [Eq40Coefficient: Polynomial]
        /// The equilibrium setting of the `check.equilibrium.*` rows: ∂ⁿf0/∂kⁿ of Fermi-Dirac f0
        /// (n = 1…3) and δU = k³g/2π² with its first two k-derivatives, g = −δμ ∂f0/∂k.
        public let fermiDiracDerivatives: RecordedStep<[Symbol: Polynomial]>, deltaU: RecordedStep<[Polynomial]>

        /// The former names: `paper` is the grouping, `literal` the paper's definitions.
        public var paper: Stage4Derivation { grouping }
        public var literal: Stage4Derivation { definitions }
    }

    /// Stage 4 from Stage 3's record: its derived and printed Eqs. (33), (36), (37) enter the
    /// equilibrium rows as Stage 3 recorded them.
    public func run(stage3: Stage3Check.Result, progress: (String) -> Void = { _ in }) throws -> Result {
        let (definitions, grouping) = try derive(stage3.derivation, progress: progress)
        return try compare(definitions: definitions, grouping: grouping,
                           fieldParts: FieldParts(derived: stage3.terms, printed: stage3.comparisons.mapValues(\.printed)))
    }

    /// `stage3Seeds` supplies the printed Eqs. (33), (36), (37) for their equilibrium rows
    /// (omitted when nil).
    public func run(stage3: Stage3Derivation, stage3Seeds: SeedFile? = nil, progress: (String) -> Void = { _ in }) throws -> Result {
        let (definitions, grouping) = try derive(stage3, progress: progress)
        return try compare(definitions: definitions, grouping: grouping, stage3: stage3, stage3Seeds: stage3Seeds)
    }

    /// h and the flux under the paper's definitions and in the grouping.
    func derive(_ stage3: Stage3Derivation, progress: (String) -> Void) throws -> (Stage4Derivation, Stage4Derivation) {
        progress("Stage 4: h for nu and nubar by iteration from Eq. (38), the paper's definitions (Eqs. 29-30)")
        let definitions = try Stage4Derivation(stage3: stage3, reading: .definitions)
        progress("Stage 4: the same in the grouping of the printed coefficients")
        let grouping = try Stage4Derivation(stage3: stage3, reading: .grouping)
        progress("Eqs. (39)-(45) and the equilibrium rows")
        return (definitions, grouping)
    }

    /// The field parts of the first moment the equilibrium rows test, by claim id (`eq33`, `eq36`,
    /// `eq37`): derived (Stage 3's whole terms) and printed (m = T/δ²); nil omits their rows.
    struct FieldParts {
        var derived: [String: VectorExpression]?, printed: [String: VectorExpression]?
    }

    static let fieldPartIDs = ["eq33", "eq36", "eq37"]

    /// A printed scalar entry in δ-bookkeeping (m = T/δ²).
    public func printed(_ id: String) throws -> Polynomial {
        try seeds.polynomial(id).substituting(PaperSymbols.m, with: Stage4Check.mass)
    }

    func printedVector(_ id: String) throws -> VectorExpression {
        return try Stage4Derivation.mapCoefficients(seeds.vector(id)) { try $0.substituting(PaperSymbols.m, with: Stage4Check.mass) }
    }

    static var mass: Polynomial { get throws { try Polynomial(Stage2Derivation.T) * Polynomial(Stage3Derivation.delta, -2) } }

    public func compare(definitions: Stage4Derivation, grouping: Stage4Derivation, stage3: Stage3Derivation?,
                        stage3Seeds: SeedFile?) throws -> Result {
        var parts = FieldParts()
        if let stage3 {
            parts.derived = try Dictionary(uniqueKeysWithValues: Stage3Check.combinations.filter { Stage4Check.fieldPartIDs.contains($0.id) }
                .map { ($0.id, try Stage3Check.component(stage3, order: $0.order, field: $0.field, sign: $0.sign)) })
        }
        if let stage3Seeds {
            let check = Stage3Check(seeds: stage3Seeds)
            parts.printed = try Dictionary(uniqueKeysWithValues: Stage4Check.fieldPartIDs.map { ($0, try check.claim($0)) })
        }
        return try compare(definitions: definitions, grouping: grouping, fieldParts: parts)
    }

    func compare(definitions: Stage4Derivation, grouping: Stage4Derivation, fieldParts: FieldParts) throws -> Result {
        guard definitions.reading == .definitions, grouping.reading == .grouping else {
            throw AlgebraError.undefined("Stage 4: the derivations are passed in the wrong readings")
        }
        var log = RowLog()
        let couplings = definitions.kappaCouplings
        func cleared(_ p: Polynomial) throws -> Polynomial { try Stage4Check.cleared(p, couplings: couplings) }

        // Eq. (39): κ0 from V0 = −κ0 h.
        log.add(try CheckRow.compare(id: "eq39", equation: "39", particle: nil, kind: .claim, derived: definitions.kappa0,
                                     printed: try printed("eq39"),
                                     note: "kappa0 from the derived V0 = -kappa0 h (the same for nu and nubar); h0 = -grad(f0+g)/(3 kappa0), Eq. (38)"))

        var coefficients: [Stage4Derivation.Reading: [Eq40Coefficient: Polynomial]] = [:]
        for d in [definitions, grouping] { coefficients[d.reading] = try Stage4Check.readOff(d.flux) }
        var printedCoefficients: [Eq40Coefficient: Polynomial] = [:], printedMap: [Symbol: Polynomial] = [:]
        for c in Eq40Coefficient.allCases {
            printedCoefficients[c] = try printed(c.claimID)
            printedMap[c.symbol] = printedCoefficients[c]!
        }
        let form = try printedVector("eq40")

        // Eqs. (40)-(45) under the paper's definitions, then the same in the grouping.
        for d in [definitions, grouping] {
            let isDefinitions = d.reading == .definitions
            let suffix = isDefinitions ? "" : ".grouping"
            let kind: CheckRow.Kind = isDefinitions ? .claim : .consistency
            let derived = coefficients[d.reading]!
            let derivedMap = derived.reduce(into: [Symbol: Polynomial]()) { $0[$1.key.symbol] = $1.value }
            let formed = try Stage4Derivation.mapCoefficients(form) { try $0.substituting(derivedMap, for: "[eq40] (the derived coefficients)") }
            let residual = try cleared(Stage3Check.flatten(d.flux - formed))
            let formNote = isDefinitions
                ? "form of F_nu + F_nubar under Eqs. (29)-(30) (d/dk acts on k^3 too), the coefficients read off it; W = grad U/kappa0, "
                    + "dU = k^3 g/2pi^2; derived W_1 term: \(Stage4Check.paperLayout(try cleared(d.flux.coefficient(of: .vector("W_1")))))*W_1"
                : "the same form with k^3/2pi^2 carried through d/dk as a constant ((k^3/2pi^2) d^n h0/dk^n -> -(1/3) d^n W/dk^n, "
                    + "(k^3/2pi^2) d^n g/dk^n -> d^n dU/dk^n): the grouping that reproduces the printed Eqs. (40)-(45)"
            log.add(CheckRow(id: "\(isDefinitions ? "eq40" : "check.eq40")\(suffix)", equation: "40", particle: nil, kind: kind,
                             verdict: residual.isZero ? .match : .mismatch, difference: residual.isZero ? nil : residual, note: formNote,
                             derived: try Stage3Check.flatten(d.flux), printed: try Stage3Check.flatten(formed)))
            for c in Eq40Coefficient.allCases {
                let id = c.claimID, printedValue = printedCoefficients[c]!
                let value = try cleared(derived[c]!)
                let difference = try cleared(derived[c]! - printedValue)
                var note = "\(c.name) from the derived F_nu + F_nubar "
                    + (isDefinitions ? "under the paper's definitions (Eqs. 29-30)" : "in the grouping (k^3/2pi^2 through d/dk)")
                    + "; C5 = cV^2 + 5 cA^2"
                if !difference.isZero {
                    note += "; derived \(Stage4Check.paperLayout(value)), printed \(Stage4Check.paperLayout(try cleared(printedValue)))"
                }
                log.add(CheckRow(id: isDefinitions ? id : "check.\(id).grouping", equation: c.equation, particle: nil,
                                 kind: kind, verdict: difference.isZero ? .match : .mismatch,
                                 difference: difference.isZero ? nil : difference, note: note,
                                 derived: derived[c]!, printed: printedValue))
            }
        }

        // Eq. (40) filled with the printed (41)-(45), against the flux under the definitions.
        let printedFlux = try Stage4Derivation.mapCoefficients(form) { try $0.substituting(printedMap, for: "[eq40] (the printed Eqs. 41-45)") }
        let total = try cleared(Stage3Check.flatten(definitions.flux - printedFlux))
        log.add(CheckRow(id: "check.eq40.printed", equation: "40", particle: nil, kind: .consistency,
                         verdict: total.isZero ? .match : .mismatch, difference: total.isZero ? nil : total,
                         note: "the whole printed Eq. (40) with the printed (41)-(45) against the flux under Eqs. (29)-(30): "
                             + "what a transport code using the printed coefficients gets wrong",
                         derived: try Stage3Check.flatten(definitions.flux), printed: try Stage3Check.flatten(printedFlux)))

        for row in try equilibriumRows(coefficients: coefficients, printed: printedCoefficients, couplings: couplings,
                                       fieldParts: fieldParts) {
            log.add(row)
        }
        let fermiDirac = RecordedStep(equation: nil, inputs: [], value: try Stage4Equilibrium.fermiDiracDerivatives(upTo: 3),
                                      note: "Fermi-Dirac f0: df0/dk = -f0(1-f0)/T and its k-derivatives", layout: .plain)
        let deltaU = RecordedStep(equation: "29", inputs: [], value: try Stage4Equilibrium.deltaU(),
                                  note: "dU = k^3 g/2pi^2 in equilibrium and its first two k-derivatives", layout: .plain)
        return Result(rows: log.rows, definitions: definitions, grouping: grouping, coefficients: coefficients,
                      printedCoefficients: printedCoefficients, fermiDiracDerivatives: fermiDirac, deltaU: deltaU)
    }

    /// The `check.equilibrium.*` rows (`Stage4Equilibrium`): g = −δμ ∂f0/∂k, h = 0, f0 Fermi-Dirac.
    func equilibriumRows(coefficients: [Stage4Derivation.Reading: [Eq40Coefficient: Polynomial]],
                         printed printedCoefficients: [Eq40Coefficient: Polynomial], couplings: Polynomial,
                         fieldParts: FieldParts) throws -> [CheckRow] {
        var rows: [CheckRow] = []
        func row(_ id: String, _ equation: String, _ residual: Polynomial, _ note: String) {
            rows.append(CheckRow(id: "check.equilibrium.\(id)", equation: equation, particle: nil, kind: .consistency,
                                 verdict: residual.isZero ? .match : .mismatch, difference: residual.isZero ? nil : residual,
                                 note: note, derived: residual, printed: .zero))
        }
        let setting = "g = -dmu df0/dk, h = 0, df0/dk = -f0(1-f0)/T"
        // The field parts of the first moment, derived (Stage 3) and printed (Eqs. 33, 36, 37).
        let parts: [(id: String, name: String)] = [("eq33", "dV^B_pm"), ("eq36", "dV^{B,WM}_0"), ("eq37", "dV^{B,WM}_pm")]
        for part in parts {
            if let derived = fieldParts.derived?[part.id] {
                let v = try Stage4Equilibrium.substituted(derived)
                row("\(part.id)", String(part.id.dropFirst(2)), try Stage4Check.cleared(Stage3Check.flatten(v), couplings: couplings),
                    "derived \(part.name) (Stage 3, all its terms) in equilibrium (\(setting)): must vanish")
            }
            if let printedPart = fieldParts.printed?[part.id] {
                let printed = try Stage4Equilibrium.substituted(printedPart)
                row("\(part.id).printed", String(part.id.dropFirst(2)), try Stage3Check.flatten(printed),
                    "printed Eq. (\(part.id.dropFirst(2))) in equilibrium (\(setting)): must vanish")
            }
        }
        // The drift of Eq. (40) with δU = k³g/2π²: printed, derived under the definitions, grouping.
        let drifts: [(id: String, values: [Eq40Coefficient: Polynomial], what: String)] = [
            ("printed", printedCoefficients, "printed eps(1..3), Eqs. (43)-(45)"),
            ("definitions", coefficients[.definitions]!, "eps(1..3) derived under the paper's definitions (Eqs. 29-30)"),
            ("grouping", coefficients[.grouping]!, "eps(1..3) derived in the grouping (k^3/2pi^2 through d/dk)"),
        ]
        for d in drifts {
            let residual = try Stage4Check.cleared(Stage4Equilibrium.drift(d.values), couplings: couplings)
            row("drift.\(d.id)", "40", residual,
                "eps(1) dU + eps(2) k dU/dk + eps(3) k^2 d^2U/dk^2 with dU = k^3 g/2pi^2 in equilibrium (\(setting)), \(d.what): "
                    + (residual.isZero ? "no flux, as an equilibrium must"
                        : "a flux in equilibrium, so these coefficients cannot be those of Eq. (40) read with dU = k^3 g/2pi^2"))
        }
        return rows
    }

    /// A coefficient in the paper's layout: (1 − 2f0) as one symbol, T/k and k f0_1 kept, couplings
    /// collected, over its power of C5 (a note, not parsed back).
    static func paperLayout(_ p: Polynomial) -> String {
        guard let layout = try? p.substituting(Symbol("f0"), with: (Polynomial.one - Polynomial(Symbol("(1-2*f0)"))).scaled(by: .half)) else {
            return DifferenceText.text(p)
        }
        let couplingNames: Set<String> = ["GF", "cV", "cA", "F2", "m", "pi", "n", "C5", "muBB"]
        return CollectedPrinter.text(layout) { couplingNames.contains($0.name) }
    }

    /// δ(1), δ(2), ε(1..3) of Eq. (40) read off a flux: −(2/3)(1 − δ(1)) is the W coefficient,
    /// δ(2) kT the W_2 coefficient, and ε(1), ε(2) k, ε(3) k² those of δU, δU_1, δU_2 along B̂.
    public static func readOff(_ flux: VectorExpression) throws -> [Eq40Coefficient: Polynomial] {
        let k = Polynomial(Stage2Derivation.k), T = Polynomial(Stage2Derivation.T)
        let w = flux.coefficient(of: .vector("W")), w2 = flux.coefficient(of: .vector("W_2"))
        let b = flux.coefficient(of: .vector(PaperSymbols.bHat))
        return [
            .delta1: try Polynomial.one + w.scaled(by: Rational(3, 2)),
            .delta2: try w2 / (k * T),
            .epsilon1: b.coefficient(of: Stage4Derivation.dU.derivative(0), exponent: 1),
            .epsilon2: try b.coefficient(of: Stage4Derivation.dU.derivative(1), exponent: 1) / k,
            .epsilon3: try b.coefficient(of: Stage4Derivation.dU.derivative(2), exponent: 1) / (k * k),
        ]
    }

    /// A difference with C5 as a symbol, made exact: multiplied by C5^N (N the deepest negative
    /// power), C5 → `couplings`, then written as (that polynomial)·C5^{−N}; δ^{2j} → (T/m)^j.
    public static func cleared(_ p: Polynomial, couplings: Polynomial) throws -> Polynomial {
        let c5 = Stage4Derivation.c5
        let depth = p.terms.map { -$0.monomial.exponent(of: c5) }.max() ?? 0
        let n = max(depth, 0)
        let numerator = try (p * Polynomial(c5, n)).substituting(c5, with: couplings)
        // Every term is collected once (adding term by term was quadratic: a printed claim of 5,005
        // terms took 72 s, one of 24,310 more than 120 s).
        var pairs: [(Monomial, Rational)] = []
        let delta = Stage3Derivation.delta
        for t in numerator.terms {
            let e = t.monomial.exponent(of: delta)
            if e % 2 == 0 {
                let rest = Polynomial(monomial: t.monomial.removing(delta), coefficient: t.coefficient)
                let ratio = try Polynomial(Stage2Derivation.T, e / 2) * Polynomial(PaperSymbols.m, -e / 2)
                pairs += try (rest * ratio).terms.map { ($0.monomial, $0.coefficient) }
            } else {
                pairs.append((t.monomial, t.coefficient))
            }
        }
        return try Polynomial(collecting: pairs) * Polynomial(c5, -n)
    }
}
