import Algebra
import Derivation

/// The report's section beyond the paper (issue 14): is the paper's O(T/m) complete? The k ≪ T,
/// B = 0 rows of `SecondOrderCheck` and the rows of `OrderTmCompletion` (Stages 3-4 rerun with the
/// complete O(T/m) rate at every k/T and first order in μ_B B), all `check.order-Tm.*`.
enum OrderTmReportSection {
    static let title = "Beyond the paper: is the $O(T/m)$ order complete?"
    static let forwardHeading = "Second-order $|M|^2$ and the flux factor ($k \\ll T$, $B = 0$)"
    static let completeHeading = "The complete $O(T/m)$ through Stages 3-4 (every $k/T$, first order in $\\mu_B B$)"

    static func section(verification v: Verification) -> ReportSection {
        var body = "The paper keeps $|M_{ss'}|^2$ to first order in $1/m$, but for nondegenerate nucleons "
        body += "$\\langle p^2\\rangle/m^2 = 3T/m$ is of the order it keeps. `SecondOrderMatrixElement` expands the "
        body += "covariant projector $(\\not{p} + m)(1 + \\gamma_5\\not{S})/2m$ with $p^0 = (m^2 + p^2)^{1/2}$ and the exactly "
        body += "boosted spin to second order. The invariant phase space adds the flux factor "
        body += "$m^2/(EE') = 1 - (P^2 + q^2)/4m^2$ (with $\\bar u u = 1$ spinors as in Eq. 7).\n\n"
        body += "First (`SecondOrderCheck`, heading 1): the spin sum at $q \\to 0$ ($k \\ll T$, $B = 0$), averaged with "
        body += "$\\langle P_iP_j\\rangle = 4mT\\,\\delta_{ij}$ and over the outgoing direction with weight "
        body += "$1 - \\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\Omega}'$; the `kappa0` rows fix the scale with Eq. (32).\n\n"
        body += "Then (`OrderTmRate`, `OrderTmCompletion`, heading 2): the extra rate "
        body += "$\\sum_{ss'} S_{ss'}\\langle |M|^2_{(2)} - |M|^2_{(0)}(P^2 + q^2)/4m^2\\rangle_P$ is added to Stage 2's "
        body += "coefficients of Eq. (9), with the nucleon average at fixed $q_0$, $\\boldsymbol{q}$ and spins "
        body += "(`NucleonMomentAverage`): $\\langle P_i\\rangle = c\\,q_i$ as in (A13), "
        body += "$\\langle P_iP_j\\rangle = c^2 q_iq_j + 4mT(\\delta_{ij} - q_iq_j/q^2)$, "
        body += "$c = (2m/q^2)[q_0 - \\mu_B B(s - s')]$: the transverse part is what (A13) drops. Stages 3 and 4 then run "
        body += "unchanged on the completed rate; the rows `check.order-Tm.<id>` are theirs, compared with the printed "
        body += "equations, and each `check.order-Tm.<id>.extra` row compares the complete result with the paper-order "
        body += "derivation, so its difference is exactly what the paper's order misses. The $q^2/m^2$ and "
        body += "$\\boldsymbol{q}\\cdot\\boldsymbol{P}/m^2$ terms come out at $\\delta^4$ and drop. The numeric reference "
        body += "without any expansion (`Tests/DerivationTests/OrderTm*.swift`, `scripts/order-Tm-reference.sh`; its "
        body += "tables and fits are in the README) checks the result at $B = 0$ and at first order in $\\mu_B B$.\n"
        var headings: [String: String] = [:]
        var current = ""
        for row in v.orderTm {
            let forward = row.id.hasPrefix("check.order-Tm.kappa0") || row.id == "check.order-Tm.eq34.nu"
                || row.id == "check.order-Tm.eq34.nubar"
            let heading = forward ? forwardHeading : completeHeading
            if heading != current {
                body += "\n### \(heading)\n\n"
                current = heading
            }
            headings[row.id] = heading
            body += "**`\(row.id)`** (\(ReportNotation.particle(row.particle)), \(row.verdict.rawValue)): \(row.note ?? "")\n\n"
            if let d = row.difference {
                let what = row.id.hasSuffix(".extra") ? "Extra terms (complete O(T/m) − paper order)"
                    : forward ? "Difference (complete − as in Eq. 34)" : "Difference (complete O(T/m) − printed)"
                body += "\(what):\n\n" + ReportNotation.display(d)
                body += "\nPlain text: \(ReportNotation.code(DifferenceText.text(d)))\n\n"
            }
        }
        return ReportSection(title: title, rows: v.orderTm, headings: headings, body: body)
    }
}
