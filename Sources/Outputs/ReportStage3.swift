import Algebra
import Derivation

/// The Stage 3 section of the audit report: the δ-bookkeeping, the S0 bracket (Eq. 18), the
/// kernel, the order of integrations, the evidence for integrability and for the cancellation of
/// odd powers of δ, the derived first moment V per order for ν and ν̄, and for each of
/// Eqs. (32)-(37) the printed and the derived vector with the ±/0 combination used.
public enum Stage3ReportSection {
    public static let title = "Stage 3: first moment of the collision integral, Eqs. (18), (31)-(37)"

    static let inputsHeading = "Stage 3 inputs, bookkeeping and approximations"
    static let eq18Heading = "Eq. (18): the $S_0$ bracket"
    static let integrationsHeading = "Integrations, integrability and odd powers of $\\delta$"
    static let momentHeading = "The derived first moment $\\boldsymbol{V}$ per order"
    static let omittedHeading = "Terms the paper omits"
    static let claims: [(id: String, heading: String, name: String)] = [
        ("eq32", "Eq. (32): $\\boldsymbol{V}_0$", "\\boldsymbol{V}_0"),
        ("eq33", "Eq. (33): $\\delta\\boldsymbol{V}^B_\\pm$", "\\delta\\boldsymbol{V}^B_\\pm"),
        ("eq34", "Eq. (34): $\\delta\\boldsymbol{V}^{WM}_0$", "\\delta\\boldsymbol{V}^{WM}_0"),
        ("eq35", "Eq. (35): $\\delta\\boldsymbol{V}^{WM}_\\pm$", "\\delta\\boldsymbol{V}^{WM}_\\pm"),
        ("eq36", "Eq. (36): $\\delta\\boldsymbol{V}^{B,WM}_0$", "\\delta\\boldsymbol{V}^{B,WM}_0"),
        ("eq37", "Eq. (37): $\\delta\\boldsymbol{V}^{B,WM}_\\pm$", "\\delta\\boldsymbol{V}^{B,WM}_\\pm"),
    ]

    public static func section(verification v: Verification) throws -> ReportSection {
        let seeds = v.seeds.stage3
        let result = v.stage3
        let d = result.derivation
        let rows = result.rows
        let steps = d.record
        var headings: [String: String] = [:]
        for row in rows {
            switch row.id {
            case "eq18": headings[row.id] = eq18Heading
            case let id where id.hasPrefix("check."): headings[id] = integrationsHeading
            default: if let c = claims.first(where: { $0.id == row.id }) { headings[row.id] = c.heading }
            }
        }
        var body = try inputs(seeds: seeds, steps: steps)
        body += try eq18(seeds: seeds, d: d, bracket: result.bracket, rows: rows)
        body += try integrations(d: d, steps: steps, rows: rows)
        body += try moments(d: d)
        let comparisons = try PaperComparison.claims(verification: v)
        for claim in claims {
            guard let combination = Stage3Check.combinations.first(where: { $0.id == claim.id }) else { continue }
            body += try claimText(claim, combination: combination, seeds: seeds,
                                  rows: rows.filter { $0.id == claim.id }, omitted: result.omitted[claim.id],
                                  comparisons: comparisons)
        }
        body += "\n### \(omittedHeading)\n\n"
        body += "The paper keeps the $\\boldsymbol{h}$-terms in the $\\boldsymbol{\\hat{B}}$-free parts and the "
        body += "$g\\,\\boldsymbol{\\hat{B}}$-terms in the $\\boldsymbol{\\hat{B}}$ parts; derived terms of other forms "
        body += "(e.g. $(\\boldsymbol{h}\\cdot\\boldsymbol{\\hat{B}})\\boldsymbol{\\hat{B}}$, "
        body += "$\\boldsymbol{\\hat{B}}\\times\\boldsymbol{h}$) would be listed here (`Stage3Check.Result.omitted`), not as mismatches.\n\n"
        if result.omitted.isEmpty {
            body += "**The list is empty**: at this order the derived $\\boldsymbol{V}$ has no terms outside the forms the paper "
            body += "prints, so nothing is dropped from any comparison.\n"
        } else {
            for id in result.omitted.keys.sorted() {
                body += "\n`\(id)`, derived terms not compared:\n\n"
                body += ReportNotation.display(vectorLaTeX(try massForm(result.omitted[id]!)))
            }
        }
        return ReportSection(title: title, rows: rows, headings: headings, body: body)
    }

