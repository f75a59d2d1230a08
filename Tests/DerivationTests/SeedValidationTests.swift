import XCTest
import Algebra
@testable import Derivation

/// Issue 9, seeds: CRLF files, declarations (any whitespace, validated names), every entry parsed
/// or refused by name (`SeedSchema`), placeholders honoured, and Stage 3's bookkeeping checked
/// against `[eq17.eps2]`, `[eq17.kprime]`. All in-process and without deriving (fast).
final class SeedValidationTests: XCTestCase {
    static let names = ["stage1.claims", "stage2.claims", "stage3.claims", "stage4.claims"]
    static let schemas = ["stage1.claims": SeedSchema.stage1, "stage2.claims": .stage2, "stage3.claims": .stage3, "stage4.claims": .stage4]

    func text(_ name: String) throws -> String {
        try String(contentsOf: RepositorySeeds.directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The four repository files, with `name` replaced by `edit(text)`, checked as `Verification.Seeds`.
    func seeds(editing name: String, _ edit: (String) -> String) throws -> Verification.Seeds {
        let files = try Self.names.map { n in try SeedFile(path: n, contents: n == name ? edit(try text(n)) : try text(n)) }
        return try Verification.Seeds(stage1: files[0], stage2: files[1], stage3: files[2], stage4: files[3])
    }

    /// `edit` must change the text; loading must fail with exactly `message`.
    func assertRefused(_ name: String, _ message: String, file: StaticString = #filePath, line: UInt = #line,
                       _ edit: @escaping (String) -> String) throws {
        XCTAssertNotEqual(edit(try text(name)), try text(name), "the edit changes nothing", file: file, line: line)
        XCTAssertThrowsError(try seeds(editing: name, edit), file: file, line: line) { error in
            XCTAssertEqual("\(error)", message, file: file, line: line)
        }
    }

    func testRepositorySeedsPassTheirSchemas() throws {
        XCTAssertNoThrow(try seeds(editing: "", { $0 }))
    }

    /// Regression (red team): a file with bare CR line ends (old Mac) was one long comment line and
    /// was refused with a misleading "no entry [eq39]"; a CR inside a line reached the parser. Both
    /// are refused at the CR's position.
    func testBareCarriageReturnIsRefusedByPosition() throws {
        try assertRefused("stage4.claims", "stage4.claims:1:86: carriage return without a line feed; lines end in LF or CRLF") {
            $0.replacingOccurrences(of: "\n", with: "\r")
        }
        try assertRefused("stage4.claims", "stage4.claims:14:11: carriage return without a line feed; lines end in LF or CRLF") {
            $0.replacingOccurrences(of: "2*GF^2*k^2/(3*pi)", with: "2*GF^2*k^2\r/(3*pi)")
        }
    }

    /// Regression (red team): a 300 MB seed file of comments was read whole (43 s, 0.9 GB; one
    /// 300 MB line: 2 GB). A file over the limit is refused by its size before it is read (here a
    /// sparse 2 GB file, which would take seconds to read); one at the limit is read.
    func testOversizedSeedFileIsRefusedBeforeReading() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("oversized-\(UUID().uuidString).claims")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        XCTAssertThrowsError(try SeedFile(path: url.path)) { error in
            XCTAssertEqual("\(error)", "\(url.path): the seed file has \(2 << 30) bytes, more than the limit of \(SeedFile.maximumBytes)")
        }
        let padded = try text("stage4.claims") + "#" + String(repeating: "x", count: SeedFile.maximumBytes - (try text("stage4.claims")).utf8.count - 2) + "\n"
        try padded.write(to: url, atomically: true, encoding: .utf8)
        XCTAssertEqual(padded.utf8.count, SeedFile.maximumBytes)
        XCTAssertEqual(try SeedFile(path: url.path).entries.map(\.id), try SeedFile(path: "s", contents: try text("stage4.claims")).entries.map(\.id))
    }

    /// Regression (red team): a seed file that is a FIFO with no writer hung `verify traces`
    /// (blocked in `open`); /dev/zero was read to the size limit. Both are refused by name at once.
    func testFIFOAndDeviceSeedFilesAreRefusedByName() throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString).claims").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        defer { try? FileManager.default.removeItem(atPath: fifo) }
        for path in [fifo, "/dev/zero"] {
            XCTAssertThrowsError(try SeedFile(path: path)) { error in
                XCTAssertEqual("\(error)", "\(path): cannot read the seed file (not a regular file: a FIFO, socket or device)")
            }
        }
    }

    /// Regression (red team): Table I entries that are not numbers after g_A, sin²θ_W, μ_p, μ_n are
    /// substituted passed `traces` and failed `emit`/`figure1` with "no value for symbol GF" or
    /// "division by zero: 1 / 0", naming no file. Every command now refuses them by position.
    func testTableIMustEvaluateToNumbers() throws {
        try assertRefused("stage1.claims", "stage1.claims:64:1: [table1.gA] must be a number") {
            $0.replacingOccurrences(of: "[table1.gA]\n126/100", with: "[table1.gA]\ngA")
        }
        try assertRefused("stage1.claims", "stage1.claims:54:9: 'GF' in [table1.nun.cA]: a Table I coupling may use only gA, sw2, mup, mun") {
            $0.replacingOccurrences(of: "[table1.nun.cA]\n-gA/2", with: "[table1.nun.cA]\n-gA/2 + GF")
        }
        try assertRefused("stage1.claims", "stage1.claims:48:1: [table1.nup.cA] cannot be evaluated (division by zero: 1 / 0)") {
            $0.replacingOccurrences(of: "[table1.nup.cA]\ngA/2", with: "[table1.nup.cA]\n1/gA")
                .replacingOccurrences(of: "[table1.gA]\n126/100", with: "[table1.gA]\n0")
        }
    }

    /// CRLF and tab-separated declarations read exactly like the LF, space-separated file.
    func testCRLFAndTabsAreAccepted() throws {
        for name in Self.names {
            let original = try SeedFile(path: name, contents: try text(name))
            let crlf = try text(name).replacingOccurrences(of: "\n", with: "\r\n")
            let tabs = try text(name).split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.contains(":") && !line.hasPrefix("#") && !line.contains("[") ? line.replacingOccurrences(of: " ", with: "\t \t") : String(line)
            }.joined(separator: "\n")
            for variant in [crlf, tabs] {
                XCTAssertNotEqual(variant, try text(name))
                let file = try SeedFile(path: name, contents: variant)
                XCTAssertEqual(file.entries.map(\.id), original.entries.map(\.id), name)
                XCTAssertEqual(file.entries.map(\.firstLine), original.entries.map(\.firstLine), name)
                XCTAssertEqual(file.context.vectors, original.context.vectors, name)
                XCTAssertEqual(file.context.scalars, original.context.scalars, name)
                XCTAssertEqual(file.placeholders, original.placeholders, name)
                for (id, syntax) in Self.schemas[name]!.entries {
                    switch syntax {
                    case .scalar: XCTAssertEqual(try file.polynomial(id), try original.polynomial(id), id)
                    case .vector: XCTAssertEqual(try file.vector(id), try original.vector(id), id)
                    case .dirac:
                        let bindings = DensityMatrix.placeholders(reading: DensityMatrix.Reading.all[0], momentum: "p")
                        XCTAssertEqual(try Stage1Inputs(seeds: file).parse(id, bindings: bindings),
                                       try Stage1Inputs(seeds: original).parse(id, bindings: bindings), id)
                    }
                }
            }
        }
        XCTAssertNoThrow(try seeds(editing: "stage1.claims") { $0.replacingOccurrences(of: "\n", with: "\r\n") })
    }

    func testUnknownAndMissingEntriesAreRefusedByName() throws {
        try assertRefused("stage2.claims", "stage2.claims:56:2: unknown entry [eq99]: no stage reads it (this file's entries: "
                          + "eqA3, eqA4.energy, eq15.x0, eq15, eq15.reading, eq14.nondegenerate, eqA13, eq19, eq20, eq21, eq22, eq23)") {
            $0 + "\n[eq99]\n1 +\n"
        }
        try assertRefused("stage3.claims", "stage3.claims:20:2: unknown entry [eq17.kPrime]: no stage reads it (this file's entries: "
                          + "eq17.eps2, eq17.kprime, eq18.bracket, eq26, eq27, eq28, eq32, eq33, eq34, eq35, eq36, eq37)") {
            $0.replacingOccurrences(of: "[eq17.kprime]", with: "[eq17.kPrime]")
        }
        try assertRefused("stage3.claims", "stage3.claims: no entry [eq17.kprime]") {
            $0.replacingOccurrences(of: "[eq17.kprime]", with: "#").replacingOccurrences(of: "k*(1 + epsilon*u)", with: "")
        }
    }

    /// Entries that only `emit` or a consistency row uses are parsed when the seeds are loaded.
    func testEveryEntryIsParsedOnLoad() throws {
        try assertRefused("stage1.claims", "stage1.claims:64:4: expected an expression but found '/' (in [table1.gA])") {
            $0.replacingOccurrences(of: "126/100", with: "12//100")
        }
        try assertRefused("stage3.claims", "stage3.claims:19:1: expected an expression but found end of input (in [eq17.eps2])") {
            $0.replacingOccurrences(of: "4*(1 - dot(Om,Om'))*T/m", with: "(((")
        }
        try assertRefused("stage3.claims", "stage3.claims:21:8: unknown symbol 'epsilom' (in [eq17.kprime])") {
            $0.replacingOccurrences(of: "k*(1 + epsilon*u)", with: "k*(1 + epsilom*u)")
        }
    }

    /// Regression (red team): `k*C5^3000` in [eq42] ran for minutes in 8.6 GB (Stage 4 substitutes
    /// C5 = cV² + 5cA²), μ'^80 in [eq19] 24 s (Stage 2 substitutes μ'); exponents are now bounded.
    func testSeedExponentsAreBounded() throws {
        try assertRefused("stage4.claims", "stage4.claims:23:19: exponent '3000' is too large (limit 12) (in [eq42])") {
            $0.replacingOccurrences(of: "4*k/(3*m)*cA^2/C5\n", with: "4*k/(3*m)*cA^2*C5^3000\n")
        }
        try assertRefused("stage4.claims", "stage4.claims:23:15: exponent of 'C5' exceeds the limit 12 (in [eq42])") {
            $0.replacingOccurrences(of: "4*k/(3*m)*cA^2/C5\n", with: "4*k/(3*m)*C5^7*C5^6\n")
        }
        XCTAssertNoThrow(try seeds(editing: "stage4.claims") { $0.replacingOccurrences(of: "4*k/(3*m)*cA^2/C5\n", with: "4*k/(3*m)*cA^2/C5^12*C5^11\n") })
    }

    /// Regression (red team): g^12 g_1^12 g_2^12 g_3^12 in a printed field part (Eqs. 33, 36, 37)
    /// expanded without bound in the equilibrium rows; the substitution is refused by its estimate.
    func testEquilibriumSubstitutionIsBudgeted() throws {
        let g = (0...3).map { Symbol($0 == 0 ? "g" : "g_\($0)") }
        let p = try g.reduce(Polynomial.one) { try $0 * Polynomial($1, 12) }
        XCTAssertThrowsError(try Stage4Equilibrium.substituted(p)) { error in
            XCTAssertTrue("\(error)".hasPrefix("substituting into the equilibrium setting (Fermi-Dirac f0) would form about "), "\(error)")
        }
        XCTAssertNoThrow(try Stage4Equilibrium.substituted(try Polynomial(g[3], 2) * Polynomial(g[1], 3)))
    }

    func testDeclaredNamesAreValidated() throws {
        try assertRefused("stage2.claims", "stage2.claims:8:10: 'dot' is not a name of the expression syntax (letters, digits, '_', trailing primes; not I, dot, triple, cross, eps)") {
            $0.replacingOccurrences(of: "scalars: GF", with: "scalars: dot GF")
        }
        // Regression (red team): `I` was accepted as a declared scalar or vector and then read as
        // the imaginary unit (no error, the declaration silently meant i).
        for (name, key, line) in [("stage2.claims", "scalars: GF", 8), ("stage1.claims", "scalars: GF", 9), ("stage4.claims", "vectors: W", 9)] {
            try assertRefused(name, "\(name):\(line):10: 'I' is not a name of the expression syntax (letters, digits, '_', trailing primes; not I, dot, triple, cross, eps)") {
                $0.replacingOccurrences(of: key, with: key.replacingOccurrences(of: ": ", with: ": I "))
            }
        }
        try assertRefused("stage2.claims", "stage2.claims:8:10: 'a-b' is not a name of the expression syntax (letters, digits, '_', trailing primes; not I, dot, triple, cross, eps)") {
            $0.replacingOccurrences(of: "scalars: GF", with: "scalars: a-b GF")
        }
        try assertRefused("stage1.claims", "stage1.claims:9:13: 'GF' declared again in scalars: (line 9)") {
            $0.replacingOccurrences(of: "scalars: GF", with: "scalars: GF GF")
        }
        try assertRefused("stage1.claims", "stage1.claims:9:15: 'GF' declared again in scalars: (line 9)") {
            $0.replacingOccurrences(of: "scalars: GF", with: " \tscalars:\tGF GF")
        }
        try assertRefused("stage1.claims", "stage1.claims:9:10: 'q' declared in scalars: but already in vectors: (line 7)") {
            $0.replacingOccurrences(of: "scalars: GF", with: "scalars: q GF")
        }
        try assertRefused("stage1.claims", "stage1.claims:10:19: 'Om' declared in fourvectors: but already in vectors: (line 7)") {
            $0.replacingOccurrences(of: "fourvectors: qv p", with: "fourvectors: qv p Om")
        }
        try assertRefused("stage2.claims", "stage2.claims:7:16: unit vector 'X' is not declared in vectors:") {
            $0.replacingOccurrences(of: "unit: Om Om' B", with: "unit: Om Om' B X")
        }
        try assertRefused("stage1.claims", "stage1.claims:9:10: 'g5' is read otherwise by the Dirac syntax of this file (g0…g5, g_0…g_3, g, sigma, slash, tr, I, e0…e3 are reserved)") {
            $0.replacingOccurrences(of: "scalars: GF", with: "scalars: g5 GF")
        }
        try assertRefused("stage1.claims", "stage1.claims:7:1: unknown declaration 'vector'") {
            $0.replacingOccurrences(of: "vectors: Om Om' B q P", with: "vector: Om Om' B q P")
        }
        // g_1 is a scalar in Stage 3 (no Dirac entries there) but γ_1 in the Dirac syntax.
        XCTAssertTrue(try seeds(editing: "", { $0 }).stage3.declarations.names[.scalars]!.contains("g_1"))
    }

    func testPlaceholdersAreHonoured() throws {
        try assertRefused("stage1.claims", "stage1.claims: placeholder 'G3' is not declared; the derivation binds 'placeholders: G3 P3 PG'") {
            $0.replacingOccurrences(of: "placeholders: G3 PG P3\n", with: "")
        }
        try assertRefused("stage1.claims", "stage1.claims:11:1: placeholder 'XX' is never bound (the derivation binds only G3 P3 PG)") {
            $0.replacingOccurrences(of: "placeholders: G3 PG P3", with: "placeholders: G3 PG P3 XX")
        }
        try assertRefused("stage2.claims", "stage2.claims:9:1: placeholder 'G3' is never bound (the derivation binds none in this file)") {
            $0.replacingOccurrences(of: "scalars: GF cV cA F2 m s s' pm mp T muBB muN q0 k k' S0 pi p2 deltax\n",
                                    with: "scalars: GF cV cA F2 m s s' pm mp T muBB muN q0 k k' S0 pi p2 deltax\nplaceholders: G3\n")
        }
    }

    /// Regression: without `fourvectors:`, `sigma(mu,qv)` read qv as an index and the derivation
    /// failed far away with "L_{mu nu} H^{mu nu} left free indices".
    func testMissingFourVectorDeclarationNamesTheSeedFile() throws {
        try assertRefused("stage1.claims", "stage1.claims:15:10: the terms of a sum must have the same free Lorentz indices: "
                          + "'mu' on the left, 'mu', 'qv' on the right of '+' (in [eq1]); "
                          + "declare 4-vectors with 'fourvectors:' (this file has no 'fourvectors:' line)") {
            $0.replacingOccurrences(of: "fourvectors: qv p\n", with: "")
        }
    }

    /// Stage 3's bookkeeping against Eq. (17): MATCH as transcribed; a perturbed coefficient is a
    /// MISMATCH whose difference is exactly the perturbation, computed by hand here.
    func testStage3BookkeepingRowsCheckEquation17() throws {
        let kin = try Kinematics(order: Stage3Derivation.workingOrder)
        func rows(_ file: SeedFile) throws -> [String: CheckRow] {
            Dictionary(uniqueKeysWithValues: try Stage3Check(seeds: file).bookkeepingRows(kin).map { ($0.id, $0) })
        }
        let original = try rows(RepositorySeeds.load("stage3.claims"))
        XCTAssertEqual(original["check.eq17.eps2"]?.verdict, .match)
        XCTAssertEqual(original["check.eq17.kprime"]?.verdict, .match)

        let w = Polynomial(Stage3Derivation.w), d = Polynomial(Stage3Derivation.delta), u = Polynomial(Stage3Derivation.u)
        let eps2 = try rows(RepositorySeeds.mutated("stage3.claims", replacing: "4*(1 - dot(Om,Om'))*T/m", with: "3*(1 - dot(Om,Om'))*T/m"))
        XCTAssertEqual(eps2["check.eq17.eps2"]?.verdict, .mismatch)
        XCTAssertEqual(eps2["check.eq17.eps2"]?.difference, try w * w * d * d)  // (4 − 3) w² δ²
        let kPrime = try rows(RepositorySeeds.mutated("stage3.claims", replacing: "k*(1 + epsilon*u)", with: "k*(1 - epsilon*u)"))
        XCTAssertEqual(kPrime["check.eq17.kprime"]?.verdict, .mismatch)
        XCTAssertEqual(kPrime["check.eq17.kprime"]?.difference, try (Polynomial(Stage2Derivation.k) * w * d * u).scaled(by: 4))  // 2kεu
    }
}
