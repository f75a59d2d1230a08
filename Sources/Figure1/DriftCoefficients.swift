import Algebra
import Derivation

/// ε(1), ε(2), ε(3) of Eq. (40) as numeric functions of k for scattering on neutrons, made from
/// the exact polynomials (printed Eqs. 43-45, or derived by Stage 4): C5 = c_V² + 5c_A² cleared
/// and δ² → T/m (`Stage4Check.cleared`), then T, m = m_n, μ_B B = μ_n μ_N B and the νn couplings
/// of Table I substituted; k, f0 = 1/(e^{k/T} + 1) and its k-derivatives stay variables.
public struct DriftCoefficients: Sendable {
    /// Where the coefficients come from.
    public enum Source: String, Sendable, CaseIterable {
        /// Eqs. (43)-(45) as printed (seeds/stage4.claims).
        case printed
        /// Derived under the paper's definitions, Eqs. (29)-(30) with ∂/∂k acting on k³ too
        /// (`Stage4Derivation.Reading.literal`).
        case derived
    }

    public let source: Source
    /// The plain T/m polynomials (C5 as a symbol with a negative power), "e1", "e2", "e3".
    public let polynomials: [String: Polynomial]
    let e1: CompiledCoefficient, e2: CompiledCoefficient, e3: CompiledCoefficient

    public static let names = Eq40Coefficient.drift.map(\.rawValue)
    static let variables = [Stage2Derivation.k, Symbol("f0"), Symbol("f0_1"), Symbol("f0_2")]

    /// The coefficients of `source` from a finished derivation.
    public static func polynomials(_ source: Source, verification: Verification) throws -> [String: Polynomial] {
        let couplings = verification.stage4.paper.kappaCouplings
        var result: [String: Polynomial] = [:]
        for coefficient in Eq40Coefficient.drift {
            let recorded = source == .printed ? verification.stage4.printedCoefficients : verification.stage4.coefficients[.literal]
            guard let raw = recorded?[coefficient] else {
                throw AlgebraError.undefined("Fig. 1: Stage 4 has no \(source.rawValue) \(coefficient.rawValue)")
            }
            result[coefficient.rawValue] = try Stage4Check.cleared(raw, couplings: couplings)
        }
        return result
    }

    /// `muBB` is μ_B B of the target nucleon (MeV), `mass` its mass m (MeV).
    public init(source: Source, polynomials: [String: Polynomial], couplings c: TableICouplings,
                temperature: Double, mass: Double, muBB: Double) throws {
        self.source = source
        self.polynomials = polynomials
        let constants: [Symbol: Double] = [
            Stage2Derivation.T: temperature, PaperSymbols.m: mass, Stage2Derivation.muBB: muBB, Stage2Derivation.pi: Double.pi,
            PaperSymbols.cV: c.cV, PaperSymbols.cA: c.cA, PaperSymbols.F2: c.F2, Stage4Derivation.c5: c.scatteringSum,
        ]
        func compile(_ name: String) throws -> CompiledCoefficient {
            guard let p = polynomials[name] else { throw AlgebraError.undefined("Fig. 1: no coefficient \(name)") }
            return try CompiledCoefficient(p, constants: constants, variables: Self.variables)
        }
        e1 = try compile("e1")
        e2 = try compile("e2")
        e3 = try compile("e3")
    }

    /// (ε(1), ε(2), ε(3)) at k, with f0 and its derivatives at k.
    public func callAsFunction(k: Double, f0: (f: Double, df: Double, d2f: Double)) -> (Double, Double, Double) {
        let v = SIMD4(k, f0.f, f0.df, f0.d2f)
        return (e1(v), e2(v), e3(v))
    }
}

extension DriftCoefficients {
    /// True when Stage 4 in the paper's grouping (k³/2π² carried through ∂/∂k as a constant)
    /// gives exactly the printed ε(1..3), with C5 = c_V² + 5c_A² substituted.
    public static func paperGroupingReproducesPrinted(verification v: Verification) throws -> Bool {
        let couplings = v.stage4.paper.kappaCouplings, c5 = Stage4Derivation.c5
        for coefficient in Eq40Coefficient.drift {
            guard let grouped = v.stage4.coefficients[.paper]?[coefficient], let printed = v.stage4.printedCoefficients[coefficient] else {
                return false
            }
            let difference = try Stage4Check.cleared(grouped - printed, couplings: couplings)
            let depth = difference.terms.map { -$0.monomial.exponent(of: c5) }.max() ?? 0
            if !(try (difference * Polynomial(c5, max(depth, 0))).substituting(c5, with: couplings).isZero) { return false }
        }
        return true
    }
}
