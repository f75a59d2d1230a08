import Algebra
import Dirac

/// Swift sources for the `Coefficients` target (`derivations/Coefficients/`), generated from a
/// `CoefficientRegistry`: `Vector3` and `Lepton`, the couplings of Table I, and one file per
/// group of derived functions.
///
/// Every file starts with a header naming what it was generated from (equations, seed files
/// with their SHA-256, approximations, conventions), the command that regenerates it, and the
/// SHA-256 of the code below the header. There are no timestamps or absolute paths, so the
/// output is a pure function of the registry: two emissions are byte-identical.
public enum CoefficientEmitter {
    /// Repository-relative directory of the generated target.
    public static let directory = "derivations/Coefficients"
    /// The first line of every generated file (also how `verify emit` recognizes its own files).
    public static let marker = "// GENERATED FILE - DO NOT EDIT."

    public static func files(_ registry: CoefficientRegistry) throws -> [GeneratedFile] {
        var files = [
            file("Vector3.swift", provenance: ["The 3-vector type of the generated coefficient functions."], inputs: [], body: vector3Source),
            file("Lepton.swift", provenance: ["The upper/lower signs of astro-ph/0307006: neutrino or antineutrino."], inputs: [],
                 body: leptonSource),
            file("Couplings.swift", provenance: registry.couplings.provenance, inputs: registry.couplings.seedFiles ?? registry.inputs,
                 body: try couplingsSource(registry.couplings)),
        ]
        for group in registry.groups {
            files.append(file("\(group.name).swift", provenance: group.provenance, inputs: group.inputs ?? registry.inputs,
                              body: try source(group)))
        }
        return files
    }

    // MARK: Header

    static func file(_ name: String, provenance: [String], inputs: [(path: String, sha256: String)], body: String) -> GeneratedFile {
        var header = [
            marker,
            "// Regenerate: `swift run verify emit` in the package root. `swift run verify emit --check`",
            "// (run by .ci/run) fails and names this file when it differs from a fresh emission.",
            "//",
        ]
        header += provenance.map { "// \($0)" }
        for input in inputs { header.append("// Seed file: \(input.path) (SHA-256 \(input.sha256))") }
        header.append("// Conventions: \(Conventions.summary)")
        header.append("// Generator: Sources/Outputs/CoefficientEmitter.swift; arithmetic by SwiftStraightLineProgram (Algebra).")
        header.append("// Content SHA-256 (of everything after this header): \(ContentHash.sha256(body))")
        return GeneratedFile(path: "\(directory)/\(name)", contents: header.joined(separator: "\n") + "\n\n" + body)
    }

    // MARK: Fixed support types

    static let vector3Source = """
    /// A Cartesian 3-vector: the paper's bold vectors Ω, Ω', B̂, q, P, h.
    public struct Vector3: Hashable, Sendable {
        public var x: Double
        public var y: Double
        public var z: Double

        @inlinable
        public init(_ x: Double, _ y: Double, _ z: Double) {
            self.x = x
            self.y = y
            self.z = z
        }

        /// The scalar product a·b.
        @inlinable
        public func dot(_ other: Vector3) -> Double { x * other.x + y * other.y + z * other.z }

        /// The vector product a × b.
        @inlinable
        public func cross(_ other: Vector3) -> Vector3 {
            Vector3(y * other.z - z * other.y, z * other.x - x * other.z, x * other.y - y * other.x)
        }

        /// The zero vector.
        public static let zero = Vector3(0, 0, 0)

        /// The sum a + b.
        @inlinable
        public static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x + b.x, a.y + b.y, a.z + b.z) }

        /// The difference a − b.
        @inlinable
        public static func - (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x - b.x, a.y - b.y, a.z - b.z) }

        /// The negation −a.
        @inlinable
        public static prefix func - (a: Vector3) -> Vector3 { Vector3(-a.x, -a.y, -a.z) }

        /// The multiple c a.
        @inlinable
        public static func * (c: Double, a: Vector3) -> Vector3 { Vector3(c * a.x, c * a.y, c * a.z) }
    }

    """

    static let leptonSource = """
    /// The scattered lepton. The paper's upper signs (±, ∓) are for neutrinos, the lower ones for
    /// antineutrinos.
    public enum Lepton: Hashable, Sendable {
        case neutrino
        case antineutrino

        /// The paper's ± as a number: +1 for `.neutrino`, −1 for `.antineutrino`.
        @inlinable
        public var sign: Double { self == .neutrino ? 1.0 : -1.0 }
    }

    """