    // MARK: - Parts

    static func inputs(seeds: SeedFile, steps: Stage3Derivation.Record) throws -> String {
        let printer = ReportNotation.printer
        var out = "### \(inputsHeading)\n\n"
        out += "The rate is Stage 2's *derived* Eq. (9) (the coefficients of Eqs. 19-23 as derived). "
        out += "The first moment of the collision integral, Eq. (31), is\n\n"
        out += ReportNotation.display("""
        \\boldsymbol{V} = \\int\\frac{d\\Omega}{4\\pi}\\,\\boldsymbol{\\Omega}\\int_0^\\infty dk'\\int d\\Omega'\\,
        \\frac{d\\Gamma}{dk'd\\Omega'}\\,\\big[C(k,k')\\,\\delta f(k',\\boldsymbol{\\Omega}') + D(k,k')\\,\\delta f(k,\\boldsymbol{\\Omega})\\big]
        """)
        out += "\nwith, as parsed from `seeds/stage3.claims` (`[eq26]`, `[eq27]`, `[eq28]`; $f^{(0)}_\\nu(k')$ and "
        out += "$e^{-q_0/T}$ are series in $\\delta$ below):\n\n"
        out += ReportNotation.display("C = " + printer.render(try seeds.polynomial("eq26")))
        out += ReportNotation.display("D = " + printer.render(try seeds.polynomial("eq27")))
        out += ReportNotation.display("\\delta f = " + printer.render(try seeds.polynomial("eq28")))
        out += "\n**Bookkeeping** (Eq. 17, `[eq17.eps2]`, `[eq17.kprime]`): $\\delta = (T/m)^{1/2}$ at fixed $k/T$ and "
        out += "$\\mu' = \\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\Omega}'$, $w = (1 - \\mu')^{1/2}$, so that\n\n"
        out += ReportNotation.display("""
        \\varepsilon = \(printer.render(steps.epsilon.value)), \\quad k' = \(printer.render(steps.kPrime.value)), \\quad
        q_0 = k - k' = \(printer.render(steps.q0.value)), \\quad \\mu' = \(printer.render(steps.muPrime.value))
        """)
        out += ReportNotation.display("""
        |\\boldsymbol{q}|^2 = k^2 + k'^2 - 2kk'\\mu' = 2k^2w^2 D, \\quad D = \(printer.render(steps.D.value)), \\quad m = T/\\delta^2
        """)
        out += "\nso $k/m = (k/T)\\,\\delta^2$ and $\\mu_B B/m = (\\mu_B B/T)\\,\\delta^2$. The factors "
        out += "$m q_0/|\\boldsymbol{q}|^2 \\sim \\delta^{-1}$ and $mT/|\\boldsymbol{q}|^2 \\sim \\delta^{-2}$ of the rate carry "
        out += "$w^{-1}$ and $w^{-2}$. Every factor is a Laurent series in $\\delta$ whose precision is tracked through the "
        out += "products, to $O(\\delta^{\(Stage3Derivation.workingOrder)})$; $\\boldsymbol{V}$ is kept through "
        let known = Particle.allCases.compactMap { steps.particles[$0]?.integrand.value.maxOrder }.min()
        out += "$\\delta^{\(Stage3Derivation.keptOrder)} = T/m$; the tracked precision of the integrand "
        out += known.map { "reaches $\\delta^{\($0)}$ (\($0 >= Stage3Derivation.keptOrder ? "enough" : "**not enough**")).\n\n" } ?? "is unbounded.\n\n"
        out += "**Kernel** $C\\,\\delta f(k',\\boldsymbol{\\Omega}') + D\\,\\delta f(k,\\boldsymbol{\\Omega})$: $f^{(0)}_\\nu(k')$, "
        out += "$g(k')$, $\\boldsymbol{h}(k')$ and $e^{-q_0/T}$ Taylor-expanded about $k$ with $k' - k = \\varepsilon u k$; "
        out += "$f^{(0)}_\\nu$, $g$, $\\boldsymbol{h}$ and their $k$-derivatives stay symbols. Its lowest orders:\n\n"
        for (exponent, coefficient) in steps.kernel.value.terms where exponent <= 1 {
            out += ReportNotation.display("[C\\,\\delta f' + D\\,\\delta f]_{\\delta^{\(exponent)}} = " + kernelLayout.render(coefficient))
        }
        out += "\nTerms per order of $\\delta$: "
        out += steps.kernel.value.terms.map { "$\\delta^{\($0.exponent)}$: \($0.coefficient.terms.count)" }.joined(separator: ", ") + ".\n\n"
        out += "**Order of integrations** (`Stage3Derivation`):\n\n"
        out += "1. $k'$ at fixed $\\mu'$: $dk' = \\varepsilon k\\,du$; $S_0 = (\\pi^{1/2} n/\\varepsilon k)\\,e^{-u^2}\\,[\\ldots]$ "
        out += "(Eq. 18); $u$ from $-1/\\varepsilon$ to $\\infty$, taken over the whole line with the Gaussian weight "
        out += "(odd moments vanish, even ones are $\\Gamma$-function values).\n"
        out += "2. The azimuth of $\\boldsymbol{\\Omega}'$ about $\\boldsymbol{\\Omega}$ (with $\\boldsymbol{\\hat{B}}$ and "
        out += "$\\boldsymbol{h}$ fixed).\n"
        out += "3. $\\mu'$ from $-1$ to $1$ as $w$ from $0$ to $\\sqrt{2}$ ($d\\mu' = -2w\\,dw$); every term must be integrable.\n"
        out += "4. The first moment $\\int d\\Omega/4\\pi\\,\\boldsymbol{\\Omega}\\,[\\ldots]$ over $\\boldsymbol{\\Omega}$.\n\n"
        out += "**Approximations** (`Stage3Derivation.neglected`):\n\n"
        for n in Stage3Derivation.neglected { out += "- \(ReportNotation.code(n))\n" }
        return out
    }

