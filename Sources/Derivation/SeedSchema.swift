import Algebra
import Dirac

/// The entries each seed file must hold and how each is read. `Verification.Seeds` checks every
/// file against its schema before anything is derived, so every entry is parsed by every
/// command (`traces`, `report`, `emit`): an entry no stage reads (`[eq99]`) is refused, a
/// garbled one fails with `file:line:column` even where only `emit` uses it (Table I), and the
/// declared `placeholders:` must be exactly the names the derivation binds.
public struct SeedSchema: Sendable {
    public enum Syntax: Sendable, Equatable {
        /// A scalar expression (`SeedFile.polynomial`).
        case scalar
        /// A 3-vector expression (`SeedFile.vector`).
        case vector
        /// A Dirac expression whose Lorentz indices are exactly `indices` (Stage 1).
        case dirac(indices: [String])
    }

    /// Entry ids in file order, with their syntax.
    public let entries: [(id: String, syntax: Syntax)]
    /// The names the derivation binds in Dirac entries (`placeholders:`).
    public let placeholders: [String]

    /// `seeds/stage1.claims`: Eqs. (1), (2), (4)-(6) and Table I (read by `emit`, Stage1Coefficients).
    public static let stage1 = SeedSchema(
        entries: [("eq1", .dirac(indices: ["mu"])), ("eq2", .dirac(indices: [])),
                  ("eq4", .scalar), ("eq5", .scalar), ("eq6", .scalar)]
            + tableI.map { ($0, Syntax.scalar) },
        placeholders: DensityMatrix.placeholders(reading: DensityMatrix.Reading.all[0], momentum: "p").keys.sorted())

    /// The constants Table I is written in (g_A, sin²θ_W, μ_p, μ_n): each entry `[table1.<name>]` is a number.
    public static let tableIConstants = ["gA", "sw2", "mup", "mun"]

    /// The Table I entries: the couplings of the three processes and the constants they use.
    public static let tableI = ["nup", "nun", "cc"].flatMap { row in ["cV", "cA", "F2"].map { "table1.\(row).\($0)" } }
        + tableIConstants.map { "table1.\($0)" }

    /// `seeds/stage2.claims`: Eqs. (A3), (A4), (15), (14) with (A12), (A13), (19)-(23).
    public static let stage2 = SeedSchema(
        entries: ["eqA3", "eqA4.energy", "eq15.x0", "eq15", "eq15.reading", "eq14.nondegenerate", "eqA13",
                  "eq19", "eq20", "eq21", "eq22", "eq23"].map { ($0, .scalar) },
        placeholders: [])

    /// `seeds/stage3.claims`: Eqs. (17), (18), (26)-(28) and the vectors of Eqs. (32)-(37).
    public static let stage3 = SeedSchema(
        entries: ["eq17.eps2", "eq17.kprime", "eq18.bracket", "eq26", "eq27", "eq28"].map { ($0, .scalar) }
            + Stage3Check.combinations.map { ($0.id, .vector) },
        placeholders: [])

    /// `seeds/stage4.claims`: Eqs. (39), (40) (a vector) and (41)-(45).
    public static let stage4 = SeedSchema(
        entries: [("eq39", .scalar), ("eq40", .vector)] + ["eq41", "eq42", "eq43", "eq44", "eq45"].map { ($0, .scalar) },
        placeholders: [])

    /// Checks `file` against the schema: no unknown and no missing entry, placeholders as bound,
    /// and every entry parsed in its syntax. Each failure names `file:line:column`.
    public func validate(_ file: SeedFile) throws {
        let ids = Set(entries.map(\.id))
        for entry in file.entries where !ids.contains(entry.id) {
            throw SeedFile.Failure(message: "\(file.path):\(entry.firstLine - 1):2: unknown entry [\(entry.id)]: no stage reads it "
                                   + "(this file's entries: \(entries.map(\.id).joined(separator: ", ")))")
        }
        for (id, _) in entries { _ = try file.entry(id) }
        try validatePlaceholders(file)
        let hasDirac = entries.contains { if case .dirac = $0.syntax { true } else { false } }
        if hasDirac, let bad = file.declarations.firstNonDiracName() {
            throw SeedFile.Failure(message: "\(file.path):\(bad.line):\(bad.column): '\(bad.name)' is read otherwise by the Dirac syntax "
                                   + "of this file (g0…g5, g_0…g_3, g, sigma, slash, tr, I, e0…e3 are reserved)")
        }
        for (id, syntax) in entries {
            switch syntax {
            case .scalar: _ = try file.polynomial(id)
            case .vector: _ = try file.vector(id)
            case .dirac(let indices): try validateDirac(file, id: id, indices: indices)
            }
        }
        if entries.contains(where: { $0.id == "table1.gA" }) { try SeedSchema.validateTableI(file) }
    }

