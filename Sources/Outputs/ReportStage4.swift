import Algebra
import Derivation
import Dirac

/// The Stage 4 section of the audit report: the procedure of Eqs. (38)-(40), the grouping of
/// the k-derivatives, and for Eqs. (39)-(45) the printed and the derived expressions.
public enum Stage4ReportSection {
    public static let title = "Stage 4: diffusion flux, Eqs. (38)-(45)"

    static let procedureHeading = "Stage 4 procedure and the grouping of Eq. (40)"
    static let literalHeading = "Eq. (40) in plain calculus"
    static let claims: [(id: String, heading: String, name: String)] = [
        ("eq39", "Eq. (39): kappa0", "\\kappa_0"),
        ("eq40", "Eq. (40): the form of the flux", "\\boldsymbol{F}_\\nu + \\boldsymbol{F}_{\\bar\\nu}"),
        ("eq41", "Eq. (41): delta 1", "\\delta^{(1)}"),
        ("eq42", "Eq. (42): delta 2", "\\delta^{(2)}"),
        ("eq43", "Eq. (43): epsilon 1", "\\epsilon^{(1)}"),
        ("eq44", "Eq. (44): epsilon 2", "\\epsilon^{(2)}"),
        ("eq45", "Eq. (45): epsilon 3", "\\epsilon^{(3)}"),
    ]

    static var printer: LaTeXPrinter {
        var p = Stage3ReportSection.vectorPrinter
        p.names["C5"] = "(c_V^2+5c_A^2)"
        p.names["dU"] = "\\delta U_\\nu"
        p.names["dU_1"] = "\\partial \\delta U_\\nu/\\partial k"
        p.names["dU_2"] = "\\partial^2 \\delta U_\\nu/\\partial k^2"
        p.names["vec(W)"] = "\\boldsymbol{W}"
        p.names["vec(W_1)"] = "\\partial\\boldsymbol{W}/\\partial k"
        p.names["vec(W_2)"] = "\\partial^2\\boldsymbol{W}/\\partial k^2"
        return p
    }

    static var scalarLayout: LaTeXLayout {
        LaTeXLayout(printer: printer, isOuter: { _ in false }, isInner: { _ in false }, signSymbol: nil)
    }

    static var vectorLayout: LaTeXLayout {
        var layout = LaTeXLayout(printer: printer, isOuter: Stage3ReportSection.isBasis,
                                 isInner: { n in ["f0", "f0_1", "f0_2", "dU", "dU_1", "dU_2"].contains(n.name) },
                                 signSymbol: nil)
        layout.termsPerLine = 3
        layout.staysInGroups = Stage3ReportSection.isBasis
        return layout
    }

