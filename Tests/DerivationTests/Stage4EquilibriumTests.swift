import XCTest
import TestSupport
import Algebra
@testable import Derivation

/// The equilibrium rows: a uniform shift δμ of the neutrino chemical potential carries no flux.
/// The Fermi-Dirac derivatives against their closed forms, the residuals against a hand route,
/// and mutations of the printed Eqs. (33), (36), (37), (43)-(45) that the rows must catch.
final class Stage4EquilibriumTests: XCTestCase {
    func compare(stage4: SeedFile? = nil, stage3: SeedFile? = nil) throws -> [String: CheckRow] {
        let d = try Stage4VerdictTests.derivations.get()
        let result = try Stage4Check(seeds: stage4 ?? RepositorySeeds.load("stage4.claims"))
            .compare(definitions: d.definitions, grouping: d.grouping, stage3: try Stage4VerdictTests.stage3.get(),
                     stage3Seeds: stage3 ?? RepositorySeeds.load("stage3.claims"))
        return Dictionary(uniqueKeysWithValues: result.rows.map { ($0.id, $0) })
    }

    func parse(_ text: String) throws -> Polynomial {
        try ExpressionParser(context: ParseContext(scalars: .any, vectors: [], unitVectors: [])).parsePolynomial(text)
    }

    /// ∂ⁿf0/∂kⁿ of 1/(e^{(k−μ)/T} + 1): the closed forms through n = 3, and at n = 1…4 the value at
    /// rational f0 against a finite-difference-free route, d/dk of the previous closed form.
    func testFermiDiracDerivativesAreTheClosedForms() throws {
        let fd = try Stage4Equilibrium.fermiDiracDerivatives(upTo: 4)
        XCTAssertEqual(fd[Symbol("f0_1")], try parse("-f0*(1 - f0)/T"))
        XCTAssertEqual(fd[Symbol("f0_2")], try parse("f0*(1 - f0)*(1 - 2*f0)/T^2"))
        XCTAssertEqual(fd[Symbol("f0_3")], try parse("-f0*(1 - f0)*(1 - 6*f0 + 6*f0^2)/T^3"))
        XCTAssertEqual(fd[Symbol("f0_4")], try parse("f0*(1 - f0)*(1 - 2*f0)*(1 - 12*f0 + 12*f0^2)/T^4"))
    }

    func testEquilibriumRows() throws {
        let r = try compare()
        for id in ["eq33", "eq33.printed", "eq36", "eq36.printed", "eq37", "eq37.printed", "drift.definitions"] {
            XCTAssertEqual(r["check.equilibrium.\(id)"]?.verdict, .match, id)
        }
        XCTAssertEqual(r["check.equilibrium.drift.printed"]?.verdict, .mismatch)
        XCTAssertEqual(r["check.equilibrium.drift.grouping"]?.verdict, .mismatch)
        // In closed form: proportional to g = δμ f0(1 − f0)/T, with a (1 − 2f0) k bracket.
        let closed = try ExpressionParser(context: ParseContext(scalars: .any, vectors: [], unitVectors: [])).parsePolynomial(
            "-2*cA*dmu*f0*(1 - f0)*k^3*muBB/(T^2*m*pi^2)*C5^(-2)*(T*(F2*(cA^2 + 5*cV^2) - 4*cV*(11*cA^2 + cV^2)) "
                + "+ cV*(cV^2 + 5*cA^2)*k*(1 - 2*f0))")
        XCTAssertEqual(r["check.equilibrium.drift.printed"]?.difference, closed)
        // The printed ε(1..3) are the grouping's: the same residual.
        XCTAssertEqual(r["check.equilibrium.drift.printed"]?.difference, r["check.equilibrium.drift.grouping"]?.difference)
    }

