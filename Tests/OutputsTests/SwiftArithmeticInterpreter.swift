import Algebra
import Foundation

/// Exact interpretation of the Swift arithmetic the code printers emit (`SwiftSourcePrinter`,
/// `SwiftStraightLineProgram`): `let`/`var` bindings, `+=`/`-=`, `return`, and expressions with
/// `+ - * /`, unary minus, parentheses, identifiers and Double literals. A literal means the
/// real number its decimal text denotes (`0.5`, `(1.0/3.0)` is 1/3, `9.5367431640625e-07`), and
/// every operation is exact, so the program is checked as a formula, independently of rounding.
struct SwiftArithmeticInterpreter {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    var environment: [String: BigRational]

    init(identifiers: [String: BigRational]) { environment = identifiers }

    /// Runs statements separated by newlines; the value of `return …`, or of `accumulator`.
    mutating func run(_ program: String, accumulator: String? = nil) throws -> BigRational {
        for raw in program.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("return ") { return try evaluate(String(line.dropFirst(7))) }
            let words = line.split(separator: " ", maxSplits: 3).map(String.init)
            guard words.count == 4 || (words.count == 3 && words[1] != "=") else {
                throw Failure(description: "cannot read statement '\(line)'")
            }
            if words[0] == "let" || words[0] == "var", words[2] == "=" {
                environment[words[1]] = try evaluate(words[3])
            } else if let old = environment[words[0]], words[1] == "+=" || words[1] == "-=" {
                let rest = line.dropFirst(words[0].count + 4)
                let v = try evaluate(String(rest))
                environment[words[0]] = words[1] == "+=" ? old + v : old - v
            } else {
                throw Failure(description: "cannot read statement '\(line)'")
            }
        }
        guard let accumulator, let v = environment[accumulator] else { throw Failure(description: "no return") }
        return v
    }

    func evaluate(_ expression: String) throws -> BigRational {
        var parser = Parser(text: Array(expression), environment: environment)
        let v = try parser.sum()
        parser.skipSpaces()
        guard parser.index == parser.text.count else { throw Failure(description: "trailing text in '\(expression)'") }
        return v
    }

    struct Parser {
        let text: [Character]
        let environment: [String: BigRational]
        var index = 0

        mutating func skipSpaces() { while index < text.count && text[index] == " " { index += 1 } }
        mutating func next() -> Character? {
            skipSpaces()
            return index < text.count ? text[index] : nil
        }
        func failure(_ what: String) -> Failure { Failure(description: "\(what) at \(index) in '\(String(text))'") }

        mutating func sum() throws -> BigRational {
            var v = try product()
            while let c = next(), c == "+" || c == "-" {
                index += 1
                let rhs = try product()
                v = c == "+" ? v + rhs : v - rhs
            }
            return v
        }

        mutating func product() throws -> BigRational {
            var v = try unary()
            while let c = next(), c == "*" || c == "/" {
                index += 1
                let rhs = try unary()
                if c == "*" { v = v * rhs } else { v = try (v / rhs).orThrow(failure("division by zero")) }
            }
            return v
        }

        mutating func unary() throws -> BigRational {
            if next() == "-" {
                index += 1
                return -(try unary())
            }
            return try primary()
        }

        mutating func primary() throws -> BigRational {
            guard let c = next() else { throw failure("expected an operand") }
            if c == "(" {
                index += 1
                let v = try sum()
                guard next() == ")" else { throw failure("expected ')'") }
                index += 1
                return v
            }
            let start = index
            if c.isNumber {
                while index < text.count && (text[index].isNumber || text[index] == "." || text[index] == "e"
                                             || (text[index] == "-" && text[index - 1] == "e")) { index += 1 }
                return try Self.literal(String(text[start..<index])).orThrow(failure("bad literal"))
            }
            while index < text.count && (text[index].isLetter || text[index].isNumber || text[index] == "_") { index += 1 }
            let name = String(text[start..<index])
            return try environment[name].orThrow(failure("unknown identifier '\(name)'"))
        }

        /// The exact value of a decimal literal `123.456e-7` (the literal must contain a dot).
        static func literal(_ s: String) -> BigRational? {
            let parts = s.split(separator: "e", maxSplits: 1)
            guard s.contains("."), let mantissa = parts.first, parts.count <= 2 else { return nil }
            let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
            let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
            guard pieces.count == 2 else { return nil }
            var numerator = BigInt(0)
            for d in pieces[0] + pieces[1] {
                guard let digit = d.wholeNumberValue else { return nil }
                numerator = numerator * BigInt(10) + BigInt(Int64(digit))
            }
            var scale = BigInt(1)
            let shift = exponent - pieces[1].count
            for _ in 0..<abs(shift) { scale = scale * BigInt(10) }
            return shift >= 0 ? BigRational(numerator: numerator * scale, denominator: BigInt(1))
                              : BigRational(numerator: numerator, denominator: scale)
        }
    }
}
