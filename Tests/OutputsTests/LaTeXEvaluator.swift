import Algebra

/// Reads the LaTeX that `LaTeXPrinter` and `LaTeXLayout` write and evaluates it exactly: an
/// independent route from the printed text back to a number, for the printer properties.
///
/// Understood: integers, names (every spelling `printer.name` gives to `rawNames`), `i`,
/// juxtaposition and `\,` as products, `+ - \pm \mp` (± is the value of `sign`), `\frac{}{}`,
/// `^{n}`, `( ) [ ] { } \big( \big) \Big[ \Big]`, the atoms `\boldsymbol{a}\cdot\boldsymbol{b}`,
/// `\boldsymbol{a}\cdot(\boldsymbol{b}\times\boldsymbol{c})`, `|\boldsymbol{a}|^{2n}`, `p\cdot q`,
/// `\epsilon(a,b,c,d)`, and the layout's `\begin{aligned} & \\ \quad \qquad \end{aligned}`.
/// An atom's value is looked up under its canonical name (`dot(a,b)`, `triple(a,b,c)`, `p.q`,
/// `eps(a,b,c,d)`), so the text is checked against the polynomial's own symbols.
struct LaTeXEvaluator {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    enum Token: Equatable {
        case number(Algebra.BigInt), name(String), command(String), char(Character)
    }

    /// LaTeX spelling → raw name, by first character, longest spellings first.
    let spellings: [Character: [(latex: [Character], raw: String)]]

    init(printer: LaTeXPrinter, rawNames: [String]) {
        var table = rawNames.map { (latex: Array(printer.name($0)), raw: $0) }
        table.append((["i"], "I"))
        spellings = Dictionary(grouping: table.sorted { $0.latex.count > $1.latex.count }) { $0.latex[0] }
    }

    func tokens(_ text: String) throws -> [Token] {
        let c = Array(text)
        var out: [Token] = []
        var i = 0
        func isIdentifier(_ x: Character) -> Bool { x.isLetter || x.isNumber || x == "'" || x == "_" }
        scan: while i < c.count {
            if c[i].isWhitespace || c[i] == "&" { i += 1; continue }
            for (latex, raw) in spellings[c[i]] ?? [] where i + latex.count <= c.count && c[i..<(i + latex.count)].elementsEqual(latex) {
                let next = i + latex.count
                if next < c.count && isIdentifier(c[next]) && (latex.last!.isLetter || latex.last!.isNumber || latex.last! == "'") { continue }
                out.append(.name(raw))
                i = next
                continue scan
            }
            if c[i].isNumber {
                var j = i
                while j < c.count && c[j].isNumber { j += 1 }
                guard let n = Algebra.BigInt(String(c[i..<j])) else { throw Failure(description: "not a number at \(i)") }
                out.append(.number(n))
                i = j
                continue
            }
            if c[i] == "\\" {
                var j = i + 1
                while j < c.count && c[j].isLetter { j += 1 }
                if j == i + 1 {
                    // \, (thin space) and \\ (line break) are layout only.
                    guard j < c.count, c[j] == "," || c[j] == "\\" else { throw Failure(description: "unknown control symbol at \(i) in \(text)") }
                    i = j + 1
                    continue
                }
                let name = String(c[(i + 1)..<j])
                i = j
                switch name {
                case "quad", "qquad", "big", "Big": continue
                case "begin", "end":
                    guard let close = c[i...].firstIndex(of: "}") else { throw Failure(description: "unclosed \\\(name)") }
                    i = close + 1
                default: out.append(.command(name))
                }
                continue
            }
            out.append(.char(c[i]))
            i += 1
        }
        return out
    }

    func value(_ text: String, values: [Symbol: ExactComplex], sign: ExactComplex) throws -> ExactComplex {
        var parser = Parser(tokens: try tokens(text), values: values, sign: sign, text: text)
        let v = try parser.sum()
        guard parser.index == parser.tokens.count else { throw parser.failure("trailing input") }
        return v
    }

    struct Parser {
        let tokens: [Token]
        let values: [Symbol: ExactComplex]
        let sign: ExactComplex
        let text: String
        var index = 0

        func failure(_ what: String) -> Failure {
            Failure(description: "\(what) at token \(index) (\(index < tokens.count ? "\(tokens[index])" : "end")) in \(text)")
        }
        var peek: Token? { index < tokens.count ? tokens[index] : nil }
        mutating func expect(_ t: Token) throws {
            guard peek == t else { throw failure("expected \(t)") }
            index += 1
        }

