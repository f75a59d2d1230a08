import Derivation

/// R_sc/abs (Eq. 50) at the points the note quotes, printed and derived, under the standard
/// readings and under each alternative of `Figure1Readings.alternatives` (one choice flipped).
public struct Figure1Samples: Sendable {
    /// (T_e^eff, T_μ^eff) in MeV.
    public static let points: [(electron: Double, muon: Double)] = [(3.5, 8), (4, 6), (6, 4)]

    public struct Row: Sendable {
        public let label: String
        /// Per point: R with the printed and with the derived ε(1..3).
        public let printed: [Double], derived: [Double]
    }

    /// The standard readings first, then the alternatives.
    public let rows: [Row]

    public init(verification: Verification, model: FluxRatio, quadrature: AdaptiveQuadrature = AdaptiveQuadrature(relativeTolerance: 1e-11)) throws {
        var rows: [Row] = []
        let cases = [("readings of the figure", Figure1Readings.standard)] + Figure1Readings.alternatives
        for (label, readings) in cases {
            let m = readings == .standard ? model : try FluxRatio(verification: verification, conditions: model.conditions, readings: readings,
                                                                  electronChemicalPotential: model.absorption.electronChemicalPotential)
            var printed: [Double] = [], derived: [Double] = []
            for p in Self.points {
                let d = try m.absorptionDrift(effectiveTemperature: p.electron, quadrature: quadrature).value
                printed.append(FluxRatio.ratio(scattering: try m.scatteringDrift(.printed, effectiveTemperature: p.muon, quadrature: quadrature).value,
                                               absorption: d))
                derived.append(FluxRatio.ratio(scattering: try m.scatteringDrift(.derived, effectiveTemperature: p.muon, quadrature: quadrature).value,
                                               absorption: d))
            }
            rows.append(Row(label: label, printed: printed, derived: derived))
        }
        self.rows = rows
    }
}
