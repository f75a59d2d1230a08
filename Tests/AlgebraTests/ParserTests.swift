import Foundation
import XCTest
@testable import Algebra

final class ParserTests: XCTestCase {
    let context = ParseContext(scalars: .only(["x", "y", "m", "cA", "cV", "s", "s'"]), vectors: ["q", "a", "b"],
                               unitVectors: ["B", "Om", "Om'"], fourVectors: ["p", "p'", "k", "k'"])
    var parser: ExpressionParser { ExpressionParser(context: context) }

    func parse(_ s: String) throws -> Polynomial { try parser.parsePolynomial(s) }
    func sym(_ s: String, _ e: Int = 1) -> Polynomial { Polynomial(Symbol(s), e) }

    func testNumbersAndArithmetic() throws {
        XCTAssertEqual(try parse("3/6"), Polynomial(try Rational(1, 2)))
        XCTAssertEqual(try parse("9223372036854775807"), Polynomial(try Rational(Int64.max, 1)))
        XCTAssertEqual(PlainTextPrinter.text(try parse("2^64")), "18446744073709551616")
        XCTAssertEqual(PlainTextPrinter.text(try parse("9223372036854775807 + 1")), "9223372036854775808")
        XCTAssertEqual(PlainTextPrinter.text(try parse("99999999999999999999/3 - x/10^20")), "33333333333333333333 - 1/100000000000000000000*x")
        XCTAssertEqual(try parse("-x^2"), -sym("x", 2))
        XCTAssertEqual(try parse("2*-x"), sym("x").scaled(by: -2))
        XCTAssertEqual(try parse("x^-1"), sym("x", -1))
        XCTAssertEqual(try parse("m^(-2) * m^(+3)"), sym("m"))
        XCTAssertEqual(try parse("x^3"), sym("x", 3))
        XCTAssertEqual(try parse("(x + y)^2"), try parse("x^2 + 2*x*y + y^2"))
        XCTAssertEqual(try parse("x +\n  y\r\n - 1"), sym("x") + sym("y") - 1)
        XCTAssertEqual(try parse("s' * s / s'"), sym("s"))
        XCTAssertEqual(try parse("(x^2 - y^2)/(2*x)"), try parse("1/2*x - 1/2*y^2/x"))
        XCTAssertEqual(try parse(String(repeating: "-", count: 10_001) + "x"), -sym("x"))
        XCTAssertEqual(try parse(String(repeating: "x + ", count: 5_000) + "x"), sym("x").scaled(by: 5_001))
        XCTAssertEqual(try parse("2 - 3 - 4/2/2 * 6"), Polynomial(-7))
        XCTAssertEqual(try parse("-2^2"), Polynomial(-4))
        XCTAssertEqual(try parse("I^2"), Polynomial(-1))
        XCTAssertEqual(try parse("I^-1"), -Polynomial(.imaginaryUnit))
        XCTAssertEqual(try parse("1/I"), -Polynomial(.imaginaryUnit))
    }

    func testAtoms() throws {
        XCTAssertEqual(try parse("p'.p"), Polynomial(Symbol("p.p'")))
        XCTAssertEqual(try parse("k . p"), Polynomial(Symbol("k.p")))
        XCTAssertEqual(try parse("eps(p, k, p', k')"), -Polynomial(Symbol("eps(k,k',p,p')")))
        XCTAssertEqual(try parse("eps(p, p, k, k')"), .zero)
        XCTAssertEqual(try parse("dot(Om - Om', B)"), sym("dot(B,Om)") - sym("dot(B,Om')"))
        XCTAssertEqual(try parse("dot(Om, Om)"), .one)
        XCTAssertEqual(try parse("dot(2*q, q/x)"), try sym("dot(q,q)").scaled(by: 2) * sym("x", -1))
        XCTAssertEqual(try parse("triple(q, Om, B)"), -sym("triple(B,Om,q)"))
        // q·(Ω×(Ω×B)) = (q·Ω)(Ω·B) − q·B for a unit Ω.
        XCTAssertEqual(try parse("triple(q, Om, cross(Om, B))"), try parse("dot(B,Om)*dot(Om,q) - dot(B,q)"))
        // Products of triple products are Gram-reduced.
        XCTAssertEqual(try parse("triple(q, Om, B)^2"), try parse("dot(q,q) - dot(q,q)*dot(B,Om)^2 - dot(Om,q)^2 + 2*dot(B,Om)*dot(B,q)*dot(Om,q) - dot(B,q)^2"))
        XCTAssertEqual(try parser.parseVector("cross(b, a) + 0"), -VectorExpression.cross("a", "b"))
        XCTAssertEqual(try parser.parseVector("x*q - q*x"), .zero)
        XCTAssertEqual(try parser.parseVector("0"), .zero)
    }

