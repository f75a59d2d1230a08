import Algebra
import Derivation

extension PaperComparison {
    /// One comparison the report shows: the claim, which derivation, and the two laid-out forms.
    public struct Shown {
        public let id: String
        /// The verdict row it shows (`eq41`, `check.eq41.grouping`, …).
        public let rowID: String
        /// Which derivation (e.g. "under the paper's definitions (Eqs. 29-30)").
        public let label: String
        public let comparison: PaperComparison
    }

    /// Every printed-vs-derived comparison of the report, in the paper's order: Eqs. (32)-(37)
    /// (derived with δ² = T/m; in Eqs. 33, 36, 37 the g-terms the paper keeps), Eq. (39), and
    /// Eqs. (41)-(45) under the paper's definitions and in the grouping.
    public static func claims(verification v: Verification) throws -> [Shown] {
        var out: [Shown] = []
        for claim in Stage3ReportSection.claims {
            guard let sides = v.stage3.comparisons[claim.id] else { continue }
            out.append(Shown(id: claim.id, rowID: claim.id, label: "($\\delta^2 = T/m$)", comparison: try PaperComparison(
                name: claim.name,
                printed: Stage3ReportSection.flatten(Stage3ReportSection.massForm(sides.printed)),
                derived: Stage3ReportSection.flatten(Stage3ReportSection.massForm(sides.derived)),
                transcription: v.seeds.stage3.entry(claim.id).text)))
        }
        let seeds = v.seeds.stage4, result = v.stage4
        let couplings = result.definitions.kappaCouplings
        for claim in Stage4ReportSection.claims where claim.id != "eq40" {
            let transcription = try seeds.entry(claim.id).text
            if claim.id == "eq39" {
                let label = "from $\\boldsymbol{V}_0 = -\\kappa_0\\boldsymbol{h}$ (the $\\delta^0$, $(\\mu_B B)^0$ coefficient of "
                    + "$\\boldsymbol{h}$ in Stage 3's $\\boldsymbol{V}$, the same for $\\nu$ and $\\bar\\nu$)"
                out.append(Shown(id: claim.id, rowID: claim.id, label: label, comparison: try PaperComparison(
                    name: claim.name, printed: seeds.polynomial(claim.id), derived: result.definitions.kappa0, transcription: transcription)))
                continue
            }
            guard let coefficient = Eq40Coefficient.allCases.first(where: { $0.claimID == claim.id }),
                  let printedValue = result.printedCoefficients[coefficient] else { continue }
            let printed = try Stage4Check.cleared(printedValue, couplings: couplings)
            for (reading, label) in [(Stage4Derivation.Reading.definitions, "under the paper's definitions (Eqs. 29-30)"),
                                     (.grouping, "in the grouping ($k^3/2\\pi^2$ through $\\partial/\\partial k$)")] {
                guard let value = result.coefficients[reading]?[coefficient] else { continue }
                out.append(Shown(id: claim.id, rowID: reading == .definitions ? claim.id : "check.\(claim.id).grouping",
                                 label: label, comparison: try PaperComparison(
                    name: claim.name, printed: printed, derived: Stage4Check.cleared(value, couplings: couplings),
                    transcription: transcription)))
            }
        }
        return out
    }
}
