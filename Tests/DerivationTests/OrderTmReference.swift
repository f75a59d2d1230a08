import Foundation
import Algebra
import Derivation

// Issue 14: the first moment of the collision integral at B = 0 with no expansion in p/m or T/m.
//
// At B = 0 the rate dΓ/dk'dΩ' = R(k, k', μ') is rotation invariant, and with δf = 3Ω·h(k)
// (g drops out of the first moment at B = 0) Eq. (31) becomes
//
//     V = 2π ∫dk' ∫dμ' R(k, k', μ') [C(k, k') μ' h(k') + D(k, k') h(k)],
//
// C, D of Eqs. (26)-(27), R = k'²/(2π)³ ∫dμ(p) Σ_ss'|M_ss'|² (Eq. 7; dμ in OrderTmNucleonMeasure,
// |M|² exact from OrderTmDiracContraction or, for the paper's model, the derived first-order
// Eqs. 4-6). The k' and μ' integrals use the variables of Stage3Quadrature (u, w = (1 − μ')^{1/2})
// and its Gauss–Legendre rules; nothing of Stage 3's series machinery is used.

/// The grid: the outer (u, w) grid of Stage3Quadrature and the nucleon x-panels.
struct OrderTmGrid {
    var outer: Stage3QuadratureGrid
    var xPanels: Int, xNodes: Int

    /// For the exact model in debug test runs (the Dirac contraction per (u, w) node is the cost).
    static let fast = OrderTmGrid(outer: Stage3QuadratureGrid(wNodes: 12, uPanelWidth: 2.0, uNodesPerPanel: 8), xPanels: 5, xNodes: 8)
    static let coarse = OrderTmGrid(outer: Stage3QuadratureGrid(wNodes: 16, uPanelWidth: 1.5, uNodesPerPanel: 10), xPanels: 6, xNodes: 10)
    static let fine = OrderTmGrid(outer: Stage3QuadratureGrid(wNodes: 40, uPanelWidth: 0.5, uNodesPerPanel: 16), xPanels: 9, xNodes: 12)
    static let check = OrderTmGrid(outer: Stage3QuadratureGrid(wNodes: 28, uPanelWidth: 0.75, uNodesPerPanel: 12), xPanels: 8, xNodes: 11)
}

/// A derived |M|² (first order, Stage 1, or second order, `SecondOrderMatrixElement`) summed over
/// s, s' (B drops out), at most quadratic in P, compiled once (atoms dot/triple of Om, Om', B, q, P
/// and the scalars GF, cV, cA, F2, m, q0). Its nucleon average is exact from ⟨1, p^i, p^i p^j⟩:
/// f(P) = f(0) + g·P + P·H·P with g, H read off by evaluating at P = 0, ±e_i, e_i + e_j.
struct OrderTmPolynomialMatrixElement {
    let spinSummed: Polynomial
    private let compiled: Stage3QuadratureCompiledPolynomial
    /// Per atom: a scalar slot or the vector slots of a dot or triple product.
    private enum Atom { case scalar(Int), dot(Int, Int), triple(Int, Int, Int) }
    private let atoms: [Atom]
    private static let vectorNames = ["Om", "Om'", "B", "q", "P"]
    private static let scalarSymbols = [PaperSymbols.GF, PaperSymbols.cV, PaperSymbols.cA, PaperSymbols.F2, PaperSymbols.m, PaperSymbols.q0]

    /// Stage 1's first-order |M|² or the second-order one.
    init(_ particle: Particle, secondOrder: Bool) throws {
        let derived = secondOrder
            ? try SecondOrderMatrixElementTests.derived.get().polynomials[particle]!
            : try NumericDerivedCache.polynomial(particle)
        var sum = Polynomial.zero
        for s in [Rational(1), Rational(-1)] {
            for sPrime in [Rational(1), Rational(-1)] {
                sum = try sum + derived.substituting([PaperSymbols.s: Polynomial(s), PaperSymbols.sPrime: Polynomial(sPrime)])
            }
        }
        var atoms: [Atom] = [], table: [Symbol: Int] = [:]
        for symbol in sum.symbols {
            table[symbol] = atoms.count
            if let scalar = Self.scalarSymbols.firstIndex(of: symbol) {
                atoms.append(.scalar(scalar))
                continue
            }
            guard let (kind, arguments) = Vector3Space.decompose(symbol) else {
                throw Stage3QuadratureFailure("unexpected symbol \(symbol) in the derived |M|²")
            }
            let slots = try arguments.map { name -> Int in
                guard let i = Self.vectorNames.firstIndex(of: name) else { throw Stage3QuadratureFailure("unexpected vector \(name)") }
                return i
            }
            switch (kind, slots.count) {
            case ("dot", 2): atoms.append(.dot(slots[0], slots[1]))
            case ("triple", 3): atoms.append(.triple(slots[0], slots[1], slots[2]))
            default: throw Stage3QuadratureFailure("unexpected atom \(symbol)")
            }
        }
        for term in sum.terms {
            let degreeInP = term.monomial.powers.reduce(0) { total, power in
                let arguments = Vector3Space.decompose(power.symbol)?.arguments ?? []
                return total + arguments.filter { $0 == "P" }.count * power.exponent
            }
            guard degreeInP <= (secondOrder ? 2 : 1) else {
                throw Stage3QuadratureFailure("the derived |M|² has degree \(degreeInP) in P: \(term.monomial)")
            }
        }
        spinSummed = sum
        self.atoms = atoms
        compiled = try Stage3QuadratureCompiledPolynomial(sum, table: table)
    }