        /// A sign token's factor (+1, −1, ±η, ∓η), or nil.
        mutating func signFactor() -> ExactComplex? {
            switch peek {
            case .char("+"): index += 1; return .one
            case .char("-"): index += 1; return -ExactComplex.one
            case .command("pm"): index += 1; return sign
            case .command("mp"): index += 1; return -sign
            default: return nil
            }
        }

        mutating func sum() throws -> ExactComplex {
            var total = ExactComplex.zero
            var factor = signFactor() ?? .one
            while true {
                total = total + factor * (try product())
                guard let next = signFactor() else { return total }
                factor = next
            }
        }

        mutating func product() throws -> ExactComplex {
            var v = try power()
            while let t = peek, startsFactor(t) { v = v * (try power()) }
            return v
        }

        func startsFactor(_ t: Token) -> Bool {
            switch t {
            case .number, .name: return true
            case .command(let c): return ["frac", "boldsymbol", "epsilon", "boxed"].contains(c)
            case .char(let c): return "([{|".contains(c)
            }
        }

        mutating func exponent() throws -> Int? {
            guard peek == .char("^") else { return nil }
            index += 1
            try expect(.char("{"))
            guard case .number(let n) = peek else { throw failure("expected an exponent") }
            index += 1
            try expect(.char("}"))
            guard let e = n.int64Value else { throw failure("exponent too large") }
            return Int(e)
        }

        mutating func power() throws -> ExactComplex {
            if peek == .char("|") {
                // |a|^{2n} = dot(a,a)^n
                index += 1
                let a = try boldVector()
                try expect(.char("|"))
                guard let e = try exponent(), e % 2 == 0 else { throw failure("|a| without an even power") }
                return try atom("dot(\(a),\(a))").power(e / 2).orThrow(failure("zero to a negative power"))
            }
            let base = try primary()
            guard let e = try exponent() else { return base }
            return try base.power(e).orThrow(failure("zero to a negative power"))
        }

        mutating func boldVector() throws -> String {
            try expect(.command("boldsymbol"))
            try expect(.char("{"))
            guard case .name(let a) = peek else { throw failure("expected a vector name") }
            index += 1
            try expect(.char("}"))
            return a
        }

        func atom(_ name: String) throws -> ExactComplex {
            guard let v = values[Symbol(name)] else { throw failure("no value for \(name)") }
            return v
        }

        mutating func group(_ open: Character, _ close: Character) throws -> ExactComplex {
            try expect(.char(open))
            let v = try sum()
            try expect(.char(close))
            return v
        }

        mutating func primary() throws -> ExactComplex {
            switch peek {
            case .number(let n):
                index += 1
                return ExactComplex(Rational(integer: n))
            case .name(let raw):
                index += 1
                if raw == "I" { return .i }
                if peek == .command("cdot") {
                    // a 4-vector product p\cdot q
                    index += 1
                    guard case .name(let other) = peek else { throw failure("expected a 4-vector") }
                    index += 1
                    return try atom("\(raw).\(other)")
                }
                return try atom(raw)
            case .command("frac"):
                index += 1
                let numerator = try group("{", "}"), denominator = try group("{", "}")
                return try (numerator / denominator).orThrow(failure("division by zero"))
            case .command("boldsymbol"):
                let a = try boldVector()
                try expect(.command("cdot"))
                if peek == .char("(") {
                    index += 1
                    let b = try boldVector()
                    try expect(.command("times"))
                    let c = try boldVector()
                    try expect(.char(")"))
                    return try atom("triple(\(a),\(b),\(c))")
                }
                // either order: the report writes B̂ last (Ω·B̂), the atom is dot(B,Om)
                let b = try boldVector()
                return try (values[Symbol("dot(\(a),\(b))")] == nil ? atom("dot(\(b),\(a))") : atom("dot(\(a),\(b))"))
            case .command("boxed"):
                // a marked term (the report's differing terms): its value, unchanged
                index += 1
                return try group("{", "}")
            case .command("epsilon"):
                index += 1
                try expect(.char("("))
                var names: [String] = []
                while case .name(let n) = peek {
                    names.append(n)
                    index += 1
                    if peek == .char(",") { index += 1 }
                }
                try expect(.char(")"))
                return try atom("eps(\(names.joined(separator: ",")))")
            case .char("("): return try group("(", ")")
            case .char("["): return try group("[", "]")
            case .char("{"): return try group("{", "}")
            default: throw failure("unexpected token")
            }
        }
    }
}

extension Optional {
    func orThrow(_ error: @autoclosure () -> Error) throws -> Wrapped {
        guard let value = self else { throw error() }
        return value
    }
}
