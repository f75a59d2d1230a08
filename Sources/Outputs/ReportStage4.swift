import Algebra
import Derivation
import Dirac

/// The Stage 4 section of the audit report: the procedure of Eqs. (38)-(40), the two readings
/// of the k-derivatives, for Eqs. (39)-(45) the printed and the derived expressions (under the
/// paper's definitions, and in the grouping that reproduces the printed numbers), and the
/// equilibrium rows that decide between the readings.
public enum Stage4ReportSection {
    public static let title = "Stage 4: diffusion flux, Eqs. (38)-(45)"

    static let procedureHeading = "Stage 4 procedure and the two readings of Eq. (40)"
    static let printedFluxHeading = "Eq. (40) with the printed coefficients"
    static let equilibriumHeading = "Equilibrium: a uniform shift of the neutrino chemical potential"
    static let claims: [(id: String, heading: String, name: String)] = [
        ("eq39", "Eq. (39): $\\kappa_0$", "\\kappa_0"),
        ("eq40", "Eq. (40): the form of the flux", "\\boldsymbol{F}_\\nu + \\boldsymbol{F}_{\\bar\\nu}"),
        ("eq41", "Eq. (41): $\\delta^{(1)}$", "\\delta^{(1)}"),
        ("eq42", "Eq. (42): $\\delta^{(2)}$", "\\delta^{(2)}"),
        ("eq43", "Eq. (43): $\\epsilon^{(1)}$", "\\epsilon^{(1)}"),
        ("eq44", "Eq. (44): $\\epsilon^{(2)}$", "\\epsilon^{(2)}"),
        ("eq45", "Eq. (45): $\\epsilon^{(3)}$", "\\epsilon^{(3)}"),
    ]

    static var printer: LaTeXPrinter {
        var p = Stage3ReportSection.vectorPrinter
        p.names["C5"] = "(c_V^{2} + 5 c_A^{2})"
        p.names["dU"] = "\\delta U_\\nu"
        p.names["dU_1"] = "\\partial \\delta U_\\nu/\\partial k"
        p.names["dU_2"] = "\\partial^2 \\delta U_\\nu/\\partial k^2"
        p.names["dmu"] = "\\delta\\mu"
        p.names["vec(W)"] = "\\boldsymbol{W}"
        p.names["vec(W_1)"] = "\\partial\\boldsymbol{W}/\\partial k"
        p.names["vec(W_2)"] = "\\partial^2\\boldsymbol{W}/\\partial k^2"
        return p
    }

    static var scalarLayout: LaTeXLayout {
        var layout = LaTeXLayout(printer: printer, isOuter: { _ in false }, isInner: { _ in false }, signSymbol: nil)
        layout.sumOrder = ReportNotation.sumOrder
        return layout
    }

    static var vectorLayout: LaTeXLayout {
        var layout = LaTeXLayout(printer: printer, isOuter: Stage3ReportSection.isBasis,
                                 isInner: { n in ["f0", "f0_1", "f0_2", "dU", "dU_1", "dU_2"].contains(n.name) },
                                 signSymbol: nil)
        layout.termsPerLine = 3
        layout.staysInGroups = Stage3ReportSection.isBasis
        layout.sumOrder = ReportNotation.sumOrder
        return layout
    }

    /// The rows shown under a claim's heading: the claim and its grouping row.
    static func rows(of id: String, in rows: [CheckRow]) -> [CheckRow] {
        rows.filter { $0.id == id || $0.id == "check.\(id).grouping" }
    }

