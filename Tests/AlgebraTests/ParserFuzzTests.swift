import XCTest
@testable import Algebra
import TestSupport

/// Every input, however mangled, ends in a value (which round-trips through the printer)
/// or a `ParseError` with a sane position.
final class ParserFuzzTests: XCTestCase {
    let parser = ExpressionParser(context: ParseContext(scalars: .only(["x", "y", "m", "s'", "I"]), vectors: ["q", "a"],
                                                        unitVectors: ["B", "Om", "Om'"], fourVectors: ["p", "k", "k'"]))
    let seeds = [
        "x^2 - 3/2*y/m", "dot(Om - Om', B)*triple(q, Om, cross(a, B))", "eps(p, k, k', p)*p.k'", "(x + y)^3/m^-2",
        "s'*I - 9223372036854775807", "-(x)*(-y)^(-2)", "dot(2*q, q/x)", "x +\n  y\n", "cross(a, q)", "1/(x*y^2)",
    ]
    /// Fragments that stress the lexer and parser (including non-ASCII and control characters).
    let fragments = ["(", ")", "^", "-", "+", "*", "/", ",", ".", "'", "x", "q", "p", "0", "99999999999999999999",
                     "^-", "dot(", "eps(", "triple(", "cross(", "\n", " ", "\u{FFFD}", "Ω", "\u{0}", "#", "1.5", "I",
                     "^99999", "^(10000)", "(x+y)", "B", "k'", "_", "9223372036854775807"]

    func check(_ input: String) {
        do {
            // A value must survive print → parse unchanged.
            switch try parser.parse(input) {
            case .scalar(let p):
                XCTAssertEqual(try? parser.parsePolynomial(PlainTextPrinter.text(p)), p, "\(input.debugDescription) → \(p)")
            case .vector(let v):
                XCTAssertEqual(try? parser.parseVector(v.description), v, "\(input.debugDescription) → \(v)")
            }
        } catch {
            // ParseError is the only possible error (typed throws); check its position.
            XCTAssertGreaterThanOrEqual(error.line, 1)
            XCTAssertGreaterThanOrEqual(error.column, 1)
            XCTAssertFalse(error.message.contains("\n"), "multi-line message for \(input.debugDescription)")
        }
    }

    func testRandomAndMutatedInputs() {
        var rng = SplitMix64(seed: 42)
        for i in 0..<20_000 {
            var scalars = Array(seeds[Int.random(in: 0..<seeds.count, using: &rng)].unicodeScalars)
            switch i % 4 {
            case 0:  // point mutations: delete, insert a fragment, duplicate a slice
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    let at = Int.random(in: 0...scalars.count, using: &rng)
                    switch Int.random(in: 0...2, using: &rng) {
                    case 0 where at < scalars.count: scalars.remove(at: at)
                    case 1: scalars.insert(contentsOf: fragments[Int.random(in: 0..<fragments.count, using: &rng)].unicodeScalars, at: at)
                    default:
                        let end = Int.random(in: at...scalars.count, using: &rng)
                        scalars.insert(contentsOf: scalars[at..<end], at: at)
                    }
                }
            case 1:  // random fragment soup
                scalars = []
                for _ in 0..<Int.random(in: 0...20, using: &rng) {
                    scalars += fragments[Int.random(in: 0..<fragments.count, using: &rng)].unicodeScalars
                }
            case 2:  // truncation of a valid input
                scalars = Array(scalars.prefix(Int.random(in: 0...scalars.count, using: &rng)))
            default:  // raw bytes, decoded with replacement
                let bytes = (0..<Int.random(in: 0...16, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                do { _ = try parser.parse(bytes: bytes) } catch { XCTAssertGreaterThanOrEqual(error.column, 1) }
                continue
            }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars)
            check(String(s))
        }
    }
}