    /// Σ_ss'|M_ss'|² at the given vectors (q, P) and q0.
    func value(omega: SIMD3<Double>, omegaPrime: SIMD3<Double>, q: SIMD3<Double>, P: SIMD3<Double>, q0: Double,
               setting: Stage3QuadratureSetting, m: Double) -> Double {
        let vectors = [omega, omegaPrime, SIMD3(0, 0, 1), q, P]
        let scalars = [setting.GF, setting.cV, setting.cA, setting.F2, m, q0]
        let x = atoms.map { atom -> Double in
            switch atom {
            case .scalar(let i): return scalars[i]
            case let .dot(a, b): return (vectors[a] * vectors[b]).sum()
            case let .triple(a, b, c): return (vectors[a] * Vector3Space.crossProduct(vectors[b], vectors[c])).sum()
            }
        }
        return compiled.value(x)
    }

    /// ∫dμ(p) Σ|M|²(P = 2p⃗ + q⃗): with ⟨P⟩ = 2⟨p⃗⟩ + q⃗⟨1⟩ and
    /// ⟨P_iP_j⟩ = 4⟨p_ip_j⟩ + 2(q_i⟨p_j⟩ + ⟨p_i⟩q_j) + q_iq_j⟨1⟩.
    func averaged(_ moments: OrderTmNucleonMoments, omega: SIMD3<Double>, omegaPrime: SIMD3<Double>, q: SIMD3<Double>, q0: Double,
                  setting: Stage3QuadratureSetting, m: Double) -> Double {
        func f(_ P: SIMD3<Double>) -> Double { value(omega: omega, omegaPrime: omegaPrime, q: q, P: P, q0: q0, setting: setting, m: m) }
        let unit = [SIMD3<Double>(1, 0, 0), SIMD3(0, 1, 0), SIMD3(0, 0, 1)]
        let f0 = f(.zero)
        let plus = unit.map { f($0) }, minus = unit.map { f(-$0) }
        let mean = 2 * SIMD3(moments.first[1], moments.first[2], moments.first[3]) + moments.zeroth * q
        var total = f0 * moments.zeroth
        for i in 0..<3 {
            let gradient = (plus[i] - minus[i]) / 2
            total += gradient * mean[i]
            for j in 0..<3 {
                // H_ii = (f(e_i) + f(−e_i))/2 − f(0); H_ij = (f(e_i + e_j) − f(e_i) − f(e_j) + f(0))/2.
                let hessian = i == j ? (plus[i] + minus[i]) / 2 - f0 : (f(unit[i] + unit[j]) - plus[i] - plus[j] + f0) / 2
                let pp = 4 * moments.second[i + 1][j + 1] + 2 * (q[i] * moments.first[j + 1] + moments.first[i + 1] * q[j])
                    + q[i] * q[j] * moments.zeroth
                total += hessian * pp
            }
        }
        return total
    }
}

/// The reference first moment V (B = 0) for one particle and one model.
struct OrderTmReference {
    let setting: Stage3QuadratureSetting
    let model: OrderTmModel
    let grid: OrderTmGrid

