import Algebra
import Derivation
@testable import Outputs
import TestSupport
import XCTest

/// The report's paper layout (`PaperLayout`, `PaperComparison`): for every printed-vs-derived
/// comparison of the report the decomposition is exact (recombined structurally, and the rendered
/// LaTeX read back by the independent `LaTeXEvaluator` at random rational points), the boxed terms
/// are exactly those whose coefficients differ, and the findings read as in the paper.
final class PaperLayoutTests: XCTestCase {
    func comparisons() throws -> [PaperComparison.Shown] {
        try PaperComparison.claims(verification: PrintedDifferenceTests.verification.get())
    }

    func testEveryComparisonRecombinesExactly() throws {
        let shown = try comparisons()
        XCTAssertEqual(Set(shown.map(\.id)), ["eq32", "eq33", "eq34", "eq35", "eq36", "eq37", "eq39", "eq41", "eq42", "eq43", "eq44", "eq45"])
        for s in shown {
            let c = s.comparison
            XCTAssertEqual(try c.printed.recombined(), c.printedPolynomial, "\(s.id) printed")
            XCTAssertEqual(try c.derived.recombined(), c.derivedPolynomial, "\(s.id) derived")
            XCTAssertTrue(c.printed.remainder.isZero && c.derived.remainder.isZero, "\(s.id): every term fits the printed grouping")
            XCTAssertFalse(c.printed.terms.isEmpty)
        }
    }

    func testRenderedLaTeXEvaluatesToThePolynomial() throws {
        let latex = PaperComparison.latex
        var rng = SplitMix64(seed: 0x9A9E)
        for s in try comparisons() {
            let c = s.comparison
            let original = try c.derived.recombined()
            let names = Set(original.symbols + (try c.printed.recombined()).symbols).map(\.name) + ["f0"]
            let evaluator = LaTeXEvaluator(printer: latex.printer, rawNames: names)
            let cases: [(LaidOutFormula, Set<LaidOutFormula.Key>)] = [(c.printed, c.differing), (c.derived, c.differing), (c.derived, [])]
            for (f, marked) in cases {
                let polynomial = try f.recombined()
                let text = latex.render(f, marked: marked)
                for _ in 0..<3 {
                    var values: [Symbol: ExactComplex] = [:]
                    for symbol in Set(polynomial.symbols + [Symbol("f0")]) {
                        let n = Int64(rng.next() % 17) - 8
                        values[symbol] = ExactComplex(try Rational(n == 0 ? 3 : n, Int64(rng.next() % 6) + 1))
                    }
                    // C5 is spelled (c_V^{2} + 5 c_A^{2}), which it stands for (seeds/stage4.claims)
                    if let cV = values[PaperSymbols.cV], let cA = values[PaperSymbols.cA], values[Symbol("C5")] != nil {
                        values[Symbol("C5")] = cV * cV + ExactComplex(Rational(5)) * cA * cA
                    }
                    let expected = try XCTUnwrap(polynomial.exactValue(values))
                    XCTAssertEqual(try evaluator.value(text, values: values, sign: .one), expected, "\(s.id): \(text)")
                }
            }
        }
    }

    /// The fluxes of Eq. (40) and the "0" and "±" parts of the first moment per order, in their own
    /// grouping (no printed counterpart term by term), as the report shows them.
    func testOwnLayoutsAreExact() throws {
        let v = try PrintedDifferenceTests.verification.get()
        let layout = PaperComparison.layout, latex = PaperComparison.latex
        var rng = SplitMix64(seed: 0xF1A5)
        var shown: [Polynomial] = []
        for d in [v.stage4.definitions, v.stage4.grouping] {
            shown.append(try Stage4ReportSection.vectorForm(d.flux, couplings: d.kappaCouplings))
        }
        let moments = v.stage3.derivation.moments
        for order in Set(moments.values.flatMap(\.keys)) {
            func part(_ p: Particle) throws -> Polynomial {
                try Stage3ReportSection.flatten(Stage3ReportSection.massForm(
                    Polynomial(Stage3Derivation.delta, order) * (moments[p]![order] ?? .zero)))
            }
            let combined = try combinedInSign(nu: part(.nu), nubar: part(.nubar))
            shown += combined.collected(by: PaperSymbols.pm).map(\.coefficient)
        }
        XCTAssertEqual(shown.count, 6)
        for flux in shown {
            let f = try layout.layOut(flux, shape: layout.shape(of: flux, negativePrefactor: true))
            XCTAssertEqual(try f.recombined(), flux)
            XCTAssertTrue(f.remainder.isZero)
            let text = latex.render(f)
            XCTAssertFalse(text.contains("\\frac{1}{\\boldsymbol"), "no vector in a denominator: \(text)")
            let evaluator = LaTeXEvaluator(printer: latex.printer, rawNames: flux.symbols.map(\.name) + ["f0"])
            var values: [Symbol: ExactComplex] = [:]
            for symbol in Set(flux.symbols + [Symbol("f0")]) {
                values[symbol] = ExactComplex(try Rational(Int64(rng.next() % 11) + 1, Int64(rng.next() % 4) + 1))
            }
            if let cV = values[PaperSymbols.cV], let cA = values[PaperSymbols.cA], values[Symbol("C5")] != nil {
                values[Symbol("C5")] = cV * cV + ExactComplex(Rational(5)) * cA * cA
            }
            XCTAssertEqual(try evaluator.value(text, values: values, sign: .one), flux.exactValue(values))
        }
    }

