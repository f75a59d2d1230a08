import Derivation
import Figure1
import Glibc

/// Everything the Fig. 1 files show, computed once from a finished derivation: the model of
/// Eq. (50), the grid of R_sc/abs (printed and derived ε), the sample points and the readings.
public struct Figure1Data: Sendable {
    public let model: FluxRatio
    public let grid: Figure1Grid
    public let samples: Figure1Samples
    /// The Table I rows used (νn scattering, charged current) and μ_p, μ_n.
    public let scattering: TableICouplings, chargedCurrent: TableICouplings
    public let moments: (proton: Double, neutron: Double)
    /// Whether the paper's grouping gives the printed ε(1..3) exactly (computed).
    public let paperGroupingReproducesPrinted: Bool

    public init(verification v: Verification, conditions: NeutrinosphereConditions = NeutrinosphereConditions(),
                axis: [Double] = Figure1Grid.axis()) throws {
        model = try FluxRatio(verification: v, conditions: conditions)
        grid = try Figure1Grid(model: model, axis: axis)
        samples = try Figure1Samples(verification: v, model: model)
        scattering = try TableICouplings(row: "nun", seeds: v.seeds.stage1)
        chargedCurrent = try TableICouplings(row: "cc", seeds: v.seeds.stage1)
        moments = try TableICouplings.moments(seeds: v.seeds.stage1)
        paperGroupingReproducesPrinted = try DriftCoefficients.paperGroupingReproducesPrinted(verification: v)
    }

    /// R on the grid, rows T_μ^eff, columns T_e^eff.
    public func ratios(_ source: DriftCoefficients.Source) -> [[Double]] {
        grid.axis.indices.map { mu in grid.axis.indices.map { e in grid.ratio(source, electron: e, muon: mu) } }
    }

    /// A number as the files print it: six significant digits, `inf`, `0`, `nan` spelled out.
    static func format(_ x: Double, digits: Int = 6) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        if x == 0 { return "0" }
        return CFormat.string("%.\(digits - 1)e", x)
    }

    /// A temperature on the axis (MeV).
    static func temperature(_ t: Double) -> String { CFormat.string("%.3f", t) }

    /// The lines every file states: conditions, constants, couplings, readings, the undefined lines
    /// and the convergence of the quadrature (plain text, one fact a line).
    var provenance: [String] {
        let c = model.conditions, a = model.absorption
        var lines = [
            "R_sc/abs of Eq. (50) of S. Ando, astro-ph/0307006 (Fig. 1), with Eqs. (39), (40), (43)-(45), (47)-(49), (51)-(52)",
            "conditions: T = \(c.temperature) MeV, rho = \(Self.format(c.density, digits: 2)) g/cm^3, Y_e = \(c.electronFraction); "
                + "scattering and absorption on neutrons only; R_nu^2(k) left out (as in the paper)",
            "n_n = rho(1 - Y_e)/m_u = \(Self.format(c.neutronDensity)) MeV^3; n_e- - n_e+ = rho Y_e/m_u = \(Self.format(c.netElectronDensity)) MeV^3",
            "mu_e = \(CFormat.string("%.6f", a.electronChemicalPotential)) MeV (rest mass included; relativistic e-e+ gas with pairs at T, solved from n_e- - n_e+)",
            "B = \(Self.format(c.fieldGauss, digits: 2)) G (R does not depend on B: numerator and denominator are linear in B); "
                + "mu_n mu_N B = \(Self.format(a.neutronMomentField)) MeV, mu_Bp B = \(Self.format(a.protonMomentField)) MeV, "
                + "eB = \(Self.format(c.chargeTimesField)) MeV^2",
            "couplings (Table I, seeds/stage1.claims): nu n cV = \(scattering.cV), cA = \(scattering.cA), F2 = \(Self.format(scattering.F2)); "
                + "charged current cV = \(chargedCurrent.cV), cA = \(chargedCurrent.cA); mu_p = \(moments.proton), mu_n = \(moments.neutron) (mu_N)",
        ]
        for k in PhysicalConstants.all {
            lines.append("constant \(k.symbol) = \(Self.format(k.value, digits: 12)) \(k.unit) (\(k.source))")
        }
        lines += model.absorption.readings.statements.map { "reading: \($0)" }
        lines += [
            "eps printed: Eqs. (43)-(45) as printed; eps derived: Stage 4 with Eqs. (29)-(30) as written (d/dk acts on k^3 too); "
                + (paperGroupingReproducesPrinted ? "the paper's grouping (k^3/2pi^2 through d/dk as a constant) reproduces the printed eps(1..3) exactly"
                                                  : "the paper's grouping (k^3/2pi^2 through d/dk as a constant) does not reproduce the printed eps(1..3)"),
            "lines: on T_e^eff = T dU_nue = 0 identically, the denominator vanishes and R = inf; on T_mu^eff = T the numerator vanishes and R = 0; "
                + "at T_e^eff = T_mu^eff = T R = nan; the contour routine skips every cell touching these lines",
            "k-integrals: adaptive Gauss-Kronrod (7/15) on [0, 80 max(T, T_eff)], relative tolerances \(Self.format(grid.tolerances.loose, digits: 1)) and "
                + "\(Self.format(grid.tolerances.tight, digits: 1)); largest relative difference between them: numerator "
                + "\(Self.format(grid.maximumDifference.numerator, digits: 1)), denominator \(Self.format(grid.maximumDifference.denominator, digits: 1)), "
                + "R \(Self.format(grid.maximumDifference.ratio, digits: 1)) (required <= \(Self.format(Figure1Grid.requiredAgreement, digits: 1))); values at the tighter tolerance",
        ]
        return lines
    }
}