    public static func section(verification v: Verification) throws -> ReportSection {
        let seeds = v.seeds.stage4
        let result = v.stage4
        let rows = result.rows
        var headings: [String: String] = [:]
        for row in rows {
            if row.id == "check.eq40.printed" { headings[row.id] = printedFluxHeading }
            else if row.id.hasPrefix("check.equilibrium.") { headings[row.id] = equilibriumHeading }
            else if let c = claims.first(where: { $0.id == row.id || "check.\($0.id).grouping" == row.id }) { headings[row.id] = c.heading }
        }
        let couplings = result.definitions.kappaCouplings
        var body = procedure(result)
        let comparisons = try PaperComparison.claims(verification: v)
        for claim in claims {
            let claimRows = Stage4ReportSection.rows(of: claim.id, in: rows)
            body += "\n### \(claim.heading)\n\n"
            body += "**Printed** (transcription, `[\(claim.id)]` of `seeds/stage4.claims`):\n\n"
            body += "```text\n\(Stage1ReportSection.transcription(try seeds.entry(claim.id)))\n```\n\n"
            switch claim.id {
            case "eq39":
                for shown in comparisons where shown.id == claim.id { body += shown.comparison.markdown(derivedLabel: shown.label) }
            case "eq40":
                body += "**Derived** $\\boldsymbol{F}_\\nu + \\boldsymbol{F}_{\\bar\\nu}$ under the paper's definitions (Eqs. 29-30; "
                body += "$T/m$ for $\\delta^2$, $\\boldsymbol{W} = \\nabla U_\\nu/\\kappa_0$):\n\n"
                body += ReportNotation.display(claim.name + " = " + (try PaperComparison.ownLayout(try vectorForm(result.definitions.flux, couplings: couplings), negativePrefactor: true)))
                body += "\nIn the grouping ($k^3/2\\pi^2$ carried through $\\partial/\\partial k$):\n\n"
                body += ReportNotation.display(claim.name + " = " + (try PaperComparison.ownLayout(try vectorForm(result.grouping.flux, couplings: couplings), negativePrefactor: true)))
                body += "\nThe coefficients $\\delta^{(1)}, \\delta^{(2)}, \\epsilon^{(1,2,3)}$ are read off each flux "
                body += "($-\\tfrac23(1-\\delta^{(1)})$ of $\\boldsymbol{W}$, $\\delta^{(2)}kT$ of $\\partial^2\\boldsymbol{W}/\\partial k^2$, "
                body += "$\\epsilon^{(1)}, \\epsilon^{(2)}k, \\epsilon^{(3)}k^2$ of $\\delta U_\\nu$ and its derivatives along "
                body += "$\\boldsymbol{\\hat{B}}$); each row compares the whole flux with the form of Eq. (40) filled with them, "
                body += "so a difference is a term the form cannot hold.\n\n"
            default:
                for (index, shown) in comparisons.filter({ $0.id == claim.id }).enumerated() {
                    body += shown.comparison.markdown(derivedLabel: shown.label, showPrinted: index == 0)
                }
            }
            var inGrouping: [String: String] = [:]
            for shown in comparisons where shown.id == claim.id {
                inGrouping[shown.rowID] = PaperComparison.latex.render(try shown.comparison.difference())
            }
            body += "\n" + Stage1ReportSection.rowsTable(claimRows) + differences(claimRows, inGrouping: inGrouping)
        }
        let printedRows = rows.filter { $0.id == "check.eq40.printed" }
        body += "\n### \(printedFluxHeading)\n\n"
        body += "The whole printed Eq. (40), filled with the printed Eqs. (41)-(45), against the flux under the paper's "
        body += "definitions: the error of a transport code that uses the printed coefficients.\n\n"
        body += Stage1ReportSection.rowsTable(printedRows) + differences(printedRows)
        body += try equilibrium(result)
        return ReportSection(title: title, rows: rows, headings: headings, body: body)
    }

