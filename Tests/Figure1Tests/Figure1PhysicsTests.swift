import XCTest
import Algebra
import Derivation
@testable import Figure1

/// R_sc/abs of Eq. (50) against independent routes: closed forms of the numerator, the derived
/// ε(1..3) against the printed ones moved through g = (2π²/k³)δU by hand, the equilibrium shift
/// that must carry no drift, the independence of B, the denominator by composite Simpson.
final class Figure1PhysicsTests: XCTestCase {
    /// With ε(1) = k/T, ε(2) = 1, ε(3) = 1 the numerator is, by parts, 2[I_1/T + I_0] with
    /// I_j = ∫k^j δU dk = (T_eff^{j+4} − T^{j+4}) F_{j+3}(0)/2π².
    func testNumeratorAgainstIntegrationByParts() throws {
        let model = try Figure1Repository.model.get()
        let k = Polynomial(Stage2Derivation.k), T = model.conditions.temperature
        let polynomials: [String: Polynomial] = ["e1": try k * Polynomial(Stage2Derivation.T, -1), "e2": .one, "e3": .one]
        let eps = try DriftCoefficients(source: .printed, polynomials: polynomials, couplings: TableICouplings(cV: 0, cA: 0, F2: 0),
                                        temperature: T, mass: 1, muBB: 0)
        let test = FluxRatio(conditions: model.conditions, drift: [.printed: eps], absorption: model.absorption)
        for tEff in [2.0, 4.5, 8.0] {
            func moment(_ j: Int) -> Double {
                (pow(tEff, Double(j + 4)) - pow(T, Double(j + 4))) * Figure1Repository.completeFermiIntegral(j + 3) / (2 * Double.pi * Double.pi)
            }
            let value = try test.scatteringDrift(.printed, effectiveTemperature: tEff, quadrature: AdaptiveQuadrature(relativeTolerance: 1e-12)).value
            let exact = 2 * (moment(1) / T + moment(0))
            XCTAssertEqual(value, exact, accuracy: 1e-11 * abs(exact), "T_eff = \(tEff)")
        }
    }

    /// Moving the printed (= paper-grouping) coefficients through g = ρδU, ρ = 2π²/k³, by hand:
    /// ρ' = −3ρ/k, ρ'' = 12ρ/k², so ε(1) − 3ε(2) + 12ε(3), ε(2) − 6ε(3), ε(3) are the
    /// coefficients under the paper's definitions; exact, with C5 = c_V² + 5c_A².
    func testDerivedEqualsPrintedMovedThroughTheK3Factor() throws {
        let v = try Figure1Repository.verification.get()
        let p = try DriftCoefficients.polynomials(.printed, verification: v), d = try DriftCoefficients.polynomials(.derived, verification: v)
        let expected = [
            "e1": p["e1"]! - p["e2"]!.scaled(by: Rational(3)) + p["e3"]!.scaled(by: Rational(12)),
            "e2": p["e2"]! - p["e3"]!.scaled(by: Rational(6)),
            "e3": p["e3"]!,
        ]
        let c5 = Stage4Derivation.c5
        for name in DriftCoefficients.names {
            let difference = try (d[name]! - expected[name]!) * Polynomial(c5, 2)
            XCTAssertTrue(try difference.substituting(c5, with: v.stage4.paper.kappaCouplings).isZero, name)
            XCTAssertFalse((d[name]! - p[name]!).isZero && name != "e3", "\(name): derived and printed differ")
        }
    }

    /// A uniform shift of μ_ν is an equilibrium: δU ∝ k³ ∂f0/∂k carries no drift with the derived
    /// ε(1..3) (to rounding), but does with the printed ones.
    func testChemicalPotentialShiftCarriesNoDerivedDrift() throws {
        let model = try Figure1Repository.model.get(), T = model.conditions.temperature
        for k in [0.5, 2.0, 5.0, 9.0, 14.0, 30.0] {
            let f = FermiDirac.derivatives(k: k, temperature: T)
            let f3 = -(f.d2f * (1 - 2 * f.f) - 2 * f.df * f.df) / T
            let u = k * k * k * f.df, du = 3 * k * k * f.df + k * k * k * f.d2f, d2u = 6 * k * f.df + 6 * k * k * f.d2f + k * k * k * f3
            func drift(_ source: DriftCoefficients.Source) -> (sum: Double, scale: Double) {
                let e = model.drift[source]!(k: k, f0: f)
                let terms = [e.0 * u, e.1 * k * du, e.2 * k * k * d2u]
                return (terms.reduce(0, +), terms.map(abs).reduce(0, +))
            }
            let derived = drift(.derived), printed = drift(.printed)
            XCTAssertLessThan(abs(derived.sum), 1e-12 * derived.scale, "derived, k = \(k)")
            XCTAssertGreaterThan(abs(printed.sum), 1e-2 * printed.scale, "printed, k = \(k)")
        }
    }

