import Algebra
import Derivation

/// The Stage 2 section of the audit report: the inputs (A3), E(p), Eq. (14) in the
/// nondegenerate limit and (A13) as parsed from `seeds/stage2.claims`; the steps; Eq. (15)
/// (x0 and δx); and for each of Eqs. (19)-(23) the printed and the derived coefficient of
/// Eq. (9), the verdicts and the differences, compared in the kinematic normal form.
public enum Stage2ReportSection {
    public static let title = "Stage 2: differential rate, Eqs. (9)-(23)"

    static let inputsHeading = "Stage 2 inputs, steps and approximations"
    static let eq15Heading = "Eq. (15): $x_0$ and $\\delta x$"
    static let checksHeading = "Stage 2 consistency checks"
    /// Eq. → (heading, the coefficient of Eq. (9) it gives, LaTeX name).
    static let claims: [(equation: String, heading: String, name: String)] = [
        ("19", "Eq. (19): $A_0$", "A_0"),
        ("20", "Eq. (20): $\\delta A_\\pm$", "\\delta A_\\pm"),
        ("21", "Eq. (21): $A_0^{WM}$", "A_0^{WM}"),
        ("22", "Eq. (22): $\\delta B^{WM}$", "\\delta B^{WM}"),
        ("23", "Eq. (23): $\\delta C^{WM}$", "\\delta C^{WM}"),
    ]

