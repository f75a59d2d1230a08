import Foundation
import Algebra
import Derivation

// Independent Double-precision quadrature of the first moment of the collision integral,
// Eq. (31) of astro-ph/0307006,
//
//     V = ∫dΩ/4π Ω ∫_0^∞ dk' ∫dΩ' (dΓ/dk'dΩ') [C(k,k') δf(k',Ω') + D(k,k') δf(k,Ω)],
//
// with the Stage 2 rate (the derived coefficients of Eq. 9, evaluated numerically from their
// `Polynomial` terms), the EXACT nondegenerate S0 (first form of Eq. 18), the exact kernel of
// Eqs. (26)-(28), and concrete smooth functions f0, g, h. Nothing of Stage 3's series
// machinery is used: the k' and μ' integrals are Gauss–Legendre sums, and the angles Ω'
// (azimuth about Ω) and Ω (sphere) are product rules that are exact for the low-degree
// angular polynomials that occur.

/// Gauss–Legendre rules (Newton iteration on the Legendre recurrence).
enum Stage3QuadratureGaussLegendre {
    /// Nodes and weights on [−1, 1]; exact for polynomials of degree ≤ 2n − 1.
    static func rule(_ n: Int) -> [(node: Double, weight: Double)] {
        precondition(n >= 1)
        var rule: [(Double, Double)] = []
        for i in 1...n {
            var x = n == 1 ? 0 : cos(Double.pi * (Double(i) - 0.25) / (Double(n) + 0.5))
            var derivative = 1.0
            for _ in 0..<100 where n > 1 {
                var p0 = 1.0, p1 = x
                for j in 2...n {
                    let p2 = ((2 * Double(j) - 1) * x * p1 - (Double(j) - 1) * p0) / Double(j)
                    p0 = p1
                    p1 = p2
                }
                derivative = Double(n) * (x * p1 - p0) / (x * x - 1)
                let step = p1 / derivative
                x -= step
                if abs(step) < 1e-16 { break }
            }
            rule.append((x, n == 1 ? 2 : 2 / ((1 - x * x) * derivative * derivative)))
        }
        return rule
    }

    /// Nodes and weights on [a, b].
    static func rule(_ n: Int, from a: Double, to b: Double) -> [(node: Double, weight: Double)] {
        let half = (b - a) / 2, mid = (b + a) / 2
        return rule(n).map { (mid + half * $0.node, half * $0.weight) }
    }
}

/// A `Polynomial` compiled for repeated Double evaluation: every symbol must be in `table`.
struct Stage3QuadratureCompiledPolynomial {
    struct Term {
        let coefficient: Double
        let powers: [(index: Int, exponent: Int)]
    }
    let terms: [Term]

    init(_ p: Polynomial, table: [Symbol: Int]) throws {
        terms = try p.terms.map { t in
            Term(coefficient: t.coefficient.doubleValue, powers: try t.monomial.powers.map { power in
                guard let index = table[power.symbol] else {
                    throw Stage3QuadratureFailure("unexpected symbol \(power.symbol) in a Stage 2 rate coefficient")
                }
                return (index, power.exponent)
            })
        }
    }

    func value(_ x: [Double]) -> Double {
        var total = 0.0
        for t in terms {
            var v = t.coefficient
            for p in t.powers {
                let base = p.exponent < 0 ? 1 / x[p.index] : x[p.index]
                for _ in 0..<abs(p.exponent) { v *= base }
            }
            total += v
        }
        return total
    }
}

struct Stage3QuadratureFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// a·k^p·e^{−k/λ} and its k-derivatives in closed form.
struct Stage3QuadratureExpMonomial {
    let amplitude: Double, power: Int, scale: Double