    /// Every term of Eq. (50) is linear in B: R is the same at 10¹⁴ and 10¹⁶ G.
    func testRatioDoesNotDependOnB() throws {
        let v = try Figure1Repository.verification.get(), base = try Figure1Repository.model.get()
        let quadrature = AdaptiveQuadrature(relativeTolerance: 1e-11)
        var ratios: [[Double]] = []
        for gauss in [1e14, 1e16] {
            let model = try FluxRatio(verification: v, conditions: base.conditions.with(fieldGauss: gauss),
                                      electronChemicalPotential: base.absorption.electronChemicalPotential)
            var row: [Double] = []
            for source in DriftCoefficients.Source.allCases {
                for p in Figure1Samples.points {
                    row.append(FluxRatio.ratio(scattering: try model.scatteringDrift(source, effectiveTemperature: p.muon, quadrature: quadrature).value,
                                               absorption: try model.absorptionDrift(effectiveTemperature: p.electron, quadrature: quadrature).value))
                }
            }
            ratios.append(row)
        }
        for (a, b) in zip(ratios[0], ratios[1]) { XCTAssertEqual(a, b, accuracy: 1e-10 * a) }
        // The numerator itself scales with B (so the test above is not vacuous).
        let n14 = try FluxRatio(verification: v, conditions: base.conditions.with(fieldGauss: 1e14), electronChemicalPotential: 30)
            .scatteringDrift(.printed, effectiveTemperature: 6, quadrature: quadrature).value
        let n16 = try FluxRatio(verification: v, conditions: base.conditions.with(fieldGauss: 1e16), electronChemicalPotential: 30)
            .scatteringDrift(.printed, effectiveTemperature: 6, quadrature: quadrature).value
        XCTAssertEqual(n16 / n14, 100, accuracy: 1e-9)
    }

    /// The denominator of Eq. (50) by Gauss–Kronrod against composite Simpson on 40 000 panels.
    func testDenominatorAgainstCompositeSimpson() throws {
        let model = try Figure1Repository.model.get(), T = model.conditions.temperature, tEff = 4.0
        let gk = try model.absorptionDrift(effectiveTemperature: tEff, quadrature: AdaptiveQuadrature(relativeTolerance: 1e-11)).value
        let upper = model.upperLimit(tEff), n = 40_000, h = upper / Double(n)
        var sum = 0.0
        for i in 0...n {
            let k = Double(i) * h
            let w = i == 0 || i == n ? 1.0 : (i % 2 == 1 ? 4.0 : 2.0)
            sum += w * model.absorption.weight(k) * ThermalSpectrum.deviation(k: k, effectiveTemperature: tEff, temperature: T).u
        }
        XCTAssertEqual(gk, sum * h / 3, accuracy: 1e-8 * abs(gk))
    }

    /// κ0 of the derived Eq. (39) against (2/3π)G_F² n k²(c_V² + 5c_A²); ε(3) against Eq. (45) by hand.
    func testOpacityAndEps3ByHand() throws {
        let model = try Figure1Repository.model.get(), c = try TableICouplings(row: "nun", seeds: Figure1Repository.verification.get().seeds.stage1)
        let k = 7.0, G = PhysicalConstants.fermiConstant.value, n = model.conditions.neutronDensity
        let kappa0 = 2 / (3 * Double.pi) * G * G * n * k * k * c.scatteringSum
        XCTAssertEqual(model.absorption.kappa0(SIMD4(k, 0, 0, 0)), kappa0, accuracy: 1e-13 * kappa0)
        let muBB = -1.913 * model.conditions.nuclearMagnetonTimesField
        let eps3 = 4 * muBB / (3 * PhysicalConstants.neutronMass.value) * c.cV * c.cA / c.scatteringSum
        for source in DriftCoefficients.Source.allCases {
            let e = model.drift[source]!(k: k, f0: FermiDirac.derivatives(k: k, temperature: 3))
            XCTAssertEqual(e.2, eps3, accuracy: 1e-13 * abs(eps3), source.rawValue)
        }
    }

    /// A coefficient with a symbol that has no value is refused by name; the readings state themselves.
    func testUnknownSymbolIsRefusedAndReadingsAreStated() throws {
        let bad: [String: Polynomial] = ["e1": Polynomial(Symbol("zeta")), "e2": .one, "e3": .one]
        XCTAssertThrowsError(try DriftCoefficients(source: .printed, polynomials: bad, couplings: TableICouplings(cV: 1, cA: 1, F2: 1),
                                                   temperature: 3, mass: 939, muBB: 1e-3)) { error in
            XCTAssertTrue("\(error)".contains("zeta"), "\(error)")
        }
        XCTAssertTrue(try DriftCoefficients.paperGroupingReproducesPrinted(verification: Figure1Repository.verification.get()))
        let statements = Set(Figure1Readings.alternatives.map { $0.readings.statements })
        XCTAssertEqual(statements.count, Figure1Readings.alternatives.count)
        XCTAssertFalse(statements.contains(Figure1Readings.standard.statements))
    }
}
