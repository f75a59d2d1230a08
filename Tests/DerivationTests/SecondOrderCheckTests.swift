import Foundation
import XCTest
import Algebra
@testable import Derivation

/// The rows `check.order-Tm.*` (SecondOrderCheck): the leading transport average reproduces κ0 of
/// Eq. (32), and the O(T/m) term Eq. (34) misses is −(2G_F²k²n/3π)(T/m)(5c_V² − 7c_A²) h for ν and
/// ν̄ — the closed form of the boosted cross section (OrderTmReferenceTests.missingOrderTmCoefficient)
/// and what the numeric reference measures (−0.684 T/m V0 for νn).
final class SecondOrderCheckTests: XCTestCase {
    func testRowsGiveTheMissingTermInClosedForm() throws {
        let start = Date()
        let rows = try SecondOrderCheck.rows(stage1: NumericDerivedCache.inputs())
        print("check.order-Tm rows: \(Date().timeIntervalSince(start)) s")
        let gf = Polynomial(PaperSymbols.GF), k = Polynomial(Stage2Derivation.k), n = Polynomial(Stage3Derivation.n)
        let cV = Polynomial(PaperSymbols.cV), cA = Polynomial(PaperSymbols.cA)
        var expected = try gf * gf * k * k * n * Polynomial(Stage2Derivation.pi, -1) * Polynomial(Stage2Derivation.T) * Polynomial(PaperSymbols.m, -1)
        expected = try expected * (cV * cV * Polynomial(Rational(5)) - cA * cA * Polynomial(Rational(7))) * Polynomial(try Rational(-2, 3))
        XCTAssertEqual(rows.map(\.id), ["check.order-Tm.kappa0.nu", "check.order-Tm.eq34.nu", "check.order-Tm.kappa0.nubar", "check.order-Tm.eq34.nubar"])
        for row in rows {
            print("\(row.id): \(row.verdict.rawValue) \(row.difference.map { PlainTextPrinter.text($0) } ?? "")")
            if row.id.contains("kappa0") {
                XCTAssertEqual(row.verdict, .match, row.id)
            } else {
                XCTAssertEqual(row.verdict, .mismatch, row.id)
                let difference = try XCTUnwrap(row.difference)
                XCTAssertTrue((difference - expected).isZero, row.id)
            }
        }
    }

    /// The thermal average is the isotropic one: ⟨(a·P)(b·P)⟩ = 4mT a·b, ⟨P²⟩ = 12mT, odd moments 0.
    func testThermalAverage() throws {
        func dot(_ a: String, _ b: String) -> Polynomial { Polynomial(Vector3Space.dotSymbol(a, b)) }
        let mT = try Polynomial(PaperSymbols.m) * Polynomial(Stage2Derivation.T)
        let pairs: [(Polynomial, Polynomial)] = [
            (try dot("Om", "P") * dot("Om'", "P"), try mT * dot("Om", "Om'") * Polynomial(Rational(4))),
            (dot("P", "P"), try mT * Polynomial(Rational(12))),
            (try dot("Om", "P") * dot("Om", "P"), try mT * Polynomial(Rational(4))),
            (dot("Om", "P"), .zero),
        ]
        for (input, output) in pairs {
            XCTAssertTrue(try (SecondOrderCheck.thermalAverage(input) - output).isZero, "\(input)")
        }
    }
}
