import Glibc

/// R_sc/abs (Eq. 50) on a square grid of (T_e^eff, T_μ^eff), printed and derived ε(1..3). The
/// numerator depends only on T_μ^eff and the denominator only on T_e^eff, so each is integrated
/// once per axis value. Every integral is done at two tolerances; the grid is accepted only if
/// they agree to `requiredAgreement` (relative), and the tighter one is published.
public struct Figure1Grid: Sendable {
    /// The effective temperatures of both axes (MeV), ascending.
    public let axis: [Double]
    /// Numerator of Eq. (50) per T_μ^eff; denominator per T_e^eff.
    public let numerators: [DriftCoefficients.Source: [Double]]
    public let denominators: [Double]
    /// The two relative tolerances and the largest relative difference between them, over all
    /// nonzero numerators, denominators and finite nonzero ratios.
    public let tolerances: (loose: Double, tight: Double)
    public let maximumDifference: (numerator: Double, denominator: Double, ratio: Double)
    public let evaluations: Int

    public static let requiredAgreement = 1e-6

    /// 2, 2 + step, …, 8 MeV.
    public static func axis(from lower: Double = 2, to upper: Double = 8, step: Double = 0.125) -> [Double] {
        let n = Int(((upper - lower) / step).rounded())
        return (0...n).map { lower + Double($0) * step }
    }

    public init(model: FluxRatio, axis: [Double] = Figure1Grid.axis(), tolerances: (loose: Double, tight: Double) = (1e-8, 1e-11)) throws {
        self.axis = axis
        self.tolerances = tolerances
        let loose = AdaptiveQuadrature(relativeTolerance: tolerances.loose), tight = AdaptiveQuadrature(relativeTolerance: tolerances.tight)
        var evaluations = 0
        func relative(_ a: Double, _ b: Double) -> Double { a == b ? 0 : abs(a - b) / max(abs(a), abs(b)) }

        var numerators: [DriftCoefficients.Source: [Double]] = [:], looseNumerators: [DriftCoefficients.Source: [Double]] = [:]
        var numeratorDifference = 0.0
        for source in DriftCoefficients.Source.allCases {
            var values: [Double] = [], looseValues: [Double] = []
            for t in axis {
                let a = try model.scatteringDrift(source, effectiveTemperature: t, quadrature: loose)
                let b = try model.scatteringDrift(source, effectiveTemperature: t, quadrature: tight)
                evaluations += a.evaluations + b.evaluations
                numeratorDifference = max(numeratorDifference, relative(a.value, b.value))
                looseValues.append(a.value)
                values.append(b.value)
            }
            numerators[source] = values
            looseNumerators[source] = looseValues
        }
        var denominators: [Double] = [], looseDenominators: [Double] = []
        var denominatorDifference = 0.0
        for t in axis {
            let a = try model.absorptionDrift(effectiveTemperature: t, quadrature: loose)
            let b = try model.absorptionDrift(effectiveTemperature: t, quadrature: tight)
            evaluations += a.evaluations + b.evaluations
            denominatorDifference = max(denominatorDifference, relative(a.value, b.value))
            looseDenominators.append(a.value)
            denominators.append(b.value)
        }
        var ratioDifference = 0.0
        for source in DriftCoefficients.Source.allCases {
            for (i, n) in numerators[source]!.enumerated() {
                for (j, d) in denominators.enumerated() {
                    let r = FluxRatio.ratio(scattering: n, absorption: d)
                    let rLoose = FluxRatio.ratio(scattering: looseNumerators[source]![i], absorption: looseDenominators[j])
                    if r.isFinite && r > 0 { ratioDifference = max(ratioDifference, relative(r, rLoose)) }
                }
            }
        }
        self.numerators = numerators
        self.denominators = denominators
        self.maximumDifference = (numeratorDifference, denominatorDifference, ratioDifference)
        self.evaluations = evaluations
        let worst = max(numeratorDifference, denominatorDifference, ratioDifference)
        guard worst <= Self.requiredAgreement else {
            throw AdaptiveQuadrature.NotConverged(description: "Fig. 1: tolerances \(tolerances.loose) and \(tolerances.tight) "
                                                      + "disagree by \(worst) relative (> \(Self.requiredAgreement))")
        }
    }

    /// R at (T_e^eff = axis[e], T_μ^eff = axis[mu]).
    public func ratio(_ source: DriftCoefficients.Source, electron e: Int, muon mu: Int) -> Double {
        FluxRatio.ratio(scattering: numerators[source]![mu], absorption: denominators[e])
    }

    /// The grid index of a temperature on the axis, if it is one.
    public func index(of t: Double) -> Int? { axis.firstIndex { abs($0 - t) < 1e-12 } }
}
