import XCTest
import TestSupport
import Foundation
import Algebra
import Derivation

/// Independent numeric check of Stage 3: the first moment of the collision integral, Eq. (31),
/// by direct Double quadrature (exact nondegenerate S0, the derived Stage 2 rate, the exact
/// kernel, concrete f0, g, h; see Stage3QuadratureSupport.swift) approaches the derived series
/// V = Σ_j δ^j V_j (δ² = T/m, kept through δ²) as T/m → 0, and the residual is of relative
/// order (T/m)²: it shrinks by 16 when T/m shrinks by 4. An error in the δ² coefficients would
/// leave a residual ∝ T/m (factor 4), and odd orders a residual ∝ (T/m)^{3/2} (factor 8).
///
/// The μ_B B-free part and the coefficient of μ_B B are compared separately (the rate is exactly
/// linear in μ_B B). `scripts/stage3-quadrature.sh` prints the full table (more values of T/m,
/// two grids) in a release build.
final class Stage3QuadratureTests: XCTestCase {
    struct Derived {
        let rates: [Particle: Stage3QuadratureRate]
        let moments: [Particle: [Int: VectorExpression]]
    }

    static let derived = Result { () throws -> Derived in
        let v = try RepositoryDerivation.verification.get()
        let s2 = v.stage2, s3 = v.stage3
        var rates: [Particle: Stage3QuadratureRate] = [:]
        for particle in Particle.allCases { rates[particle] = try Stage3QuadratureRate(s2.derivation.coefficients[particle]!) }
        return Derived(rates: rates, moments: s3.derivation.moments)
    }

    /// T/m ladder with ratio 4: a (T/m)² residual shrinks by 16 per step.
    static let ladder = [1e-3, 2.5e-4, 6.25e-5]

    struct Row {
        let tOverM: Double
        let quadrature: Stage3QuadratureMoment, derived: Stage3QuadratureMoment, leading: Stage3QuadratureMoment
    }

    enum Part: String, CaseIterable { case fieldFree = "muBB^0", field = "muBB^1" }

    static func pick(_ m: Stage3QuadratureMoment, _ part: Part) -> SIMD3<Double> {
        part == .fieldFree ? m.fieldFree : m.field
    }

    func row(_ particle: Particle, tOverM: Double, setting: Stage3QuadratureSetting = Stage3QuadratureSetting(),
             grid: Stage3QuadratureGrid = .coarse) throws -> Row {
        let d = try Self.derived.get()
        let series = Stage3QuadratureDerivedMoment(setting: setting, moments: d.moments[particle]!)
        let quadrature = Stage3Quadrature(setting: setting, rate: d.rates[particle]!).firstMoment(tOverM: tOverM, grid: grid)
        return Row(tOverM: tOverM, quadrature: quadrature, derived: try series.value(tOverM: tOverM),
                   leading: try series.value(tOverM: tOverM, maxOrder: 0))
    }

    /// |V_quad − V_derived| / |V_derived|.
    static func relative(_ r: Row, _ part: Part) -> Double {
        stage3QuadratureNorm(pick(r.quadrature, part) - pick(r.derived, part)) / stage3QuadratureNorm(pick(r.derived, part))
    }

    /// The exponent p of residual ∝ (T/m)^p between two rows.
    static func exponent(_ a: Double, _ b: Double, _ x: Double, _ y: Double) -> Double { log(a / b) / log(x / y) }

