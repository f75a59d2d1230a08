import XCTest
import Algebra
@testable import Outputs

/// The evaluation scheme of the emitted code on small polynomials, as exact golden text.
final class SwiftStraightLineProgramTests: XCTestCase {
    func polynomial(_ text: String) throws -> Polynomial {
        try ExpressionParser(context: ParseContext(scalars: .any, vectors: [], unitVectors: [], fourVectors: [])).parsePolynomial(text)
    }

    func program(_ text: String, outer: [String] = []) throws -> SwiftStraightLineProgram {
        try SwiftStraightLineProgram(polynomial(text), identifier: { $0.name }, outerSymbols: Set(outer.map(Symbol.init)))
    }

    func testCommonFactorAndGroupingByOuterSymbols() throws {
        // G²/(2m)·(cA·cV·x + F2·cA·x − cV²·y): the factor G²/(2m) once; cA·cV·x + F2·cA·x share
        // the kinematic factor x, and the combination cA·(cV + F2) is itself factored.
        let p = try program("G^2/(2*m)*(cA*cV*x + F2*cA*x - cV^2*y)", outer: ["G", "cA", "cV", "F2"])
        XCTAssertEqual(p.statements(indent: ""), """
        let t0 = cV + F2
        let t1 = cA*t0*x - cV*cV*y
        return 0.5*G*G*t1/m
        """)
    }

    func testHornerWithPowersByMultiplication() throws {
        // a occurs in most terms (ties go to the first symbol): a·(1 + x) + b·x³.
        XCTAssertEqual(try program("a + a*x + b*x^3").statements(indent: ""), """
        let t0 = 1.0 + x
        let t1 = b*x*x*x + t0*a
        return t1
        """)
    }

    func testNegativePowersNestWithDivision() throws {
        // 1 + x/m + y/m² = 1 + (x + y/m)/m; with positive powers too, both sides of m⁰ nest.
        XCTAssertEqual(try program("1 + x/m + y/m^2").statements(indent: ""), "let t0 = 1.0 + (y/m + x)/m\nreturn t0")
        XCTAssertEqual(try program("1 + x/m + y/m^3 + z*m^2 + w*m").statements(indent: ""),
                       "let t0 = 1.0 + (z*m + w)*m + (y/(m*m) + x)/m\nreturn t0")
    }

    func testSharedSubexpressionsAndSigns() throws {
        // The same factor (x − y) under two outer monomials, once with the opposite sign: one `let`.
        XCTAssertEqual(try program("a*(x - y)*u + b*(y - x)*v", outer: ["a", "b"]).statements(indent: ""), """
        let t0 = x - y
        let t1 = a*u*t0 - b*v*t0
        return t1
        """)
    }

    func testLiterals() throws {
        XCTAssertEqual(SwiftStraightLineProgram.literal(try Rational(3, 2)), "1.5")
        XCTAssertEqual(SwiftStraightLineProgram.literal(try Rational(1, 3)), "(1.0/3.0)")
        XCTAssertEqual(SwiftStraightLineProgram.literal(Rational(-7)), "-7.0")
        // Exact decimals, not shortest round-trip spellings (which would read back as a different
        // rational in the exact interpreter): 279556356367/2^15 has 22 significant digits.
        XCTAssertEqual(SwiftStraightLineProgram.literal(try Rational(279556356367, 32768)), "8531382.945770263671875")
        XCTAssertEqual(SwiftStraightLineProgram.literal(try Rational(-1, 4)), "-0.25")
        XCTAssertEqual(CoefficientEmitter.decimalLiteral(try Rational(1, 25)), "0.04")
        XCTAssertEqual(CoefficientEmitter.decimalLiteral(try Rational(-1913, 1000)), "-1.913")
        XCTAssertEqual(CoefficientEmitter.decimalLiteral(Rational(2)), "2.0")
        XCTAssertEqual(CoefficientEmitter.decimalLiteral(try Rational(2, 3)), "(2.0/3.0)")
        XCTAssertEqual(CoefficientEmitter.decimalLiteral(try Rational(1, 512)), "0.001953125")
    }
}
