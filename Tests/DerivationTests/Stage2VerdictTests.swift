import XCTest
import TestSupport
import Algebra
@testable import Derivation

/// Stage 2 verdicts are computed: each claim of Eqs. (15), (19)-(23) flips under a perturbation.
final class Stage2VerdictTests: XCTestCase {
    /// Stage 1 of the derivation shared by the test process.
    static let stage1 = RepositoryDerivation.verification.map(\.stage1)

    func rows(_ seeds: SeedFile) throws -> [String: CheckRow] {
        let result = try Stage2Check(seeds: seeds).run(stage1: Self.stage1.get())
        return Dictionary(uniqueKeysWithValues: result.rows.map { ($0.id, $0) })
    }

    func testVerdictsOfThePrintedEquations() throws {
        let r = try rows(RepositorySeeds.stage2())
        XCTAssertEqual(r["eq15"]?.verdict, .mismatch)
        for id in ["eq15.x0", "check.eq15.reading"] + ["19", "20", "21", "22", "23"].flatMap({ ["eq\($0).nu", "eq\($0).nubar"] })
            + ["check.eq9-form.nu", "check.eq9-form.nubar"] {
            XCTAssertEqual(r[id]?.verdict, .match, id)
        }
    }

    func testEquation15DifferenceIsTheMisplacedParenthesis() throws {
        let r = try rows(RepositorySeeds.stage2())
        let context = ParseContext(scalars: .any)
        XCTAssertEqual(r["eq15"]?.difference, try Polynomial(parsing: "muBB/(2*T)*(1 - s')", context: context))
    }

    func testPerturbationsFlipEachClaim() throws {
        let cases: [(String, String, [String])] = [
            ("(cV^2 + 3*cA^2 + (cV^2 - cA^2)*dot(Om,Om'))", "(cV^2 + 3*cA^2 + (cV^2 + cA^2)*dot(Om,Om'))", ["eq19.nu", "eq19.nubar"]),
            ("(cV + pm*2*cA*m*q0/dot(q,q))", "(cV + pm*cA*m*q0/dot(q,q))", ["eq20.nu", "eq20.nubar"]),
            ("+ pm*cA*(cV + F2)*dot(q, Om' - Om)", "+ cA*(cV + F2)*dot(q, Om' - Om)", ["eq21.nubar"]),
            ("4*cA*F2*m*q0/dot(q,q)*k -", "4*cA*F2*m*q0/dot(q,q)*k' -", ["eq22.nu", "eq22.nubar"]),
            ("mp*( 4*cA^2", "pm*( 4*cA^2", ["eq23.nu", "eq23.nubar"]),
        ]
        for (original, replacement, flipped) in cases {
            let r = try rows(RepositorySeeds.mutated("stage2.claims", replacing: original, with: replacement))
            for id in flipped { XCTAssertEqual(r[id]?.verdict, .mismatch, "\(id) after \(replacement)") }
            XCTAssertEqual(r.values.filter { $0.verdict == .mismatch }.count, 1 + flipped.count, replacement)
        }
    }

    func testDeltaXIsLinearInTheSpinsAndTheField() throws {
        let d = try Stage2Check(seeds: RepositorySeeds.stage2()).run(stage1: Self.stage1.get()).derivation
        let context = ParseContext(scalars: .any, vectors: ["q"])
        XCTAssertEqual(d.deltaX, try Polynomial(parsing: "-muBB/(2*T)*((1 + 2*m*q0/dot(q,q))*s + (1 - 2*m*q0/dot(q,q))*s')", context: context))
    }
}