    /// V_j evaluated: the leading moment is Eq. (32), V0 = −(2G_F²k²/3π) n (cV² + 5cA²) h, for ν and ν̄.
    func testLeadingMomentIsV0() throws {
        let d = try Self.derived.get()
        let s = Stage3QuadratureSetting()
        let v0 = -2 * s.GF * s.GF * s.k * s.k / (3 * Double.pi) * s.n * (s.cV * s.cV + 5 * s.cA * s.cA) * s.profiles.h(s.k)
        for particle in Particle.allCases {
            let leading = try Stage3QuadratureDerivedMoment(setting: s, moments: d.moments[particle]!).order(0)
            XCTAssertLessThan(stage3QuadratureNorm(leading.fieldFree - v0), 1e-14 * stage3QuadratureNorm(v0), "\(particle)")
            // The quadrature approaches V0 with a relative deviation of order T/m (factor 4 per step).
            let rows = try Self.ladder.prefix(2).map { try row(particle, tOverM: $0) }
            let deviation = rows.map { stage3QuadratureNorm($0.quadrature.fieldFree - v0) / stage3QuadratureNorm(v0) }
            let p = Self.exponent(deviation[0], deviation[1], rows[0].tOverM, rows[1].tOverM)
            print(String(format: "Stage3Quadrature %@ V0: |Vquad - V0|/|V0| = %.3e, %.3e at T/m = %.3g, %.3g (exponent %.3f)",
                         particle.rawValue, deviation[0], deviation[1], rows[0].tOverM, rows[1].tOverM, p))
            XCTAssertEqual(p, 1, accuracy: 0.1, "\(particle): quadrature − V0 should be O(T/m)")
        }
    }

    /// The main check: residual of relative order (T/m)² for ν, ν̄, μ_B B⁰ and μ_B B¹ parts.
    func testQuadratureApproachesDerivedMomentAsTOverMSquared() throws {
        for particle in Particle.allCases {
            let rows = try Self.ladder.map { try row(particle, tOverM: $0) }
            for part in Part.allCases {
                let relative = rows.map { Self.relative($0, part) }
                let deltaTwo = rows.map {
                    stage3QuadratureNorm(Self.pick($0.derived, part) - Self.pick($0.leading, part)) / stage3QuadratureNorm(Self.pick($0.derived, part))
                }
                let p1 = Self.exponent(relative[0], relative[1], rows[0].tOverM, rows[1].tOverM)
                let p2 = Self.exponent(relative[1], relative[2], rows[1].tOverM, rows[2].tOverM)
                for (r, (rel, d2)) in zip(rows, zip(relative, deltaTwo)) {
                    let q = Self.pick(r.quadrature, part), v = Self.pick(r.derived, part)
                    print(String(format: "Stage3Quadrature %@ %@ T/m=%.3e Vquad=(%.12f, %.12f, %.12f) Vderived=(%.12f, %.12f, %.12f) "
                                 + "rel.diff=%.3e  rel.diff/(T/m)^2=%.2f  |delta^2 term|/|V|=%.3e",
                                 particle.rawValue, part.rawValue, r.tOverM, q.x, q.y, q.z, v.x, v.y, v.z, rel,
                                 rel / (r.tOverM * r.tOverM), d2))
                }
                print(String(format: "Stage3Quadrature %@ %@ convergence exponents %.3f, %.3f (expected 2)", particle.rawValue,
                             part.rawValue, p1, p2))
                for (r, rel) in zip(rows, relative) {
                    XCTAssertLessThan(rel, 1000 * r.tOverM * r.tOverM, "\(particle) \(part) at T/m = \(r.tOverM)")
                }
                XCTAssertEqual(p1, 2, accuracy: 0.3, "\(particle) \(part)")
                XCTAssertEqual(p2, 2, accuracy: 0.15, "\(particle) \(part)")
                // The δ² term is resolved: it is much larger than the residual at every T/m.
                for (rel, d2) in zip(relative, deltaTwo) { XCTAssertLessThan(rel, 0.05 * d2, "\(particle) \(part)") }

                // The check has teeth: a 1% error in the δ² coefficient gives a residual ∝ T/m.
                let perturbed = rows.map { r -> Double in
                    let q = Self.pick(r.quadrature, part), v = Self.pick(r.derived, part), l = Self.pick(r.leading, part)
                    return stage3QuadratureNorm(q - (l + 1.01 * (v - l))) / stage3QuadratureNorm(v)
                }
                XCTAssertLessThan(Self.exponent(perturbed[1], perturbed[2], rows[1].tOverM, rows[2].tOverM), 1.3,
                                  "\(particle) \(part): a perturbed δ² term must break the (T/m)² scaling")
            }
        }
    }

