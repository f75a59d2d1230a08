import Algebra
import Derivation
import Dirac

/// The Stage 1 section of the audit report: inputs, approximations, conventions, and for each
/// claim the printed equation (transcription and LaTeX), the derived one, the difference and
/// the verdict.
public enum Stage1ReportSection {
    public static let title = "Stage 1: squared matrix element, Eqs. (1)-(6)"

    static let claims: [(equation: String, heading: String, piece: String)] = [
        ("4", "Eq. (4): leading term", "the $m^0$ part of $|M_{ss'}|^2$"),
        ("5", "Eq. (5): correction linear in $\\boldsymbol{q}$", "the $O(1/m)$ part linear in $\\boldsymbol{q}$"),
        ("6", "Eq. (6): correction linear in $\\boldsymbol{P}$", "the $O(1/m)$ part linear in $\\boldsymbol{P}$"),
    ]
    static let inputsHeading = "Stage 1 inputs, approximations and conventions"
    static let eq2Heading = "Eq. (2): nucleon density matrix"
    static let timeReversalHeading = "Time reversal"
    static let checksHeading = "Stage 1 consistency checks"

    public static func section(seeds: SeedFile, result: Stage1Check.Result) throws -> ReportSection {
        var headings: [String: String] = [:]
        for row in result.rows {
            switch row.id {
            case "eq2": headings[row.id] = eq2Heading
            case let id where id.hasPrefix("tr."): headings[id] = timeReversalHeading
            case let id where id.hasPrefix("check."): headings[id] = checksHeading
            default:
                if let claim = claims.first(where: { row.id.hasPrefix("eq\($0.equation).") }) { headings[row.id] = claim.heading }
            }
        }
        var body = try inputs(seeds: seeds, result: result)
        body += try eq2(seeds: seeds, result: result)
        for claim in claims {
            let derived: (Particle) -> Polynomial = { result.comparisons["eq\(claim.equation).\($0.rawValue)"]!.derived }
            body += "\n### \(claim.heading)\n\n"
            body += "The claim is \(claim.piece), for $\\nu$ (upper sign) and $\\bar\\nu$ (lower sign).\n\n"
            body += "**Printed** (transcription, `[eq\(claim.equation)]` of `seeds/stage1.claims`):\n\n"
            body += "```text\n\(transcription(try seeds.entry("eq\(claim.equation)")))\n```\n\n"
            let printed = result.printed[claim.equation]!
            let derivedBoth = try combinedInSign(nu: derived(.nu), nubar: derived(.nubar))
            body += "As parsed, expanded and collected:\n\n"
            body += ReportNotation.display(printed, against: derivedBoth)
            body += "\n**Derived** (same normalization, $\\pm$ = upper for $\\nu$, lower for $\\bar\\nu$):\n\n"
            body += ReportNotation.display(derivedBoth, against: printed)
            body += ReportNotation.boxedNote(printed, derivedBoth)
            body += "\n"
            body += rowsTable(result.rows.filter { $0.id.hasPrefix("eq\(claim.equation).") })
            body += differences(result.rows.filter { $0.id.hasPrefix("eq\(claim.equation).") })
        }
        body += "\n### \(timeReversalHeading)\n\n"
        body += "Below Eq. (6): $|M_{ss'}|^2$ must be invariant under "
        body += "$\\boldsymbol{\\Omega} \\leftrightarrow \\boldsymbol{\\Omega}'$, $\\boldsymbol{P} \\to \\boldsymbol{P}$, "
        body += "$\\boldsymbol{q} \\to -\\boldsymbol{q}$, $s \\leftrightarrow s'$. `tr.derived` checks the whole derived "
        body += "$|M_{ss'}|^2$ (written in $\\pm$ for $\\nu$ and $\\bar\\nu$ at once), `tr.eqN` each printed equation term by term. "
        body += "The difference shown is $T(x) - x$.\n\n"
        let symmetry = result.rows.filter { $0.kind == .symmetry }
        body += rowsTable(symmetry)
        body += differences(symmetry)
        body += "\n### \(checksHeading)\n\n"
        let consistency = result.rows.filter { $0.kind == .consistency }
        body += rowsTable(consistency)
        body += differences(consistency)
        return ReportSection(title: title, rows: result.rows, headings: headings, body: body)
    }