    /// Hand route: the grouping's ε satisfy ε1 g + ε2 k g' + ε3 k² g'' = 0 in equilibrium (the
    /// drift of h, which is zero), so with δU = k³g/2π² only the derivatives of k³ survive:
    /// residual = (ε2 k·3k² g + ε3 k²(6k g + 6k² g'))/2π².
    func testTheGroupingResidualIsTheDerivativeOfKCubed() throws {
        let d = try Stage4VerdictTests.derivations.get()
        let e = try Stage4Check.readOff(d.grouping.flux)
        let k = Polynomial(Stage2Derivation.k), g = Polynomial(Symbol("g")), g1 = Polynomial(Symbol("g_1")), g2 = Polynomial(Symbol("g_2"))
        let zero = try e[.epsilon1]! * g + e[.epsilon2]! * k * g1 + e[.epsilon3]! * k * k * g2
        XCTAssertTrue(try Stage4Equilibrium.substituted(zero).isZero)
        let twoPi2 = Polynomial(Stage2Derivation.pi, 2).scaled(by: 2)
        let hand = try (e[.epsilon2]! * k * k * k * g.scaled(by: 3) + e[.epsilon3]! * k * k * (k * g.scaled(by: 6) + k * k * g1.scaled(by: 6)))
            * Polynomial.one / twoPi2
        let couplings = d.definitions.kappaCouplings
        XCTAssertEqual(try Stage4Check.cleared(Stage4Equilibrium.substituted(hand), couplings: couplings),
                       try compare()["check.equilibrium.drift.grouping"]?.difference)
        // And with the definitions' ε the residual is zero without the k³ terms only because they are included.
        XCTAssertFalse(try Stage4Equilibrium.substituted(hand).isZero)
    }

    /// The rows rest on detailed balance: with e^{−q0/T} dropped from C of Eq. (26) the collision
    /// integral no longer has f^FD(μ + δμ) as an equilibrium, and the derived field parts carry a flux.
    func testWithoutDetailedBalanceTheDerivedMomentIsNotInEquilibrium() throws {
        let s2 = try RepositoryDerivation.verification.get().stage2.derivation
        let broken = try RepositorySeeds.mutated("stage3.claims", replacing: "expq0T*(1 - f0) + f0", with: "(1 - f0) + f0")
        let s3 = try Stage3Derivation(seeds: broken, stage2: s2)
        let rows = try Stage4Check(seeds: RepositorySeeds.load("stage4.claims")).run(stage3: s3, stage3Seeds: broken).rows
        let mismatched = rows.filter { $0.id.hasPrefix("check.equilibrium.eq3") && $0.verdict == .mismatch }.map(\.id)
        XCTAssertFalse(mismatched.isEmpty)
        XCTAssertTrue(mismatched.allSatisfy { !$0.hasSuffix(".printed") }, "the printed equations do not depend on the kernel")
        print("without e^{-q0/T} in C: \(mismatched.joined(separator: ", ")) MISMATCH")
    }

    /// A flipped sign or a perturbed coefficient in the printed equations turns their
    /// equilibrium row to MISMATCH.
    func testMutationsAreCaught() throws {
        let stage3Cases: [(String, String, String)] = [
            ("((1 - 2*f0)*g + T*g_1)*B", "((1 - 2*f0)*g - T*g_1)*B", "eq33.printed"),
            ("- cV*k*T*g_2 )*B", "+ cV*k*T*g_2 )*B", "eq36.printed"),
            ("4*k^2*T*g_3 )*B", "3*k^2*T*g_3 )*B", "eq37.printed"),
        ]
        for (from, to, id) in stage3Cases {
            let r = try compare(stage3: RepositorySeeds.mutated("stage3.claims", replacing: from, with: to))
            XCTAssertEqual(r["check.equilibrium.\(id)"]?.verdict, .mismatch, to)
            XCTAssertEqual(r.values.filter { $0.id.hasPrefix("check.equilibrium.eq3") && $0.verdict == .mismatch }.map(\.id),
                           ["check.equilibrium.\(id)"], to)
        }
        // Eq. (43) with the definitions' ε(1) would still leave ε(2)'s part: the printed drift changes.
        let original = try compare()["check.equilibrium.drift.printed"]?.difference
        let r = try compare(stage4: RepositorySeeds.mutated("stage4.claims", replacing: "cV*cA^2*(5 + 34*T/k)", with: "cV*cA^2*(5 + 33*T/k)"))
        XCTAssertNotEqual(r["check.equilibrium.drift.printed"]?.difference, original)
        XCTAssertEqual(r["check.equilibrium.drift.definitions"]?.verdict, .match)
    }
}