    func derivative(_ n: Int, at k: Double) -> Double {
        // dⁿ/dkⁿ [k^p e^{−k/λ}] = e^{−k/λ} Σ_j C(n,j) p!/(p−j)! k^{p−j} (−1/λ)^{n−j}
        var sum = 0.0
        var binomial = 1.0  // C(n, j)
        var falling = 1.0   // p!/(p−j)!
        for j in 0...n {
            if j > power { break }
            sum += binomial * falling * Foundation.pow(k, Double(power - j)) * Foundation.pow(-1 / scale, Double(n - j))
            binomial = binomial * Double(n - j) / Double(j + 1)
            falling *= Double(power - j)
        }
        return amplitude * exp(-k / scale) * sum
    }
}

/// Concrete smooth f0, g, h with exact k-derivatives.
///
/// - f0(k) = 1/(e^{(k − μν)/T} + 1): ∂ⁿf0/∂kⁿ = Pₙ(f0)/Tⁿ with P₀ = f, P_{n+1} = Pₙ'(f)·(f² − f).
/// - g(k) = Σ aᵢ k^{pᵢ} e^{−k/λᵢ}.
/// - h(k) = η₁(k) e₁ + η₂(k) e₂ with ηᵢ of the same form and fixed vectors e₁, e₂ (so the
///   direction of h changes with k and h, ∂h/∂k, ∂²h/∂k² are not parallel).
struct Stage3QuadratureProfiles {
    let T: Double, muNu: Double
    let g: [Stage3QuadratureExpMonomial]
    let eta: [[Stage3QuadratureExpMonomial]]
    let directions: [SIMD3<Double>]

    static let standard = Stage3QuadratureProfiles(
        T: 1, muNu: 1.3,
        g: [Stage3QuadratureExpMonomial(amplitude: 0.3, power: 2, scale: 1.7),
            Stage3QuadratureExpMonomial(amplitude: -0.05, power: 0, scale: 2.9)],
        eta: [[Stage3QuadratureExpMonomial(amplitude: 0.4, power: 1, scale: 1.9)],
              [Stage3QuadratureExpMonomial(amplitude: 0.12, power: 2, scale: 2.3),
               Stage3QuadratureExpMonomial(amplitude: 0.07, power: 0, scale: 1.1)]],
        directions: [SIMD3(0.48, -0.36, 0.8), SIMD3(-0.2, 0.9, 0.3)])

    /// Coefficients of Pₙ as a polynomial in f (index = power of f).
    static func fermiPolynomial(_ n: Int) -> [Double] {
        var p: [Double] = [0, 1]
        for _ in 0..<n {
            // P' (f² − f)
            var derivative = [Double](repeating: 0, count: max(p.count - 1, 1))
            for i in 1..<p.count { derivative[i - 1] = Double(i) * p[i] }
            var next = [Double](repeating: 0, count: derivative.count + 2)
            for (i, c) in derivative.enumerated() {
                next[i + 2] += c
                next[i + 1] -= c
            }
            p = next
        }
        return p
    }

    func f0(_ k: Double, derivative n: Int = 0) -> Double {
        let f = 1 / (exp((k - muNu) / T) + 1)
        let p = Stage3QuadratureProfiles.fermiPolynomial(n)
        var value = 0.0, power = 1.0
        for c in p {
            value += c * power
            power *= f
        }
        return value / Foundation.pow(T, Double(n))
    }

    func g(_ k: Double, derivative n: Int = 0) -> Double {
        g.reduce(0) { $0 + $1.derivative(n, at: k) }
    }

    func eta(_ i: Int, _ k: Double, derivative n: Int = 0) -> Double {
        eta[i].reduce(0) { $0 + $1.derivative(n, at: k) }
    }

    func h(_ k: Double, derivative n: Int = 0) -> SIMD3<Double> {
        var v = SIMD3<Double>(0, 0, 0)
        for i in directions.indices { v += eta(i, k, derivative: n) * directions[i] }
        return v
    }
}

/// The physical and numerical setting: couplings, k, B̂, units GF = n = 1.
struct Stage3QuadratureSetting {
    var GF = 1.0, n = 1.0
    var cV = 0.37, cA = -0.71, F2 = 1.23
    var k = 2.0
    var bHat = SIMD3<Double>(0, 0, 1)
    var profiles = Stage3QuadratureProfiles.standard
    var T: Double { profiles.T }
}

