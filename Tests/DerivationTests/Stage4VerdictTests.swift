import XCTest
import Algebra
@testable import Derivation

/// Stage 4: κ0 (Eq. 39), the form of Eq. (40) and Eqs. (41)-(45) from the derived first moment;
/// the solved h satisfies the first moment of Eq. (24); perturbed claims flip their verdicts.
final class Stage4VerdictTests: XCTestCase {
    static let stage3 = Result { () throws -> Stage3Derivation in
        let s1 = try Stage1Check(seeds: RepositorySeeds.stage1()).run()
        let s2 = try Stage2Check(seeds: RepositorySeeds.stage2()).run(stage1: s1).derivation
        return try Stage3Check(seeds: RepositorySeeds.load("stage3.claims")).run(stage2: s2).derivation
    }
    static let derivations = Result { () throws -> (paper: Stage4Derivation, literal: Stage4Derivation) in
        let s3 = try stage3.get()
        return (try Stage4Derivation(stage3: s3, reading: .paper), try Stage4Derivation(stage3: s3, reading: .literal))
    }

    func compare(_ seeds: SeedFile) throws -> Stage4Check.Result {
        let d = try Self.derivations.get()
        return try Stage4Check(seeds: seeds).compare(paper: d.paper, literal: d.literal)
    }

    func rows(_ result: Stage4Check.Result) -> [String: CheckRow] {
        Dictionary(uniqueKeysWithValues: result.rows.map { ($0.id, $0) })
    }

    func parse(_ text: String) throws -> Polynomial {
        try ExpressionParser(context: ParseContext(scalars: .any, vectors: ["W", "W_1", "W_2", "B"], unitVectors: ["B"]))
            .parsePolynomial(text)
    }

    func testVerdictsAndTheSignOfEq41() throws {
        let r = rows(try compare(RepositorySeeds.load("stage4.claims")))
        for id in ["eq39", "eq40", "eq42", "eq43", "eq44", "eq45"] { XCTAssertEqual(r[id]?.verdict, .match, id) }
        XCTAssertEqual(r["eq41"]?.verdict, .mismatch)
        // Only the sign of 5(cV² + 9cA²)T/k: derived − printed = 10(cV² + 9cA²)T/(m(cV² + 5cA²)).
        XCTAssertEqual(r["eq41"]?.difference, try parse("10*T*(cV^2 + 9*cA^2)/m*C5^(-1)"))
        XCTAssertEqual(r["eq40.literal"]?.verdict, .mismatch)
    }

    func testEq41WithThePlusSignOfEq34Matches() throws {
        let seeds = try RepositorySeeds.mutated("stage4.claims", replacing: "- 5*(cV^2 + 9*cA^2)*T/k", with: "+ 5*(cV^2 + 9*cA^2)*T/k")
        let r = rows(try compare(seeds))
        for id in ["eq39", "eq40", "eq41", "eq42", "eq43", "eq44", "eq45"] { XCTAssertEqual(r[id]?.verdict, .match, id) }
        // Plain calculus still differs from Eq. (40): the grouping, not the sign.
        XCTAssertEqual(r["eq40.literal"]?.verdict, .mismatch)
    }

    func testPerturbationsFlipTheirRow() throws {
        let cases: [(String, String, String)] = [
            ("2*GF^2*k^2/(3*pi)*n*(cV^2 + 5*cA^2)", "2*GF^2*k^2/(3*pi)*n*(cV^2 + 4*cA^2)", "eq39"),
            ("(1 - 2*f0 + 6*T/k)*k*W_1", "(1 - 2*f0 + 5*T/k)*k*W_1", "eq40"),
            ("4*k/(3*m)*cA^2/C5", "4*k/(3*m)*cV^2/C5", "eq42"),
            ("- F2*(5*cV^2 + cA^2))*(1 - 2*f0)", "- F2*(5*cV^2 + 2*cA^2))*(1 - 2*f0)", "eq43"),
            ("cV*cA^2*(5 + 34*T/k)", "cV*cA^2*(5 + 33*T/k)", "eq44"),
            ("4*muBB/(3*m)*cV*cA/C5", "4*muBB/(3*m)*cV*cA/C5^2", "eq45"),
        ]
        let alwaysMatching = ["eq39", "eq40", "eq42", "eq43", "eq44", "eq45"]
        for (original, replacement, id) in cases {
            let r = rows(try compare(RepositorySeeds.mutated("stage4.claims", replacing: original, with: replacement)))
            XCTAssertEqual(r[id]?.verdict, .mismatch, "\(id) after \(replacement)")
            XCTAssertNotNil(r[id]?.difference, id)
            XCTAssertEqual(alwaysMatching.filter { r[$0]?.verdict == .mismatch }, [id], replacement)
        }
    }