    /// The cancellation-free kinematics used by the quadrature equal the textbook forms, and the
    /// exact S0 equals its Eq. (18) rewriting (π^{1/2}n/εk) D^{−1/2} e^{−(u + kwδD/2T)²/D}.
    func testKinematicsAndExactS0() throws {
        let k = 2.0, T = 1.0, n = 1.0
        for (w, delta, u) in [(0.3, 0.1, 1.7), (1.2, 0.03, -2.5), (0.05, 0.2, 0.4), (1.4, 0.01, 3.0)] {
            let kin = Stage3Quadrature.kinematics(k: k, w: w, delta: delta, u: u)
            let muPrime = 1 - w * w, kp = kin.kPrime
            let omega = SIMD3<Double>(0, 0, 1), omegaPrime = SIMD3(sqrt(1 - muPrime * muPrime), 0, muPrime)
            let q = k * omega - kp * omegaPrime
            XCTAssertEqual(kin.q0, k - kp, accuracy: 1e-15)
            XCTAssertEqual(kin.q2, (q * q).sum(), accuracy: 1e-13 * k * k)
            XCTAssertEqual(kin.qOmega, (q * omega).sum(), accuracy: 1e-14 * k)
            XCTAssertEqual(kin.qOmegaPrime, (q * omegaPrime).sum(), accuracy: 1e-14 * k)
            let m = T / (delta * delta), epsilon = 2 * w * delta
            let D = 1 + 2 * w * delta * u + 2 * delta * delta * u * u
            let shifted = u + k * w * delta * D / (2 * T)
            let rewritten = sqrt(Double.pi) * n / (epsilon * k) / sqrt(D) * exp(-shifted * shifted / D)
            XCTAssertEqual(Stage3Quadrature.exactS0(q0: kin.q0, q2: kin.q2, m: m, T: T, n: n), rewritten, accuracy: 1e-12 * rewritten)
        }
    }

    /// The quadrature error is far below the residuals: a second, different grid agrees to ~1e−13.
    func testQuadratureIsConvergedOnTheGrid() throws {
        let other = Stage3QuadratureGrid(wNodes: 28, uPanelWidth: 0.75, uNodesPerPanel: 12)
        let tOverM = Self.ladder.last!
        for particle in Particle.allCases {
            let a = try row(particle, tOverM: tOverM), b = try row(particle, tOverM: tOverM, grid: other)
            for part in Part.allCases {
                let difference = stage3QuadratureNorm(Self.pick(a.quadrature, part) - Self.pick(b.quadrature, part))
                    / stage3QuadratureNorm(Self.pick(a.quadrature, part))
                print(String(format: "Stage3Quadrature %@ %@ grid difference at T/m=%.3e: %.1e (residual %.1e)", particle.rawValue,
                             part.rawValue, tOverM, difference, Self.relative(a, part)))
                XCTAssertLessThan(difference, 1e-11, "\(particle) \(part)")
                XCTAssertLessThan(difference, 1e-3 * Self.relative(a, part), "\(particle) \(part)")
            }
        }
    }