    static func eq18(seeds: SeedFile, d: Stage3Derivation, bracket: RecordedComparison<Polynomial>, rows: [CheckRow]) throws -> String {
        var out = "\n### \(eq18Heading)\n\n"
        out += "The first (exact nondegenerate) form of Eq. (18), with $e^{\\mu_N/T} = n(2\\pi^3/m^3T^3)^{1/2}$, gives "
        out += "$S_0 = (\\pi^{1/2} n/\\varepsilon k)\\,e^{-u^2}\\,[\\ldots]$ with the bracket $D^{-1/2}\\exp[u^2 - (u + (k/T)\\delta w D/2)^2/D]$, "
        out += "expanded by the engine to $O(\\delta^{\(Stage3Derivation.workingOrder)})$ "
        out += "(the paper notes that $O(\\varepsilon^4)$ is needed; its printed bracket stops at $O(\\varepsilon)$). Through $\\delta^2$:\n\n"
        var lines: [String] = []
        for (exponent, coefficient) in d.s0Bracket.terms where exponent <= 2 {
            let power = exponent == 0 ? "" : exponent == 1 ? "\\delta\\," : "\\delta^{\(exponent)}\\,"
            let text = ReportNotation.printer.render(coefficient)
            lines.append("& " + (lines.isEmpty ? "" : "+ ") + power + (exponent == 0 || coefficient.terms.count == 1 ? text : "\\big(\(text)\\big)"))
        }
        out += ReportNotation.display("\\begin{aligned}\n[\\ldots] = " + lines.joined(separator: " \\\\\n") + "\n\\end{aligned}")
        let higher = d.s0Bracket.terms.filter { $0.exponent > 2 }
        if !higher.isEmpty {
            out += "\nHigher orders (used internally): "
            out += higher.map { "$\\delta^{\($0.exponent)}$: \($0.coefficient.terms.count) terms" }.joined(separator: ", ") + ".\n"
        }
        out += "\n**Printed** (`[eq18.bracket]`):\n\n"
        out += "```text\n\(Stage1ReportSection.transcription(try seeds.entry("eq18.bracket")))\n```\n\n"
        let printed = try seeds.polynomial("eq18.bracket")
        out += ReportNotation.display("[\\ldots] = " + ReportNotation.printer.render(printed) + " + O(\\varepsilon^2)")
        out += "\nWith $\\varepsilon = 2w\\delta$ it is compared with the derived bracket through $O(\\delta)$:\n\n"
        out += ReportNotation.display("\\text{printed: } " + ReportNotation.printer.render(bracket.printed))
        out += ReportNotation.display("\\text{derived: } " + ReportNotation.printer.render(bracket.derived))
        out += "\n"
        let picked = rows.filter { $0.id == "eq18" }
        out += Stage1ReportSection.rowsTable(picked)
        out += Stage1ReportSection.differences(picked)
        return out
    }

