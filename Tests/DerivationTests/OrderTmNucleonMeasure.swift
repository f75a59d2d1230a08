import Foundation

// Issue 14, the numeric reference with no expansion in p/m or T/m: the nucleon side.
//
// At fixed energy transfer q0 and momentum transfer q⃗ the rate of Eq. (7) needs, for a
// nondegenerate (Maxwell–Boltzmann, no blocking) nucleon gas, the moments of the measure
//
//     dμ(p) = d³p/(2π)³ 2π δ(E_p + q0 − E_{p+q}) f_N(p) φ(p),
//
// with p⃗ split into p_∥ along q̂ and p_⊥ = (2mT x)^{1/2} (cos φ, sin φ). The δ-function fixes
// p_∥ in closed form, the φ integral is done analytically, and x is a Gauss–Legendre sum.
// Nothing here expands in p/m or T/m unless the model asks for the paper's approximations.

/// What the reference keeps exact; each switch off is one of the paper's approximations.
struct OrderTmModel: CustomStringConvertible, Sendable {
    /// E_p = (m² + p²)^{1/2} in the energy δ-function and the weight e^{−(E_p − m)/T} normalized
    /// to n; off: the paper's E_p = m + p²/2m and e^{μ_N/T} = n(2π³/m³T³)^{1/2} (Eq. 18).
    var relativisticKinematics: Bool
    /// The factor m²/(E_p E_p') of the Lorentz-invariant phase space when |M|² is written with
    /// ūu = 1 spinors; off: 1, as in Eq. (7).
    var fluxFactor: Bool
    /// Which spin-summed |M|²: the derived first-order one of Eqs. (4)-(6) (the paper's), the
    /// second-order one of `SecondOrderMatrixElement` (both averaged with ⟨P⟩, ⟨P_iP_j⟩), or the
    /// explicit Dirac trace with the exact projectors (p̸ + m)/2m.
    var matrixElement: MatrixElement

    enum MatrixElement: String, Sendable { case firstOrder = "1st-order |M|²", secondOrder = "2nd-order |M|²", exact = "exact |M|²" }

    /// The paper's approximations (what Stages 2-3 integrate).
    static let paper = OrderTmModel(relativisticKinematics: false, fluxFactor: false, matrixElement: .firstOrder)
    /// Exact relativistic kinematics and distribution, first-order |M|², no flux factor.
    static let kinematicsOnly = OrderTmModel(relativisticKinematics: true, fluxFactor: false, matrixElement: .firstOrder)
    /// As `kinematicsOnly`, with the flux factor m²/(E_p E_p').
    static let kinematicsAndFlux = OrderTmModel(relativisticKinematics: true, fluxFactor: true, matrixElement: .firstOrder)
    /// As `kinematicsAndFlux`, with |M|² to second order in the nucleon momentum.
    static let secondOrder = OrderTmModel(relativisticKinematics: true, fluxFactor: true, matrixElement: .secondOrder)
    /// The reference: nothing expanded.
    static let exact = OrderTmModel(relativisticKinematics: true, fluxFactor: true, matrixElement: .exact)

    /// The ladder from the paper's model to the exact one, one switch at a time.
    static let ladder: [OrderTmModel] = [.paper, .kinematicsOnly, .kinematicsAndFlux, .secondOrder, .exact]

    var description: String {
        if !relativisticKinematics && !fluxFactor && matrixElement == .firstOrder { return "paper" }
        if relativisticKinematics && fluxFactor && matrixElement == .exact { return "exact" }
        return [relativisticKinematics ? "rel.kin" : "NR kin", fluxFactor ? "flux" : "no flux", matrixElement.rawValue]
            .joined(separator: ", ")
    }
}

/// ∫dμ(p) (1, p^a, p^a p^b) with p^a = (E_p, p⃗), a = 0…3.
struct OrderTmNucleonMoments {
    var zeroth = 0.0
    var first = SIMD4<Double>(0, 0, 0, 0)
    var second = [[Double]](repeating: [Double](repeating: 0, count: 4), count: 4)

    /// ⟨1, p^a, p^a p^b⟩ extended by p^4 = m (the unit matrix in p̸ + m).
    func extended(mass m: Double) -> (first: [Double], second: [[Double]]) {
        let f = [first[0], first[1], first[2], first[3], m * zeroth]
        var s = [[Double]](repeating: [Double](repeating: 0, count: 5), count: 5)
        for a in 0..<5 {
            for b in 0..<5 {
                switch (a, b) {
                case (4, 4): s[a][b] = m * m * zeroth
                case (4, _): s[a][b] = m * first[b]
                case (_, 4): s[a][b] = m * first[a]
                default: s[a][b] = second[a][b]
                }
            }
        }
        return (f, s)
    }
}

/// The nucleon gas: mass, temperature, density, model, and the x-grid of p_⊥² = 2mT x.
struct OrderTmNucleonGas {
    let m: Double, T: Double, n: Double
    let model: OrderTmModel
    /// Gauss–Legendre nodes and weights in x = p_⊥²/2mT on [0, xMax].
    let xRule: [(node: Double, weight: Double)]
    /// C in f_N = C e^{−K/T} (K the kinetic energy), fixed by n = 2 ∫d³p/(2π)³ f_N.
    let normalization: Double