    // MARK: Couplings

    static func couplingsSource(_ table: CouplingTable) throws -> String {
        var out = """
        /// The nucleon couplings of the weak vertex, Eq. (1) of astro-ph/0307006:
        /// c_V γ^μ + F_2 iσ^{μν} q_ν/(2m) − c_A γ^μ γ5.
        public struct Couplings: Hashable, Sendable {
            /// c_V, the vector coupling.
            public var cV: Double
            /// c_A, the axial coupling.
            public var cA: Double
            /// F_2, the weak-magnetism form factor.
            public var F2: Double

            @inlinable
            public init(cV: Double, cA: Double, F2: Double) {
                self.cV = cV
                self.cA = cA
                self.F2 = F2
            }
        }

        /// The inputs of Table I of astro-ph/0307006, exactly as transcribed.
        public enum TableI {

        """
        var values: [Symbol: Rational] = [:]
        for input in table.inputs {
            values[input.symbol] = input.value
            out += "    /// \(input.doc): \(input.value).\n"
            out += "    public static let \(input.name): Double = \(decimalLiteral(input.value))\n"
        }
        out += "}\n\nextension Couplings {\n"
        let names = Dictionary(uniqueKeysWithValues: table.inputs.map { ($0.symbol, $0.name) })
        let labels = table.inputs.map { "\($0.name): Double" }.joined(separator: ", ")
        for row in table.rows {
            let fields = [("cV", row.cV), ("cA", row.cA), ("F2", row.F2)]
            let exact = try fields.map { ($0.0, try $0.1.evaluated(at: values)) }
            let formula = fields.map { "\($0.0) = \(PlainTextPrinter.text($0.1))" }.joined(separator: ", ")
            out += "    /// \(row.doc), at the values of `TableI`:\n"
            out += "    /// \(formula);\n"
            out += "    /// exactly \(exact.map { "\($0.0) = \($0.1)" }.joined(separator: ", ")).\n"
            out += "    public static let \(row.name) = Couplings(\(exact.map { "\($0.0): \(decimalLiteral($0.1))" }.joined(separator: ", ")))\n\n"
            out += "    /// \(row.doc) for other values of the Table I inputs:\n"
            out += "    /// \(formula).\n"
            out += "    @inlinable\n"
            out += "    public static func \(row.name)(\(labels)) -> Couplings {\n"
            var results: [String] = []
            for (field, polynomial) in fields {
                for symbol in polynomial.symbols where names[symbol] == nil {
                    throw OutputError(message: "Table I row \(row.name): \(symbol) is not an input of Table I")
                }
                let program = try SwiftStraightLineProgram(polynomial, identifier: { names[$0]! }, prefix: field + "_")
                for b in program.bindings { out += "        let \(b.name) = \(b.expression)\n" }
                results.append("\(field): \(program.result)")
            }
            out += "        return Couplings(\(results.joined(separator: ", ")))\n    }\n"
            if row.name != table.rows.last?.name { out += "\n" }
        }
        return out + "}\n"
    }

