import Foundation
import XCTest
import Algebra
import TestSupport

/// Every printer against the polynomial it printed, on random polynomials (`RandomPrinterInput`):
/// plain and collected text parse back to the same polynomial; the LaTeX (printer and layout)
/// and the generated Swift (expression, statements, straight-line program) evaluate exactly to
/// the polynomial's value at random rational points, read by independent evaluators
/// (`LaTeXEvaluator`, `SwiftArithmeticInterpreter`).
///
/// `PRINTER_PROPERTY_CASES` polynomials per test (default 2500: 10⁴ random polynomials and
/// about 2.7·10⁴ printed forms checked in `swift test`); `scripts/printer-properties.sh` runs more
/// in release.
final class PrinterPropertyTests: XCTestCase {
    static let cases = ProcessInfo.processInfo.environment["PRINTER_PROPERTY_CASES"].flatMap(Int.init) ?? 2500
    let parser = ExpressionParser(context: RandomPrinterInput.context)

    func report(_ what: String, polynomials: Int, forms: Int) {
        print("printer properties: \(what): \(polynomials) random polynomials, \(forms) printed forms checked")
    }

    func testPlainTextParsesBack() throws {
        var random = RandomPrinterInput(seed: 0x9_1A1)
        var forms = 0
        for _ in 0..<Self.cases {
            let p = try random.polynomial()
            for text in [PlainTextPrinter.text(p), PlainTextPrinter.factoredText(p), p.description] {
                XCTAssertEqual(try parser.parsePolynomial(text), p, text)
                forms += 1
            }
        }
        report("plain text", polynomials: Self.cases, forms: forms)
    }

    func testCollectedTextParsesBack() throws {
        var random = RandomPrinterInput(seed: 0xC011)
        var forms = 0
        let candidates = RandomPrinterInput.scalars + RandomPrinterInput.atoms
        for _ in 0..<Self.cases {
            let p = try random.polynomial()
            // Random choices of coefficient symbols: missing from some terms, negative powers.
            for _ in 0..<2 {
                let coefficients = Set(candidates.filter { _ in random.chance(40) })
                let text = CollectedPrinter.text(p) { coefficients.contains($0) }
                XCTAssertEqual(try parser.parsePolynomial(text), p, "coefficients \(coefficients.map(\.name).sorted()): \(text)")
                forms += 1
            }
        }
        // The case of issue 10: a common 1/T over a term without T keeps that term's T¹.
        let issue = try parser.parsePolynomial("T/(T*m) + k/(T*m)*T^0 + 3*k/m")
        XCTAssertEqual(try parser.parsePolynomial(CollectedPrinter.text(issue) { ["T", "m"].contains($0.name) }), issue)
        report("collected text", polynomials: Self.cases, forms: forms)
    }

    func testLaTeXEvaluatesToThePolynomial() throws {
        var random = RandomPrinterInput(seed: 0x1A7E)
        let printer = LaTeXPrinter(names: ["Om": "\\Omega", "cA": "c_A", "GF": "G_F", "B": "\\hat{B}"])
        let rawNames = RandomPrinterInput.scalars.map(\.name) + ["a", "b", "c", "B", "Om", "Om'", "p1", "p2", "k1", "k2"]
        let evaluator = LaTeXEvaluator(printer: printer, rawNames: rawNames)
        var forms = 0
        for _ in 0..<Self.cases {
            let p = try random.polynomial()
            var layout = LaTeXLayout(printer: printer,
                                     isOuter: { ["s'", "T_2"].contains($0.name) },
                                     isInner: { $0.name.contains("(") || $0.name.contains(".") },
                                     signSymbol: random.chance(70) ? RandomPrinterInput.sign : nil)
            layout.termsPerLine = Int(random.int(1...4))
            if random.chance(20) { layout.staysInGroups = { $0.name == "m" } }
            // the report's options: the paper's order of a sum, the terms differing from a reference boxed
            if random.chance(50) { layout.sumOrder = [Symbol("cV"), Symbol("cA")] }
            if random.chance(30) { layout.reference = random.chance(50) ? p : try random.polynomial() }
            let values = random.point(for: p)
            let sign = values[RandomPrinterInput.sign] ?? .one
            let expected = try XCTUnwrap(p.exactValue(values))
            for text in [printer.render(p), layout.render(p), layout.lines(p).joined(separator: " \\\\ ")] {
                // A layout is one formula even when split over lines.
                let shown = try evaluator.value(text, values: values, sign: sign)
                XCTAssertEqual(shown, expected, "\(PlainTextPrinter.text(p)) printed as \(text)")
                forms += 1
            }
        }
        report("LaTeX printer and layout", polynomials: Self.cases, forms: forms)
    }

    func testGeneratedSwiftEvaluatesToThePolynomial() throws {
        var random = RandomPrinterInput(seed: 0x5F7)
        var forms = 0
        for _ in 0..<Self.cases {
            let p = try random.polynomial(imaginary: false)
            let symbols = p.symbols
            let identifier: (Symbol) -> String = { s in "v\(symbols.firstIndex(of: s)!)" }
            let values = random.point(for: p)
            var identifiers: [String: BigRational] = [:]
            for (i, s) in symbols.enumerated() { identifiers["v\(i)"] = values[s]!.real }
            let expected = try XCTUnwrap(p.exactValue(values)).real
            let source = SwiftSourcePrinter(identifier: identifier)
            let outer = Set(symbols.filter { _ in random.chance(40) })
            // The program's own factoring is exact (total rationals): nothing is refused.
            let program = try SwiftStraightLineProgram(p, identifier: identifier, outerSymbols: outer)
            var interpreter = SwiftArithmeticInterpreter(identifiers: identifiers)
            let texts = [
                ("expression", "return " + source.expression(p), nil),
                ("statements", source.statements(p, accumulator: "r"), "r"),
                ("straight-line program", program.statements(indent: "    "), nil),
            ]
            for (what, text, accumulator) in texts {
                XCTAssertEqual(try interpreter.run(text, accumulator: accumulator), expected, "\(what) of \(PlainTextPrinter.text(p)):\n\(text)")
                forms += 1
            }
        }
        report("generated Swift", polynomials: Self.cases, forms: forms)
    }
}
