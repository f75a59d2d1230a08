import Algebra
import Foundation

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
        /// δ(1), δ(2), ε(1..3) read off each reading's flux ("d1", "d2", "e1", "e2", "e3"),
        /// in δ-bookkeeping with C5 = cV² + 5cA² as a symbol.
        public let coefficients: [Stage4Derivation.Reading: [String: Polynomial]]

        /// The former names: `paper` is the grouping, `literal` the paper's definitions.
        public var paper: Stage4Derivation { grouping }
        public var literal: Stage4Derivation { definitions }
    }

    /// The coefficient ids of Eq. (40) and the equations that print them.
    public static let coefficientClaims: [(symbol: String, id: String)] = [
        ("d1", "eq41"), ("d2", "eq42"), ("e1", "eq43"), ("e2", "eq44"), ("e3", "eq45"),
    ]

    /// "delta(1)", …, "eps(3)" for a coefficient symbol.
    static func name(_ symbol: String) -> String {
        symbol.hasPrefix("d") ? "delta(\(symbol.dropFirst()))" : "eps(\(symbol.dropFirst()))"
    }

    /// `stage3Seeds` supplies the printed Eqs. (33), (36), (37) for their equilibrium rows
    /// (omitted when nil).
    public func run(stage3: Stage3Derivation, stage3Seeds: SeedFile? = nil, progress: (String) -> Void = { _ in }) throws -> Result {
        progress("Stage 4: h for nu and nubar by iteration from Eq. (38), the paper's definitions (Eqs. 29-30)")
        let definitions = try Stage4Derivation(stage3: stage3, reading: .definitions)
        progress("Stage 4: the same in the grouping of the printed coefficients")
        let grouping = try Stage4Derivation(stage3: stage3, reading: .grouping)
        progress("Eqs. (39)-(45) and the equilibrium rows")
        return try compare(definitions: definitions, grouping: grouping, stage3: stage3, stage3Seeds: stage3Seeds)
    }

    /// A printed scalar entry in δ-bookkeeping (m = T/δ²).
    public func printed(_ id: String) throws -> Polynomial {
        try seeds.polynomial(id).substituting(PaperSymbols.m, with: Stage4Check.mass)
    }

    func printedVector(_ id: String) throws -> VectorExpression {
        return try Stage4Derivation.mapCoefficients(seeds.vector(id)) { try $0.substituting(PaperSymbols.m, with: Stage4Check.mass) }
    }

    static var mass: Polynomial { get throws { try Polynomial(Stage2Derivation.T) * Polynomial(Stage3Derivation.delta, -2) } }

    /// The rows without the Stage 3 equilibrium rows (the former entry point).
    public func compare(paper: Stage4Derivation, literal: Stage4Derivation) throws -> Result {
        try compare(definitions: literal, grouping: paper, stage3: nil, stage3Seeds: nil)
    }

    public func compare(definitions: Stage4Derivation, grouping: Stage4Derivation, stage3: Stage3Derivation?,
                        stage3Seeds: SeedFile?) throws -> Result {
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

        var coefficients: [Stage4Derivation.Reading: [String: Polynomial]] = [:]
        for d in [definitions, grouping] { coefficients[d.reading] = try Stage4Check.readOff(d.flux) }
        var printedMap: [Symbol: Polynomial] = [:]
        for (symbol, id) in Stage4Check.coefficientClaims { printedMap[Symbol(symbol)] = try printed(id) }
        let form = try printedVector("eq40")

        // Eqs. (40)-(45) under the paper's definitions, then the same in the grouping.
        for d in [definitions, grouping] {
            let isDefinitions = d.reading == .definitions
            let suffix = isDefinitions ? "" : ".grouping"
            let kind: CheckRow.Kind = isDefinitions ? .claim : .consistency
            let derived = coefficients[d.reading]!
            let derivedMap = derived.reduce(into: [Symbol: Polynomial]()) { $0[Symbol($1.key)] = $1.value }
            let formed = try Stage4Derivation.mapCoefficients(form) { try $0.substituting(derivedMap) }
            let residual = try cleared(Stage3Check.flatten(d.flux - formed))
            let formNote = isDefinitions
                ? "form of F_nu + F_nubar under Eqs. (29)-(30) (d/dk acts on k^3 too), the coefficients read off it; W = grad U/kappa0, "
                    + "dU = k^3 g/2pi^2; derived W_1 term: \(Stage4Check.paperLayout(try cleared(d.flux.coefficient(of: .vector("W_1")))))*W_1"
                : "the same form with k^3/2pi^2 carried through d/dk as a constant ((k^3/2pi^2) d^n h0/dk^n -> -(1/3) d^n W/dk^n, "
                    + "(k^3/2pi^2) d^n g/dk^n -> d^n dU/dk^n): the grouping that reproduces the printed Eqs. (40)-(45)"
            log.add(CheckRow(id: "\(isDefinitions ? "eq40" : "check.eq40")\(suffix)", equation: "40", particle: nil, kind: kind,
                             verdict: residual.isZero ? .match : .mismatch, difference: residual.isZero ? nil : residual, note: formNote,
                             derived: try Stage3Check.flatten(d.flux), printed: try Stage3Check.flatten(formed)))
            for (symbol, id) in Stage4Check.coefficientClaims {
                let value = try cleared(derived[symbol]!)
                let difference = try cleared(derived[symbol]! - printed(id))
                var note = "\(Stage4Check.name(symbol)) from the derived F_nu + F_nubar "
                    + (isDefinitions ? "under the paper's definitions (Eqs. 29-30)" : "in the grouping (k^3/2pi^2 through d/dk)")
                    + "; C5 = cV^2 + 5 cA^2"
                if !difference.isZero {
                    note += "; derived \(Stage4Check.paperLayout(value)), printed \(Stage4Check.paperLayout(try cleared(printed(id))))"
                }
                log.add(CheckRow(id: isDefinitions ? id : "check.\(id).grouping", equation: String(id.dropFirst(2)), particle: nil,
                                 kind: kind, verdict: difference.isZero ? .match : .mismatch,
                                 difference: difference.isZero ? nil : difference, note: note,
                                 derived: derived[symbol]!, printed: try printed(id)))
            }
        }

        // Eq. (40) filled with the printed (41)-(45), against the flux under the definitions.
        let printedFlux = try Stage4Derivation.mapCoefficients(form) { try $0.substituting(printedMap) }
        let total = try cleared(Stage3Check.flatten(definitions.flux - printedFlux))
        log.add(CheckRow(id: "check.eq40.printed", equation: "40", particle: nil, kind: .consistency,
                         verdict: total.isZero ? .match : .mismatch, difference: total.isZero ? nil : total,
                         note: "the whole printed Eq. (40) with the printed (41)-(45) against the flux under Eqs. (29)-(30): "
                             + "what a transport code using the printed coefficients gets wrong",
                         derived: try Stage3Check.flatten(definitions.flux), printed: try Stage3Check.flatten(printedFlux)))

        for row in try equilibriumRows(coefficients: coefficients, couplings: couplings, stage3: stage3, stage3Seeds: stage3Seeds) {
            log.add(row)
        }
        return Result(rows: log.rows, definitions: definitions, grouping: grouping, coefficients: coefficients)
    }

    /// The `check.equilibrium.*` rows (`Stage4Equilibrium`): g = −δμ ∂f0/∂k, h = 0, f0 Fermi-Dirac.
    func equilibriumRows(coefficients: [Stage4Derivation.Reading: [String: Polynomial]], couplings: Polynomial,
                         stage3: Stage3Derivation?, stage3Seeds: SeedFile?) throws -> [CheckRow] {
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
            guard let c = Stage3Check.combinations.first(where: { $0.id == part.id }) else { continue }
            if let stage3 {
                let v = try Stage4Equilibrium.substituted(Stage3Check.component(stage3, order: c.order, field: c.field, sign: c.sign))
                row("\(part.id)", String(part.id.dropFirst(2)), try Stage4Check.cleared(Stage3Check.flatten(v), couplings: couplings),
                    "derived \(part.name) (Stage 3, all its terms) in equilibrium (\(setting)): must vanish")
            }
            if let stage3Seeds {
                let printed = try Stage4Equilibrium.substituted(Stage3Check(seeds: stage3Seeds).claim(part.id))
                row("\(part.id).printed", String(part.id.dropFirst(2)), try Stage3Check.flatten(printed),
                    "printed Eq. (\(part.id.dropFirst(2))) in equilibrium (\(setting)): must vanish")
            }
        }
        // The drift of Eq. (40) with δU = k³g/2π²: printed, derived under the definitions, grouping.
        let drifts: [(id: String, values: [String: Polynomial], what: String)] = [
            ("printed", try Dictionary(uniqueKeysWithValues: Stage4Check.coefficientClaims.map { ($0.symbol, try printed($0.id)) }),
             "printed eps(1..3), Eqs. (43)-(45)"),
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
    public static func readOff(_ flux: VectorExpression) throws -> [String: Polynomial] {
        let k = Polynomial(Stage2Derivation.k), T = Polynomial(Stage2Derivation.T)
        let w = flux.coefficient(of: .vector("W")), w2 = flux.coefficient(of: .vector("W_2"))
        let b = flux.coefficient(of: .vector(PaperSymbols.bHat))
        return [
            "d1": try Polynomial.one + w.scaled(by: Rational(3, 2)),
            "d2": try w2 / (k * T),
            "e1": b.coefficient(of: Symbol("dU"), exponent: 1),
            "e2": try b.coefficient(of: Symbol("dU_1"), exponent: 1) / k,
            "e3": try b.coefficient(of: Symbol("dU_2"), exponent: 1) / (k * k),
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
