import Foundation
import Algebra
import Derivation
import TestSupport

// Issue 14, item 3 in a field: the first moment at first order in μ_B B with no expansion in p/m
// or T/m, for δf = g(k) (h = 0), where only the field parts act (Eqs. 33, 36, 37: V ∥ B̂).
//
// Per nucleon spin pair (s, s') along B̂ = ẑ, E_s(p) = E_p − sμ_B B with E_p = (m² + p²)^{1/2}
// (or m + p²/2m for the paper's kinematics), the Maxwell–Boltzmann weight e^{−(E_s(p) − m)/T}
// normalized to n over both spins, the energy δ-function δ(E_s(p) + q0 − E_s'(p + q)), the flux
// factor m²/(E_p E_p+q) and |M_ss'|² = (G_F²/2)|ū(p', s') Ĺ u(p, s)|² from explicit boosted
// spinors (ūu = 1, rest-frame spin s along ẑ) and Ĺ of the explicit lepton current. With
// R = A + B_Ω Ω·B̂ + B_Ω' Ω'·B̂ (+ a triple product that drops out), the first moment of Eq. (31) is
//
//     V·B̂ = (2π/3) ∫dk' ∫dμ' X(k', μ') [C g(k') + D g(k)],   X = B_Ω + μ' B_Ω',
//
// and X is the μ_B B-odd part of R at Ω = B̂ (a central difference in μ_B B; R is odd in it up
// to O((μ_B B)³); the step is far below Tε, see `fieldStep`). The p⊥ azimuth is a 8-point trapezoid (|M|² is a trigonometric polynomial of
// degree 4 in it), p⊥² = 2mT x by Gauss–Legendre panels, k' and μ' as in OrderTmReference.

struct OrderTmFieldReference {
    let setting: Stage3QuadratureSetting
    let grid: OrderTmGrid
    /// E_p = (m² + p²)^{1/2} and its normalization; off: E_p = m + p²/2m (the paper's).
    var relativisticKinematics = true
    /// μ_B B/T of the central difference. The response is linear in μ_B B only while
    /// μ_B B·2mq0/(Tq²) ≪ 1 (δx of Eq. 15), i.e. μ_B B ≪ Tε: hence a tiny step (the two rates
    /// differ in the 8th digit and are summed in double precision to ~1e-16).
    var fieldStep = defaultFieldStep
    static let defaultFieldStep = 1e-8
    static let azimuths = 8

    /// The coefficient of μ_B B in V·B̂ (G_F, n, T from the setting).
    func fieldMoment(_ particle: Particle, tOverM: Double) throws -> Double {
        let s = setting, T = s.T, k = s.k, m = T / tOverM, delta = tOverM.squareRoot()
        let profiles = s.profiles
        let f0k = profiles.f0(k), gk = profiles.g(k)
        let b = fieldStep * T
        let numeric: NumericParticle = particle == .nu ? .nu : .nubar
        let model = OrderTmModel(relativisticKinematics: relativisticKinematics, fluxFactor: true, matrixElement: .exact)
        let gas = OrderTmNucleonGas(m: m, T: T, n: s.n, model: model, panels: grid.xPanels, nodes: grid.xNodes)
        // n = Σ_s ∫ f: the spin sum of e^{sμ_B B/T} is 2 cosh(μ_B B/T).
        let normalization = gas.normalization / cosh(b / T)
        let omega = SIMD3<Double>(0, 0, 1)
        var total = 0.0
        for (w, weightW) in Stage3QuadratureGaussLegendre.rule(grid.outer.wNodes, from: 0, to: 2.0.squareRoot()) {
            let muPrime = 1 - w * w, epsilon = 2 * w * delta
            let sinPrime = w * (2 - w * w).squareRoot()
            let omegaPrime = SIMD3(sinPrime, 0, muPrime)
            let lepton = OrderTmLeptonVertex(numeric, omega: omega, omegaPrime: omegaPrime, cV: s.cV, cA: s.cA, F2: s.F2, m: m)
            for (weightU, kin) in grid.uNodes(k: k, w: w, delta: delta, m: m, T: T) {
                let q = SIMD3(-kin.kPrime * sinPrime, 0, kin.qOmega)
                let vertex = lepton.vertex([kin.q0, q.x, q.y, q.z])
                let odd = rate(vertex: vertex, q0: kin.q0, q: q, q2: kin.q2, field: b, gas: gas, normalization: normalization)
                    - rate(vertex: vertex, q0: kin.q0, q: q, q2: kin.q2, field: -b, gas: gas, normalization: normalization)
                let x = kin.kPrime * kin.kPrime / Foundation.pow(2 * Double.pi, 3) * s.GF * s.GF / 2 * odd / (2 * b)
                let boltzmann = exp(-kin.q0 / T), f0p = profiles.f0(kin.kPrime)
                let C = boltzmann * (1 - f0k) + f0k
                let D = -(boltzmann * f0p + 1 - f0p)
                let jacobian = weightW * weightU * epsilon * k * 2 * w
                total += jacobian * 2 * Double.pi / 3 * x * (C * profiles.g(kin.kPrime) + D * gk)
            }
        }
        return total
    }