    /// Table I must evaluate to numbers: its constants are numbers and each coupling uses only
    /// them (without this, `[table1.nun.cA]` = `-gA/2 + GF` or `[table1.gA]` = `gA` failed in
    /// `emit` and `figure1` as "no value for symbol GF", and `1/gA` with g_A = 0 as "division by
    /// zero: 1 / 0", naming no file, while `traces` accepted them).
    static func validateTableI(_ file: SeedFile) throws {
        var values: [Symbol: Rational] = [:]
        for name in tableIConstants {
            let id = "table1.\(name)", entry = try file.entry(id)
            guard let value = try file.polynomial(id).constantValue else {
                throw SeedFile.Failure(message: "\(file.path):\(entry.firstLine):1: [\(id)] must be a number")
            }
            values[Symbol(name)] = value
        }
        for id in tableI where !tableIConstants.contains(where: { id == "table1.\($0)" }) {
            let polynomial = try file.polynomial(id), entry = try file.entry(id)
            if let stray = polynomial.symbols.first(where: { values[$0] == nil }) {
                let (line, column) = position(of: stray.name, in: entry.text)
                throw SeedFile.Failure(message: "\(file.path):\(line + entry.firstLine - 1):\(column): '\(stray.name)' in [\(id)]: "
                                       + "a Table I coupling may use only \(tableIConstants.joined(separator: ", "))")
            }
            do {
                _ = try polynomial.evaluated(at: values)
            } catch {
                throw SeedFile.Failure(message: "\(file.path):\(entry.firstLine):1: [\(id)] cannot be evaluated (\(error))")
            }
        }
    }

    func validatePlaceholders(_ file: SeedFile) throws {
        let declared = file.declarations.names[.placeholders] ?? []
        let line = file.declarations.lines[.placeholders]
        if let extra = declared.first(where: { !placeholders.contains($0) }) {
            let bound = placeholders.isEmpty ? "binds none in this file" : "binds only \(placeholders.joined(separator: " "))"
            throw SeedFile.Failure(message: "\(file.path):\(line!):1: placeholder '\(extra)' is never bound (the derivation \(bound))")
        }
        if let missing = placeholders.first(where: { !declared.contains($0) }) {
            throw SeedFile.Failure(message: "\(file.path): placeholder '\(missing)' is not declared; the derivation binds "
                                   + "'placeholders: \(placeholders.joined(separator: " "))'")
        }
    }

    /// Parses a Dirac entry (placeholders bound as in the first reading) and checks that its
    /// Lorentz indices are exactly `indices`: an undeclared 4-vector in `sigma(mu, qv)` is read as
    /// an index, and is named here rather than as free indices far down the derivation.
    func validateDirac(_ file: SeedFile, id: String, indices: [String]) throws {
        let bindings = DensityMatrix.placeholders(reading: DensityMatrix.Reading.all[0], momentum: "p")
        let fourVectors = file.declarations.names[.fourvectors].map { "declared: \($0.joined(separator: " "))" } ?? "this file has no 'fourvectors:' line"
        let parsed: DiracExpression
        do {
            parsed = try Stage1Inputs(seeds: file).parse(id, bindings: bindings)
        } catch let failure as SeedFile.Failure where failure.message.contains("Lorentz ind") {
            // The parser's own index rules caught an undeclared 4-vector first: add the hint.
            throw SeedFile.Failure(message: "\(failure.message); declare 4-vectors with 'fourvectors:' (\(fourVectors))")
        }
        let used = Set(parsed.terms.flatMap { $0.string.slots.filter(\.isIndex).map(\.name) })
        guard let stray = used.subtracting(indices).sorted().first else { return }
        let entry = try file.entry(id)
        let (line, column) = SeedSchema.position(of: stray, in: entry.text)
        let expected = indices.isEmpty ? "none" : indices.joined(separator: ", ")
        throw SeedFile.Failure(message: "\(file.path):\(line + entry.firstLine - 1):\(column): '\(stray)' is read as a Lorentz index, "
                               + "but the Lorentz indices of [\(id)] are \(expected); declare 4-vectors with 'fourvectors:' (\(fourVectors))")
    }

    /// The 1-based line and column of the first token `name` in `text` (1:1 if none).
    static func position(of name: String, in text: String) -> (line: Int, column: Int) {
        var lexer = Lexer(text)
        while let token = try? lexer.next(), token.kind != .end {
            if token.kind == .identifier(name) { return (token.line, token.column) }
        }
        return (1, 1)
    }
}
