import XCTest
import TestSupport
import Algebra
@testable import Derivation

/// Stage 4: κ0 (Eq. 39), the form of Eq. (40) and Eqs. (41)-(45) from the derived first moment;
/// the solved h satisfies the first moment of Eq. (24); perturbed claims flip their verdicts.
final class Stage4VerdictTests: XCTestCase {
    /// Stages 3 and 4 of the derivation shared by the test process.
    static let stage3 = RepositoryDerivation.verification.map(\.stage3.derivation)
    static let derivations = RepositoryDerivation.verification.map { (definitions: $0.stage4.definitions, grouping: $0.stage4.grouping) }

    func compare(_ seeds: SeedFile, stage3Seeds: SeedFile? = nil) throws -> Stage4Check.Result {
        let d = try Self.derivations.get()
        return try Stage4Check(seeds: seeds).compare(definitions: d.definitions, grouping: d.grouping, stage3: try Self.stage3.get(),
                                                     stage3Seeds: stage3Seeds ?? RepositorySeeds.load("stage3.claims"))
    }

    func rows(_ result: Stage4Check.Result) -> [String: CheckRow] {
        Dictionary(uniqueKeysWithValues: result.rows.map { ($0.id, $0) })
    }

    func parse(_ text: String) throws -> Polynomial {
        try ExpressionParser(context: ParseContext(scalars: .any, vectors: ["W", "W_1", "W_2", "B"], unitVectors: ["B"]))
            .parsePolynomial(text)
    }

    /// Under the paper's definitions (Eqs. 29-30) κ0, δ(2) and ε(3) agree; the W_1 bracket of
    /// Eq. (40) loses its 6T/k, and δ(1), ε(1), ε(2) differ by the exact amounts below.
    func testVerdictsUnderThePaperDefinitions() throws {
        let r = rows(try compare(RepositorySeeds.load("stage4.claims")))
        for id in ["eq39", "eq42", "eq45"] { XCTAssertEqual(r[id]?.verdict, .match, id) }
        for id in ["eq40", "eq41", "eq43", "eq44"] { XCTAssertEqual(r[id]?.verdict, .mismatch, id) }
        let w1 = Symbol("vec(W_1)")
        XCTAssertEqual(r["eq40"]?.difference?.coefficient(of: w1, exponent: 1), try parse("-8*T*cA^2*k/m*C5^(-1)"))
        XCTAssertEqual(r["eq40"]?.difference?.coefficient(of: w1, exponent: 0), .zero, "only the W_1 bracket differs")
        XCTAssertEqual(r["eq41"]?.difference, try parse("2/m*C5^(-1)*((39*cA^2 + 5*cV^2)*T - 3*cA^2*k + 6*cA^2*f0*k)"))
        XCTAssertEqual(r["eq44"]?.difference, try parse("-8*cA*cV/m*C5^(-2)*(5*cA^2 + cV^2)*muBB"))
        XCTAssertEqual(r["eq43"]?.difference, try parse("4*cA/(T*m)*C5^(-2)*((F2*cA^2 + 5*F2*cV^2 - 14*cA^2*cV + 2*cV^3)*T*muBB "
            + "- (5*cA^2*cV + cV^3)*k*muBB + (10*cA^2*cV + 2*cV^3)*f0*k*muBB)"))
        for id in ["eq41", "eq43", "eq44"] { XCTAssertTrue(r[id]?.note?.contains("printed") == true, id) }
        XCTAssertEqual(r["check.eq40.printed"]?.verdict, .mismatch)
    }

    /// The grouping (k³/2π² through ∂/∂k) reproduces every printed coefficient but the sign of Eq. (41).
    func testTheGroupingReproducesThePrintedCoefficients() throws {
        let r = rows(try compare(RepositorySeeds.load("stage4.claims")))
        for id in ["check.eq40.grouping", "check.eq42.grouping", "check.eq43.grouping", "check.eq44.grouping", "check.eq45.grouping"] {
            XCTAssertEqual(r[id]?.verdict, .match, id)
        }
        // Only the sign of 5(cV² + 9cA²)T/k: derived − printed = 10(cV² + 9cA²)T/(m(cV² + 5cA²)).
        XCTAssertEqual(r["check.eq41.grouping"]?.difference, try parse("10*T*(cV^2 + 9*cA^2)/m*C5^(-1)"))
        let fixed = rows(try compare(RepositorySeeds.mutated("stage4.claims", replacing: "- 5*(cV^2 + 9*cA^2)*T/k",
                                                             with: "+ 5*(cV^2 + 9*cA^2)*T/k")))
        XCTAssertEqual(fixed["check.eq41.grouping"]?.verdict, .match)
        XCTAssertEqual(fixed["eq41"]?.verdict, .mismatch, "the grouping, not the sign, under the definitions")
    }