    static func integrations(d: Stage3Derivation, steps: Stage3Derivation.Record, rows: [CheckRow]) throws -> String {
        var out = "\n### \(integrationsHeading)\n\n"
        out += "Integrand $=$ (rate$/S_0$) $\\times$ [bracket] $\\times$ kernel, truncated at $\\delta^{\(Stage3Derivation.keptOrder)}$, "
        out += "then the Gaussian $u$-moments. Terms per order of $\\delta$:\n\n"
        out += "| particle | rate$/S_0$ (lowest order) | integrand before $u$ | after $u$ | lowest power of $w$ in $\\int d\\mu'$ |\n"
        out += "|---|---|---|---|---|\n"
        for particle in Particle.allCases {
            let s = steps.particles[particle]!
            let sizes: (LaurentSeries) -> String = { series in
                series.terms.map { "$\\delta^{\($0.exponent)}$: \($0.coefficient.terms.count)" }.joined(separator: ", ")
            }
            let lowest = s.lowestAngularExponent.keys.sorted().map { "$\\delta^{\($0)}$: $w^{\(s.lowestAngularExponent[$0]!)}$" }
            out += "| \(ReportNotation.particle(particle)) | $\\delta^{\(s.rateOverS0.value.valuation ?? 0)}$ | \(sizes(s.integrand.value)) "
            out += "| \(sizes(s.averaged.value)) | \(lowest.joined(separator: ", ")) |\n"
        }
        out += "\n**Odd powers of $\\delta$**: after the $u$-integration the orders present are "
        out += Particle.allCases.map { p in
            "\(ReportNotation.particle(p)): " + d.ordersAfterU[p]!.map { "$\\delta^{\($0)}$" }.joined(separator: ", ")
        }.joined(separator: "; ")
        let odd = Particle.allCases.flatMap { d.ordersAfterU[$0]!.filter { $0 % 2 != 0 } }
        out += odd.isEmpty ? " — no odd power survives, as it must (rows `check.odd-delta.*`).\n\n"
            : " — **odd powers survive** (rows `check.odd-delta.*`).\n\n"
        out += "**Integrability**: after the Jacobian $2w\\,dw$ every $\\mu'$ integrand is a sum of $w^e$ with "
        out += "$e \\ge \(d.lowestAngularExponent)$ (`lowestAngularExponent`); $e > -1$ is integrable at $w = 0$ ($\\mu' = 1$), "
        out += d.lowestAngularExponent > -1
            ? "so the $w^{-1}$ and $w^{-2}$ of $mq_0/|\\boldsymbol{q}|^2$ and $mT/|\\boldsymbol{q}|^2$ are compensated"
            : "so **some $\\mu'$ integral diverges** at $w = 0$"
        out += " (row `check.integrable`). Odd $e$ give $\\sqrt{2}$ exactly.\n\n"
        let picked = rows.filter { $0.id.hasPrefix("check.") }
        out += Stage1ReportSection.rowsTable(picked)
        out += differences(picked)
        return out
    }