    /// `panels` Gauss–Legendre panels of `nodes` nodes on [0, xMax]: e^{−xMax} ≈ 3e−20.
    init(m: Double, T: Double, n: Double, model: OrderTmModel, panels: Int = 9, nodes: Int = 10, xMax: Double = 45) {
        self.m = m; self.T = T; self.n = n; self.model = model
        var rule: [(node: Double, weight: Double)] = []
        let width = xMax / Double(panels)
        for i in 0..<panels {
            rule += Stage3QuadratureGaussLegendre.rule(nodes, from: Double(i) * width, to: Double(i + 1) * width)
        }
        xRule = rule
        let nonrelativistic = n / 2 * Foundation.pow(2 * Double.pi / (m * T), 1.5)
        normalization = model.relativisticKinematics
            ? nonrelativistic / OrderTmNucleonGas.relativisticPhaseSpaceRatio(tOverM: T / m) : nonrelativistic
    }

    /// ∫d³p e^{−(E_p − m)/T} / (2πmT)^{3/2} by quadrature in t = p/(2mT)^{1/2}
    /// (= 4πm²T K₂(m/T) e^{m/T}/(2πmT)^{3/2} = 1 + 15τ/8 + 105τ²/128 − …, τ = T/m).
    static func relativisticPhaseSpaceRatio(tOverM tau: Double) -> Double {
        var total = 0.0
        for panel in 0..<12 {
            for (t, w) in Stage3QuadratureGaussLegendre.rule(12, from: Double(panel) * 0.75, to: Double(panel + 1) * 0.75) {
                // K/T = p²/((E + m)T) = 2t²/(1 + (1 + 2τt²)^{1/2})
                let kinetic = 2 * t * t / (1 + (1 + 2 * tau * t * t).squareRoot())
                total += w * t * t * exp(-kinetic)
            }
        }
        // ∫d³p = 4π (2mT)^{3/2} ∫t² dt; divided by (2πmT)^{3/2}: 4π 2^{3/2}/(2π)^{3/2} = 4/√π.
        return 4 / Double.pi.squareRoot() * total
    }

    /// The nucleon on the energy shell at fixed p_⊥²: its p_∥, energy, kinetic energy and the Jacobian
    /// of the δ-function in p_∥, for an energy transfer q0 at momentum transfer q (Q² = q² − q0²).
    static func onShell(perp2: Double, q: Double, q0: Double, transverse2: Double, m: Double,
                        relativistic: Bool) -> (parallel: Double, energy: Double, kinetic: Double, jacobian: Double) {
        if relativistic {
            // E_{p+q} − E_p = q0 at fixed p_⊥: p_∥ = −q/2 + (q0/2)(1 + 4(m² + p_⊥²)/Q²)^{1/2},
            // the unique root; |∂(E' − E)/∂p_∥| = |qE − p_∥q0|/(E E').
            let parallel = -q / 2 + q0 / 2 * (1 + 4 * (m * m + perp2) / transverse2).squareRoot()
            let p2 = perp2 + parallel * parallel
            let energy = (m * m + p2).squareRoot()
            return (parallel, energy, p2 / (energy + m), energy * (energy + q0) / abs(q * energy - parallel * q0))
        }
        // q0 = (2p_∥ q + q²)/2m: p_∥ = mq0/q − q/2, Jacobian m/q.
        let parallel = m * q0 / q - q / 2
        let kinetic = (perp2 + parallel * parallel) / (2 * m)
        return (parallel, m + kinetic, kinetic, m / q)
    }

    /// The moments at (q0, q⃗); q² is passed separately to keep the cancellation-free value.
    func moments(q0: Double, q2: Double, qHat: SIMD3<Double>) -> OrderTmNucleonMoments {
        let q = q2.squareRoot()
        let transverse2 = (q - q0) * (q + q0)                   // Q² = q² − q0² > 0
        var s0 = 0.0, sE = 0.0, sEE = 0.0, sPar = 0.0, sEPar = 0.0, sParPar = 0.0, sPerp = 0.0
        for (x, weightX) in xRule {
            let perp2 = 2 * m * T * x
            let (parallel, energy, kinetic, jacobian) = Self.onShell(perp2: perp2, q: q, q0: q0, transverse2: transverse2,
                                                                     m: m, relativistic: model.relativisticKinematics)
            let flux = model.fluxFactor ? m * m / (energy * (energy + q0)) : 1
            // d³p/(2π)³ 2π = p_⊥dp_⊥ dφ dp_∥/(2π)², p_⊥dp_⊥ = mT dx, ∫dφ = 2π.
            let w = weightX * m * T / (2 * Double.pi) * jacobian * normalization * exp(-kinetic / T) * flux
            s0 += w; sE += w * energy; sEE += w * energy * energy
            sPar += w * parallel; sEPar += w * energy * parallel; sParPar += w * parallel * parallel
            sPerp += w * perp2 / 2                              // ⟨p_x²⟩ = ⟨p_y²⟩ = p_⊥²/2 over φ
        }
        var out = OrderTmNucleonMoments()
        out.zeroth = s0
        out.first = SIMD4(sE, sPar * qHat.x, sPar * qHat.y, sPar * qHat.z)
        let spatial = [qHat.x, qHat.y, qHat.z]
        out.second[0][0] = sEE
        for i in 0..<3 {
            out.second[0][i + 1] = sEPar * spatial[i]
            out.second[i + 1][0] = sEPar * spatial[i]
            for j in 0..<3 {
                let delta: Double = i == j ? 1 : 0
                out.second[i + 1][j + 1] = sParPar * spatial[i] * spatial[j] + sPerp * (delta - spatial[i] * spatial[j])
            }
        }
        return out
    }
}