    /// The report's comparisons and the verdict rows cannot disagree: each comparison's
    /// derived − printed is its row's difference (Stages 3-4 rows, in T/m and C5), laid out exactly.
    func testComparisonsAgreeWithTheRows() throws {
        let v = try PrintedDifferenceTests.verification.get()
        let rows = v.rows
        for s in try comparisons() {
            let row = try XCTUnwrap(rows.first { $0.id == s.rowID }, s.rowID)
            let c = s.comparison
            let difference = c.derivedPolynomial - c.printedPolynomial
            XCTAssertEqual(difference.isZero, row.verdict == .match, s.rowID)
            XCTAssertEqual(c.differing.isEmpty, row.verdict == .match, s.rowID)
            XCTAssertEqual(try c.difference().recombined(), difference, s.rowID)
            if let d = row.difference, !s.rowID.hasPrefix("eq3") {
                XCTAssertEqual(try Stage4Check.cleared(d, couplings: v.stage4.definitions.kappaCouplings), difference, s.rowID)
            }
        }
    }

    func testEq41SignTypoIsMarkedInPlace() throws {
        let shown = try comparisons().filter { $0.id == "eq41" }
        let grouping = try XCTUnwrap(shown.first { $0.label.hasPrefix("in the grouping") }).comparison
        // Only the T/k term differs, and only by its sign.
        XCTAssertEqual(grouping.differing.count, 1)
        let key = try XCTUnwrap(grouping.differing.first)
        XCTAssertEqual(key.inner, Monomial.from([Monomial.Power(Symbol("T"), 1), Monomial.Power(Symbol("k"), -1)]))
        XCTAssertEqual(grouping.derived.coefficient(of: key), -grouping.printed.coefficient(of: key))
        let text = grouping.markdown()
        XCTAssertTrue(text.contains("- \\boxed{5 (c_V^{2} + 9 c_A^{2})\\,\\frac{T}{k}}"), text)
        XCTAssertTrue(text.contains("+ \\boxed{5 (c_V^{2} + 9 c_A^{2})\\,\\frac{T}{k}}"), text)
        XCTAssertTrue(text.contains("1 of 3 terms differ"), text)
        let definitions = try XCTUnwrap(shown.first { $0.label.hasPrefix("under") }).comparison
        XCTAssertEqual(definitions.differing.count, 2, "the (1 - 2f0) and T/k terms")
    }

    func testEq37KeepsTheFactorOneMinusTwoF0() throws {
        let c = try XCTUnwrap(comparisons().first { $0.id == "eq37" }).comparison
        XCTAssertTrue(c.differing.isEmpty)
        let text = PaperComparison.latex.render(c.printed)
        XCTAssertTrue(text.contains("69\\,(1 - 2 f^{(0)}_\\nu) - 68\\,k\\,\\partial f^{(0)}_\\nu/\\partial k"), text)
        XCTAssertFalse(text.contains("138"), text)
    }