    static func inputs(seeds: SeedFile, result: Stage1Check.Result) throws -> String {
        let printer = ReportNotation.printer
        var out = "### \(inputsHeading)\n\n"
        out += "**Vertex, Eq. (1)** (transcription `[eq1]`, Dirac syntax; `sigma(mu,qv)` is $\\sigma^{\\mu\\nu}q_\\nu$):\n\n"
        out += "```text\n\(transcription(try seeds.entry("eq1")))\n```\n\n"
        out += "As parsed, with $\\sigma^{\\mu\\nu} = \\tfrac{i}{2}[\\gamma^\\mu, \\gamma^\\nu]$ expanded ($q$ the 4-vector $k - k'$):\n\n"
        out += ReportNotation.display("\\Gamma^\\mu = " + DiracPrinter.latex(result.derivation.vertex, printer: printer))
        out += "\n**Lepton tensor** (massless left-handed neutrino): "
        out += "$L_{\\mu\\nu} = \\mathrm{tr}[\\not{k}'\\gamma_\\mu(1-\\gamma_5)\\not{k}\\gamma_\\nu(1-\\gamma_5)]$ for $\\nu$; "
        out += "$k \\leftrightarrow k'$ for $\\bar\\nu$, which flips the sign of its antisymmetric part.\n\n"
        out += "**Hadron tensor**: $H^{\\mu\\nu} = \\mathrm{tr}[\\rho(p',s')\\,\\Gamma^\\mu\\rho(p,s)\\,\\bar\\Gamma^\\nu]$, "
        out += "$\\bar\\Gamma = \\gamma^0\\Gamma^\\dagger\\gamma^0$, with $\\rho$ the density matrix of Eq. (2) in the reading "
        out += "that agrees with the covariant projector (below); "
        out += "$|M_{ss'}|^2 = N\\,\\tfrac{G_F^2}{2}L_{\\mu\\nu}H^{\\mu\\nu}$.\n\n"
        out += "**Kinematics**: $k = (1, \\boldsymbol{\\Omega})$, $k' = (1, \\boldsymbol{\\Omega}')$ (the factor $kk'$ is in the "
        out += "normalization), $q = (q_0, \\boldsymbol{q})$, $\\boldsymbol{p} = (\\boldsymbol{P} - \\boldsymbol{q})/2$, "
        out += "$\\boldsymbol{p}' = (\\boldsymbol{P} + \\boldsymbol{q})/2$, $p^0 = m$; then the 3+1 split "
        out += "($X\\cdot Y = -\\boldsymbol{x}\\cdot\\boldsymbol{y}$ for spatial $X, Y$; "
        out += "$\\epsilon(e_0, X, Y, Z) = -\\boldsymbol{x}\\cdot(\\boldsymbol{y}\\times\\boldsymbol{z})$), with "
        out += "$\\boldsymbol{\\Omega}$, $\\boldsymbol{\\Omega}'$, $\\boldsymbol{\\hat{B}}$ unit vectors.\n\n"
        out += "**Order**: first order in $1/m$; $q_0$ counts as order $1/m$ ($q_0/m \\sim k^2/m^2$). Neglected:\n\n"
        for n in SquaredMatrixElement.neglected { out += "- \(ReportNotation.code(n))\n" }
        out += "\n**Normalization**: one constant $N$, fixed from the spin- and angle-independent $G_F^2c_V^2$ term "
        out += "of Eq. (4): $N = \(printer.render(Polynomial(result.normalization)))$. Unit-normalized spinors give "
        out += "$\(printer.render(Polynomial(Stage1Derivation.unitSpinorNormalization)))$ (row `check.normalization`); "
        out += "Eqs. (5) and (6) are checked with the same $N$, never refitted.\n\n"
        out += "**Conventions** (`Sources/Dirac/Conventions.swift`): \(ReportNotation.code(Conventions.summary)); "
        out += "$\\sigma^{\\mu\\nu} = \\tfrac{i}{2}[\\gamma^\\mu,\\gamma^\\nu]$; frame vectors $e_\\mu$ with "
        out += "$\\not{e}_\\mu = \\gamma_\\mu$; the paper's $\\pm$/$\\mp$ are `pm`/`mp` in the seeds, upper = neutrino.\n"
        return out
    }

