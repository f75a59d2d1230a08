import XCTest
@testable import Algebra

final class PrinterTests: XCTestCase {
    let parser = ExpressionParser(context: RandomAlgebra.context)

    func parse(_ s: String) throws -> Polynomial { try parser.parsePolynomial(s) }

    /// Terms print in canonical monomial order (graded by total degree, so 1/m comes
    /// before constants). print → parse → equal, for plain and factored text, on random polynomials with
    /// rationals, negative exponents, primes, dot/triple/a.b/eps atoms and I.
    func testPlainTextRoundTrip() throws {
        var r = RandomAlgebra(seed: 31)
        for _ in 0..<500 {
            let p = try r.polynomial()
            let text = PlainTextPrinter.text(p)
            XCTAssertEqual(try parse(text), p, text)
            let factored = PlainTextPrinter.factoredText(p)
            XCTAssertEqual(try parse(factored), p, factored)
            XCTAssertEqual(PlainTextPrinter.text(p), text, "deterministic")
        }
    }

    /// The collected layout parses back, also when a coefficient symbol has a negative common
    /// power and is absent from some terms (e.g. a/T + b collected as (a + b T)/T).
    func testCollectedTextRoundTrip() throws {
        var r = RandomAlgebra(seed: 37)
        for _ in 0..<300 {
            let p = try r.polynomial()
            let coefficients = Set(p.symbols.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
            let text = CollectedPrinter.text(p) { coefficients.contains($0) }
            XCTAssertEqual(try parse(text), p, text)
        }
        let scalars = ParseContext(scalars: .any, vectors: [], unitVectors: [])
        let p = try Polynomial(parsing: "4*F2*muBB/m - 20*cV*k*muBB/(T*m)", context: scalars)
        let text = CollectedPrinter.text(p) { ["F2", "cV", "m", "T"].contains($0.name) }
        XCTAssertEqual(text, "4/(T*m)*(F2*T*muBB - 5*cV*k*muBB)")
        XCTAssertEqual(try Polynomial(parsing: text, context: scalars), p, text)
    }

    func testPlainTextSpelling() throws {
        let fourVectors = ParseContext(fourVectors: ["p1", "p2", "p3", "p4"])
        let trace = try Polynomial(parsing: "4*(p1.p2*p3.p4 - p1.p3*p2.p4 + p1.p4*p2.p3)", context: fourVectors)
        XCTAssertEqual(trace.description, "4*p1.p2*p3.p4 - 4*p1.p3*p2.p4 + 4*p1.p4*p2.p3")
        XCTAssertEqual(PlainTextPrinter.factoredText(trace), "4*(p1.p2*p3.p4 - p1.p3*p2.p4 + p1.p4*p2.p3)")
        XCTAssertEqual(try parse("-3/2*cA*cV/m").description, "-3/2*cA*cV/m")
        XCTAssertEqual(try parse("-6*x/4 - 9/(2*y)").description, "-9/(2*y) - 3/2*x")
        XCTAssertEqual(PlainTextPrinter.factoredText(try parse("-6*x/4 - 9/(2*y)")), "-3/2*(3/y + x)")
        XCTAssertEqual(PlainTextPrinter.factoredText(try parse("-x - y")), "-(x + y)")
        XCTAssertEqual(try parse("1/(m^2*T) + x*y^2/(m*T) + I*x").description, "1/(T*m^2) + x*y^2/(T*m) + I*x")
        XCTAssertEqual(Polynomial.zero.description, "0")
        XCTAssertEqual(try parse("2 - x").description, "2 - x")
    }

    func testLaTeX() throws {
        let latex = LaTeXPrinter(names: ["Om": "\\Omega", "B": "\\hat{B}", "cV": "c_V", "cA": "c_A"])
        XCTAssertEqual(latex.render(try parse("dot(B,Om)")), "\\boldsymbol{\\hat{B}}\\cdot\\boldsymbol{\\Omega}")
        XCTAssertEqual(latex.render(try parse("dot(Om',B)^2")), "(\\boldsymbol{\\hat{B}}\\cdot\\boldsymbol{\\Omega'})^{2}")
        XCTAssertEqual(latex.render(try parse("triple(a,b,c)")),
                       "\\boldsymbol{a}\\cdot(\\boldsymbol{b}\\times\\boldsymbol{c})")
        XCTAssertEqual(latex.render(try parse("-3/2*cA*cV/m")), "-\\frac{3 c_A c_V}{2 m}")
        XCTAssertEqual(latex.render(try parse("x/m^2 + 1/2")), "\\frac{x}{m^{2}} + \\frac{1}{2}")
        XCTAssertEqual(latex.render(try parse("4*p1.p2*k.k' - eps(k,k',p1,p2)")),
                       "-\\epsilon(k,k',p_{1},p_{2}) + 4 (k\\cdot k') (p_{1}\\cdot p_{2})")
        XCTAssertEqual(latex.render(try parse("s'^2 + T_2 + I*x")), "T_{2} + i x + {s'}^{2}")
        XCTAssertEqual(latex.name("Om''"), "\\Omega''")
        XCTAssertEqual(LaTeXPrinter().name("c_V"), "c_{V}")
    }

    func testSwiftSource() throws {
        let swift = SwiftSourcePrinter { symbol in
            switch symbol.name {
            case "dot(B,Om)": return "bDotOm"
            case "s'": return "sPrime"
            default: return symbol.name
            }
        }
        let p = try parse("x^3 - 3/2*cA*cV/m - 2 + dot(B,Om)/m^2")
        XCTAssertEqual(swift.expression(p), "bDotOm/(m*m) - 2.0 - (3.0/2.0)*cA*cV/m + x*x*x")
        XCTAssertEqual(swift.expression(try parse("1/(m*T) - 2/m + 5/3")), "1.0/(T*m) - 2.0/m + (5.0/3.0)")
        XCTAssertEqual(swift.expression(try parse("-s'*s'")), "-sPrime*sPrime")
        XCTAssertEqual(swift.expression(.zero), "0.0")
        XCTAssertEqual(swift.statements(try parse("x - 1/2*y"), accumulator: "r"),
                       "var r = 0.0\nr += x\nr -= (1.0/2.0)*y")
    }

    func testVectorExpressionDescriptionRoundTrips() throws {
        let v = try parser.parseVector("2*a - dot(a,b)*cross(b,c) + (x + 1)*Om - Om'/m")
        XCTAssertEqual(v.description, "(1 + x)*Om - 1/m*Om' + 2*a - dot(a,b)*cross(b,c)")
        XCTAssertEqual(try parser.parseVector(v.description), v)
    }
}