    func testAPerturbedTermIsTheOnlyOneMarked() throws {
        let c = try XCTUnwrap(comparisons().first { $0.id == "eq34" }).comparison
        let layout = PaperComparison.layout
        let printed = try c.printed.recombined()
        for term in c.printed.terms {
            // derived = printed + (1/7)·prefactor·(that term): exactly that key differs
            let bump = try c.printed.prefactor.multiplied(by: term.key.inner).multiplied(by: term.key.outer)
                .multiplied(by: c.printed.trailing).scaled(by: Rational(1, 7))
            var extra = bump
            if term.key.combinationPower != 0 {
                extra = try bump * (Polynomial.one - Polynomial(Symbol("f0")).scaled(by: 2)).power(term.key.combinationPower)
            }
            let perturbed = try PaperComparison(name: "x", printed: printed, derived: printed + extra, transcription: "-",
                                                layout: layout)
            XCTAssertEqual(perturbed.differing, [term.key])
        }
    }

    func testLayoutBoxesExactlyTheDifferingTermsAndStaysExact() throws {
        let context = ParseContext(scalars: .only(["GF", "cA", "cV", "s", "s'", "m", "pm"]), unitVectors: ["B", "Om", "Om'"])
        let printed = try Polynomial(parsing: "GF^2/2*(cV^2 + 2*cA*(cV + cA)*s*dot(Om,B) + 2*cA*(cV - cA)*s*dot(Om',B))", context: context)
        let derived = try Polynomial(parsing: "GF^2/2*(cV^2 + 2*cA*(cV + pm*cA)*s*dot(Om,B) + 2*cA*(cV - cA)*s*dot(Om',B))", context: context)
        var layout = ReportNotation.layout
        layout.reference = derived
        let text = layout.render(printed)
        XCTAssertEqual(text.components(separatedBy: "\\boxed").count - 1, 1, text)
        XCTAssertTrue(text.contains("\\boxed{(c_V + c_A)\\,\\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\hat{B}}}"), text)
        layout.reference = printed
        XCTAssertFalse(layout.render(printed).contains("boxed"))
        // the boxed text still reads back as the polynomial
        layout.reference = derived
        let evaluator = LaTeXEvaluator(printer: ReportNotation.printer, rawNames: printed.symbols.map(\.name) + ["B", "Om", "Om'"])
        var rng = SplitMix64(seed: 0xB0C5)
        for _ in 0..<5 {
            var values: [Symbol: ExactComplex] = [:]
            for symbol in printed.symbols { values[symbol] = ExactComplex(try Rational(Int64(rng.next() % 13) + 1, Int64(rng.next() % 5) + 1)) }
            XCTAssertEqual(try evaluator.value(layout.render(printed), values: values, sign: .one), printed.exactValue(values))
        }
    }

    func testReportSpellingAndOrder() throws {
        let report = try reportFiles(verification: PrintedDifferenceTests.verification.get())[0].contents
        XCTAssertFalse(report.contains("\\Big[ 1 \\Big]"))
        XCTAssertFalse(report.contains("5 c_A^{2} + c_V^{2}"), "one spelling of C5: c_V^{2} + 5 c_A^{2}")
        XCTAssertFalse(report.contains("c_V^2+5c_A^2"))
        XCTAssertFalse(report.contains("\\boldsymbol{\\hat{B}}\\cdot\\boldsymbol{\\Omega}"), "the paper writes Ω·B̂")
        XCTAssertTrue(report.contains("\\boldsymbol{\\Omega}\\cdot\\boldsymbol{\\hat{B}}"))
        // The summary: equation numbers never decrease within a stage (the paper's order).
        let summary = report.components(separatedBy: "## Summary")[1].components(separatedBy: "\n\n")[1]
        var last = 0
        for line in summary.split(separator: "\n") where line.hasPrefix("| [") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells[1].hasPrefix("Eq. ("), let n = Int(cells[1].dropFirst(5).prefix { $0.isNumber }) else { continue }
            if cells[0].contains("eq2]") || cells[0].contains("check.eq9-form.nu]") || cells[0].contains("check.eq17.eps2]")
                || cells[0].contains("check.equilibrium.eq33]") || cells[0].contains("check.order-Tm.kappa0.nu]")
                || cells[0].contains("check.order-Tm.rate-form.nu]") { last = 0 }  // a new stage (or O(T/m) part) starts
            XCTAssertGreaterThanOrEqual(n, last, String(line))
            last = n
        }
        XCTAssertFalse(report.contains("delta V WM"), "headings in math")
    }
}