    /// A perturbed printed coefficient flips its row (and only the rows that read it), with
    /// exactly the perturbation as the change of the difference.
    func testPerturbationsFlipTheirRow() throws {
        let original = rows(try compare(RepositorySeeds.load("stage4.claims")))
        let cases: [(String, String, String, String)] = [
            ("2*GF^2*k^2/(3*pi)*n*(cV^2 + 5*cA^2)", "2*GF^2*k^2/(3*pi)*n*(cV^2 + 4*cA^2)", "eq39", "2*GF^2*k^2/(3*pi)*n*cA^2"),
            ("4*k/(3*m)*cA^2/C5", "4*k/(3*m)*cV^2/C5", "eq42", "4*k/(3*m)*(cA^2 - cV^2)*C5^(-1)"),
            ("cV*cA^2*(5 + 34*T/k)", "cV*cA^2*(5 + 33*T/k)", "eq44", "4*k/(3*m)*muBB/T*cA*C5^(-2)*cV*cA^2*T/k"),
            ("4*muBB/(3*m)*cV*cA/C5", "-4*muBB/(3*m)*cV*cA/C5", "eq45", "8*muBB/(3*m)*cV*cA*C5^(-1)"),
        ]
        for (from, to, id, change) in cases {
            let r = rows(try compare(RepositorySeeds.mutated("stage4.claims", replacing: from, with: to)))
            XCTAssertEqual(r[id]?.verdict, .mismatch, "\(id) after \(to)")
            let before = original[id]?.difference ?? .zero, after = try XCTUnwrap(r[id]?.difference, id)
            XCTAssertEqual(after - before, try parse(change), id)
            let flipped = ["eq39", "eq42", "eq45"].filter { r[$0]?.verdict == .mismatch }
            XCTAssertEqual(flipped, ["eq39", "eq42", "eq45"].contains(id) ? [id] : [], to)
        }
        // The form of Eq. (40): a changed bracket changes the difference by exactly its δ(2) k W_1 term.
        let r = rows(try compare(RepositorySeeds.mutated("stage4.claims", replacing: "(1 - 2*f0 + 6*T/k)*k*W_1",
                                                        with: "(1 - 2*f0 + 5*T/k)*k*W_1")))
        let change = r["eq40"]!.difference! - original["eq40"]!.difference!
        XCTAssertEqual(change, try parse("4/3*T*cA^2*k/m*C5^(-1)") * Polynomial(Symbol("vec(W_1)")))
        XCTAssertEqual(r["check.eq40.grouping"]?.verdict, .mismatch)
    }

    /// The paper's definitions by hand: the k^{-3} of h0 = −(2π²/3k³)W moves −(3/2)δ(2)(3(1 − 2f0) + 6T/k)
    /// into δ(1) and cancels the 6T/k of the ∂W/∂k bracket.
    func testPlainCalculusCoefficients() throws {
        let result = try compare(RepositorySeeds.load("stage4.claims"))
        let couplings = result.definitions.kappaCouplings
        XCTAssertEqual(couplings, try parse("cV^2 + 5*cA^2"))
        let d1 = try Stage4Check.cleared(result.coefficients[.definitions]![.delta1]!, couplings: couplings)
        XCTAssertEqual(d1, try parse("k/m*C5^(-1)*(-3*(cV^2 + 5*cA^2)*(1 - 2*f0) + (5*cV^2 + 33*cA^2)*T/k + 2*(cV^2 + 5*cA^2)*k*f0_1)"))
        let d2 = try Stage4Check.cleared(result.coefficients[.definitions]![.delta2]!, couplings: couplings)
        XCTAssertEqual(d2, try parse("4*k/(3*m)*cA^2*C5^(-1)"))
        let w1 = try Stage4Check.cleared(result.definitions.flux.coefficient(of: .vector("W_1")), couplings: couplings)
        XCTAssertEqual(w1, try parse("4*k/(3*m)*cA^2*C5^(-1)*(1 - 2*f0)*k"))
        // ε(3) is the same in both readings (the highest derivative); the old names still resolve.
        XCTAssertEqual(result.coefficients[.definitions]![.epsilon3], result.coefficients[.grouping]![.epsilon3])
        XCTAssertEqual(result.coefficients[.literal]![.epsilon1], result.coefficients[.definitions]![.epsilon1])
        XCTAssertEqual(result.coefficients[.paper]![.epsilon1], result.coefficients[.grouping]![.epsilon1])
    }

    /// The solved h satisfies (1/3)∇(f0 + g) = V[h] through δ² and first order in μ_B B, for
    /// ν and ν̄, with V re-evaluated from Stage 3's moments (plain calculus).
    func testSolvedHSatisfiesTheFirstMoment() throws {
        let s3 = try Self.stage3.get()
        let d = try Self.derivations.get().definitions
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