    /// Σ_ss' ∫dμ_ss'(p) |ū(p', s') Ĺ u(p, s)|² at field μ_B B = `field` (without G_F²/2 and k'²/(2π)³).
    func rate(vertex: Matrix4, q0: Double, q: SIMD3<Double>, q2: Double, field b: Double,
              gas: OrderTmNucleonGas, normalization: Double) -> Double {
        let m = gas.m, T = gas.T
        let qLength = q2.squareRoot(), qHat = q / qLength
        let reference: SIMD3<Double> = abs(qHat.x) < 0.7 ? SIMD3(1, 0, 0) : SIMD3(0, 1, 0)
        var e1 = reference - (reference * qHat).sum() * qHat
        e1 /= (e1 * e1).sum().squareRoot()
        let e2 = Vector3Space.crossProduct(qHat, e1)
        let angles = (0..<Self.azimuths).map { j -> (Double, Double) in
            let phi = 2 * Double.pi * Double(j) / Double(Self.azimuths)
            return (cos(phi), sin(phi))
        }
        let sandwich = FieldReferenceSandwich(Dirac4.gamma[0] * vertex)
        var total = 0.0
        for s in [1, -1] {
            for sPrime in [1, -1] {
                // E_{p+q} − E_p = q0 − μ_B B(s − s') at fixed p⊥.
                let transfer = q0 - b * Double(s - sPrime)
                let transverse2 = (qLength - transfer) * (qLength + transfer)
                for (x, weightX) in gas.xRule {
                    let perp2 = 2 * m * T * x
                    let (parallel, energy, kinetic, jacobian) = OrderTmNucleonGas.onShell(
                        perp2: perp2, q: qLength, q0: transfer, transverse2: transverse2, m: m, relativistic: relativisticKinematics)
                    let energyPrime = energy + transfer
                    let flux = m * m / (energy * energyPrime)
                    let weight = weightX * m * T / (2 * Double.pi) * jacobian * normalization
                        * exp(-(kinetic - Double(s) * b) / T) * flux / Double(Self.azimuths)
                    let perp = perp2.squareRoot()
                    for (c, sn) in angles {
                        let p = parallel * qHat + perp * (c * e1 + sn * e2)
                        let u = FieldReferenceSpinor(p: p, spin: s, m: m), uPrime = FieldReferenceSpinor(p: p + q, spin: sPrime, m: m)
                        total += weight * sandwich.magnitudeSquared(uPrime, u)
                    }
                }
            }
        }
        return total
    }
}

/// u(p⃗, s) with ūu = 1 in the Dirac representation, written out (the reference evaluates millions):
/// u = [(E/m + 1)χ_s, (σ·p⃗/m)χ_s]/(2(E/m + 1))^{1/2}, χ_+ = (1, 0), χ_− = (0, 1) — the boost of the
/// rest spinor that `NumericSpinors.nucleon` builds with matrices (checked equal in the tests).
struct FieldReferenceSpinor {
    var re: SIMD4<Double>, im: SIMD4<Double>

    init(p: SIMD3<Double>, spin s: Int, m: Double) {
        let x = p.x / m, y = p.y / m, z = p.z / m
        let e = (1 + x * x + y * y + z * z).squareRoot() + 1
        let n = 1 / (2 * e).squareRoot()
        if s == 1 {
            re = n * SIMD4(e, 0, z, x); im = n * SIMD4(0, 0, 0, y)        // σ·p χ_+ = (p_z, p_x + ip_y)
        } else {
            re = n * SIMD4(0, e, x, -z); im = n * SIMD4(0, 0, -y, 0)      // σ·p χ_− = (p_x − ip_y, −p_z)
        }
    }
}

/// |u'^† G u|² for a fixed 4×4 matrix G = γ^0 Ĺ.
struct FieldReferenceSandwich {
    let rowsRe: [SIMD4<Double>], rowsIm: [SIMD4<Double>]

    init(_ g: Matrix4) {
        rowsRe = (0..<4).map { r in SIMD4((0..<4).map { g[r, $0].re }) }
        rowsIm = (0..<4).map { r in SIMD4((0..<4).map { g[r, $0].im }) }
    }

    func magnitudeSquared(_ left: FieldReferenceSpinor, _ right: FieldReferenceSpinor) -> Double {
        var gRe = SIMD4<Double>(), gIm = SIMD4<Double>()
        for r in 0..<4 {
            gRe[r] = (rowsRe[r] * right.re - rowsIm[r] * right.im).sum()
            gIm[r] = (rowsRe[r] * right.im + rowsIm[r] * right.re).sum()
        }
        let re = (left.re * gRe + left.im * gIm).sum(), im = (left.re * gIm - left.im * gRe).sum()
        return re * re + im * im
    }
}