    static func eq2(seeds: SeedFile, result: Stage1Check.Result) throws -> String {
        var out = "\n### \(eq2Heading)\n\n"
        out += "**Printed** (transcription `[eq2]`; the extraction lost the index heights, so `G3`, `PG`, `P3` stand for "
        out += "the printed $\\gamma^3$, $p^i\\gamma_i$, $p^3$ and are bound to each reading in turn):\n\n"
        out += "```text\n\(transcription(try seeds.entry("eq2")))\n```\n\n"
        out += "**Derived**: the covariant projector "
        out += "$u\\bar u = (\\not{p} + m)(1 + \\gamma_5\\not{S})/2m$ with $S = s[\\hat{B} + (p^3/m)e_0]$ (the boosted spin), "
        out += "expanded to first order in $p/m$. The two matrices are compared through their traces against the 16 basis "
        out += "matrices $\\lbrace 1, \\gamma_5, \\gamma_\\mu, \\gamma_\\mu\\gamma_5, \\gamma_\\mu\\gamma_\\nu\\rbrace$.\n\n"
        out += "| reading of Eq. (2) | components that differ | verdict |\n|---|---|---|\n"
        for residual in result.readingResiduals {
            let count = residual.components.count
            out += "| $\(ReportNotation.reading(residual.reading))$ | \(count) of 16 | \(count == 0 ? "MATCH" : "MISMATCH") |\n"
        }
        out += "\n"
        out += rowsTable(result.rows.filter { $0.id == "eq2" })
        if let reading = result.readings.first {
            out += "\nThe derivation uses the agreeing reading:\n\n"
            out += ReportNotation.display("\\rho(p, s) = " + ReportNotation.reading(reading))
            out += "\ni.e., as a Dirac matrix ($e_\\mu$ the frame vectors, so $\\not{e}_\\mu = \\gamma_\\mu$; "
            out += "$\\not{p}$ the spatial part $(0, \\boldsymbol{p})$):\n\n"
            out += ReportNotation.display(DiracPrinter.latex(result.derivation.initialDensity, printer: ReportNotation.printer))
        } else {
            out += "\nNo reading agrees, so the derivation takes $u\\bar u$ from the covariant projector itself "
            out += "(to first order in $p/m$), not from Eq. (2).\n"
        }
        out += differences(result.rows.filter { $0.id == "eq2" })
        return out
    }

    /// The entry's text as written in the seed file, comment-only lines and blank lines dropped.
    static func transcription(_ entry: SeedFile.Entry) -> String {
        entry.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingTrailingWhitespace() }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    static func rowsTable(_ rows: [CheckRow]) -> String {
        guard !rows.isEmpty else { return "" }
        var out = "| id | particle | verdict | note |\n|---|---|---|---|\n"
        for r in rows {
            let verdict = r.verdict == .match ? "MATCH" : "**\(r.verdict.rawValue)**"
            out += "| `\(r.id)` | \(ReportNotation.particle(r.particle)) | \(verdict) | \(r.note.map(ReportNotation.code) ?? "") |\n"
        }
        return out
    }

    static func differences(_ rows: [CheckRow]) -> String {
        var out = ""
        for r in rows {
            guard let d = r.difference else { continue }
            let who = r.particle.map { $0 == .nu ? " for $\\nu$" : " for $\\bar\\nu$" } ?? ""
            out += "\n**Difference** derived − printed\(who) (`\(r.id)`, \(r.verdict.rawValue)):\n\n"
            out += ReportNotation.display(d)
            out += "\nPlain text: \(ReportNotation.code(PlainTextPrinter.text(d)))\n"
        }
        return out
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