    func firstMoment(_ particle: Particle, tOverM: Double) throws -> SIMD3<Double> {
        let s = setting, T = s.T, k = s.k, m = T / tOverM, delta = tOverM.squareRoot()
        let profiles = s.profiles
        let gas = OrderTmNucleonGas(m: m, T: T, n: s.n, model: model, panels: grid.xPanels, nodes: grid.xNodes)
        let polynomial = model.matrixElement == .exact
            ? nil : try OrderTmPolynomialMatrixElement(particle, secondOrder: model.matrixElement == .secondOrder)
        let numeric: NumericParticle = particle == .nu ? .nu : .nubar
        let f0k = profiles.f0(k), hk = profiles.h(k)
        let omega = SIMD3<Double>(0, 0, 1)
        var total = SIMD3<Double>(0, 0, 0)
        for (w, weightW) in Stage3QuadratureGaussLegendre.rule(grid.outer.wNodes, from: 0, to: 2.0.squareRoot()) {
            let muPrime = 1 - w * w, epsilon = 2 * w * delta
            let sinPrime = w * (2 - w * w).squareRoot()
            let omegaPrime = SIMD3(sinPrime, 0, muPrime)
            let lepton = model.matrixElement == .exact
                ? OrderTmLeptonVertex(numeric, omega: omega, omegaPrime: omegaPrime, cV: s.cV, cA: s.cA, F2: s.F2, m: m) : nil
            for (weightU, kin) in grid.uNodes(k: k, w: w, delta: delta, m: m, T: T) {
                let qVector = SIMD3(-kin.kPrime * sinPrime, 0, kin.qOmega)
                let qHat = qVector / (qVector * qVector).sum().squareRoot()
                let moments = gas.moments(q0: kin.q0, q2: kin.q2, qHat: qHat)
                let averaged: Double
                if let polynomial {
                    averaged = polynomial.averaged(moments, omega: omega, omegaPrime: omegaPrime, q: qVector, q0: kin.q0, setting: s, m: m)
                } else if let lepton {
                    let q4 = [kin.q0, qVector.x, qVector.y, qVector.z]
                    let contraction = OrderTmDiracContraction(vertex: lepton.vertex(q4))
                    averaged = s.GF * s.GF / 2 * contraction.averagedTrace(moments, q4: q4, m: m).re / (4 * m * m)
                } else {
                    throw Stage3QuadratureFailure("no matrix element for model \(model)")
                }
                let rate = kin.kPrime * kin.kPrime / Foundation.pow(2 * Double.pi, 3) * averaged
                let boltzmann = exp(-kin.q0 / T), f0p = profiles.f0(kin.kPrime)
                let C = boltzmann * (1 - f0k) + f0k
                let D = -(boltzmann * f0p + 1 - f0p)
                // dk' dμ' = (εk du)(2w dw); the azimuths give 2π, the Ω average μ' (C) and 1 (D).
                let jacobian = weightW * weightU * epsilon * k * 2 * w
                total += jacobian * 2 * Double.pi * rate * (C * muPrime * profiles.h(kin.kPrime) + D * hk)
            }
        }
        return total
    }
}

/// The derived field-free V = V0 + (T/m) V2 (Eqs. 32, 34, 35) for the same setting.
struct OrderTmDerived {
    let leading: SIMD3<Double>, orderTm: SIMD3<Double>

    init(_ particle: Particle, setting: Stage3QuadratureSetting) throws {
        let moments = try Stage3QuadratureTests.derived.get().moments[particle]!
        let series = Stage3QuadratureDerivedMoment(setting: setting, moments: moments)
        guard Set(moments.keys).isSubset(of: [0, 1, 2]) else {
            throw Stage3QuadratureFailure("derived moments of orders \(moments.keys.sorted()), expected 0 and 2 in δ")
        }
        leading = try series.order(0).fieldFree
        orderTm = try series.order(2).fieldFree
        guard stage3QuadratureNorm(try series.order(1).fieldFree) == 0 else { throw Stage3QuadratureFailure("odd order δ¹ present") }
    }

    func value(tOverM: Double) -> SIMD3<Double> { leading + tOverM * orderTm }
}

extension OrderTmGrid {
    /// The outer u-nodes at fixed w, with their weights and kinematics: the u-window as in
    /// Stage3Quadrature (k' ≥ 0, the exponent of the nucleon distribution below the cutoff), cut
    /// into panels of Gauss-Legendre nodes.
    func uNodes(k: Double, w: Double, delta: Double, m: Double, T: Double) -> [(weight: Double, kin: Stage3Quadrature.Kinematics)] {
        func kinematics(_ u: Double) -> Stage3Quadrature.Kinematics { Stage3Quadrature.kinematics(k: k, w: w, delta: delta, u: u) }
        func exponent(_ u: Double) -> Double {
            let kin = kinematics(u), recoil = kin.q2 / (2 * m)
            return (kin.q0 - recoil) * (kin.q0 - recoil) / (4 * T * recoil)
        }
        let lowest = -1 / (2 * w * delta)
        var hi = 0.0, lo = 0.0
        while exponent(hi) < outer.exponentCutoff && hi < 1e4 { hi += 0.25 }
        while exponent(lo) < outer.exponentCutoff && lo > lowest { lo = max(lo - 0.25, lowest) }
        let panels = max(1, Int(((hi - lo) / outer.uPanelWidth).rounded(.up)))
        let width = (hi - lo) / Double(panels)
        return (0..<panels).flatMap { panel in
            let a = lo + Double(panel) * width
            return Stage3QuadratureGaussLegendre.rule(outer.uNodesPerPanel, from: a, to: a + width).map { ($0.1, kinematics($0.0)) }
        }
    }
}