/// The field-free part and the coefficient of μ_B B of a first moment (V is exactly linear in μ_B B).
struct Stage3QuadratureMoment {
    var fieldFree: SIMD3<Double>
    var field: SIMD3<Double>
}

/// The numerical grid.
struct Stage3QuadratureGrid {
    /// Gauss–Legendre nodes in w = (1 − μ')^{1/2} ∈ [0, √2].
    var wNodes: Int
    /// Composite Gauss–Legendre in u = (k' − k)/(εk): panel width and nodes per panel.
    var uPanelWidth: Double
    var uNodesPerPanel: Int
    /// The u-window ends where the exact S0 exponent exceeds this value (e^{−60} ≈ 1e−26).
    var exponentCutoff: Double = 60

    static let coarse = Stage3QuadratureGrid(wNodes: 20, uPanelWidth: 1.0, uNodesPerPanel: 10)
    static let fine = Stage3QuadratureGrid(wNodes: 40, uPanelWidth: 0.5, uNodesPerPanel: 16)
}

/// The rate of Eq. (9) from the Stage 2 coefficients, compiled:
/// a = A0 + A0^WM (μ_B B-free), b = ∂/∂(μ_B B) of (δA_Ω + δB^WM), c = ∂/∂(μ_B B) of (δA_Ω' + δC^WM).
struct Stage3QuadratureRate {
    static let symbols: [Symbol] = [
        PaperSymbols.GF, PaperSymbols.cV, PaperSymbols.cA, PaperSymbols.F2, PaperSymbols.m, Stage2Derivation.T,
        Stage2Derivation.k, Stage2Derivation.kPrime, PaperSymbols.q0, Stage2Derivation.S0, Stage2Derivation.pi,
        Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.omegaPrime),
        Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.q),
        Vector3Space.dotSymbol(PaperSymbols.omegaPrime, PaperSymbols.q),
        Vector3Space.dotSymbol(PaperSymbols.q, PaperSymbols.q),
    ]
    enum Slot: Int { case GF, cV, cA, F2, m, T, k, kPrime, q0, S0, pi, muPrime, qOmega, qOmegaPrime, q2 }
    static let table: [Symbol: Int] = Dictionary(uniqueKeysWithValues: symbols.enumerated().map { ($1, $0) })

    let a: Stage3QuadratureCompiledPolynomial, b: Stage3QuadratureCompiledPolynomial, c: Stage3QuadratureCompiledPolynomial

    init(_ coefficients: Stage2Derivation.Coefficients) throws {
        let muBB = Stage2Derivation.muBB
        func fieldFree(_ p: Polynomial) throws -> Polynomial {
            guard p.terms.allSatisfy({ $0.monomial.exponent(of: muBB) == 0 }) else {
                throw Stage3QuadratureFailure("a B̂-free rate coefficient depends on muBB")
            }
            return p
        }
        func linear(_ p: Polynomial) throws -> Polynomial {
            guard p.terms.allSatisfy({ $0.monomial.exponent(of: muBB) == 1 }) else {
                throw Stage3QuadratureFailure("a B̂ rate coefficient is not exactly linear in muBB")
            }
            return p.coefficient(of: muBB, exponent: 1)
        }
        let t = Stage3QuadratureRate.table
        a = try Stage3QuadratureCompiledPolynomial(fieldFree(coefficients.A0 + coefficients.A0WM), table: t)
        b = try Stage3QuadratureCompiledPolynomial(linear(coefficients.deltaAOmega + coefficients.deltaBWM), table: t)
        c = try Stage3QuadratureCompiledPolynomial(linear(coefficients.deltaAOmegaPrime + coefficients.deltaCWM), table: t)
    }
}

