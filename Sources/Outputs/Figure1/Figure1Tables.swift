import Figure1

/// The CSV tables of Fig. 1: R_sc/abs on the grid for one source of ε(1..3) (`R_printed.csv`,
/// `R_derived.csv`, one row per grid point) and the k-integrals of Eq. (50) per axis value
/// (`integrals.csv`). Each starts with `#` lines: the provenance (constants, readings,
/// convergence) and the columns.
enum Figure1Tables {
    static func header(_ data: Figure1Data, title: String, columns: [String]) -> String {
        var out = "# \(title)\n"
        for line in data.provenance { out += "# \(line)\n" }
        out += "# regenerate: \(Figure1Files.regenerate) (or swift run verify emit)\n"
        out += "# columns: " + columns.joined(separator: "; ") + "\n"
        return out
    }

    /// R on the grid: T_e^eff, T_μ^eff, R (inf, 0 or nan on the lines T_eff = T).
    static func ratios(_ data: Figure1Data, source: DriftCoefficients.Source) -> String {
        let what = source == .printed ? "eps(1..3) printed, Eqs. (43)-(45)" : "eps(1..3) derived, Eqs. (29)-(30) as written"
        var out = header(data, title: "Fig. 1 redone: R_sc/abs with \(what)",
                         columns: ["T_e^eff (MeV)", "T_mu^eff (MeV)", "R_sc/abs"])
        out += "T_e_eff_MeV,T_mu_eff_MeV,R\n"
        let axis = data.grid.axis
        for mu in axis.indices {
            for e in axis.indices {
                out += "\(Figure1Data.temperature(axis[e])),\(Figure1Data.temperature(axis[mu])),"
                    + "\(Figure1Data.format(data.grid.ratio(source, electron: e, muon: mu)))\n"
            }
        }
        return out
    }

    /// The numerator of Eq. (50) per T_μ^eff (printed and derived ε) and the denominator per
    /// T_e^eff, in MeV^5 (R = |numerator/denominator|).
    static func integrals(_ data: Figure1Data) -> String {
        var out = header(data, title: "Fig. 1 redone: the two k-integrals of Eq. (50) per effective temperature",
                         columns: ["T_eff (MeV)",
                                   "numerator 2 int dk [eps1 dU + eps2 k dU' + eps3 k^2 dU''] at T_mu^eff = T_eff, printed eps (MeV^5)",
                                   "the same with derived eps (MeV^5)",
                                   "denominator int dk kappa*(abs)/(3 kappa(tot)) eps_abs dU_nue at T_e^eff = T_eff (MeV^5)"])
        out += "T_eff_MeV,numerator_printed,numerator_derived,denominator\n"
        let g = data.grid
        for i in g.axis.indices {
            out += "\(Figure1Data.temperature(g.axis[i])),\(Figure1Data.format(g.numerators[.printed]![i])),"
                + "\(Figure1Data.format(g.numerators[.derived]![i])),\(Figure1Data.format(g.denominators[i]))\n"
        }
        return out
    }
}
