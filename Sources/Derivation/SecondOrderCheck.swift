import Algebra
import Dirac

/// Issue 14: the O(T/m) term of the B = 0 first moment that the first-order |M|² misses, from
/// `SecondOrderMatrixElement` (rows `check.order-Tm.*`, the fifth stage of `Verification`).
///
/// For k ≪ T (where Eq. 34 reduces to V0[1 + 5(c_V² + 9c_A²)/(c_V² + 5c_A²) T/m] and the kernel
/// C μ' + D to μ' − 1) the first moment is V = −κh with κ ∝ ⟨∫dΩ'/4π (1 − Ω·Ω') Σ_ss'|M|²⟩
/// over the nucleon gas. The terms the paper drops are the second-order part of Σ|M|² and the
/// flux factor m²/(EE') = 1 − (P² + q²)/4m² of the invariant phase space; with q → 0 and the
/// isotropic thermal average ⟨P_iP_j⟩ = 4mT δ_ij (P = 2p at q = 0; ⟨p²⟩ = 3mT) they add
///     δκ/κ0 = ⟨(1 − μ')(Σ|M|²⁽²⁾ − Σ|M|²⁽⁰⁾ P²/4m²)⟩ / ⟨(1 − μ')Σ|M|²⁽⁰⁾⟩.
/// The normalization κ0 = (2G_F²k²n/3π)(c_V² + 5c_A²) of Eq. (32) fixes the overall factor once
/// (κ/⟨(1 − μ')Σ|M|²⟩ = k²n/2π); the missing term of V is −(k²n/2π)⟨…⟩ h. Relativistic
/// kinematics and distribution add nothing at this order, and the result does not depend on k/T:
/// both are measured by the numeric reference (Tests/DerivationTests/OrderTm*.swift).
public enum SecondOrderCheck {
    /// The unit direction of P in the thermal average, and |P|.
    static let direction = "Pn", magnitude = Symbol("absP")
    static let space = Vector3Space(unitVectors: [PaperSymbols.omega, PaperSymbols.omegaPrime, PaperSymbols.bHat, direction])

    /// Σ over s, s' = ±1.
    public static func spinSummed(_ p: Polynomial) throws -> Polynomial {
        var sum = Polynomial.zero
        for s in [Rational(1), Rational(-1)] {
            for sPrime in [Rational(1), Rational(-1)] {
                sum = try sum + p.substituting([PaperSymbols.s: Polynomial(s), PaperSymbols.sPrime: Polynomial(sPrime)])
            }
        }
        return sum
    }

    /// q → 0: every term containing an invariant of q dropped.
    public static func forwardLimit(_ p: Polynomial) -> Polynomial {
        Polynomial.filtered(p) { term in
            !term.monomial.powers.contains { Vector3Space.decompose($0.symbol)?.arguments.contains(PaperSymbols.q) ?? false }
        }
    }

    /// The isotropic thermal average over P with ⟨P_iP_j⟩ = 4mT δ_ij: P = |P| n̂, the sphere
    /// average over n̂, then ⟨|P|²⟩ = 12mT (terms of higher degree in P are refused).
    public static func thermalAverage(_ p: Polynomial) throws -> Polynomial {
        var map: [Symbol: Polynomial] = [:]
        for symbol in p.symbols {
            guard let (kind, arguments) = Vector3Space.decompose(symbol), arguments.contains(PaperSymbols.P) else { continue }
            let renamed = arguments.map { $0 == PaperSymbols.P ? direction : $0 }
            let count = arguments.filter { $0 == PaperSymbols.P }.count
            let atom = kind == "dot" ? space.dot(renamed[0], renamed[1]) : space.triple(renamed[0], renamed[1], renamed[2])
            map[symbol] = try atom * Polynomial(magnitude, count)
        }
        let averaged = try AngularAverages.sphere(try p.substituting(map), over: direction, in: space)
        var total = Polynomial.zero
        for (exponent, coefficient) in averaged.collected(by: magnitude) {
            switch exponent {
            case 0: total = total + coefficient
            case 2:
                let meanSquare = try Polynomial(PaperSymbols.m) * Polynomial(Stage2Derivation.T) * Polynomial(Rational(12))
                total = try total + coefficient * meanSquare
            default: throw AlgebraError.undefined("thermal average: |P|^\(exponent) beyond second order")
            }
        }
        return total
    }

