import XCTest
import TestSupport
@testable import Algebra



/// Random exact values for the algebra-law tests.
struct RandomAlgebra {
    var rng: SplitMix64
    /// Scalar symbols; spellings exercise primes, digits and underscores.
    var scalars = ["x", "y", "m", "cA", "cV", "s'", "T_2"].map(Symbol.init)
    /// Structured atoms (valid in `RandomAlgebra.context`).
    var atoms = ["dot(B,Om)", "dot(Om,Om')", "dot(a,b)", "p1.p2", "k.k'", "eps(k,k',p1,p2)"].map(Symbol.init)
    var triples = ["triple(B,Om,Om')", "triple(a,b,c)"].map(Symbol.init)
    var includeAtoms = true
    var includeImaginary = true
    var maxTerms = 4
    var exponents = -2...3
    var denominators: [Int64] = [1, 2, 3, 5]

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    static let context = ParseContext(scalars: .any, vectors: ["a", "b", "c"], unitVectors: ["B", "Om", "Om'"],
                                      fourVectors: ["p1", "p2", "k", "k'"])

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }

    mutating func rational() -> Rational {
        var n = Int64(int(-9...9))
        if n == 0 { n = 1 }
        let d = denominators[int(0...(denominators.count - 1))]
        return try! Rational(n, d)
    }

    /// A monomial with up to three factors, at most one triple product (exponent 1).
    mutating func monomial() throws -> Polynomial {
        var p = Polynomial.one
        for _ in 0..<int(0...3) {
            let choice = int(0...9)
            if choice < 6 || !includeAtoms {
                var e = int(exponents)
                if e == 0 { e = 1 }
                p = try p * Polynomial(scalars[int(0...(scalars.count - 1))], e)
            } else if choice < 8 {
                p = try p * Polynomial(atoms[int(0...(atoms.count - 1))], int(1...2))
            } else if choice == 8 && includeImaginary {
                p = try p * Polynomial(.imaginaryUnit)
            } else if choice == 9 && !p.symbols.contains(where: { $0.name.hasPrefix("triple(") }) {
                p = try p * Polynomial(triples[int(0...1)])
            }
        }
        return p
    }

    mutating func polynomial() throws -> Polynomial {
        var p = Polynomial.zero
        for _ in 0..<int(0...maxTerms) { p = try p + monomial().scaled(by: rational()) }
        return p
    }

    /// A single nonzero term.
    mutating func term() throws -> Polynomial {
        try monomial().scaled(by: rational())
    }
}

/// Fails with both sides and their difference printed.
func assertEqualPolynomials(_ a: Polynomial, _ b: Polynomial, _ message: String = "",
                            file: StaticString = #filePath, line: UInt = #line) {
    if a != b {
        let difference = PlainTextPrinter.text(a - b)
        XCTFail("\(message)\n  lhs: \(a)\n  rhs: \(b)\n  lhs - rhs: \(difference)", file: file, line: line)
    }
}