    static func moments(d: Stage3Derivation) throws -> String {
        var out = "\n### \(momentHeading)\n\n"
        out += "$\\boldsymbol{V}$ for $\\nu$ and $\\bar\\nu$ by order of $\\delta$, written with $\\pm$ (upper: $\\nu$, lower: "
        out += "$\\bar\\nu$) and $\\delta^2 = T/m$; $\\mu_B B$ is kept to first order. "
        out += "Eq. (31) splits it as $\\boldsymbol{V}_0 \\pm \\delta\\boldsymbol{V}^B_\\pm + \\delta\\boldsymbol{V}^{WM}_0 "
        out += "\\pm \\delta\\boldsymbol{V}^{WM}_\\pm + \\delta\\boldsymbol{V}^{B,WM}_0 \\pm \\delta\\boldsymbol{V}^{B,WM}_\\pm$: "
        out += "a \"0\" term is half the sum $\\nu + \\bar\\nu$, a \"$\\pm$\" term half the difference $\\nu - \\bar\\nu$; "
        out += "below, per order, $\\boldsymbol{V}^{(n)}_0$ and the part $\\pm\\boldsymbol{V}^{(n)}_\\pm$ that changes sign.\n"
        let orders = Set(Particle.allCases.flatMap { d.moments[$0]!.keys }).sorted()
        for order in orders {
            let nu = try Polynomial(Stage3Derivation.delta, order) * (d.moments[.nu]![order] ?? .zero)
            let nubar = try Polynomial(Stage3Derivation.delta, order) * (d.moments[.nubar]![order] ?? .zero)
            let combined = try combinedInSign(nu: flatten(massForm(nu)), nubar: flatten(massForm(nubar)))
            out += "\nOrder $\\delta^{\(order)}$:\n\n"
            // the "0" part and the "±" part, each in the paper's grouping ((1 − 2f0), T/k, k∂/∂k)
            for (exponent, part) in combined.collected(by: PaperSymbols.pm) {
                let name = exponent == 0 ? "\\boldsymbol{V}^{(\(order))}_0" : "\\boldsymbol{V}^{(\(order))}_\\pm"
                let sign = exponent == 0 ? "" : "\\pm\\,"
                out += ReportNotation.display(name + " = " + sign + (try PaperComparison.ownLayout(part, negativePrefactor: true)))
            }
        }
        return out
    }

    static func claimText(_ claim: (id: String, heading: String, name: String), combination c: Stage3Check.Combination,
                          seeds: SeedFile, rows: [CheckRow],
                          omitted: VectorExpression?, comparisons: [PaperComparison.Shown]) throws -> String {
        var out = "\n### \(claim.heading)\n\n"
        let kind = c.sign > 0 ? "half the sum $\\tfrac12(\\boldsymbol{V}_\\nu + \\boldsymbol{V}_{\\bar\\nu})$ (a \"0\" term)"
            : "half the difference $\\tfrac12(\\boldsymbol{V}_\\nu - \\boldsymbol{V}_{\\bar\\nu})$ (a \"$\\pm$\" term)"
        out += "Read off Eq. (31) as the $\\delta^{\(c.order)}$, $(\\mu_B B)^{\(c.field)}$ part, \(kind)"
        out += c.keepsG ? "; only the $g$-terms are compared (the paper keeps $g\\,\\boldsymbol{\\hat{B}}$ in the $\\boldsymbol{\\hat{B}}$ parts).\n\n" : ".\n\n"
        out += "**Printed** (transcription, `[\(claim.id)]` of `seeds/stage3.claims`):\n\n"
        out += "```text\n\(Stage1ReportSection.transcription(try seeds.entry(claim.id)))\n```\n\n"
        for shown in comparisons where shown.id == claim.id {
            out += shown.comparison.markdown(derivedLabel: shown.label)
        }
        if let omitted, !omitted.isZero {
            out += "\nDerived terms of other forms, not compared (listed under \"\(omittedHeading)\"):\n\n"
            out += ReportNotation.display(vectorLatexBody(try massForm(omitted)))
        }
        out += "\n"
        out += Stage1ReportSection.rowsTable(rows)
        out += differences(rows)
        return out
    }

    static func differences(_ rows: [CheckRow]) -> String {
        var out = ""
        for r in rows {
            guard let d = r.difference else { continue }
            let shown = (try? massForm(d)) ?? d
            out += "\n**Difference** derived − printed (`\(r.id)`, \(r.verdict.rawValue), $\\delta^2 = T/m$):\n\n"
            out += ReportNotation.display(vectorLayout.render(shown))
            out += "\nPlain text: \(ReportNotation.code(DifferenceText.text(d)))\n"
        }
        return out
    }

    // MARK: - Notation