    /// Angular structure: with g ≡ 0 the μ_B B part vanishes (no (h·B̂)B̂ or B̂×h terms), and with
    /// h ≡ 0 the μ_B B-free part vanishes, in the quadrature and in the derived V alike.
    func testFieldPartComesFromGAndFieldFreePartFromH() throws {
        var noG = Stage3QuadratureSetting()
        noG.profiles = Stage3QuadratureProfiles(T: noG.T, muNu: noG.profiles.muNu, g: [], eta: noG.profiles.eta,
                                                directions: noG.profiles.directions)
        var noH = Stage3QuadratureSetting()
        noH.profiles = Stage3QuadratureProfiles(T: noH.T, muNu: noH.profiles.muNu, g: noH.profiles.g, eta: [[], []],
                                                directions: noH.profiles.directions)
        let tOverM = Self.ladder[0]
        for particle in Particle.allCases {
            let full = try row(particle, tOverM: tOverM)
            let scaleFree = stage3QuadratureNorm(full.derived.fieldFree), scaleField = stage3QuadratureNorm(full.derived.field)
            let a = try row(particle, tOverM: tOverM, setting: noG), b = try row(particle, tOverM: tOverM, setting: noH)
            XCTAssertLessThan(stage3QuadratureNorm(a.quadrature.field), 1e-13 * scaleField, "\(particle)")
            XCTAssertLessThan(stage3QuadratureNorm(a.derived.field), 1e-13 * scaleField, "\(particle)")
            XCTAssertLessThan(stage3QuadratureNorm(b.quadrature.fieldFree), 1e-13 * scaleFree, "\(particle)")
            XCTAssertLessThan(stage3QuadratureNorm(b.derived.fieldFree), 1e-13 * scaleFree, "\(particle)")
            // and the parts add up (linearity in δf)
            XCTAssertLessThan(stage3QuadratureNorm(a.quadrature.fieldFree + b.quadrature.fieldFree - full.quadrature.fieldFree),
                              1e-13 * scaleFree)
            XCTAssertLessThan(stage3QuadratureNorm(a.quadrature.field + b.quadrature.field - full.quadrature.field),
                              1e-13 * scaleField)
        }
    }

    /// The full table (more T/m values, two grids); run by scripts/stage3-quadrature.sh in release.
    func testFullTable() throws {
        guard ProcessInfo.processInfo.environment["STAGE3_QUADRATURE_FULL"] == "1" else {
            throw XCTSkip("set STAGE3_QUADRATURE_FULL=1 (scripts/stage3-quadrature.sh)")
        }
        let values = [8e-3, 4e-3, 2e-3, 1e-3, 5e-4, 2.5e-4, 1.25e-4, 1e-4, 6.25e-5, 3.125e-5, 1e-5]
        print("particle part T/m | rel.diff(coarse) rel.diff(fine) | rel.diff/(T/m)^2 | exponent vs previous | |delta^2 term|/|V| | grid diff | seconds")
        for particle in Particle.allCases {
            for part in Part.allCases {
                var previous: (Double, Double)?
                for tOverM in values {
                    let start = Date()
                    let coarse = try row(particle, tOverM: tOverM)
                    let fine = try row(particle, tOverM: tOverM, grid: .fine)
                    let seconds = Date().timeIntervalSince(start)
                    let rc = Self.relative(coarse, part), rf = Self.relative(fine, part)
                    let d2 = stage3QuadratureNorm(Self.pick(fine.derived, part) - Self.pick(fine.leading, part))
                        / stage3QuadratureNorm(Self.pick(fine.derived, part))
                    let grid = stage3QuadratureNorm(Self.pick(coarse.quadrature, part) - Self.pick(fine.quadrature, part))
                        / stage3QuadratureNorm(Self.pick(fine.quadrature, part))
                    let p = previous.map { Self.exponent($0.1, rf, $0.0, tOverM) } ?? .nan
                    let q = Self.pick(fine.quadrature, part), v = Self.pick(fine.derived, part)
                    print(String(format: "%@ %@ %.4e | %.4e %.4e | %9.3f | %6.3f | %.3e | %.1e | %.2f", particle.rawValue, part.rawValue,
                                 tOverM, rc, rf, rf / (tOverM * tOverM), p, d2, grid, seconds))
                    print(String(format: "    Vquad = (%.15f, %.15f, %.15f)  Vderived = (%.15f, %.15f, %.15f)",
                                 q.x, q.y, q.z, v.x, v.y, v.z))
                    previous = (tOverM, rf)
                }
            }
        }
    }
}
