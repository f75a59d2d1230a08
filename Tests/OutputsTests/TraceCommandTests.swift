import Foundation
import XCTest

/// `verify trace` as a process (issue 9): sigma arguments, index counts, the term budget,
/// exponent growth, juxtaposition, division by zero. Refusals are one line on stderr, exit 2,
/// nothing on stdout.
final class TraceCommandTests: XCTestCase {
    func run(_ arguments: [String]) throws -> VerifyProcess.Run {
        try VerifyProcess.run(["trace"] + arguments, in: CommandLineBadInputTests.repositoryRoot)
    }

    func assertValue(_ arguments: [String], _ value: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try run(arguments)
        XCTAssertEqual(r.status, 0, "exit code of verify trace \(arguments): \(r.stderr)", file: file, line: line)
        XCTAssertEqual(r.stdout, value + "\n", file: file, line: line)
    }

    func assertRefused(_ arguments: [String], _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try run(arguments)
        XCTAssertEqual(r.status, 2, "exit code of verify trace \(arguments)", file: file, line: line)
        XCTAssertEqual(r.stdout.count, 0, file: file, line: line)
        XCTAssertEqual(r.stderr, "verify: error: " + message + "\n", file: file, line: line)
    }

    /// Integer literals of any size are exact (total rationals); the values were checked with
    /// Python's integers: 4·(10^30 + 7) − 4·(10^30 + 6) = 4 and 4·(2^64 + 1) = 73786976294838206468.
    func testBigLiteralsAreExact() throws {
        try assertValue(["1000000000000000000000000000007*tr(p q) - 1000000000000000000000000000006*tr(p q)"], "4*p.q")
        try assertValue(["18446744073709551617*tr(p q)"], "73786976294838206468*p.q")
        try assertRefused([String(repeating: "1", count: 1001) + "*tr(p q)"],
                          "1:1: integer literal '1111111111111111111111111111111111111111...' (1001 characters) has more than 1000 digits")
    }

    func testSigmaArgumentsAreIndicesOnlyWhenUsedInGOrDeclared() throws {
        try assertValue(["tr(sigma(mu,p) g(mu) q)"], "-12*I*p.q")
        try assertValue(["tr(sigma(a,b) sigma(a,b))"], "4*(a.a*b.b - a.b^2)")
        try assertValue(["--indices", "mu,nu", "tr(sigma(mu,nu) sigma(mu,nu))"], "48")
        try assertRefused(["tr(g(p) p)"], "1:9: 'p' is a Lorentz index (an argument of g(...) or declared) and cannot also be a 4-vector")
        try assertRefused(["--indices", "m", "tr(p p)"], "'m' is given both as a scalar and as an index")
        try assertRefused(["--indices", "g5", "tr(p p)"], "--indices: 'g5' cannot be a Lorentz index")
        // Reserved names are refused as scalars too (e1 was silently a scalar printed like the frame vector).
        try assertRefused(["--scalars", "e1", "tr(e1 e1)"], "--scalars: 'e1' cannot be a scalar")
        try assertRefused(["--scalars", "cV,I", "tr(I*I)"], "--scalars: 'I' cannot be a scalar")
        try assertRefused(["--scalars", "g5", "tr(g5 g5)"], "--scalars: 'g5' cannot be a scalar")
        // Names that the syntax cannot spell were accepted and silently meant nothing (red team).
        for (option, list, bad) in [("--scalars", "p.q", "p.q"), ("--scalars", "cV,,cA", ""), ("--scalars", "x,", ""),
                                    ("--indices", "mu,5", "5"), ("--indices", "a b", "a b"), ("--scalars", "μ", "μ")] {
            try assertRefused([option, list, "tr(p q)"], "\(option): '\(bad)' is not a name (letters, digits, '_')")
        }
        try assertRefused(["--scalars", "", "tr(p q)"], "--scalars needs a comma-separated list, not an empty string")
        try assertRefused(["--scalars", "--indices", "tr(p q)"],
                          "--scalars needs a comma-separated list, not the option '--indices' (write ./--indices for a path of that name)")
        try assertValue(["--scalars", "cV,x_1", "--indices", "mu", "tr(cV x_1 g(mu) g(mu))"], "16*cV*x_1")
        try assertRefused(["tr(e0 g(e0))"], "1:9: 'e0' is not a Lorentz index")
        try assertValue(["tr(sigma(e0,e1) sigma(e0,e1))"], "-4")
    }

    func testAnIndexAtMostTwicePerTerm() throws {
        try assertRefused(["tr(g(mu) p g(mu) q g(mu) r g(mu) s)"],
                          "1:20: Lorentz index 'mu' would appear 3 times in one term; an index may appear at most twice")
        try assertRefused(["tr(g(mu) g(mu) g(mu) g(mu))"],
                          "1:16: Lorentz index 'mu' would appear 3 times in one term; an index may appear at most twice")
        try assertValue(["tr(g(mu) p g(mu) q)"], "-8*p.q")
    }

    func testExponentGrowthIsRefusedNotTrapped() throws {
        try assertRefused(["tr(1)*((((m^10000)^10000)^10000)^10000)^10000"], "1:19: the exponent of m would exceed 1000000")
    }

    func testTheBudgetRefusesBeforeExpanding() throws {
        func names(_ p: String, _ n: Int) -> String { (0..<n).map { "\(p)\($0)" }.joined(separator: " ") }
        try assertRefused(["tr(\(names("p", 18)))"],
                          "1:62: the trace of a product of 18 gamma matrices would form about 34459425 term products, "
                          + "over the term budget of 200000 (raise it with --max-terms N)")
        try assertRefused(["tr(\(names("p", 16)))*2"],
                          "1:1: the trace of 1 gamma string of up to 16 matrices would form about 2027025 term products, "
                          + "over the term budget of 200000 (raise it with --max-terms N)")
        try assertRefused(["--max-terms", "20280", "tr(\(names("p", 16)))"],
                          "1:1: the trace of 16 matrices, streamed (2027025 terms, one term product per 100), would form about "
                          + "20271 term products, 20286 in all with the 15 already charged, over the term budget of 20280 (raise it with --max-terms N)")
        try assertRefused(["tr(1)*(tr(\(names("p", 10))))^3"],
                          "1:42: the power ^3 of 945 terms would form about 893025 term products, "
                          + "over the term budget of 200000 (raise it with --max-terms N)")
        try assertRefused(["--max-terms", "100", "tr(\(names("p", 8)))*2"],
                          "1:1: the trace of 1 gamma string of up to 8 matrices would form about 105 term products, "
                          + "over the term budget of 100 (raise it with --max-terms N)")
        try assertValue(["--max-terms", "100", "tr(p0 p1 p2 p3)"], "4*(p0.p1*p2.p3 - p0.p2*p1.p3 + p0.p3*p1.p2)")
        try assertValue(["--max-terms", "112", "tr(p0 p1 p2 p3 p4 p5 p6 p7)^0"], "1")
        try assertRefused(["--max-terms", "0x10", "tr(p p)"], "--max-terms needs a positive integer, not '0x10'")
    }

    func testJuxtapositionPowersAndDivision() throws {
        try assertValue(["tr(p1 p2)^2"], "16*p1.p2^2")
        try assertValue(["tr(p1 (p2+m))"], "4*p1.p2")
        try assertRefused(["tr(p1(p2+m))"], "1:4: unknown function 'p1'; for a product write 'p1 (...)' or 'p1*(...)'")
        try assertRefused(["tr(p1 p2)/0"], "1:10: division by zero")
        try assertRefused(["tr(p1 p2)/(m-m)"], "1:10: division by zero")
    }
}