    func testAnyScalarPolicy() throws {
        let any = ExpressionParser(context: ParseContext())
        XCTAssertEqual(try any.parsePolynomial("xyz_1 * T'"), try sym("xyz_1") * sym("T'"))
        XCTAssertEqual(try Polynomial(parsing: "2*w"), sym("w").scaled(by: 2))
        XCTAssertEqual(try any.parse(bytes: Array("a+1".utf8)), .scalar(sym("a") + 1))
    }

    /// Exact one-line messages with line:column of the offending token.
    func testErrorMessages() {
        let cases: [(String, String)] = [
            ("(x + y", "1:7: expected ')' but found end of input"),
            ("x + y)", "1:6: unmatched ')'"),
            ("x +", "1:4: expected an expression but found end of input"),
            ("", "1:1: expected an expression but found end of input"),
            ("x*(y +\n)", "2:1: expected an expression but found ')'"),
            ("x +\n  2*xyz", "2:5: unknown symbol 'xyz'"),
            ("2 x", "1:3: expected an operator or end of input but found 'x'"),
            (String(repeating: "9", count: 1001), "1:1: integer literal '\(String(repeating: "9", count: 40))...' (1001 characters) has more than 1000 digits"),
            ("(2^5000)^30", "1:9: power ^30 would build coefficients beyond 10000 bits"),
            ("x^99999999999999999999", "1:3: exponent '99999999999999999999' is too large (limit 10000)"),
            ("x^", "1:3: expected an integer exponent but found end of input"),
            ("x^(-2", "1:6: expected ')' but found end of input"),
            ("x^2^3", "1:4: chained '^' is ambiguous; use parentheses"),
            ("(x^5000)^3", "1:9: power ^3 would exceed the exponent limit 10000"),
            ("x^6000*x^6000", "1:7: exponent of 'x' exceeds the limit 10000"),
            ("x # y", "1:3: unexpected character '#'"),
            ("x + \u{FFFD}", "1:5: unexpected character '\u{FFFD}' (U+FFFD)"),
            ("x\u{7}", "1:2: unexpected character U+0007"),
            ("1.5*x", "1:1: decimal literal '1.5' is not exact; write a fraction such as 3/2"),
            ("s'x", "1:1: malformed identifier 's'x': primes may only end a name"),
            ("1/(x + y)", "1:2: division by a sum is not exact"),
            ("(x + y)^-1", "1:8: division by a sum is not exact"),
            ("x/0", "1:2: division by zero"),
            ("x/(y - y)", "1:2: division by zero"),
            ("dot(q, x)", "1:8: argument 2 of dot must be a 3-vector, found a scalar"),
            ("dot(q, q", "1:9: expected ')' (dot takes 2 arguments) but found end of input"),
            ("dot q", "1:5: expected '(' after 'dot' but found 'q'"),
            ("eps(p, p', k)", "1:13: expected ',' (eps takes 4 arguments) but found ')'"),
            ("eps(p, p', k, q)", "1:15: 'q' is not a 4-vector"),
            ("p + x", "1:1: 4-vector 'p' may only appear in a product like 'p.q' or in eps(...)"),
            ("p.x", "1:3: 'x' is not a 4-vector"),
            ("x.y", "1:2: '.' needs 4-vectors; 'x' is a scalar"),
            ("q.q", "1:2: '.' is the Minkowski product of 4-vectors; 'q' is a 3-vector (use dot(a,b))"),
            ("q + x", "1:3: cannot combine a 3-vector and a scalar with '+'"),
            ("q * q", "1:3: cannot multiply two 3-vectors; use dot(u,v) or cross(u,v)"),
            ("x / q", "1:3: cannot divide by a 3-vector"),
            ("q^2", "1:2: cannot raise a 3-vector to a power"),
            ("q", "1:1: expected a scalar expression but found a 3-vector"),
            ("\n  2*q", "2:3: expected a scalar expression but found a 3-vector"),
            (String(repeating: "(", count: 10_000), "1:65: expression nested more than 64 levels deep"),
            (String(repeating: "dot(", count: 200) + "q", "1:257: expression nested more than 64 levels deep"),
        ]
        for (input, expected) in cases {
            do {
                let value = try parser.parsePolynomial(input)
                XCTFail("\(input.debugDescription) parsed as \(value); expected \(expected)")
            } catch {
                XCTAssertEqual(error.message, expected, "input \(input.debugDescription)")
            }
        }
    }

