import XCTest
@testable import Algebra

/// The substitution budget (`Polynomial.substitutionWork`): an upper bound on the work, checked
/// against the real expansion, and a refusal before anything is expanded (red team: a seed with
/// e1^12 e2^12 e3^12 in Eq. (40) expanded for minutes in gigabytes).
final class SubstitutionWorkTests: XCTestCase {
    func testPowerSizeBoundIsTheBinomialAndSaturates() {
        XCTAssertEqual(Polynomial.powerSizeBound(terms: 2, exponent: 3000), 3001)
        XCTAssertEqual(Polynomial.powerSizeBound(terms: 3, exponent: 80), 3321)  // C(82, 2)
        XCTAssertEqual(Polynomial.powerSizeBound(terms: 10, exponent: 12), 293_930)  // C(21, 9)
        XCTAssertEqual(Polynomial.powerSizeBound(terms: 60, exponent: 10_000), Int.max)
    }

    /// The estimate bounds the terms of every substituted power it charges, on random sums
    /// (an independent route: the expansion itself).
    func testEstimateBoundsTheRealExpansion() throws {
        var state: UInt64 = 0x5eed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let atoms = ["a", "b", "c", "d", "e"].map { Polynomial(Symbol($0)) }
        var checked = 0
        while checked < 40 {
            var value = Polynomial.zero
            for _ in 0...next(4) { value = value + atoms[next(atoms.count)].scaled(by: Rational(next(5) + 1)) }
            guard value.terms.count > 1 else { continue }  // a monomial is substituted without expanding
            checked += 1
            let x = Symbol("x"), e = next(7) + 1
            let p = try Polynomial(x, e) * Polynomial(Symbol("y"))
            let work = p.substitutionWork([x: value])
            let expanded = try p.substituting([x: value])
            XCTAssertGreaterThanOrEqual(work, expanded.terms.count, "x^\(e) with x = \(value.terms.count) terms")
        }
    }

    func testOverTheLimitIsRefusedByName() throws {
        let e = (1...3).map { Symbol("e\($0)") }, atoms = ["cV", "cA", "F2", "f0", "k", "T", "m", "muBB", "f0_1", "C5"]
        let value = atoms.reduce(Polynomial.zero) { $0 + Polynomial(Symbol($1)) }
        let p = try Polynomial(e[0], 12) * Polynomial(e[1], 12) * Polynomial(e[2], 12)
        let map = Dictionary(uniqueKeysWithValues: e.map { ($0, value) })
        XCTAssertThrowsError(try p.substituting(map, for: "[eq40]")) { error in
            XCTAssertEqual("\(error)", "substituting into [eq40] would form about 25394123156595830 term products, over the limit of 1000000")
        }
        // Within the limit the value is the plain substitution's.
        let small = Polynomial(e[0], 2)
        XCTAssertEqual(try small.substituting(map, for: "x"), try small.substituting(map))
    }
}