    /// An exact decimal literal when the rational is a terminating decimal (`0.04`, `-1.913`),
    /// otherwise a quotient of integers; Swift rounds either correctly to the nearest Double.
    static func decimalLiteral(_ r: Rational) -> String {
        var d = r.denominator, twos = 0, fives = 0
        while (d % 2).isZero { d = d / 2; twos += 1 }
        while (d % 5).isZero { d = d / 5; fives += 1 }
        guard d == 1 else { return "(\(r.numerator).0/\(r.denominator).0)" }
        let digits = max(twos, fives)
        // numerator * 10^digits / denominator is an integer.
        let scaled = r.numerator * BigInt(10).power(digits) / r.denominator
        let negative = scaled.isNegative
        var text = scaled.magnitude.description
        if digits > 0 {
            while text.count <= digits { text = "0" + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
        } else {
            text += ".0"
        }
        return (negative ? "-" : "") + text
    }

    // MARK: Functions

    static func source(_ group: CoefficientGroup) throws -> String {
        var out = group.doc.map { $0.isEmpty ? "///" : "/// \($0)" }.joined(separator: "\n") + "\n"
        out += "public enum \(group.name) {\n"
        for (i, function) in group.functions.enumerated() {
            if i > 0 { out += "\n" }
            out += try source(function, in: group)
        }
        return out + "}\n"
    }

    /// One `@inlinable public static func`: doc comment, prologue (scalars taken from the
    /// parameters, definitions, each vector invariant computed once), then the straight-line
    /// program (for a `Vector3` result: one program per basis vector, then their combination).
    static func source(_ function: CoefficientFunction, in group: CoefficientGroup) throws -> String {
        let value = function.value
        guard value.imaginaryPart.isZero else {
            throw OutputError(message: "\(group.name).\(function.name): the expression has an imaginary part")
        }
        var vectorNames: [String: String] = [:]
        var scalarExpressions: [Symbol: String] = [:]
        for parameter in function.parameters {
            if let v = parameter.vector { vectorNames[v] = parameter.name }
            for b in parameter.scalars { scalarExpressions[b.symbol] = b.expression }
        }
        func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

        // The polynomials to evaluate: the value, or the coefficient of each basis vector.
        var pieces: [(basis: String?, polynomial: Polynomial)] = []
        if let vector = function.vector {
            for term in vector.terms {
                let expression: String
                switch term.basis {
                case .vector(let x):
                    guard let n = vectorNames[x] else {
                        throw OutputError(message: "\(group.name).\(function.name): no parameter for the vector \(x)")
                    }
                    expression = n
                case let .cross(a, b):
                    guard let na = vectorNames[a], let nb = vectorNames[b] else {
                        throw OutputError(message: "\(group.name).\(function.name): no parameter for the vectors of \(a)×\(b)")
                    }
                    expression = "\(na).cross(\(nb))"
                }
                guard term.coefficient.imaginaryPart.isZero else {
                    throw OutputError(message: "\(group.name).\(function.name): a coefficient has an imaginary part")
                }
                pieces.append((expression, term.coefficient))
            }
        } else {
            pieces = [(nil, value)]
        }

        // Prologue: hoisted scalar bindings, definitions, then the vector invariants, each computed once.
        var scalarLines: [String] = [], atomLines: [String] = []
        var identifiers: [Symbol: String] = [:]
        let definitionFor = Dictionary(function.definitions.map { ($0.symbol, $0) }, uniquingKeysWith: { a, _ in a })
        var usedDefinitions = Set<Symbol>()
        var used = Set<Symbol>()
        for piece in pieces { used.formUnion(piece.polynomial.symbols) }
        for symbol in used.sorted() {
            if let definition = definitionFor[symbol] {
                identifiers[symbol] = definition.local
                usedDefinitions.insert(symbol)
                continue
            }
            if let expression = scalarExpressions[symbol] {
                if expression.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                    identifiers[symbol] = expression
                } else {
                    // `couplings.cV` → `let cV = couplings.cV`; `lepton.sign` → `let pm = lepton.sign`.
                    let member = expression.split(separator: ".").last.map(String.init) ?? symbol.name
                    let local = member == "sign" ? symbol.name : member
                    identifiers[symbol] = local
                    scalarLines.append("let \(local) = \(expression)")
                }
                continue
            }
            if let (kind, arguments) = Vector3Space.decompose(symbol) {
                let names = try arguments.map { a -> String in
                    guard let n = vectorNames[a] else {
                        throw OutputError(message: "\(group.name).\(function.name): no parameter for the vector \(a) in \(symbol)")
                    }
                    return n
                }
                if kind == "dot" {
                    let name = names[0] + "Dot" + capitalized(names[1])
                    identifiers[symbol] = name
                    atomLines.append("let \(name) = \(names[0]).dot(\(names[1]))  // \(symbol)")
                } else {
                    let name = "triple" + names.map(capitalized).joined()
                    identifiers[symbol] = name
                    atomLines.append("let \(name) = \(names[0]).dot(\(names[1]).cross(\(names[2])))  // \(symbol)")
                }
                continue
            }
            throw OutputError(message: "\(group.name).\(function.name): no parameter supplies the symbol \(symbol)")
        }
        // Definitions used by the arithmetic or by a later used definition, in their declared order.
        func mentions(_ text: String, _ word: String) -> Bool {
            var rest = Substring(text)
            while let r = rest.firstRange(of: word) {
                let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
                let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
                let isPart: (Character?) -> Bool = { c in c.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
                if !isPart(before) && !isPart(after) { return true }
                rest = text[r.upperBound...]
            }
            return false
        }
        for definition in function.definitions.reversed() where !usedDefinitions.contains(definition.symbol) {
            if function.definitions.contains(where: { usedDefinitions.contains($0.symbol) && mentions($0.expression, definition.local) }) {
                usedDefinitions.insert(definition.symbol)
            }
        }
        let definitionLines = function.definitions.filter { usedDefinitions.contains($0.symbol) }
            .map { "let \($0.local) = \($0.expression)" + ($0.doc.isEmpty ? "" : "  // \($0.doc)") }

        var body: [String] = []
        var combination: [String] = []
        for (index, piece) in pieces.enumerated() {
            let prefix = pieces.count == 1 ? "t" : "c\(index)_t"
            let program = try SwiftStraightLineProgram(piece.polynomial, identifier: { identifiers[$0]! },
                                                       outerSymbols: function.outerSymbols, prefix: prefix)
            body += program.bindings.map { "let \($0.name) = \($0.expression)" }
            guard let basis = piece.basis else {
                body.append("return \(program.result)")
                break
            }
            let name = "c\(index)"
            body.append("let \(name) = \(program.result)  // coefficient of \(basis)")
            combination.append("\(name)*\(basis)")
        }
        if function.vector != nil {
            body.append("return " + (combination.isEmpty ? "Vector3.zero" : combination.joined(separator: " + ")))
        }

        var doc = [function.summary, ""]
        for paragraph in function.discussion { doc += wrapped(paragraph, width: 96) + [""] }
        if function.equations.count == 1 {
            if let vector = function.vector {
                doc += ["Derived expression, the coefficient of each vector (pm = +1 for ν, -1 for ν̄):", "```"]
                for term in vector.terms {
                    doc += wrapped("\(term.basis): " + PlainTextPrinter.text(term.coefficient), width: 96, breakingAt: [" + ", " - "])
                }
            } else {
                doc += ["Derived expression (pm = +1 for ν, -1 for ν̄; dot(a,b) = a·b):", "```"]
                doc += wrapped(PlainTextPrinter.text(value), width: 96, breakingAt: [" + ", " - "])
            }
            doc += ["```", ""]
        }
        let documented = function.definitions.filter { usedDefinitions.contains($0.symbol) && !$0.doc.isEmpty }
        if !documented.isEmpty {
            doc += wrapped("Computed from the arguments: " + documented.map { $0.symbol.name == $0.local ? $0.doc : "\($0.doc) (the atom \($0.symbol))" }
                .joined(separator: "; ") + ".", width: 96)
            doc.append("")
        }
        let perComponent = function.vector == nil ? "" : ", per Cartesian component"
        doc += ["Documented ranges: \(function.ranges).",
                "Accuracy\(perComponent) (tested against exact rational evaluation at random points in these ranges): relative",
                "error ≤ 1e-12 wherever |value| ≥ 10⁻³ Σ|terms|, and |error| ≤ 32 u Σ|terms| everywhere (u = 2⁻⁵³;",
                "Σ|terms| is the sum of the absolute values of the terms of the derived expression).", ""]
        doc.append("- Parameters:")
        for parameter in function.parameters { doc.append("  - \(parameter.name): \(parameter.doc)") }
        doc.append("- Returns: " + (function.returns ?? "the value of the derived expression, in units of G_F² (and of q/m, P/m)."))

        var out = doc.map { $0.isEmpty ? "    ///" : "    /// \($0)" }.joined(separator: "\n") + "\n"
        let arguments = function.parameters.map { p in
            p.label == p.name ? "\(p.name): \(p.type)" : "\(p.label) \(p.name): \(p.type)"
        }
        out += "    @inlinable\n"
        out += "    public static func \(function.name)(\n        \(arguments.joined(separator: ",\n        "))\n    ) -> \(function.vector == nil ? "Double" : "Vector3") {\n"
        for line in scalarLines + definitionLines + atomLines + body { out += "        \(line)\n" }
        return out + "    }\n"
    }

    /// Splits text into lines of at most `width` characters, at spaces or at the given separators.
    static func wrapped(_ text: String, width: Int, breakingAt separators: [String] = [" "]) -> [String] {
        var lines: [String] = []
        var current = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            // Next chunk: up to and including the next separator start.
            var chunkEnd = rest.endIndex
            for separator in separators {
                if let r = rest.dropFirst().firstRange(of: separator), r.lowerBound < chunkEnd { chunkEnd = r.lowerBound }
            }
            let chunk = String(rest[..<chunkEnd])
            rest = rest[chunkEnd...]
            if !current.isEmpty && current.count + chunk.count > width {
                lines.append(current)
                current = String(chunk.drop { $0 == " " })
            } else {
                current += chunk
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

