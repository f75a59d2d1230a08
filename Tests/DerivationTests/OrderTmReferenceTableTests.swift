import Foundation
import XCTest
import Derivation

/// The long tables of issue 14 (run by scripts/order-Tm-reference.sh in release): the exact
/// first moment at B = 0 against the derived V0 + (T/m)V2 on a T/m ladder at several k/T, the fit
/// of the O(T/m) coefficient, the ladder of models from the paper's approximations to the exact
/// one, and the README transport-opacity example at its physical values.
final class OrderTmReferenceTableTests: XCTestCase {
    static var enabled: Bool { ProcessInfo.processInfo.environment["ORDER_TM_REFERENCE_FULL"] == "1" }

    static let ladder = [8e-3, 4e-3, 2e-3, 1e-3, 5e-4, 2.5e-4]

    /// The exact model on the T/m ladder at k/T = 1, 10/3, 6 for a constant dipole, ν and ν̄; the fit
    /// of (V_ref − V_derived)/(T/m) → the O(T/m) coefficient the derivation misses.
    func testFullTable() throws {
        guard Self.enabled else { throw XCTSkip("set ORDER_TM_REFERENCE_FULL=1 (scripts/order-Tm-reference.sh)") }
        print("table: particle profile k/T model | T/m | V_ref.e | V_derived.e | (V_ref - V_derived).e/|V0| | (V_ref - V_derived).e/(T/m |V0|)")
        for kOverT in [1.0, 10.0 / 3, 6.0] {
            var setting = OrderTmSettings.neutronSetting
            setting.profiles = OrderTmSettings.constantDipole(T: 1)
            setting.k = kOverT
            for particle in Particle.allCases {
                _ = try Self.fitRow(particle, setting: setting, label: "const-h", model: .exact, printRows: true)
            }
        }
    }

    /// From the paper's model to the exact one, one switch at a time (ν, k/T = 10/3, constant dipole):
    /// which approximation the missing O(T/m) coefficient comes from, and whether the second-order
    /// |M|² (SecondOrderMatrixElement) accounts for all of it.
    func testModelLadder() throws {
        guard Self.enabled else { throw XCTSkip("set ORDER_TM_REFERENCE_FULL=1 (scripts/order-Tm-reference.sh)") }
        var setting = OrderTmSettings.neutronSetting
        setting.profiles = OrderTmSettings.constantDipole(T: 1)
        setting.k = 10.0 / 3
        for model in OrderTmModel.ladder {
            _ = try Self.fitRow(.nu, setting: setting, label: "const-h", model: model, printRows: false)
        }
    }

    /// The coupling dependence of the missing coefficient (ν, k/T = 10/3, constant dipole, F2 = 0
    /// and F2 ≠ 0): c_V only, c_A only, both; in units of (T/m)(2G_F²k²n/3π).
    func testCouplingDependence() throws {
        guard Self.enabled else { throw XCTSkip("set ORDER_TM_REFERENCE_FULL=1 (scripts/order-Tm-reference.sh)") }
        for (cV, cA, F2) in [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (1.0, 1.0, 0.0), (1.0, 1.0, 3.0)] {
            var setting = Stage3QuadratureSetting()
            setting.cV = cV; setting.cA = cA; setting.F2 = F2
            setting.profiles = OrderTmSettings.constantDipole(T: 1)
            setting.k = 10.0 / 3
            let fit = try Self.fitRow(.nu, setting: setting, label: String(format: "cV=%.0f,cA=%.0f,F2=%.0f", cV, cA, F2), model: .exact,
                                      printRows: false)
            let unit = 2 * setting.k * setting.k / (3 * Double.pi)
            print(String(format: "couplings: cV=%.1f cA=%.1f F2=%.1f | missing O(T/m) coefficient / (2G^2k^2n/3pi) = %+.6f ± %.1e",
                         cV, cA, F2, -fit.value / unit, fit.uncertainty / unit))
        }
    }

    /// The quadrature error: the grid used against a finer one at the smallest and largest T/m.
    func testGridConvergence() throws {
        guard Self.enabled else { throw XCTSkip("set ORDER_TM_REFERENCE_FULL=1 (scripts/order-Tm-reference.sh)") }
        var setting = OrderTmSettings.neutronSetting
        setting.profiles = OrderTmSettings.constantDipole(T: 1)
        setting.k = 10.0 / 3
        let derived = try OrderTmDerived(.nu, setting: setting)
        for tau in [Self.ladder.first!, Self.ladder.last!] {
            let a = try OrderTmReference(setting: setting, model: .exact, grid: .fine).firstMoment(.nu, tOverM: tau)
            let b = try OrderTmReference(setting: setting, model: .exact, grid: .check).firstMoment(.nu, tOverM: tau)
            let v = derived.value(tOverM: tau)
            print(String(format: "grid: nu T/m=%.3e |fine - used|/|V| = %.2e, |V_ref - V_derived|/|V| = %.2e", tau,
                         stage3QuadratureNorm(a - b) / stage3QuadratureNorm(v), stage3QuadratureNorm(a - v) / stage3QuadratureNorm(v)))
        }
    }