/// The angular integrals at fixed μ': for r ∈ {1, Ω·B̂, Ω'·B̂} and s ∈ {1, Ω'·eᵢ, Ω·eᵢ},
/// ∫dΩ/4π Ω ∫_0^{2π}dφ' r s, by product rules exact for the degrees involved (≤ 3 in Ω, ≤ 2 in φ').
struct Stage3QuadratureAngles {
    /// [r] for s = 1; [r][i] for s = Ω'·eᵢ and s = Ω·eᵢ.
    var one = [SIMD3<Double>](repeating: .zero, count: 3)
    var primed = [[SIMD3<Double>]](), unprimed = [[SIMD3<Double>]]()

    init(muPrime: Double, bHat: SIMD3<Double>, directions: [SIMD3<Double>]) {
        primed = Array(repeating: Array(repeating: .zero, count: directions.count), count: 3)
        unprimed = primed
        let sinPrime = (max(0, 1 - muPrime * muPrime)).squareRoot()
        let polar = Stage3QuadratureGaussLegendre.rule(6), azimuths = 12, azimuthsPrime = 8
        for (cosTheta, polarWeight) in polar {
            let sinTheta = (1 - cosTheta * cosTheta).squareRoot()
            for j in 0..<azimuths {
                let phi = 2 * Double.pi * Double(j) / Double(azimuths)
                let omega = SIMD3(sinTheta * cos(phi), sinTheta * sin(phi), cosTheta)
                // dΩ/4π = d(cosθ) dφ/4π
                let weightOmega = polarWeight * (2 * Double.pi / Double(azimuths)) / (4 * Double.pi)
                let reference: SIMD3<Double> = abs(omega.x) < 0.7 ? SIMD3(1, 0, 0) : SIMD3(0, 1, 0)
                var e1 = reference - (reference * omega).sum() * omega
                e1 /= (e1 * e1).sum().squareRoot()
                let e2 = Vector3Space.crossProduct(omega, e1)
                for l in 0..<azimuthsPrime {
                    let phiPrime = 2 * Double.pi * (Double(l) + 0.5) / Double(azimuthsPrime)
                    let omegaPrime = muPrime * omega + sinPrime * (cos(phiPrime) * e1 + sin(phiPrime) * e2)
                    let weight = weightOmega * 2 * Double.pi / Double(azimuthsPrime)
                    let r = [1, (omega * bHat).sum(), (omegaPrime * bHat).sum()]
                    for ri in 0..<3 {
                        let base = weight * r[ri] * omega
                        one[ri] += base
                        for (i, e) in directions.enumerated() {
                            primed[ri][i] += (omegaPrime * e).sum() * base
                            unprimed[ri][i] += (omega * e).sum() * base
                        }
                    }
                }
            }
        }
    }
}

/// The quadrature of Eq. (31) at one value of T/m.
struct Stage3Quadrature {
    let setting: Stage3QuadratureSetting
    let rate: Stage3QuadratureRate

    /// The exact nondegenerate S0 of Eq. (18), first form, with e^{μ_N/T} = n(2π³/m³T³)^{1/2}.
    static func exactS0(q0: Double, q2: Double, m: Double, T: Double, n: Double) -> Double {
        let q = q2.squareRoot()
        let recoil = q2 / (2 * m)
        let exponent = (q0 - recoil) * (q0 - recoil) / (4 * T * recoil)
        return m * m * T / (2 * Double.pi * q) * n * (2 * Double.pi * Double.pi * Double.pi / (m * m * m * T * T * T)).squareRoot()
            * exp(-exponent)
    }

    typealias Kinematics = (kPrime: Double, q0: Double, q2: Double, qOmega: Double, qOmegaPrime: Double)

    /// Kinematics at (u, w), δ = (T/m)^{1/2}, in cancellation-free forms (ε = 2wδ, μ' = 1 − w²):
    /// k' = k(1 + εu), q0 = −εuk, q² = k² + k'² − 2kk'μ' = 2k²w²(1 + 2wδu + 2δ²u²),
    /// q·Ω = k − k'μ' = k(w² − εu + εuw²), q·Ω' = kμ' − k' = −k(w² + εu).
    static func kinematics(k: Double, w: Double, delta: Double, u: Double) -> Kinematics {
        let epsilon = 2 * w * delta
        let kPrime = k * (1 + epsilon * u)
        let q2 = 2 * k * k * w * w * (1 + 2 * w * delta * u + 2 * delta * delta * u * u)
        let qOmega = k * (w * w - epsilon * u + epsilon * u * w * w)
        let qOmegaPrime = -k * (w * w + epsilon * u)
        return (kPrime, -epsilon * u * k, q2, qOmega, qOmegaPrime)
    }