    public static func section(verification v: Verification) throws -> ReportSection {
        let seeds = v.seeds.stage2
        let result = v.stage2
        let d = result.derivation
        let rows = result.rows
        var headings: [String: String] = [:]
        for row in rows {
            if row.id.hasPrefix("eq15") || row.id == "check.eq15.reading" { headings[row.id] = eq15Heading; continue }
            if row.id.hasPrefix("check.") { headings[row.id] = checksHeading; continue }
            if let c = claims.first(where: { row.id.hasPrefix("eq\($0.equation).") }) { headings[row.id] = c.heading }
        }
        var body = try inputs(seeds: seeds, d: d)
        body += try eq15(seeds: seeds, result: result)
        let omB = Polynomial(Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.bHat))
        let ompB = Polynomial(Vector3Space.dotSymbol(PaperSymbols.omegaPrime, PaperSymbols.bHat))
        for claim in claims {
            let picks: [(String, (Stage2Derivation.Coefficients) -> Polynomial)]
            switch claim.equation {
            case "19": picks = [("A_0", { $0.A0 })]
            case "20": picks = [("\\delta A_\\pm\\ (\\text{coefficient of } \\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\hat{B}})", { $0.deltaAOmega }),
                                ("\\delta A_\\mp\\ (\\text{coefficient of } \\boldsymbol{\\Omega}'\\cdot\\boldsymbol{\\hat{B}})", { $0.deltaAOmegaPrime })]
            case "21": picks = [("A_0^{WM}", { $0.A0WM })]
            case "22": picks = [("\\delta B^{WM}", { $0.deltaBWM })]
            default: picks = [("\\delta C^{WM}", { $0.deltaCWM })]
            }
            let claimRows = rows.filter { $0.id.hasPrefix("eq\(claim.equation).") }
            body += "\n### \(claim.heading)\n\n"
            body += "**Printed** (transcription, `[eq\(claim.equation)]` of `seeds/stage2.claims`):\n\n"
            body += "```text\n\(Stage1ReportSection.transcription(try seeds.entry("eq\(claim.equation)")))\n```\n\n"
            let printed = result.printed[claim.equation]!
            body += "As parsed and collected ($\(claim.name)$):\n\n"
            let firstDerived = try combinedInSign(nu: picks[0].1(d.coefficients[.nu]!), nubar: picks[0].1(d.coefficients[.nubar]!))
            body += ReportNotation.display(printed, against: firstDerived, layout: layout,
                                           name: (claim.equation == "20" ? "\\delta A_\\pm" : claim.name) + " = ")
            body += "\n**Derived** (from Stage 1's derived $|M_{ss'}|^2$ through steps 1-5; $\\pm$ = upper for $\\nu$, lower for $\\bar\\nu$):\n\n"
            var derivedAsWritten: [Polynomial] = []
            for (name, pick) in picks {
                let x = try combinedInSign(nu: pick(d.coefficients[.nu]!), nubar: pick(d.coefficients[.nubar]!))
                derivedAsWritten.append(x)
                body += derivedAsWritten.count == 1 ? ReportNotation.display(x, against: printed, layout: layout, name: "\(name) = ")
                    : ReportNotation.display("\(name) = " + (layout.render(x)))
            }
            if claim.equation == "20" {
                body += "\nThe claim is compared as Eq. (11) writes it: "
                body += "$\\delta A_\\pm\\,\\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\hat{B}} + \\delta A_\\mp\\,\\boldsymbol{\\Omega}'\\cdot\\boldsymbol{\\hat{B}}$ "
                body += "against the two derived coefficients together.\n"
                let derivedTotal = try derivedAsWritten[0] * omB + derivedAsWritten[1] * ompB
                let upper = printed
                let lower = try printed.substituting(PaperSymbols.pm, with: -Polynomial(PaperSymbols.pm))
                let printedTotal = try upper * omB + lower * ompB
                body += literalComparison(derived: derivedTotal, printed: printedTotal)
            } else {
                body += literalComparison(derived: derivedAsWritten[0], printed: printed)
            }
            body += "\n"
            body += Stage1ReportSection.rowsTable(claimRows)
            body += differences(claimRows)
        }
        body += "\n### \(checksHeading)\n\n"
        body += "After the spin sum the rate must have exactly the six terms of Eq. (9): $\\boldsymbol{\\hat{B}}$-free terms at "
        body += "$(\\mu_B B)^0$ and terms linear in $\\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\hat{B}}$, "
        body += "$\\boldsymbol{\\Omega}'\\cdot\\boldsymbol{\\hat{B}}$ at $(\\mu_B B)^1$ (with "
        body += "$\\boldsymbol{q}\\cdot\\boldsymbol{\\hat{B}} = k\\,\\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\hat{B}} - k'\\,\\boldsymbol{\\Omega}'\\cdot\\boldsymbol{\\hat{B}}$); "
        body += "the difference of a mismatch would be the remainder.\n\n"
        let checks = rows.filter { $0.id.hasPrefix("check.eq9-form") }
        body += Stage1ReportSection.rowsTable(checks)
        body += differences(checks)
        return ReportSection(title: title, rows: rows, headings: headings, body: body)
    }

    /// Stage 2 layout: spins and the paper's ± outside, 3-vector invariants inside.
    /// |q|² (and its inverse) stays with the coefficients, as in the paper's m q0/q² and mT/q².
    static var layout: LaTeXLayout {
        var layout = ReportNotation.layout
        let q2 = Vector3Space.dotSymbol(PaperSymbols.q, PaperSymbols.q)
        layout.isInner = { $0 != q2 && (Vector3Space.decompose($0) != nil || LorentzInvariants.decompose($0) != nil) }
        return layout
    }

    static func inputs(seeds: SeedFile, d: Stage2Derivation) throws -> String {
        let printer = ReportNotation.printer
        var out = "### \(inputsHeading)\n\n"
        out += "The inputs are the entries of `seeds/stage2.claims` and Stage 1's *derived* $|M_{ss'}|^2$ "
        out += "(with the corrections found there), never the printed Eqs. (4)-(6).\n\n"
        out += "**(A3)**, the smallest nucleon momentum that allows the transfer $(q_0, \\boldsymbol{q})$ "
        out += "(transcription `[eqA3]`):\n\n"
        out += "```text\n\(Stage1ReportSection.transcription(try seeds.entry("eqA3")))\n```\n\n"
        out += ReportNotation.display("p_{\\min}^2 = " + layout.render(d.record.pMin2.value))
        out += "\n**Nucleon energy** in the field (text below (A4), `[eqA4.energy]`):\n\n"
        out += ReportNotation.display("E = " + printer.render(try seeds.polynomial("eqA4.energy")))
        out += "\n**Eq. (14) in the nondegenerate limit (A12)** (`[eq14.nondegenerate]`; Eqs. (13)-(14) contain "
        out += "$\\ln$ and $\\exp$, which the seed syntax does not have, and reduce to this for $e^{-x_0} \\ll 1$):\n\n"
        out += ReportNotation.display("S_{ss'} = " + printer.render(try seeds.polynomial("eq14.nondegenerate")))
        out += "\n**(A13)**: inside the momentum integral $\\boldsymbol{P}$ is replaced by $c\\,\\boldsymbol{q}\\,S_{ss'}$ "
        out += "(`[eqA13]`, the scalar $c$):\n\n"
        out += ReportNotation.display("c = " + layout.render(d.record.substitutionFactor.value))
        out += "\n**Steps** (`Stage2Derivation`):\n\n"
        out += "1. $x_{\\min} = [E(p_{\\min}) - \\mu_N]/T$ with $p^2 = p_{\\min}^2$ from (A3); its $(\\mu_B B)^0$ part is $x_0$, "
        out += "its $(\\mu_B B)^1$ part $\\delta x$ (Eq. 15).\n"
        out += "2. $S_{ss'}/S_0 = 1 - \\delta x$ (Eq. 14 with A12).\n"
        out += "3. The part of $|M_{ss'}|^2$ linear in $\\boldsymbol{P}$: $\\boldsymbol{P} \\to c\\,\\boldsymbol{q}$ (A13); "
        out += "every part is multiplied by $S_{ss'}/S_0$.\n"
        out += "4. $\\sum_{s,s'=\\pm1}$, truncated at first order in $\\mu_B B$, times $k'^2 S_0/(2\\pi)^3$ "
        out += "(the factor of Eqs. 10, 11, 16).\n"
        out += "5. $\\boldsymbol{q}\\cdot\\boldsymbol{\\hat{B}} = k\\,\\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\hat{B}} - "
        out += "k'\\,\\boldsymbol{\\Omega}'\\cdot\\boldsymbol{\\hat{B}}$; the coefficients of $1$, "
        out += "$\\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\hat{B}}$, $\\boldsymbol{\\Omega}'\\cdot\\boldsymbol{\\hat{B}}$ "
        out += "are those of Eq. (9): $A_0 + A_0^{WM}$, $\\delta A_\\pm + \\delta B^{WM}$, $\\delta A_\\mp + \\delta C^{WM}$, "
        out += "split into the leading and the weak-magnetism ($1/m$) parts.\n\n"
        out += "**Approximations** (`Stage2Derivation.neglected`):\n\n"
        for n in Stage2Derivation.neglected { out += "- \(ReportNotation.code(n))\n" }
        out += "\n**Kinematic normal form** (`Stage2Derivation.kinematicNormalForm`): the claims of Eqs. (19)-(23) are "
        out += "compared after writing $q_0$, $\\mu' = \\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\Omega}'$, "
        out += "$\\boldsymbol{q}\\cdot\\boldsymbol{\\Omega}$ and $\\boldsymbol{q}\\cdot\\boldsymbol{\\Omega}'$ through $k$, $k'$ "
        out += "and $|\\boldsymbol{q}|^2$ ($\\boldsymbol{q} = k\\boldsymbol{\\Omega} - k'\\boldsymbol{\\Omega}'$):\n\n"
        out += ReportNotation.display("""
        q_0 = k - k', \\quad \\mu' = \\frac{k^2 + k'^2 - |\\boldsymbol{q}|^2}{2kk'}, \\quad
        \\boldsymbol{q}\\cdot\\boldsymbol{\\Omega} = \\frac{k^2 - k'^2 + |\\boldsymbol{q}|^2}{2k}, \\quad
        \\boldsymbol{q}\\cdot\\boldsymbol{\\Omega}' = \\frac{k^2 - k'^2 - |\\boldsymbol{q}|^2}{2k'}
        """)
        out += "\nTwo expressions in $(q_0, \\mu', \\boldsymbol{q}\\cdot\\boldsymbol{\\Omega}, \\boldsymbol{q}\\cdot\\boldsymbol{\\Omega}', "
        out += "|\\boldsymbol{q}|^2)$ are equal iff their normal forms are, so equal expressions written differently still MATCH; "
        out += "the differences below are in this normal form.\n"
        return out
    }

    static func eq15(seeds: SeedFile, result: Stage2Check.Result) throws -> String {
        let d = result.derivation, rows = result.rows
        var out = "\n### \(eq15Heading)\n\n"
        out += "**Derived**: $x_{\\min} = [E(p_{\\min}) - \\mu_N]/T$, exact in $\\mu_B B$:\n\n"
        out += ReportNotation.display("x_{\\min} = " + (layout.render(d.xMin)))
        out += "\nIts $(\\mu_B B)^0$ and $(\\mu_B B)^1$ parts:\n\n"
        out += ReportNotation.display("x_0 = " + (layout.render(d.x0)))
        out += ReportNotation.display("\\delta x = " + (layout.render(d.deltaX)))
        out += "\n**Printed** $x_0$ (`[eq15.x0]`):\n\n"
        out += "```text\n\(Stage1ReportSection.transcription(try seeds.entry("eq15.x0")))\n```\n\n"
        out += ReportNotation.display("x_0 = " + layout.render(result.comparisons["eq15.x0"]!.printed))
        out += "\n**Printed** $\\delta x$ as extracted (`[eq15]`; the second parenthesis closes after $s'$):\n\n"
        out += "```text\n\(Stage1ReportSection.transcription(try seeds.entry("eq15")))\n```\n\n"
        out += ReportNotation.display("\\delta x = " + layout.render(result.comparisons["eq15"]!.printed))
        out += "\nThe reading of DERIVATION.md (`[eq15.reading]`, the parenthesis closed before $s'$, symmetric with the $s$ term):\n\n"
        out += ReportNotation.display("\\delta x = " + layout.render(result.comparisons["check.eq15.reading"]!.printed))
        out += "\n"
        let picked = rows.filter { $0.id.hasPrefix("eq15") || $0.id == "check.eq15.reading" }
        out += Stage1ReportSection.rowsTable(picked)
        out += differences(picked)
        return out
    }

    /// Whether derived and printed already agree as written, or only in the normal form.
    static func literalComparison(derived: Polynomial, printed: Polynomial) -> String {
        let difference = derived - printed
        if difference.isZero { return "\nDerived and printed agree term by term as written.\n" }
        return "\nAs written, derived − printed has \(difference.terms.count) terms in $(q_0, \\mu', \\boldsymbol{q}\\cdot\\boldsymbol{\\Omega}, "
            + "\\boldsymbol{q}\\cdot\\boldsymbol{\\Omega}', |\\boldsymbol{q}|^2)$; the verdict is decided in the kinematic normal form.\n"
    }

    static func differences(_ rows: [CheckRow]) -> String {
        var out = ""
        for r in rows {
            guard let d = r.difference else { continue }
            let who = r.particle.map { $0 == .nu ? " for $\\nu$" : " for $\\bar\\nu$" } ?? ""
            out += "\n**Difference** derived − printed\(who) (`\(r.id)`, \(r.verdict.rawValue)):\n\n"
            out += ReportNotation.display(layout.render(d))
            out += "\nPlain text: \(ReportNotation.code(DifferenceText.text(d)))\n"
        }
        return out
    }
}