    /// One fit: rows on the ladder (printed if asked) and the fitted missing O(T/m) coefficient along V0
    /// (in the units of V, i.e. the coefficient of T/m).
    static func fitRow(_ particle: Particle, setting: Stage3QuadratureSetting, label: String, model: OrderTmModel,
                       printRows: Bool) throws -> (value: Double, uncertainty: Double) {
        let derived = try OrderTmDerived(particle, setting: setting)
        let scale = stage3QuadratureNorm(derived.leading), e = derived.leading / scale
        let kOverT = setting.k / setting.T
        var x: [Double] = [], y: [Double] = []
        for tau in ladder {
            let v = try OrderTmReference(setting: setting, model: model, grid: .check).firstMoment(particle, tOverM: tau)
            let d = derived.value(tOverM: tau)
            x.append(tau); y.append(((v - d) * e).sum() / tau)
            if printRows {
                print(String(format: "table: %@ %@ %.4f %@ | %.3e | %.12f | %.12f | %+.4e | %+.6f", particle.rawValue, label,
                             kOverT, model.description, tau, (v * e).sum(), (d * e).sum(),
                             ((v - d) * e).sum() / scale, ((v - d) * e).sum() / (tau * scale)))
            }
        }
        let fit = OrderTmFit.intercept(x, y)
        print(String(format: "fit: %@ %@ k/T=%.4f [%@] | missing O(T/m) coefficient along V0: %+.6f ± %.1e (|V0| units); "
                     + "derived V2 along V0: %+.6f", particle.rawValue, label, kOverT, model.description,
                     fit.value / scale, fit.uncertainty / scale, (derived.orderTm * e).sum() / scale))
        return (fit.value * (e * SIMD3(0, 0, 1)).sum(), fit.uncertainty)
    }
}

extension OrderTmReferenceTableTests {
    /// The transport opacity κ = −V·ĥ of a constant dipole (README example) for νn at physical
    /// T = 3, 5, 10 MeV, k = 5, 10, 30 MeV, m = 939.565 MeV (G_F = n = 1, κ in MeV²): the leading
    /// order κ0, the derived κ (V0 + (T/m)V2), the exact reference, and the complete O(T/m) value
    /// κ0 + (T/m)V2 + (T/m)(5c_V² − 7c_A²)/(c_V² + 5c_A²) κ0 (the closed form of the missing term;
    /// the coefficient fitted on a T/m ladder at the same k/T is printed beside it).
    func testPhysicalConditions() throws {
        guard Self.enabled else { throw XCTSkip("set ORDER_TM_REFERENCE_FULL=1 (scripts/order-Tm-reference.sh)") }
        let m = 939.565
        print("physical: particle T k | T/m k/T | kappa0 kappa_derived kappa_exact kappa_complete1 | "
              + "derived split exact split complete1 split | (exact-derived)/derived | beyond O(T/m): (exact-complete1)/exact | ...")
        for T in [3.0, 5.0, 10.0] {
            for k in [5.0, 10.0, 30.0] {
                var setting = OrderTmSettings.neutronSetting
                setting.profiles = OrderTmSettings.constantDipole(T: T)
                setting.k = k
                let tau = T / m
                let reference = OrderTmReference(setting: setting, model: .exact, grid: .check)
                // The missing O(T/m) coefficient at this k/T, fitted for ν (the same for ν̄, see testFullTable).
                let ladder = [2e-3, 1e-3, 5e-4]
                let derivedNu = try OrderTmDerived(.nu, setting: setting)
                let missing = try ladder.map { t in
                    (-(try reference.firstMoment(.nu, tOverM: t)).z + derivedNu.value(tOverM: t).z) / t
                }
                let fit = OrderTmFit.intercept(ladder, missing)
                let closedForm = OrderTmReferenceTests.missingOrderTmCoefficient(cV: setting.cV, cA: setting.cA)
                for particle in Particle.allCases {
                    let derived = try OrderTmDerived(particle, setting: setting)
                    let exact = -(try reference.firstMoment(particle, tOverM: tau)).z
                    let kappa0 = -derived.leading.z, kappaDerived = -derived.value(tOverM: tau).z
                    let complete = kappaDerived + tau * closedForm * kappa0
                    print(String(format: "physical: %@ %4.1f %4.1f | %.5f %.4f | %.4f %.4f %.4f %.4f | %+.3f%% %+.3f%% %+.3f%% | %+.3f%% | %+.3f%% "
                                 + "| missing O(T/m)/kappa0: closed form %+.4f, fitted %+.4f ± %.1e",
                                 particle.rawValue, T, k, tau, k / T, kappa0, kappaDerived, exact, complete,
                                 100 * (kappaDerived / kappa0 - 1), 100 * (exact / kappa0 - 1), 100 * (complete / kappa0 - 1),
                                 100 * (exact / kappaDerived - 1), 100 * (exact - complete) / exact, closedForm,
                                 fit.value / kappa0, fit.uncertainty / kappa0))
                }
            }
        }
    }
}

/// Physical settings: the νn couplings of Table I (g_A = 1.26, sin²θ_W = 0.23), G_F = n = 1.
enum OrderTmSettings {
    static let gA = 1.26, sin2W = 0.23, muP = 1.793, muN = -1.913

    static var neutronSetting: Stage3QuadratureSetting {
        var s = Stage3QuadratureSetting()
        s.cV = -0.5; s.cA = -gA / 2; s.F2 = -(muP - muN) / 2 - 2 * muN * sin2W
        return s
    }

    /// A constant dipole h = ẑ (∂h/∂k = 0, the README example) and the varying profile of Stage3Quadrature.
    /// f0 is Fermi–Dirac with zero chemical potential, as in the README example.
    static func constantDipole(T: Double) -> Stage3QuadratureProfiles {
        Stage3QuadratureProfiles(T: T, muNu: 0, g: [], eta: [[Stage3QuadratureExpMonomial(amplitude: 1, power: 0, scale: .infinity)]],
                                 directions: [SIMD3(0, 0, 1)])
    }

    static let profiles: [(String, Stage3QuadratureProfiles)] = [("const-h", constantDipole(T: 1)), ("varying-h", .standard)]
}