    static func equilibrium(_ result: Stage4Check.Result) throws -> String {
        let rows = result.rows.filter { $0.id.hasPrefix("check.equilibrium.") }
        var out = "\n### \(equilibriumHeading)\n\n"
        out += "A uniform shift $\\delta\\mu$ of the neutrino chemical potential, $f = f^{FD}(k;\\mu+\\delta\\mu) = f^{(0)}_\\nu "
        out += "- \\delta\\mu\\,\\partial f^{(0)}_\\nu/\\partial k$, is an exact equilibrium of the scattering collision integral: "
        out += "$C$ and $D$ of Eqs. (26)-(27) obey detailed balance with $e^{-q_0/T}$, $q_0$ the whole energy given to the "
        out += "nucleon (its spin energy in the field included), and neutral-current scattering conserves the nucleon "
        out += "species, so no nucleon chemical potential enters. Such a state carries no flux. The rows set "
        out += "$g = -\\delta\\mu\\,\\partial f^{(0)}_\\nu/\\partial k$, $\\boldsymbol{h} = 0$ and substitute the Fermi-Dirac "
        out += "derivatives $\\partial f^{(0)}_\\nu/\\partial k = -f^{(0)}_\\nu(1-f^{(0)}_\\nu)/T$ and their $k$-derivatives "
        out += "(exact at any $\\mu$, so the test holds order by order in $T/m$ and $\\mu_B B$): the field parts of the first "
        out += "moment (derived and printed Eqs. 33, 36, 37) and the drift "
        out += "$\\epsilon^{(1)}\\delta U + \\epsilon^{(2)}k\\,\\partial\\delta U/\\partial k + \\epsilon^{(3)}k^2\\partial^2\\delta U/\\partial k^2$ "
        out += "with $\\delta U = k^3 g/2\\pi^2$ (Eq. 29) must vanish ($\\nabla U = 0$ for a uniform shift).\n\n"
        out += Stage1ReportSection.rowsTable(rows) + differences(rows)
        func verdict(_ id: String) -> Verdict? { rows.first { $0.id == "check.equilibrium.\(id)" }?.verdict }
        let definitions = verdict("drift.definitions"), grouping = verdict("drift.grouping"), printed = verdict("drift.printed")
        out += "\n**What decides.** "
        if definitions == .match && grouping == .mismatch {
            out += "The coefficients derived under the paper's definitions carry no flux in equilibrium; those of the grouping "
            out += "do (`check.equilibrium.drift.grouping`), so the grouping is not a legitimate reading of Eq. (40) with "
            out += "$\\delta U = k^3g/2\\pi^2$, and the verdicts of Eqs. (40)-(45) are those under the paper's definitions. "
            out += printed == .mismatch
                ? "The printed $\\epsilon^{(1..3)}$ give a flux in equilibrium too (`check.equilibrium.drift.printed`).\n"
                : "The printed $\\epsilon^{(1..3)}$ carry no flux in equilibrium.\n"
        } else {
            out += "The equilibrium rows do not single out one reading: definitions \(definitions?.rawValue ?? "-"), "
            out += "grouping \(grouping?.rawValue ?? "-"), printed \(printed?.rawValue ?? "-").\n"
        }
        return out
    }