    /// ∫dΩ'/4π (1 − Ω·Ω') p: the transport average over the outgoing direction.
    public static func transportAverage(_ p: Polynomial) throws -> Polynomial {
        let weight = Polynomial.one - space.dot(PaperSymbols.omega, PaperSymbols.omegaPrime)
        return try AngularAverages.sphere(try weight * p, over: PaperSymbols.omegaPrime, in: space)
    }

    /// The pieces for one particle: the leading transport average ⟨(1 − μ')Σ|M|²⁽⁰⁾⟩ and the
    /// missing one ⟨(1 − μ')(Σ|M|²⁽²⁾ − Σ|M|²⁽⁰⁾(P² + q²)/4m²)⟩ at q → 0, thermally averaged.
    public static func transportAverages(_ secondOrder: Polynomial) throws -> (leading: Polynomial, missing: Polynomial) {
        let summed = try spinSummed(secondOrder)
        let weights = SecondOrderMatrixElement.weights
        let leading = summed.part(ofOrder: 0, weights: weights)
        let flux = try SecondOrderMatrixElement.fluxFactor - .one
        let extra = try SecondOrderMatrixElement.secondOrderPart(summed) + leading * flux
        let missing = try thermalAverage(forwardLimit(extra))
        return (try transportAverage(leading), try transportAverage(missing))
    }

    /// The rows: per particle, the missing term of V at O(T/m) as the coefficient of h,
    /// −(k²n/2π)⟨…⟩, and the check that the leading average reproduces κ0 of Eq. (32).
    /// `hadron` is `SecondOrderMatrixElement.hadronTensor(inputs)` when the caller has it already.
    public static func rows(stage1 inputs: Stage1Inputs, hadron given: TensorExpression? = nil) throws -> [CheckRow] {
        let hadron = try given ?? SecondOrderMatrixElement.hadronTensor(inputs)
        let k = Polynomial(Stage2Derivation.k), n = Polynomial(Stage3Derivation.n), inversePi = Polynomial(Stage2Derivation.pi, -1)
        let scale = try k * k * n * inversePi.scaled(by: .half)
        var log = RowLog()
        for particle in Particle.allCases {
            let m2 = try SecondOrderMatrixElement.squared(particle, inputs: inputs, hadron: hadron)
            let (leading, missing) = try transportAverages(m2)
            let cV = Polynomial(PaperSymbols.cV), cA = Polynomial(PaperSymbols.cA), gf = Polynomial(PaperSymbols.GF)
            let kappa0 = try gf * gf * k * k * n * inversePi * (cV * cV + cA * cA * Polynomial(Rational(5))) * Polynomial(try Rational(2, 3))
            log.add(try CheckRow.compare(id: "check.order-Tm.kappa0.\(particle.rawValue)", equation: "32", particle: particle,
                                             kind: .consistency, derived: try scale * leading, printed: kappa0,
                                             note: "k^2 n/2pi <(1 - Om.Om') sum|M|^2> = kappa0 (fixes the scale)"))
            // Eq. (34)'s T-term at k ≪ T is −(2G²k²n/3π)(T/m)·5(c_V² + 9c_A²) h; the complete one adds −scale·missing.
            let printed = try gf * gf * k * k * n * inversePi * Polynomial(try Rational(-2, 3))
                * Polynomial(Stage2Derivation.T) * Polynomial(PaperSymbols.m, -1) * (cV * cV + cA * cA * Polynomial(Rational(9))) * Polynomial(Rational(5))
            log.add(try CheckRow.compare(id: "check.order-Tm.eq34.\(particle.rawValue)", equation: "34", particle: particle,
                                             kind: .consistency, derived: try printed - scale * missing, printed: printed,
                                             note: "coefficient of h at O(T/m), k << T: second-order |M|^2 and m^2/(E E') added"))
        }
        return log.rows
    }
}
