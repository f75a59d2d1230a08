import Algebra
import Derivation

/// The report's section beyond the paper (issue 14): the O(T/m) terms of the B = 0 first moment
/// that first-order |M|² misses, rows `check.order-Tm.*` (`SecondOrderCheck`).
enum OrderTmReportSection {
    static let title = "Beyond the paper: is the $O(T/m)$ order complete?"
    static let heading = "Second-order $|M|^2$ and the flux factor ($k \\ll T$, $B = 0$)"

    static func section(verification v: Verification) -> ReportSection {
        var body = "The paper keeps $|M_{ss'}|^2$ to first order in $1/m$, but for nondegenerate nucleons "
        body += "$\\langle p^2\\rangle/m^2 = 3T/m$ is of the order it keeps. `SecondOrderMatrixElement` expands the "
        body += "covariant projector $(\\not{p} + m)(1 + \\gamma_5\\not{S})/2m$ with $p^0 = (m^2 + p^2)^{1/2}$ and the exactly "
        body += "boosted spin to second order; `SecondOrderCheck` sums the spins, adds the flux factor "
        body += "$m^2/(EE') = 1 - (P^2 + q^2)/4m^2$ of the invariant phase space, takes $q \\to 0$ ($k \\ll T$), averages over "
        body += "the nucleon gas ($\\langle P_iP_j\\rangle = 4mT\\,\\delta_{ij}$) and over the outgoing direction with weight "
        body += "$1 - \\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\Omega}'$. The `kappa0` rows check that the leading order "
        body += "reproduces $\\kappa_0$ of Eq. (32); the `eq34` rows compare the complete coefficient of "
        body += "$\\boldsymbol{h}$ at $O(T/m)$ with the $T/k$ term of Eq. (34) at $k \\ll T$. The numeric reference "
        body += "without any expansion (`Tests/DerivationTests/OrderTm*.swift`, `scripts/order-Tm-reference.sh`) "
        body += "is the independent check of these rows; it runs with the tests, not in this report.\n"
        body += "\n### \(heading)\n\n"
        var headings: [String: String] = [:]
        for row in v.orderTm {
            headings[row.id] = heading
            body += "**`\(row.id)`** (\(ReportNotation.particle(row.particle)), \(row.verdict.rawValue)): \(row.note ?? "")\n\n"
            if let d = row.difference {
                body += "Difference (complete − as in Eq. 34):\n\n" + ReportNotation.display(d)
                body += "\nPlain text: \(ReportNotation.code(DifferenceText.text(d)))\n\n"
            }
        }
        return ReportSection(title: title, rows: v.orderTm, headings: headings, body: body)
    }
}
