import Algebra

/// Stage 2 as checks: x0 and δx of Eq. (15) from (A3); Eqs. (19)-(23) for ν and ν̄, compared
/// in the kinematic normal form (q0 = k − k', μ', q·Ω, q·Ω' in terms of k, k', q²).
public struct Stage2Check {
    public let seeds: SeedFile

    public init(seeds: SeedFile) { self.seeds = seeds }

    public struct Result: Sendable {
        public let rows: [CheckRow]
        public let derivation: Stage2Derivation
        /// The printed Eqs. (19)-(23) by equation, with ± and ∓ in the one symbol pm.
        public let printed: [String: Polynomial]
        /// The sides of each compared row as written (before the kinematic normal form), by row id.
        public let comparisons: [String: RecordedComparison<Polynomial>]
    }

    public func run(stage1: Stage1Check.Result, progress: (String) -> Void = { _ in }) throws -> Result {
        var log = RowLog()
        var comparisons: [String: RecordedComparison<Polynomial>] = [:]
        func add(_ row: CheckRow) { log.add(row) }
        func compare(_ id: String, kind: CheckRow.Kind, _ derived: Polynomial, _ printed: Polynomial, note: String? = nil) throws {
            comparisons[id] = RecordedComparison(derived: derived, printed: printed)
            add(try CheckRow.compare(id: id, equation: "15", particle: nil, kind: kind, derived: derived, printed: printed, note: note))
        }
        progress("Stage 2: x_min from (A3), S_ss' = S0(1 - dx), P-substitution (A13), spin sums")
        let d = try Stage2Derivation(seeds: seeds, stage1: stage1)

        try compare("eq15.x0", kind: .claim, d.x0, seeds.polynomial("eq15.x0"))
        try compare("eq15", kind: .claim, d.deltaX, seeds.polynomial("eq15"),
                    note: "delta x derived from (A3) and E = -s muB B + p^2/2m, to first order in muB B")
        try compare("check.eq15.reading", kind: .consistency, d.deltaX, seeds.polynomial("eq15.reading"),
                    note: "the reading of Eq. (15) with the parenthesis closed before s'")

        progress("Eqs. (19)-(23) for nu and nubar")
        let omB = Polynomial(Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.bHat))
        let ompB = Polynomial(Vector3Space.dotSymbol(PaperSymbols.omegaPrime, PaperSymbols.bHat))
        func claim(_ n: String, _ particle: Particle, _ derived: Polynomial, _ printed: Polynomial, note: String? = nil) throws {
            comparisons["eq\(n).\(particle.rawValue)"] = RecordedComparison(derived: derived, printed: printed)
            add(try CheckRow.compare(id: "eq\(n).\(particle.rawValue)", equation: n, particle: particle, kind: .claim,
                                     derived: Stage2Derivation.kinematicNormalForm(derived),
                                     printed: Stage2Derivation.kinematicNormalForm(printed), note: note))
        }
        let printed = try ["19", "20", "21", "22", "23"].reduce(into: [String: Polynomial]()) {
            $0[$1] = try eliminatingMinusPlus(seeds.polynomial("eq\($1)"))
        }
        for particle in Particle.allCases {
            let c = d.coefficients[particle]!
            let upper = try particle.resolvingSigns(printed["20"]!)
            let lower = try Particle(rawValue: particle == .nu ? "nubar" : "nu")!.resolvingSigns(printed["20"]!)
            try claim("19", particle, c.A0, particle.resolvingSigns(printed["19"]!))
            try claim("20", particle, try c.deltaAOmega * omB + c.deltaAOmegaPrime * ompB, try upper * omB + lower * ompB,
                      note: "compared as Eq. (11): dA_pm (Om.B) + dA_mp (Om'.B)")
            try claim("21", particle, c.A0WM, particle.resolvingSigns(printed["21"]!))
            try claim("22", particle, c.deltaBWM, particle.resolvingSigns(printed["22"]!))
            try claim("23", particle, c.deltaCWM, particle.resolvingSigns(printed["23"]!))
            let rest = d.remainders[particle]!
            add(CheckRow(id: "check.eq9-form.\(particle.rawValue)", equation: "9", particle: particle, kind: .consistency,
                         verdict: rest.isZero ? .match : .mismatch, difference: rest.isZero ? nil : rest,
                         note: "after the spin sum the rate has exactly the six terms of Eq. (9)"))
        }
        return Result(rows: log.rows, derivation: d, printed: printed, comparisons: comparisons)
    }
}