    /// The literal reading by hand: the k^{-3} of h0 = −(2π²/3k³)W moves −(3/2)δ(2)(3(1 − 2f0) + 6T/k)
    /// into δ(1) and cancels the 6T/k of the ∂W/∂k bracket.
    func testPlainCalculusCoefficients() throws {
        let result = try compare(RepositorySeeds.load("stage4.claims"))
        let couplings = result.paper.kappaCouplings
        XCTAssertEqual(couplings, try parse("cV^2 + 5*cA^2"))
        let d1 = try Stage4Check.cleared(result.coefficients[.literal]!["d1"]!, couplings: couplings)
        XCTAssertEqual(d1, try parse("k/m*C5^(-1)*(-3*(cV^2 + 5*cA^2)*(1 - 2*f0) + (5*cV^2 + 33*cA^2)*T/k + 2*(cV^2 + 5*cA^2)*k*f0_1)"))
        let d2 = try Stage4Check.cleared(result.coefficients[.literal]!["d2"]!, couplings: couplings)
        XCTAssertEqual(d2, try parse("4*k/(3*m)*cA^2*C5^(-1)"))
        let w1 = try Stage4Check.cleared(result.literal.flux.coefficient(of: .vector("W_1")), couplings: couplings)
        XCTAssertEqual(w1, try parse("4*k/(3*m)*cA^2*C5^(-1)*(1 - 2*f0)*k"))
        // ε(3) is the same in both readings (the highest derivative).
        XCTAssertEqual(result.coefficients[.literal]!["e3"], result.coefficients[.paper]!["e3"])
    }

    /// The solved h satisfies (1/3)∇(f0 + g) = V[h] through δ² and first order in μ_B B, for
    /// ν and ν̄, with V re-evaluated from Stage 3's moments (plain calculus).
    func testSolvedHSatisfiesTheFirstMoment() throws {
        let s3 = try Self.stage3.get()
        let d = try Self.derivations.get().literal
        let rho = try Polynomial(Stage2Derivation.pi, 2) * Polynomial(Stage2Derivation.k, -3).scaled(by: Rational(2))
        let kappa = try d.kappaMonomial * Polynomial(Stage4Derivation.c5)
        for particle in Particle.allCases {
            var v = VectorExpression.zero
            for (order, m) in s3.moments[particle]! { v = try v + Polynomial(Stage3Derivation.delta, order) * m }
            v = try Stage4Derivation.substitutingG(v, rho: rho)
            var derivatives = [d.h[particle]!]
            for _ in 1...3 { derivatives.append(try Stage4Derivation.kDerivative(derivatives.last!)) }
            var evaluated = VectorExpression.zero
            for t in v.terms {
                if case .vector(let name) = t.basis, let n = SymbolicFunction.vector("h").derivativeOrder(of: name) {
                    evaluated = try evaluated + t.coefficient * derivatives[n]
                } else {
                    evaluated = try evaluated + VectorExpression(collecting: [(t.basis, t.coefficient)])
                }
            }
            let lhs = try (rho * kappa).scaled(by: Rational(1, 3)) * VectorExpression("W")
            let residual = try Stage4Derivation.mapCoefficients(evaluated - lhs) { try Stage4Derivation.truncate($0) }
            for t in residual.terms {
                XCTAssertTrue(try Stage4Check.cleared(t.coefficient, couplings: d.kappaCouplings).isZero, "\(particle): \(t.basis)")
            }
            XCTAssertFalse(d.h[particle]!.coefficient(of: .vector("B")).isZero, "h has a drift part")
        }
    }
}