    public static func section(verification v: Verification) throws -> ReportSection {
        let seeds = v.seeds.stage4
        let result = v.stage4
        let rows = result.rows
        var headings: [String: String] = [:]
        for row in rows {
            if row.id == "eq40.literal" { headings[row.id] = literalHeading }
            else if let c = claims.first(where: { $0.id == row.id }) { headings[row.id] = c.heading }
        }
        let couplings = result.paper.kappaCouplings
        var body = procedure(result)
        let check = Stage4Check(seeds: seeds)
        for claim in claims {
            let claimRows = rows.filter { $0.id == claim.id }
            body += "\n### \(claim.heading)\n\n"
            body += "**Printed** (transcription, `[\(claim.id)]` of `seeds/stage4.claims`):\n\n"
            body += "```text\n\(Stage1ReportSection.transcription(try seeds.entry(claim.id)))\n```\n\n"
            switch claim.id {
            case "eq39":
                body += "**Derived** from $\\boldsymbol{V}_0 = -\\kappa_0\\boldsymbol{h}$ (the $\\delta^0$, $(\\mu_B B)^0$ coefficient of "
                body += "$\\boldsymbol{h}$ in Stage 3's $\\boldsymbol{V}$, the same for $\\nu$ and $\\bar\\nu$):\n\n"
                body += ReportNotation.display(claim.name + " = " + scalarLayout.render(result.paper.kappa0))
            case "eq40":
                body += "**Derived** $\\boldsymbol{F}_\\nu + \\boldsymbol{F}_{\\bar\\nu}$ in the paper's grouping ($T/m$ for $\\delta^2$, "
                body += "$\\boldsymbol{W} = \\nabla U_\\nu/\\kappa_0$):\n\n"
                body += ReportNotation.display(claim.name + " = " + vectorLayout.render(try vectorForm(result.paper.flux, couplings: couplings)))
                body += "\nThe coefficients $\\delta^{(1)}, \\delta^{(2)}, \\epsilon^{(1,2,3)}$ are read off this flux "
                body += "($-\\tfrac23(1-\\delta^{(1)})$ of $\\boldsymbol{W}$, $\\delta^{(2)}kT$ of $\\partial^2\\boldsymbol{W}/\\partial k^2$, "
                body += "$\\epsilon^{(1)}, \\epsilon^{(2)}k, \\epsilon^{(3)}k^2$ of $\\delta U_\\nu$ and its derivatives along "
                body += "$\\boldsymbol{\\hat{B}}$); the row compares the whole flux with the form of Eq. (40) filled with them.\n\n"
            default:
                let symbol = Stage4Check.coefficientClaims.first { $0.id == claim.id }!.symbol
                let printed = try Stage4Check.cleared(check.printed(claim.id), couplings: couplings)
                let derived = try Stage4Check.cleared(result.coefficients[.paper]![symbol]!, couplings: couplings)
                body += "As parsed:\n\n" + ReportNotation.display(claim.name + " = " + scalarLayout.render(printed))
                body += "\n**Derived** (paper's grouping):\n\n" + ReportNotation.display(claim.name + " = " + scalarLayout.render(derived))
            }
            body += "\n" + Stage1ReportSection.rowsTable(claimRows) + differences(claimRows)
        }
        body += "\n### \(literalHeading)\n\n"
        body += "Read literally, Eq. (40) differentiates $\\nabla U_\\nu/\\kappa_0$ and $\\delta U_\\nu$ with "
        body += "$\\boldsymbol{F} = k^3\\boldsymbol{h}/2\\pi^2$ and $\\delta U = k^3 g/2\\pi^2$, so $\\partial/\\partial k$ also acts on "
        body += "$k^{-3}$. The flux is then\n\n"
        body += ReportNotation.display("\\boldsymbol{F}_\\nu + \\boldsymbol{F}_{\\bar\\nu} = " + vectorLayout.render(try vectorForm(result.literal.flux, couplings: couplings)))
        body += "\nwith the coefficients read off as above:\n\n"
        for (symbol, id) in Stage4Check.coefficientClaims {
            let name = claims.first { $0.id == id }!.name
            body += ReportNotation.display(name + "_{\\rm plain} = "
                + scalarLayout.render(try Stage4Check.cleared(result.coefficients[.literal]![symbol]!, couplings: couplings)))
        }
        body += "\nIn plain calculus the $\\partial\\boldsymbol{W}/\\partial k$ bracket of Eq. (40) is $(1-2f^{(0)}_\\nu)$ without "
        body += "$6T/k$, so no choice of $\\delta^{(2)}$ gives the printed form. The row compares this flux with Eq. (40) "
        body += "filled with the printed Eqs. (41)-(45):\n\n"
        body += Stage1ReportSection.rowsTable(rows.filter { $0.id == "eq40.literal" }) + differences(rows.filter { $0.id == "eq40.literal" })
        return ReportSection(title: title, rows: rows, headings: headings, body: body)
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
        out += "$T/m$ and $\\mu_B B$ to first order (\(result.paper.iterations) iterations until nothing changes; the "
        out += "derivative terms act on the lower iterate, i.e. on Eq. (38)'s $\\boldsymbol{h}$, and the second iterate supplies "
        out += "the cross term of $\\delta\\boldsymbol{V}^B_\\pm$ with $\\delta\\boldsymbol{V}^{WM}_\\pm$, the $F_2(5c_V^2+c_A^2)$ of "
        out += "Eqs. (43)-(44)). Then $\\boldsymbol{F}_\\nu + \\boldsymbol{F}_{\\bar\\nu} = (k^3/2\\pi^2)(\\boldsymbol{h}_\\nu + "
        out += "\\boldsymbol{h}_{\\bar\\nu})$ (Eq. 30), with\n\n"
        out += ReportNotation.display("\\nabla\\big(f^{(0)}_\\nu + g\\big) = \\rho\\,\\kappa_0\\boldsymbol{W},\\quad g = \\rho\\,\\delta U_\\nu,"
            + "\\quad \\boldsymbol{W} = \\nabla U_\\nu/\\kappa_0,\\quad \\rho = 2\\pi^2/k^3")
        out += "\n**Grouping.** Eq. (40) writes the derivatives as acting on $\\nabla U_\\nu/\\kappa_0$ and $\\delta U_\\nu$. "
        out += "Its printed form, $(1-2f^{(0)}_\\nu+6T/k)\\,k\\,\\partial\\boldsymbol{W}/\\partial k$ with the same $\\delta^{(2)}$ as "
        out += "$kT\\,\\partial^2\\boldsymbol{W}/\\partial k^2$, arises only when $\\rho$ is carried through $\\partial/\\partial k$ as a "
        out += "constant: $(k^3/2\\pi^2)\\,\\partial^n\\boldsymbol{h}_0/\\partial k^n \\to -\\tfrac13\\partial^n\\boldsymbol{W}/\\partial k^n$ and "
        out += "$(k^3/2\\pi^2)\\,\\partial^n g/\\partial k^n \\to \\partial^n\\delta U_\\nu/\\partial k^n$. The rows `eq40`-`eq45` use this "
        out += "grouping (`Stage4Derivation.Reading.paper`); the row `eq40.literal` shows what plain calculus gives "
        out += "(`Stage4Derivation.Reading.literal`). $C_5$ below stands for $c_V^2 + 5c_A^2$ where it divides.\n\n"
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

    static func differences(_ rows: [CheckRow]) -> String {
        var out = ""
        for r in rows {
            guard let d = r.difference else { continue }
            let layout = d.symbols.contains(where: Stage3ReportSection.isBasis) ? vectorLayout : scalarLayout
            out += "\n**Difference** derived − printed (`\(r.id)`, \(r.verdict.rawValue)):\n\n"
            out += ReportNotation.display(layout.render(d))
            out += "\nPlain text: \(ReportNotation.code(DifferenceText.text(d)))\n"
        }
        return out
    }
}

extension DerivationSteps {
    /// `verify traces --show` for Stage 4 rows.
    static func stage4Text(rows: [CheckRow], v: Verification) throws -> String {
        let result = v.stage4
        let couplings = result.paper.kappaCouplings
        var out = "steps of \(rows.map(\.id).joined(separator: ", ")): astro-ph/0307006, Stage 4 (diffusion flux, Eqs. (38)-(45))\n"
        out += "conventions: \(Conventions.summary)\n"
        out += "\n[1] kappa0 from the derived V0 = -kappa0 h: \(PlainTextPrinter.text(result.paper.kappa0))\n"
        out += "  = (\(PlainTextPrinter.text(result.paper.kappaMonomial))) * C5, C5 = \(PlainTextPrinter.text(couplings))\n"
        for d in [result.paper, result.literal] {
            out += "\n[2] reading '\(d.reading.rawValue)': h by iteration from Eq. (38) (\(d.iterations) iterations), "
            out += "W = grad U/kappa0, dU = k^3 g/2pi^2, delta^2 = T/m\n"
            for particle in Particle.allCases {
                out += "  h (\(particle.rawValue)): \(vectorText(try Stage3ReportSection.massForm(d.h[particle]!)))\n"
            }
            out += "  F_nu + F_nubar: \(vectorText(try Stage3ReportSection.massForm(d.flux)))\n"
            for (symbol, _) in Stage4Check.coefficientClaims {
                out += "  \(symbol) = \(PlainTextPrinter.text(try Stage4Check.cleared(result.coefficients[d.reading]![symbol]!, couplings: couplings)))\n"
            }
        }
        out += "\n[3] compared\n"
        for row in rows {
            out += "  \(row.id): \(row.verdict.rawValue)\(row.note.map { " (\($0))" } ?? "")\n"
            out += "    difference (derived - printed): \(row.difference.map(DifferenceText.text) ?? "0")\n"
        }
        return out
    }
}