    func firstMoment(tOverM: Double, grid: Stage3QuadratureGrid) -> Stage3QuadratureMoment {
        let s = setting, T = s.T, k = s.k, m = T / tOverM, delta = tOverM.squareRoot()
        let profiles = s.profiles
        let f0k = profiles.f0(k), gk = profiles.g(k)
        let etaK = profiles.directions.indices.map { profiles.eta($0, k) }
        var x = [Double](repeating: 0, count: Stage3QuadratureRate.symbols.count)
        func set(_ slot: Stage3QuadratureRate.Slot, _ v: Double) { x[slot.rawValue] = v }
        set(.GF, s.GF); set(.cV, s.cV); set(.cA, s.cA); set(.F2, s.F2); set(.m, m); set(.T, T); set(.k, k); set(.pi, Double.pi)

        var result = Stage3QuadratureMoment(fieldFree: .zero, field: .zero)
        for (w, weightW) in Stage3QuadratureGaussLegendre.rule(grid.wNodes, from: 0, to: 2.0.squareRoot()) {
            let muPrime = 1 - w * w
            let epsilon = 2 * w * delta
            let angles = Stage3QuadratureAngles(muPrime: muPrime, bHat: s.bHat, directions: profiles.directions)
            func kinematics(_ u: Double) -> Kinematics { Stage3Quadrature.kinematics(k: k, w: w, delta: delta, u: u) }
            func exponent(_ u: Double) -> Double {
                let kin = kinematics(u)
                let recoil = kin.q2 / (2 * m)
                return (kin.q0 - recoil) * (kin.q0 - recoil) / (4 * T * recoil)
            }
            // The u-window: k' ≥ 0 and the S0 exponent below the cutoff.
            let lowest = -1 / epsilon
            var hi = 0.0, lo = 0.0
            while exponent(hi) < grid.exponentCutoff && hi < 1e4 { hi += 0.25 }
            while exponent(lo) < grid.exponentCutoff && lo > lowest { lo = max(lo - 0.25, lowest) }
            let panels = max(1, Int(((hi - lo) / grid.uPanelWidth).rounded(.up)))
            let width = (hi - lo) / Double(panels)
            for panel in 0..<panels {
                let a = lo + Double(panel) * width
                for (u, weightU) in Stage3QuadratureGaussLegendre.rule(grid.uNodesPerPanel, from: a, to: a + width) {
                    let kin = kinematics(u)
                    let s0 = Stage3Quadrature.exactS0(q0: kin.q0, q2: kin.q2, m: m, T: T, n: s.n)
                    set(.kPrime, kin.kPrime); set(.q0, kin.q0); set(.S0, s0); set(.muPrime, muPrime)
                    set(.qOmega, kin.qOmega); set(.qOmegaPrime, kin.qOmegaPrime); set(.q2, kin.q2)
                    let rateA = rate.a.value(x), rateB = rate.b.value(x), rateC = rate.c.value(x)
                    // Kernel, Eqs. (26)-(28): C δf(k',Ω') + D δf(k,Ω), δf = g + 3Ω·h.
                    let boltzmann = exp(-kin.q0 / T)
                    let f0p = profiles.f0(kin.kPrime)
                    let C = boltzmann * (1 - f0k) + f0k
                    let D = -(boltzmann * f0p + 1 - f0p)
                    let scalarPart = C * profiles.g(kin.kPrime) + D * gk
                    // dk' dμ' = (εk du)(2w dw)
                    let jacobian = weightW * weightU * epsilon * k * 2 * w
                    func angular(_ r: Int) -> SIMD3<Double> {
                        var v = scalarPart * angles.one[r]
                        for i in profiles.directions.indices {
                            v += 3 * C * profiles.eta(i, kin.kPrime) * angles.primed[r][i]
                            v += 3 * D * etaK[i] * angles.unprimed[r][i]
                        }
                        return v
                    }
                    result.fieldFree += jacobian * rateA * angular(0)
                    result.field += jacobian * (rateB * angular(1) + rateC * angular(2))
                }
            }
        }
        return result
    }
}

