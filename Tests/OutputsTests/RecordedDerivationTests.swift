import Algebra
import Derivation
import XCTest

/// The recorded derivation is what the verdicts used: the sides that `--show` and the report
/// print reproduce each row, the record's parts add up to the stage's results, and every seed
/// entry a step names exists. Shares the one computed derivation of `ReportStagesTests`.
final class RecordedDerivationTests: XCTestCase {
    var verification: Verification { get throws { try ReportStagesTests.verification.get() } }

    /// Stage 1: the three pieces and the remainder add up to |M|², each piece has the degrees
    /// in q and P its equation claims, and the recorded sides are those of the row.
    func testStage1PiecesAndComparisonsAreTheRows() throws {
        let s1 = try verification.stage1
        for particle in Particle.allCases {
            let p = try XCTUnwrap(s1.pieces[particle])
            XCTAssertEqual(p.leading + p.q + p.P + p.remainder, s1.squaredMatrixElement[particle])
            for t in p.q.terms {
                XCTAssertEqual([t.monomial.degree(inVector: PaperSymbols.q), t.monomial.degree(inVector: PaperSymbols.P)], [1, 0])
            }
            for t in p.P.terms {
                XCTAssertEqual([t.monomial.degree(inVector: PaperSymbols.q), t.monomial.degree(inVector: PaperSymbols.P)], [0, 1])
            }
            XCTAssertFalse(p.leading.terms.contains { $0.monomial.exponent(of: PaperSymbols.m) != 0 }, "Eq. (4) is the m^0 part")
        }
        XCTAssertEqual(Stage1Derivation.Piece.allCases.map(\.equation), ["4", "5", "6"])
        try assertSidesReproduceRows(s1.rows.filter { $0.kind == .claim && $0.particle != nil }, s1.comparisons) { $0 }
        XCTAssertEqual(s1.readingResiduals.filter(\.components.isEmpty).map(\.reading), s1.readings)
    }

    /// Stage 2: the recorded sides, put in the kinematic normal form, are the row's sides.
    func testStage2ComparisonsAreTheRowsInNormalForm() throws {
        let s2 = try verification.stage2
        let claims = s2.rows.filter { $0.particle != nil && $0.kind == .claim }
        XCTAssertEqual(claims.count, 10)
        try assertSidesReproduceRows(claims, s2.comparisons) { try Stage2Derivation.kinematicNormalForm($0) }
        try assertSidesReproduceRows(s2.rows.filter { $0.id.hasPrefix("eq15") || $0.id == "check.eq15.reading" }, s2.comparisons) { $0 }
        // Step 2 of the record is 1 − δx exactly.
        XCTAssertEqual(s2.derivation.record.response.value, Polynomial.one - s2.derivation.deltaX)
    }

    /// Stage 3: compared + omitted = the recorded term of Eq. (31); compared − printed is the row's
    /// difference; the recorded moment per particle is the derivation's moment.
    func testStage3TermsComparisonsAndOmittedAddUp() throws {
        let s3 = try verification.stage3
        for c in Stage3Check.combinations {
            let sides = try XCTUnwrap(s3.comparisons[c.id]), term = try XCTUnwrap(s3.terms[c.id])
            XCTAssertEqual(try sides.derived + (s3.omitted[c.id] ?? .zero), term, c.id)
            let row = try XCTUnwrap(s3.rows.first { $0.id == c.id })
            XCTAssertEqual(try (sides.derived - sides.printed).isZero, row.verdict == .match, c.id)
        }
        for particle in Particle.allCases {
            let record = try XCTUnwrap(s3.derivation.record.particles[particle])
            XCTAssertEqual(record.moment.value.keys.sorted(), s3.derivation.moments[particle]?.keys.sorted())
            XCTAssertEqual(record.averaged.value.terms.map(\.exponent), s3.derivation.ordersAfterU[particle])
            XCTAssertEqual(record.integrand.value.maxOrder, Stage3Derivation.keptOrder, "the integrand is kept through delta^2")
            XCTAssertEqual(record.lowestAngularExponent.values.min(), s3.derivation.lowestAngularExponent)
        }
        let printed18 = try verification.seeds.stage3.polynomial("eq18.bracket")
        XCTAssertEqual(s3.bracket.printed.terms.count, printed18.terms.count, "eps = 2 w delta only renames")
    }

    /// Stage 4: the recorded printed coefficients are the parsed Eqs. (41)-(45), one per `Eq40Coefficient`.
    func testStage4PrintedCoefficientsAreTheSeeds() throws {
        let v = try verification
        XCTAssertEqual(Eq40Coefficient.allCases.map(\.claimID), ["eq41", "eq42", "eq43", "eq44", "eq45"])
        for c in Eq40Coefficient.allCases {
            let row = try XCTUnwrap(v.stage4.rows.first { $0.id == c.claimID })
            XCTAssertEqual(row.printed, v.stage4.printedCoefficients[c], c.claimID)
        }
    }

    /// Every seed entry a recorded step names as an input exists in that stage's seed file.
    func testRecordedInputsNameExistingSeedEntries() throws {
        let v = try verification
        let r2 = v.stage2.derivation.record, r3 = v.stage3.derivation.record
        var named: [(SeedFile, [String])] = [
            (v.seeds.stage2, [r2.pMin2, r2.energyAtPMin, r2.xMin, r2.x0, r2.deltaX, r2.response, r2.substitutionFactor].flatMap(\.inputs)),
            (v.seeds.stage3, [r3.kernel.inputs, r3.s0Bracket.inputs].flatMap { $0 }),
        ]
        named[0].1 += Particle.allCases.flatMap { r2.particles[$0]!.pSubstituted.inputs }
        var checked = 0
        for (seeds, inputs) in named {
            for input in inputs where input.hasPrefix("[") {
                XCTAssertNoThrow(try seeds.entry(String(input.dropFirst().dropLast())), input)
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 7)
    }

    /// Each recorded (derived, printed) pair, through `form`, is the row's (derived, printed) and
    /// its difference the row's difference.
    private func assertSidesReproduceRows(_ rows: [CheckRow], _ sides: [String: RecordedComparison<Polynomial>],
                                          form: (Polynomial) throws -> Polynomial,
                                          file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertFalse(rows.isEmpty, file: file, line: line)
        for row in rows where row.derived != nil {
            let pair = try XCTUnwrap(sides[row.id], "no recorded sides for \(row.id)", file: file, line: line)
            let derived = try form(pair.derived), printed = try form(pair.printed)
            XCTAssertEqual(derived, row.derived, row.id, file: file, line: line)
            XCTAssertEqual(printed, row.printed, row.id, file: file, line: line)
            let difference = derived - printed
            XCTAssertEqual(difference.isZero ? nil : difference, row.difference, row.id, file: file, line: line)
        }
    }
}