    func testExpansionBudget() throws {
        var small = ParseContext()
        small.maxExpansionWork = 10_000
        XCTAssertThrowsError(try ExpressionParser(context: small).parsePolynomial("(a+b+c+d+e+f+g+h)^60")) { error in
            XCTAssertEqual((error as? ParseError)?.message, "1:18: expression too large to expand (more than 10000 term products)")
        }
        // Coefficients beyond 64 bits are exact: the middle one of (a+b)^100 is C(100, 50),
        // here by the product formula in BigInt.
        let binomial = try ExpressionParser(context: ParseContext()).parsePolynomial("(a+b)^100")
        let middle = binomial.coefficient(of: Monomial.product(Monomial(Symbol("a"), 50), Monomial(Symbol("b"), 50)).monomial)
        var c = BigInt.one
        for i in 1...50 { c = c * BigInt(50 + i) / BigInt(i) }
        XCTAssertEqual(middle, Rational(integer: c))
        XCTAssertEqual(c.description, "100891344545564193334812497256")
        XCTAssertThrowsError(try parser.parsePolynomial("dot(q, Om)*triple(q, Om, B)^13")) { error in
            XCTAssertEqual((error as? ParseError)?.message, "1:28: a term has 13 triple products; Gram reduction is limited to 12")
        }
    }

    /// The deepest accepted nesting also fits a 512 KB secondary-thread stack (debug build).
    func testMaximumNestingOnSmallStack() {
        // 63 parentheses around x, or 63 nested calls around Om: 64 operand levels.
        let parens = String(repeating: "(", count: 63) + "x" + String(repeating: ")", count: 63)
        let calls = "dot(a, " + String(repeating: "cross(q, ", count: 62) + "Om" + String(repeating: ")", count: 63)
        final class Results: @unchecked Sendable { var values: [Bool] = [] }  // handed over by the semaphore
        let results = Results()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { [parser] in
            results.values.append((try? parser.parsePolynomial(parens)) == Polynomial(Symbol("x")))
            results.values.append((try? parser.parsePolynomial(calls)) != nil)
            results.values.append((try? parser.parsePolynomial("(" + parens + ")")) == nil)
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        XCTAssertEqual(results.values, [true, true, true])
    }

    func testNonUTF8Bytes() {
        XCTAssertThrowsError(try parser.parse(bytes: [0x78, 0x2B, 0xFF, 0xFE])) { error in
            XCTAssertEqual((error as? ParseError)?.message, "1:3: unexpected character '\u{FFFD}' (U+FFFD)")
        }
    }
}