    /// δ^(2j) → (T/m)^j term by term (odd powers of δ are left as they are).
    static func massForm(_ p: Polynomial) throws -> Polynomial {
        var total = Polynomial.zero
        for t in p.terms {
            let e = t.monomial.exponent(of: Stage3Derivation.delta)
            var term = Polynomial(monomial: t.monomial, coefficient: t.coefficient)
            if e != 0 && e % 2 == 0 {
                term = try Polynomial(monomial: t.monomial.removing(Stage3Derivation.delta), coefficient: t.coefficient)
                    * Polynomial(Stage2Derivation.T, e / 2) * Polynomial(PaperSymbols.m, -e / 2)
            }
            total = total + term
        }
        return total
    }

    static func massForm(_ v: VectorExpression) throws -> VectorExpression {
        try VectorExpression(collecting: v.terms.map { ($0.basis, try massForm($0.coefficient)) })
    }

    /// The symbol standing for a basis vector when a vector is flattened to one polynomial.
    static func basisSymbol(_ b: VectorExpression.Basis) -> Symbol { Stage3Check.basisSymbol(b) }

    static func flatten(_ v: VectorExpression) throws -> Polynomial { try Stage3Check.flatten(v) }

    static func isBasis(_ s: Symbol) -> Bool { s.name.hasPrefix("vec(") }

    /// LaTeX of a basis vector: h → **h**, h_1 → ∂**h**/∂k, B → **B̂**, cross(a,b) → **a**×**b**.
    static func basisLaTeX(_ name: String) -> String {
        func bold(_ n: String) -> String {
            if let underscore = n.firstIndex(of: "_"), let order = Int(n[n.index(after: underscore)...]) {
                let base = "\\boldsymbol{\(ReportNotation.printer.name(String(n[..<underscore])))}"
                return order == 1 ? "\\partial\(base)/\\partial k" : "\\partial^{\(order)}\(base)/\\partial k^{\(order)}"
            }
            return "\\boldsymbol{\(ReportNotation.printer.name(n))}"
        }
        if name.hasPrefix("cross(") {
            let parts = name.dropFirst(6).dropLast().split(separator: ",").map(String.init)
            return "(\(bold(parts[0]))\\times \(bold(parts[1])))"
        }
        return bold(name)
    }

    /// The report printer with names for the basis vectors of Stage 3's results.
    static var vectorPrinter: LaTeXPrinter {
        var printer = ReportNotation.printer
        for name in ["h", "h_1", "h_2", "h_3", "B", "Om", "Om'"] { printer.names["vec(\(name))"] = basisLaTeX(name) }
        for a in ["B", "h", "h_1", "h_2", "h_3"] {
            for b in ["B", "h", "h_1", "h_2", "h_3"] where a < b {
                printer.names["vec(cross(\(a),\(b)))"] = basisLaTeX("cross(\(a),\(b))")
            }
        }
        return printer
    }

    /// Functions of k (f0, g, their derivatives, e^{-q0/T}) and invariants inside, one line per basis vector.
    static func isFunction(_ s: Symbol) -> Bool {
        let n = s.name
        return n == "f0" || n.hasPrefix("f0_") || n == "f0p" || n == "g" || n.hasPrefix("g_") || n == "expq0T"
    }

    static var vectorLayout: LaTeXLayout {
        var layout = LaTeXLayout(printer: vectorPrinter, isOuter: isBasis,
                                 isInner: { isFunction($0) || Vector3Space.decompose($0) != nil },
                                 signSymbol: PaperSymbols.pm)
        layout.termsPerLine = 3
        layout.staysInGroups = isBasis
        layout.sumOrder = ReportNotation.sumOrder
        return layout
    }

    /// The kernel: the functions and invariants inside, u, w and the couplings outside.
    static var kernelLayout: LaTeXLayout {
        var layout = LaTeXLayout(printer: ReportNotation.printer, isOuter: { isFunction($0) },
                                 isInner: { Vector3Space.decompose($0) != nil }, signSymbol: nil)
        layout.sumOrder = ReportNotation.sumOrder
        return layout
    }

    static func vectorLatexBody(_ v: VectorExpression) -> String {
        (try? vectorLayout.render(flatten(v))) ?? "0"
    }

    static func vectorLaTeX(_ v: VectorExpression) -> String { vectorLatexBody(v) }
}