    static func procedure(_ result: Stage4Check.Result) -> String {
        var out = "### \(procedureHeading)\n\n"
        out += "The first moment of the Boltzmann equation (24) with $f = f^{(0)}_\\nu + g + 3\\boldsymbol{\\Omega}\\cdot\\boldsymbol{h}$ "
        out += "and $\\partial\\boldsymbol{h}/\\partial t$ dropped is, for $\\nu$ and $\\bar\\nu$ (the same $f^{(0)}_\\nu$, $g$; "
        out += "their own $\\boldsymbol{h}$), with Stage 3's *derived* $\\boldsymbol{V}$ of Eq. (31):\n\n"
        out += ReportNotation.display("\\tfrac13\\nabla\\big(f^{(0)}_\\nu + g\\big) = \\boldsymbol{V} = -\\kappa_0\\boldsymbol{h} + "
            + "R[\\boldsymbol{h}] + \\boldsymbol{S}")
        out += "\nwhere $R$ (order $k/m$) collects $\\boldsymbol{h}$, $\\partial\\boldsymbol{h}/\\partial k$, "
        out += "$\\partial^2\\boldsymbol{h}/\\partial k^2$ beyond $\\boldsymbol{V}_0$ and $\\boldsymbol{S}$ the $g\\,\\boldsymbol{\\hat{B}}$ terms. "
        out += "It is solved by iteration from Eq. (38), "
        out += "$\\boldsymbol{h} \\leftarrow -\\nabla(f^{(0)}_\\nu+g)/3\\kappa_0 + (R[\\boldsymbol{h}] + \\boldsymbol{S})/\\kappa_0$, keeping "
        out += "$T/m$ and $\\mu_B B$ to first order (\(result.definitions.iterations) iterations until nothing changes; the "
        out += "derivative terms act on the lower iterate, i.e. on Eq. (38)'s $\\boldsymbol{h}$, and the second iterate supplies "
        out += "the cross term of $\\delta\\boldsymbol{V}^B_\\pm$ with $\\delta\\boldsymbol{V}^{WM}_\\pm$; "
        let withF2 = Eq40Coefficient.allCases.filter {
            result.coefficients[.definitions]?[$0]?.symbols.contains(PaperSymbols.F2) ?? false
        }
        out += withF2.isEmpty ? "no derived coefficient has an $F_2$ term). "
            : "derived coefficients with an $F_2$ term: " + withF2.map { "Eq. (\($0.equation))" }.joined(separator: ", ") + "). "
        out += "Then $\\boldsymbol{F}_\\nu + \\boldsymbol{F}_{\\bar\\nu} = (k^3/2\\pi^2)(\\boldsymbol{h}_\\nu + "
        out += "\\boldsymbol{h}_{\\bar\\nu})$ (Eq. 30), with\n\n"
        out += ReportNotation.display("\\nabla\\big(f^{(0)}_\\nu + g\\big) = \\rho\\,\\kappa_0\\boldsymbol{W},\\quad g = \\rho\\,\\delta U_\\nu,"
            + "\\quad \\boldsymbol{W} = \\nabla U_\\nu/\\kappa_0,\\quad \\rho = 2\\pi^2/k^3")
        out += "\n**Two readings.** Eq. (40) writes the derivatives as acting on $\\nabla U_\\nu/\\kappa_0$ and $\\delta U_\\nu$. "
        out += "Under the paper's own definitions, Eqs. (29)-(30) as written, $\\partial/\\partial k$ also acts on $\\rho$ "
        out += "(`Stage4Derivation.Reading.definitions`, plain calculus): the rows `eq40`-`eq45`. The printed form, "
        out += "$(1-2f^{(0)}_\\nu+6T/k)\\,k\\,\\partial\\boldsymbol{W}/\\partial k$ with the same $\\delta^{(2)}$ as "
        out += "$kT\\,\\partial^2\\boldsymbol{W}/\\partial k^2$, is tested as the reading in which $\\rho$ is carried through $\\partial/\\partial k$ as a "
        out += "constant: $(k^3/2\\pi^2)\\,\\partial^n\\boldsymbol{h}_0/\\partial k^n \\to -\\tfrac13\\partial^n\\boldsymbol{W}/\\partial k^n$ and "
        out += "$(k^3/2\\pi^2)\\,\\partial^n g/\\partial k^n \\to \\partial^n\\delta U_\\nu/\\partial k^n$ "
        out += "(`Stage4Derivation.Reading.grouping`): the rows `check.eq40.grouping`-`check.eq45.grouping`"
        let grouping = result.rows.filter { $0.id.hasPrefix("check.eq4") && $0.id.hasSuffix(".grouping") }
        let differing = grouping.filter { $0.verdict != .match }.map { "`\($0.id)`" }
        out += ", of which \(grouping.count - differing.count) of \(grouping.count) MATCH"
        out += differing.isEmpty ? ". " : " (not: " + differing.joined(separator: ", ") + "). "
        out += "The equilibrium rows at the end of this section decide between the readings. "
        out += "The denominators $(c_V^{2} + 5 c_A^{2})$ are the `C5` of `seeds/stage4.claims`.\n\n"
        out += "**Approximations** (`Stage4Derivation.neglected`):\n\n"
        for n in Stage4Derivation.neglected { out += "- \(ReportNotation.code(n))\n" }
        return out
    }

