import Foundation
import XCTest
import Algebra
import Derivation
import TestSupport

/// Every `difference` that `verify traces --json` prints for a MISMATCH row is read back with
/// the seed parser and compared with the two sides the row compared (derived − printed, from
/// the library, not from any printer) at random rational points; each difference must be
/// dimensionally homogeneous (`EnergyDimensions`).
final class PrintedDifferenceTests: XCTestCase {
    static let context = ParseContext(scalars: .any, vectors: ["q", "P", "h", "h_1", "h_2", "h_3", "W", "W_1", "W_2"],
                                      unitVectors: ["Om", "Om'", "B"])

    /// The library's rows: the derivation shared by the test process.
    static var verification: Result<Verification, Error> { RepositoryDerivation.verification }

    /// The MISMATCH rows of the built binary's JSON (its own process): (id, difference text).
    func printedMismatches() throws -> [(id: String, difference: String)] {
        let run = try RepositoryTracesJSON.run.get()
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any]
        let rows = try XCTUnwrap(object?["rows"] as? [[String: Any]])
        return try rows.filter { $0["verdict"] as? String == "MISMATCH" }.map {
            (try XCTUnwrap($0["id"] as? String), try XCTUnwrap($0["difference"] as? String))
        }
    }

    /// A printed difference read back: a vector one (Stages 3-4) flattened to Σ coefficient·vec(X)
    /// as the rows hold it, a scalar one as it is.
    static func readBack(_ text: String, vector: Bool) throws -> Polynomial {
        let parser = ExpressionParser(context: context)
        guard vector else { return try parser.parsePolynomial(text) }
        var total = PolynomialAccumulator()
        for t in try parser.parseVector(text).terms {
            total.add(try t.coefficient * Polynomial(Symbol("vec(\(t.basis.description))")), times: .one)
        }
        return total.polynomial
    }

    /// Random rational values for `symbols`, consistent with the bookkeeping the rows use:
    /// m = T/δ² (Stages 3-4 write m through δ² = T/m) and C5 = cV² + 5cA².
    static func point(_ symbols: Set<Symbol>, _ rng: inout SplitMix64) throws -> [Symbol: Rational] {
        let choices: [Rational] = [1, 2, 3, -1, -2, try Rational(1, 2), try Rational(-3, 2), try Rational(2, 3), try Rational(-1, 3)]
        var values: [Symbol: Rational] = [:]
        for s in symbols.union([Symbol("T"), Symbol("delta"), Symbol("cV"), Symbol("cA")]).sorted() {
            values[s] = choices[Int.random(in: 0..<choices.count, using: &rng)]
        }
        let (t, delta, cV, cA) = (values[Symbol("T")]!, values[Symbol("delta")]!, values[Symbol("cV")]!, values[Symbol("cA")]!)
        values[Symbol("m")] = try t / (delta * delta)
        values[Symbol("C5")] = cV * cV + Rational(5) * cA * cA
        return values
    }

    func testEveryPrintedDifferenceIsDerivedMinusPrintedAndHomogeneous() throws {
        let rows = try Self.verification.get().rows
        let printed = try printedMismatches()
        XCTAssertEqual(printed.map(\.id), rows.filter { $0.verdict == .mismatch }.map(\.id))
        XCTAssertGreaterThanOrEqual(printed.count, 6)
        var rng = SplitMix64(seed: 1010)
        for (id, text) in printed {
            let row = try XCTUnwrap(rows.first { $0.id == id })
            let library = try XCTUnwrap(row.difference)
            let vector = library.symbols.contains { $0.name.hasPrefix("vec(") }
            let parsed = try Self.readBack(text, vector: vector)
            // The text is the row's polynomial exactly (collected printing lost nothing) …
            XCTAssertEqual(parsed, library, "\(id): printed \(text)")
            // … and that is derived − printed, at random points (Stage 4 resolves δ and C5).
            let sides = [row.derived, row.printed].compactMap { $0 }
            XCTAssertTrue(sides.count == 2 || sides.isEmpty, id)
            let symbols = Set(parsed.symbols + sides.flatMap(\.symbols))
            var evaluated = 0
            for _ in 0..<40 where evaluated < 5 {
                let values = try Self.point(symbols, &rng)
                guard let shown = try? parsed.evaluated(at: values) else { continue }
                let expected: Rational?
                if sides.count == 2 {
                    expected = try? sides[0].evaluated(at: values) - sides[1].evaluated(at: values)
                } else {
                    expected = try? library.evaluated(at: values)
                }
                guard let expected else { continue }
                XCTAssertEqual(shown, expected, "\(id) at \(values.sorted { $0.key < $1.key })")
                evaluated += 1
            }
            XCTAssertEqual(evaluated, 5, "\(id): too few points without overflow")
            switch EnergyDimensions.termDimensions(parsed) {
            case .success(let dimensions): XCTAssertEqual(dimensions.count, 1, "\(id): term dimensions \(dimensions.sorted()) in \(text)")
            case .failure(let unknown): XCTFail("\(id): no energy dimension for '\(unknown.symbol)'")
            }
        }
    }

    /// The corrected difference of the whole printed Eq. (40) (row `check.eq40.printed`, formerly
    /// `eq40.literal`), coefficient of W: (2/3)(δ(1) under the paper's definitions, plain calculus −
    /// δ(1) as printed in Eq. (41)), the check a reader does by hand from `--show`.
    func testEq40PrintedWCoefficientIsTwoThirdsOfTheDelta1Difference() throws {
        let verification = try Self.verification.get()
        let row = try XCTUnwrap(verification.rows.first { $0.id == "check.eq40.printed" })
        let text = DifferenceText.text(try XCTUnwrap(row.difference))
        let parsed = try Self.readBack(text, vector: true)
        let w = Polynomial.filtered(parsed) { $0.monomial.exponent(of: Symbol("vec(W)")) == 1 }
        let literal = try XCTUnwrap(verification.stage4.coefficients[.definitions]?[.delta1])
        let printed41 = try Stage4Check(seeds: verification.seeds.stage4).printed("eq41")
        var rng = SplitMix64(seed: 40)
        for _ in 0..<5 {
            var values = try Self.point(Set(w.symbols + literal.symbols + printed41.symbols), &rng)
            values[Symbol("vec(W)")] = 1
            let expected = try Rational(2, 3) * (literal.evaluated(at: values) - printed41.evaluated(at: values))
            XCTAssertEqual(try w.evaluated(at: values), expected)
        }
    }
}
