import Algebra
import Dirac

/// Eq. (2) as a claim: the printed density matrix against the covariant projector, to
/// first order in p/m. Two 4×4 matrices are equal iff their traces against the 16 basis
/// elements {1, γ5, γ_μ, γ_μγ5, γ_μγ_ν (μ<ν)} agree (Fierz completeness); the basis uses the
/// frame vectors e0…e3, so the check is component by component, for a generic p and B̂.
public enum DensityMatrixCheck {
    public static var basis: [DiracExpression] {
        get throws {
            let e = (0...3).map { DiracExpression.gamma(fixedLower: $0) }
            var out: [DiracExpression] = [.identity, .gamma5]
            out += e
            out += try e.map { try $0 * .gamma5 }
            for mu in 0..<4 { for nu in (mu + 1)..<4 { out.append(try e[mu] * e[nu]) } }
            return out
        }
    }

    static let split = ThreePlusOneSplit(
        spatial: ["p": "p", PaperSymbols.bHat: PaperSymbols.bHat, "e1": "e1", "e2": "e2", "e3": "e3"],
        space: Vector3Space(unitVectors: [PaperSymbols.bHat, "e1", "e2", "e3"]))

    /// The components tr[(printed − covariant) Γ_A] that do not vanish (empty: the reading agrees).
    public static func residuals(_ inputs: Stage1Inputs, reading: DensityMatrix.Reading) throws -> [Polynomial] {
        let printed = try inputs.densityMatrix(reading: reading, momentum: "p", spin: PaperSymbols.s)
        let covariant = try DensityMatrix.covariant(momentum: "p", spin: PaperSymbols.s)
        let difference = try (printed - covariant).mapCoefficients {
            SquaredMatrixElement.truncation.apply($0)
        }
        var out: [Polynomial] = []
        for element in try basis {
            let component = try split.apply(to: scalarTrace(difference * element))
            if !component.isZero { out.append(component) }
        }
        return out
    }

    /// The readings of Eq. (2) that agree with the covariant projector.
    public static func agreeingReadings(_ inputs: Stage1Inputs) throws -> [DensityMatrix.Reading] {
        try DensityMatrix.Reading.all.filter { try residuals(inputs, reading: $0).isEmpty }
    }
}
