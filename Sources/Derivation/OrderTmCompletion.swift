import Algebra
import Dirac

/// Issue 14, item 2: Stages 3 and 4 rerun with the complete O(T/m) rate (`OrderTmRate`), at every
/// k/T and at first order in μ_B B, and compared with the printed Eqs. (32)-(37), (39)-(45) and with
/// the paper-order derivation. Stage 3's and Stage 4's own code does the work (`Stage3Derivation`,
/// `Stage3Check.compare`, `Stage4Check.run`) on the completed rate; the rows are theirs, renamed
/// `check.order-Tm.<id>`, plus one `check.order-Tm.<id>.extra` row per claim whose difference is
/// complete − paper-order derived: exactly the terms the paper's order misses.
public struct OrderTmCompletion: Sendable {
    public let rate: OrderTmRate
    /// Stage 3 on the completed rate.
    public let stage3: Stage3Derivation
    /// Stage 4 on the completed first moment.
    public let stage4: Stage4Check.Result
    public let rows: [CheckRow]

    /// `hadron` is `SecondOrderMatrixElement.hadronTensor` of the Stage 1 inputs when the caller has it.
    public init(seeds: Verification.Seeds, stage2: Stage2Derivation, paper3: Stage3Derivation, paper4: Stage4Check.Result,
                hadron given: TensorExpression? = nil, progress: (String) -> Void = { _ in }) throws {
        var log = RowLog()
        progress("O(T/m): |M|^2 at second order with q0 = k - k' kept, averaged over the nucleon momenta")
        let hadron = try given ?? SecondOrderMatrixElement.hadronTensor(Stage1Inputs(seeds: seeds.stage1))
        rate = try OrderTmRate(seeds: seeds.stage2, stage2: stage2, hadron: hadron, budget: seeds.stage1.termBudget)
        progress("O(T/m): Stage 3 on the complete rate")
        stage3 = try Stage3Derivation(seeds: seeds.stage3, stage2: rate.completed)
        progress("O(T/m): Stage 4 on the complete first moment")
        stage4 = try Stage4Check(seeds: seeds.stage4).run(stage3: stage3, stage3Seeds: seeds.stage3)
        for particle in Particle.allCases {
            let rest = rate.remainders[particle]!
            log.add(CheckRow(id: "check.order-Tm.rate-form.\(particle.rawValue)", equation: "9", particle: particle,
                             kind: .consistency, verdict: rest.isZero ? .match : .mismatch, difference: rest.isZero ? nil : rest,
                             note: "the extra rate (second-order |M|^2, flux factor m^2/(E E'), <P_i P_j> with its transverse part) "
                                 + "has the form of Eq. (9): 1, Om.B, Om'.B"))
        }
        let stage3Rows = try Stage3Check(seeds: seeds.stage3).compare(stage3).rows
        for row in stage3Rows where row.id.hasPrefix("check.odd-delta") || row.id == "check.integrable" || row.id.hasPrefix("eq3")
            || row.id == "check.eq31.no-dV0B" {
            log.add(OrderTmCompletion.renamed(row, note: "complete O(T/m): "))
            if row.id.hasPrefix("eq3"), let c = Stage3Check.combinations.first(where: { $0.id == row.id }) {
                let complete = try Stage3Check.component(stage3, order: c.order, field: c.field, sign: c.sign)
                let paper = try Stage3Check.component(paper3, order: c.order, field: c.field, sign: c.sign)
                log.add(try CheckRow.compare(id: "check.order-Tm.\(c.id).extra", equation: String(c.id.dropFirst(2)), particle: nil,
                                             kind: .consistency, derived: Stage3Check.flatten(complete), printed: Stage3Check.flatten(paper),
                                             note: "complete O(T/m) - paper-order derived, all terms (delta^2 = T/m): what the paper's order misses"))
            }
        }
        let couplings = stage4.definitions.kappaCouplings
        for row in stage4.rows where (row.id.hasPrefix("eq") || row.id.hasPrefix("check.equilibrium")) && !row.id.hasSuffix(".grouping") {
            log.add(OrderTmCompletion.renamed(row, note: "complete O(T/m): "))
            guard let claim = Eq40Coefficient.allCases.first(where: { $0.claimID == row.id }) else { continue }
            let complete = stage4.coefficients[.definitions]![claim]!, paper = paper4.coefficients[.definitions]![claim]!
            let difference = try Stage4Check.cleared(complete - paper, couplings: couplings)
            log.add(CheckRow(id: "check.order-Tm.\(claim.claimID).extra", equation: claim.equation, particle: nil,
                             kind: .consistency, verdict: difference.isZero ? .match : .mismatch,
                             difference: difference.isZero ? nil : difference,
                             note: "\(claim.name) complete O(T/m) - paper-order derived (under Eqs. 29-30)"
                                 + (difference.isZero ? "" : ": \(Stage4Check.paperLayout(difference))"),
                             derived: complete, printed: paper))
        }
        rows = log.rows
    }

    /// A Stage 3 or 4 row under the id `check.order-Tm.<id>` (a `check.` prefix dropped first).
    static func renamed(_ row: CheckRow, note prefix: String) -> CheckRow {
        let id = row.id.hasPrefix("check.") ? String(row.id.dropFirst("check.".count)) : row.id
        return CheckRow(id: "check.order-Tm.\(id)", equation: row.equation, particle: row.particle, kind: .consistency,
                        verdict: row.verdict, difference: row.difference, note: prefix + (row.note ?? ""), seconds: row.seconds,
                        derived: row.derived, printed: row.printed)
    }
}
