import Algebra
import Dirac

/// |M_ss'|² to second order in the nucleon momentum (issue 14, item 1): the terms p²/m², P²/m²,
/// p·P/m², q²/m², q·P/m² that Stage 1 drops, and which reach O(T/m) after the thermal average
/// (⟨p²⟩/m² ≈ 3T/m).
///
/// Inputs as in Stage 1 (the vertex of Eq. 1 from the seeds, the V−A lepton tensor), but the
/// density matrices are the exact covariant projectors (p̸ + m)(1 + γ5S̸)/2m expanded to
/// O(p²/m²) instead of Eq. (2):
/// - p = E e0 + p̃ with E = (m² + p⃗²)^{1/2} = m + p⃗²/2m + O(p⁴/m³);
/// - S = s(p^3/m, B̂ + p^3 p⃗/(m(E + m))), the exact boost of the rest-frame spin s B̂:
///   S = s[B + (p^3/m) e0 + (p^3/2m²) p̃] + O(p³/m³);
/// - the energy transfer in the vertex is fixed by energy conservation,
///   q0 = E' − E = (p⃗'² − p⃗²)/2m = P⃗·q⃗/2m (+ O(1/m³)).
/// With ūu = 1 spinors (Eq. 7) the rate carries |M|² as it is; the Lorentz-invariant phase space
/// adds the flux factor m²/(E E') = 1 − (P⃗² + q⃗²)/4m², given separately.
public enum SecondOrderMatrixElement {
    /// 1/m counts 1, q0 counts 1 (q0 = P·q/2m); truncation at the second order.
    public static let weights: [Symbol: Int] = [PaperSymbols.m: -1, PaperSymbols.q0: 1]
    public static let truncation = Truncation(weights: weights, maxOrder: 2)

    static func m(_ e: Int) -> Polynomial { Polynomial(PaperSymbols.m, e) }

    /// The covariant spin projector (p̸ + m)(1 + γ5S̸)/2m to O(p²/m²), for momentum `p`
    /// (the spatial 4-vector p̃ = (0, p⃗)) and spin `s` along B̂.
    public static func densityMatrix(momentum p: String, spin s: Symbol) throws -> DiracExpression {
        let e0 = DiracExpression.gamma(fixed: 0)
        let pSquared = -LorentzAtom.scalarProduct(p, p)                        // p⃗² = −p̃·p̃
        let energy = try m(1) + pSquared * m(-1).scaled(by: .half)
        let pSlash = try e0.scaled(by: energy) + .slash(p)
        let p3 = -LorentzAtom.scalarProduct(p, PaperSymbols.bHat)              // p^3 = p⃗·B̂
        let boost = try DiracExpression.slash(p).scaled(by: p3 * m(-2).scaled(by: .half))
        let sSlash = try (DiracExpression.slash(PaperSymbols.bHat) + e0.scaled(by: p3 * m(-1)) + boost).scaled(by: Polynomial(s))
        let projector = try (pSlash + DiracExpression(scalar: m(1)))
            .multiplied(by: try DiracExpression.identity + DiracExpression.gamma5 * sSlash, truncation: nil)
        return try projector.scaled(by: m(-1).scaled(by: .half))
    }

    /// H^{μν} = tr[ρ(p',s') Γ^μ ρ(p,s) Γ̄^ν] to second order.
    public static func hadronTensor(_ inputs: Stage1Inputs) throws -> TensorExpression {
        let initial = try densityMatrix(momentum: "p", spin: PaperSymbols.s)
        let final = try densityMatrix(momentum: "p'", spin: PaperSymbols.sPrime)
        var budget = inputs.termBudget
        var product = final
        for factor in [try inputs.vertex(index: "mu"), initial, try inputs.vertex(index: "nu").bar] {
            product = try product.multiplied(by: factor, truncation: truncation, budget: &budget)
        }
        return try trace(product, budget: &budget)
    }

    /// |M_ss'|² (ūu = 1 spinors) to second order for ν or ν̄, in the 3-vector invariants of
    /// Stage 1 (Ω, Ω', B̂, q, P, s, s'), with q0 = P·q/2m substituted (B = 0 energy conservation).
    public static func squared(_ particle: Particle, inputs: Stage1Inputs, hadron: TensorExpression) throws -> Polynomial {
        let q0 = try Polynomial(Vector3Space.dotSymbol(PaperSymbols.P, PaperSymbols.q)) * m(-1).scaled(by: .half)
        return truncation.apply(try squaredWithEnergyTransfer(particle, hadron: hadron, budget: inputs.termBudget)
            .substituting(PaperSymbols.q0, with: q0))
    }

    /// The same with q0 = k − k' kept as the neutrino's energy transfer. In a field, energy
    /// conservation reads q0 = P·q/2m + μ_B B(s − s') (E = −sμ_B B + p²/2m), so the vertex's q0 is
    /// not P·q/2m; kept as a symbol it is exact for B ≠ 0. (The result turns out to have no q0 at
    /// this order, so both forms agree; `OrderTmRate` uses this one so that nothing depends on it.)
    public static func squaredWithEnergyTransfer(_ particle: Particle, hadron: TensorExpression,
                                                 budget: Budget) throws -> Polynomial {
        let contracted = try SquaredMatrixElement.contracted(particle, hadron: hadron, budget: budget)
        let expanded = try truncation.apply(SquaredMatrixElement.kinematics.apply(to: contracted))
        let split = try SquaredMatrixElement.split.apply(to: expanded)
        return try split * Polynomial(PaperSymbols.GF, 2).scaled(by: Stage1Derivation.unitSpinorNormalization * .half)
    }

    /// m²/(E E') = 1 − (p⃗² + p⃗'²)/2m² = 1 − (P⃗² + q⃗²)/4m², to second order.
    public static var fluxFactor: Polynomial {
        get throws {
            let pp = Polynomial(Vector3Space.dotSymbol(PaperSymbols.P, PaperSymbols.P))
            let qq = Polynomial(Vector3Space.dotSymbol(PaperSymbols.q, PaperSymbols.q))
            return try Polynomial.one - (pp + qq) * m(-2).scaled(by: Rational(1, 4))
        }
    }

    /// The second-order part (the coefficient of 1/m² times 1/m²) of a result of `squared`.
    public static func secondOrderPart(_ m2: Polynomial) -> Polynomial {
        m2.part(ofOrder: 2, weights: weights)
    }
}
