import Algebra
import Dirac

/// Issue 14, item 2: the rate of Eq. (9) completed at O(T/m) — Stage 2's coefficients plus the
/// terms that first-order |M|² and (A13) drop, for ν and ν̄, at first order in μ_B B.
///
/// The extra rate is, per (s, s'),
///
///     k'²/(2π)³ S0 (1 − δx) ⟨|M|²⁽²⁾ − |M|²⁽⁰⁾ (P² + q²)/4m²⟩_P,
///
/// with |M|²⁽²⁾ the 1/m² part of `SecondOrderMatrixElement` (q0 = k − k' kept), −(P² + q²)/4m²
/// the flux factor m²/(EE') − 1 of the invariant phase space, and ⟨·⟩_P the average over the
/// nucleon momenta (`NucleonMomentAverage`: the (A13) component along q and the transverse
/// second moment 4mT(δ_ij − q̂_iq̂_j)). Summed over s, s' and cut at first order in μ_B B as in
/// Stage 2. Nothing is assumed about which terms reach O(T/m): Stage 3 expands everything in
/// δ = (T/m)^{1/2} at fixed k/T and keeps δ²; the q²/m² and q·P/m² terms come out at δ⁴ and drop.
/// Not included (as in the paper): relativistic corrections to the nucleon kinematics and
/// distribution (measured to vanish at O(T/m) by the numeric reference at B = 0) and the change of
/// the nucleon spinors by the field itself.
public struct OrderTmRate: Sendable {
    /// The extra coefficients of Eq. (9) per particle (same layout as Stage 2's, factor S0 included).
    public let extra: [Particle: Stage2Derivation.Coefficients]
    /// Stage 2 with the extra coefficients added: the complete O(T/m) rate.
    public let completed: Stage2Derivation
    /// Terms of the extra rate that are not of the form of Eq. (9) (expected zero; checked as a row).
    public let remainders: [Particle: Polynomial]

    /// `keeping` selects the part of the extra |M|² (before the average) that is added; the
    /// default keeps all of it (tests pass e.g. only the P² terms to show where O(T/m) comes from).
    /// `budget` is the seeds' term budget (`--max-terms`), charged by the contractions.
    public init(seeds: SeedFile, stage2: Stage2Derivation, hadron: TensorExpression, budget: Budget,
                keeping select: (Polynomial) throws -> Polynomial = { $0 }) throws {
        let response = try seeds.polynomial("eq14.nondegenerate").substituting(Symbol("deltax"), with: stage2.deltaX)
            / Polynomial(Stage2Derivation.S0)
        let alongQ = try seeds.polynomial("eqA13")
        let weights = SecondOrderMatrixElement.weights
        var extra: [Particle: Stage2Derivation.Coefficients] = [:], remainders: [Particle: Polynomial] = [:]
        var completed: [Particle: Stage2Derivation.Coefficients] = [:]
        for particle in Particle.allCases {
            let m2 = try SecondOrderMatrixElement.squaredWithEnergyTransfer(particle, hadron: hadron, budget: budget)
            let leading = m2.part(ofOrder: 0, weights: weights)
            let added = try m2.part(ofOrder: 2, weights: weights) + leading * (SecondOrderMatrixElement.fluxFactor - .one)
            let averaged = try NucleonMomentAverage.averaged(try select(added) * response, alongQ: alongQ)
            let summed = try Stage2Derivation.spinSum(averaged)
            let (w0, wOm, wOmp, rest) = try Stage2Derivation.eq9Coefficients(summed)
            let e = Stage2Derivation.Coefficients(A0: .zero, deltaAOmega: .zero, deltaAOmegaPrime: .zero,
                                                  A0WM: w0, deltaBWM: wOm, deltaCWM: wOmp)
            extra[particle] = e
            remainders[particle] = rest
            let c = stage2.coefficients[particle]!
            completed[particle] = Stage2Derivation.Coefficients(
                A0: c.A0, deltaAOmega: c.deltaAOmega, deltaAOmegaPrime: c.deltaAOmegaPrime,
                A0WM: c.A0WM + w0, deltaBWM: c.deltaBWM + wOm, deltaCWM: c.deltaCWM + wOmp)
        }
        self.extra = extra
        self.remainders = remainders
        self.completed = Stage2Derivation(replacing: stage2, coefficients: completed)
    }
}

extension Stage2Derivation {
    /// The same x_min, x0, δx with other coefficients of Eq. (9) (the completed rate). The record
    /// stays the paper-order one: the completion's own steps are `OrderTmRate`'s.
    init(replacing base: Stage2Derivation, coefficients: [Particle: Coefficients]) {
        record = base.record
        self.coefficients = coefficients
        remainders = base.remainders
    }
}