/// Numeric values of the derived Stage 3 moments (δ-order → vector) for the same setting.
struct Stage3QuadratureDerivedMoment {
    let setting: Stage3QuadratureSetting
    let moments: [Int: VectorExpression]

    var vectors: [String: SIMD3<Double>] {
        var v: [String: SIMD3<Double>] = ["B": setting.bHat, "h": setting.profiles.h(setting.k)]
        for n in 1...8 { v["h_\(n)"] = setting.profiles.h(setting.k, derivative: n) }
        return v
    }

    var scalars: [Symbol: Double] {
        let s = setting, p = s.profiles
        var v: [Symbol: Double] = [
            PaperSymbols.GF: s.GF, PaperSymbols.cV: s.cV, PaperSymbols.cA: s.cA, PaperSymbols.F2: s.F2,
            Stage2Derivation.k: s.k, Stage2Derivation.T: s.T, Stage3Derivation.n: s.n, Stage2Derivation.pi: Double.pi,
            Symbol("f0"): p.f0(s.k), Symbol("g"): p.g(s.k),
        ]
        for n in 1...8 {
            v[Symbol("f0_\(n)")] = p.f0(s.k, derivative: n)
            v[Symbol("g_\(n)")] = p.g(s.k, derivative: n)
        }
        return v
    }

    /// The δ^order coefficient: field-free part and coefficient of μ_B B.
    func order(_ j: Int) throws -> Stage3QuadratureMoment {
        guard let vector = moments[j] else { return Stage3QuadratureMoment(fieldFree: .zero, field: .zero) }
        let vectors = self.vectors, scalars = self.scalars
        func part(_ e: Int) throws -> SIMD3<Double> {
            var total = SIMD3<Double>(0, 0, 0)
            for t in vector.terms {
                guard t.coefficient.terms.allSatisfy({ (0...1).contains($0.monomial.exponent(of: Stage2Derivation.muBB)) }) else {
                    throw Stage3QuadratureFailure("a derived moment is not linear in muBB")
                }
                let c = try Vector3Space.numericValue(of: t.coefficient.coefficient(of: Stage2Derivation.muBB, exponent: e),
                                                      vectors: vectors, scalars: scalars)
                switch t.basis {
                case .vector(let a):
                    guard let x = vectors[a] else { throw Stage3QuadratureFailure("no vector \(a)") }
                    total += c * x
                case let .cross(a, b):
                    guard let x = vectors[a], let y = vectors[b] else { throw Stage3QuadratureFailure("no vector \(a) or \(b)") }
                    total += c * Vector3Space.crossProduct(x, y)
                }
            }
            return total
        }
        return Stage3QuadratureMoment(fieldFree: try part(0), field: try part(1))
    }

    /// Σ_j δ^j V_j with δ = (T/m)^{1/2}, for j ≤ maxOrder.
    func value(tOverM: Double, maxOrder: Int = .max) throws -> Stage3QuadratureMoment {
        let delta = tOverM.squareRoot()
        var total = Stage3QuadratureMoment(fieldFree: .zero, field: .zero)
        for j in moments.keys.sorted() where j <= maxOrder {
            let v = try order(j)
            let p = Foundation.pow(delta, Double(j))
            total.fieldFree += p * v.fieldFree
            total.field += p * v.field
        }
        return total
    }
}

/// Euclidean length.
func stage3QuadratureNorm(_ v: SIMD3<Double>) -> Double { (v * v).sum().squareRoot() }