    /// Each coefficient over its common power of C5 = cV² + 5cA², with δ² = T/m.
    static func vectorForm(_ v: VectorExpression, couplings: Polynomial) throws -> Polynomial {
        try Stage3ReportSection.flatten(VectorExpression(collecting: v.terms.map {
            ($0.basis, try Stage4Check.cleared($0.coefficient, couplings: couplings))
        }))
    }

    /// `inGrouping`: row id → the difference laid out in the printed grouping (`PaperComparison`).
    static func differences(_ rows: [CheckRow], inGrouping: [String: String] = [:]) -> String {
        var out = ""
        for r in rows {
            guard let d = r.difference else { continue }
            let layout = d.symbols.contains(where: Stage3ReportSection.isBasis) ? vectorLayout : scalarLayout
            out += r.id.hasPrefix("check.equilibrium.")
                ? "\n**Residual** in equilibrium, must vanish (`\(r.id)`, \(r.verdict.rawValue)):\n\n"
                : "\n**Difference** derived − printed (`\(r.id)`, \(r.verdict.rawValue)\(inGrouping[r.id] == nil ? "" : ", in the printed grouping")):\n\n"
            out += ReportNotation.display(inGrouping[r.id] ?? layout.render(d))
            out += "\nPlain text: \(ReportNotation.code(DifferenceText.text(d)))\n"
        }
        return out
    }
}

extension DerivationSteps {
    /// `verify traces --show` for Stage 4 rows.
    static func stage4Text(rows: [CheckRow], v: Verification) throws -> String {
        let result = v.stage4
        let couplings = result.definitions.kappaCouplings
        var out = "steps of \(rows.map(\.id).joined(separator: ", ")): astro-ph/0307006, Stage 4 (diffusion flux, Eqs. (38)-(45))\n"
        out += "conventions: \(Conventions.summary)\n"
        out += "\n[1] kappa0 from the derived V0 = -kappa0 h: \(PlainTextPrinter.text(result.definitions.kappa0))\n"
        out += "  = (\(PlainTextPrinter.text(result.definitions.kappaMonomial))) * C5, C5 = \(PlainTextPrinter.text(couplings))\n"
        for d in [result.definitions, result.grouping] {
            out += "\n[2] reading '\(d.reading.rawValue)': h by iteration from Eq. (38) (\(d.iterations) iterations), "
            out += "W = grad U/kappa0, dU = k^3 g/2pi^2, delta^2 = T/m\n"
            for particle in Particle.allCases {
                out += "  h (\(particle.rawValue)): \(vectorText(try Stage3ReportSection.massForm(d.h[particle]!)))\n"
            }
            out += "  F_nu + F_nubar: \(vectorText(try Stage3ReportSection.massForm(d.flux)))\n"
            for c in Eq40Coefficient.allCases {
                out += "  \(c.rawValue) = \(PlainTextPrinter.text(try Stage4Check.cleared(result.coefficients[d.reading]![c]!, couplings: couplings)))\n"
            }
        }
        if rows.contains(where: { $0.id.hasPrefix("check.equilibrium.") }) {
            out += "\n[3] equilibrium: g = -dmu f0_1, h = 0, Fermi-Dirac f0\n"
            for (symbol, value) in result.fermiDiracDerivatives.value.sorted(by: { $0.key < $1.key }) {
                out += "  \(symbol.name) = \(PlainTextPrinter.text(value))\n"
            }
            for (i, u) in result.deltaU.value.enumerated() {
                out += "  \(i == 0 ? "dU" : "dU_\(i)") = \(PlainTextPrinter.text(u))\n"
            }
        }
        out += "\n[4] compared\n"
        for row in rows {
            out += "  \(row.id): \(row.verdict.rawValue)\(row.note.map { " (\($0))" } ?? "")\n"
            let label = row.id.hasPrefix("check.equilibrium.") ? "residual in equilibrium (must be 0)" : "difference (derived - printed)"
            out += "    \(label): \(row.difference.map(DifferenceText.text) ?? "0")\n"
        }
        return out
    }
}
