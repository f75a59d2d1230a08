import Algebra
import Derivation
import Dirac
import Foundation
import XCTest
import TestSupport

/// Feeds random and mutated inputs to the expression parser, the Dirac parser and the seed-file
/// reader (with every entry parsed, as `verify traces` does). Each input must end in a value or
/// a thrown error: a trap, a stack overflow or a hang fails the run. The default count keeps the
/// debug test short (3000 per target); `scripts/fuzz.sh` runs 100,000+ per target in release
/// (`FUZZ_ITERATIONS=N`).
final class RobustnessFuzzTests: XCTestCase {
    static var iterations: Int { ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"].flatMap(Int.init) ?? 3_000 }
    static let seedText: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/stage1.claims")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// Fragments that stress lexers and parsers: huge integers and exponents, deep nesting,
    /// unknown symbols, stray punctuation, non-ASCII and control characters.
    static let fragments = [
        "(", ")", "((((((((((((((((((((((((((((((((", "))))))))))))))))", "^", "^-", "^99999999999999999999",
        "^(10000)", "^9999", "^-9999", "9223372036854775807", "99999999999999999999999999999", "-9223372036854775808",
        "/0", "/(s-s)", "*", "+", "-", "/", ",", ".", "'", "''", "#", "[", "]", "[eq4]", "[eq5]\n", "\n", " ",
        "dot(", "cross(", "triple(", "eps(", "tr(", "g(mu)", "g(nu)", "sigma(mu,qv)", "g5", "g0", "g_3", "I",
        "zzz", "Om", "Om'", "B", "q", "P", "qv", "p", "s'", "cV", "1.5", "\u{0}", "\u{FFFD}", "Ω", "γ", "\u{202E}",
        "vectors: x y", "unit: Om", "scalars: ", "placeholders: G3", "fourvectors: qv", "G3", "PG", "P3",
    ]

    static let expressionSeeds = [
        "GF^2/2*(cV^2 + 3*cA^2 + (cV^2 - cA^2)*dot(Om,Om'))", "dot(cross(cross(Om',Om),q), B)", "triple(Om, Om', q)",
        "(s + s')^3/m^-2", "pm*2*cA*(cV + F2)*dot(q, Om - Om')", "qv.p*eps(qv, p, qv, p)", "-(cA)*(-s)^(-2)",
    ]
    static let diracSeeds = [
        "cV*g(mu) + F2*I*sigma(mu,qv)/(2*m) - cA*g(mu)*g5", "1/2*((1 - s*g5*G3)*(1 + g0 + PG/m) - s*P3/m*g5*(1 + g0))",
        "tr(g5 p1 p2 p3 p4)", "tr(g(mu) k1 g(nu) k2) * tr(g(mu) p1 g(nu) p2)", "tr(g0 p1 g3 p2)", "(p + m) g_3 p.q",
    ]

    /// A random mutation of `text`: truncation, deletions, insertions of fragments, duplicated
    /// slices, raw bytes (decoded with replacement, so invalid UTF-8 becomes U+FFFD).
    static func mutate(_ text: String, _ rng: inout SplitMix64) -> String {
        var scalars = Array(text.unicodeScalars)
        func fragment() -> [Unicode.Scalar] { Array(fragments[Int.random(in: 0..<fragments.count, using: &rng)].unicodeScalars) }
        switch Int.random(in: 0..<6, using: &rng) {
        case 0:
            scalars = Array(scalars.prefix(Int.random(in: 0...scalars.count, using: &rng)))
        case 1:
            var soup: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 0...24, using: &rng) { soup += fragment() }
            return String(String.UnicodeScalarView(soup))
        case 2:
            var bytes = Array(text.utf8)
            for _ in 0..<Int.random(in: 1...8, using: &rng) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            return String(decoding: bytes, as: UTF8.self)
        default:
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let at = Int.random(in: 0...scalars.count, using: &rng)
                switch Int.random(in: 0...3, using: &rng) {
                case 0 where at < scalars.count:
                    scalars.removeSubrange(at..<min(scalars.count, at + Int.random(in: 1...6, using: &rng)))
                case 1, 2:
                    scalars.insert(contentsOf: fragment(), at: at)
                default:
                    let end = min(scalars.count, at + Int.random(in: 0...40, using: &rng))
                    scalars.insert(contentsOf: scalars[at..<end], at: at)
                }
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    func testExpressionParserNeverCrashes() throws {
        let context = try SeedFile(path: "stage1.claims", contents: Self.seedText).context
        let parser = ExpressionParser(context: context)
        var rng = SplitMix64(seed: 1)
        var values = 0, errors = 0
        for _ in 0..<Self.iterations {
            let input = Self.mutate(Self.expressionSeeds[Int.random(in: 0..<Self.expressionSeeds.count, using: &rng)], &rng)
            do { _ = try parser.parse(input); values += 1 } catch {
                errors += 1
                XCTAssertGreaterThanOrEqual(error.line, 1)
                XCTAssertGreaterThanOrEqual(error.column, 1)
            }
        }
        XCTAssertEqual(values + errors, Self.iterations)
        print("fuzz ExpressionParser: \(Self.iterations) inputs, \(values) values, \(errors) errors")
    }

    func testDiracParserNeverCrashes() throws {
        let seeded = DiracParser(context: DiracParseContext(fourVectors: ["qv", "p", "p'", "B"], scalars: ["cV", "cA", "F2", "m", "s", "s'"],
                                                            bindings: ["G3": .slash("B"), "PG": .slash("p"), "P3": .slash("p")]))
        let open = DiracParser(context: DiracParseContext(anyLowercaseIsVector: true, scalars: ["m", "M"]))
        var rng = SplitMix64(seed: 2)
        var values = 0, errors = 0
        for i in 0..<Self.iterations {
            let input = Self.mutate(Self.diracSeeds[Int.random(in: 0..<Self.diracSeeds.count, using: &rng)], &rng)
            do { _ = try (i % 2 == 0 ? seeded : open).parse(input); values += 1 } catch { errors += 1 }
        }
        XCTAssertEqual(values + errors, Self.iterations)
        print("fuzz DiracParser: \(Self.iterations) inputs, \(values) values, \(errors) errors")
    }

    func testSeedFileReaderNeverCrashes() throws {
        XCTAssertFalse(Self.seedText.isEmpty)
        var rng = SplitMix64(seed: 3)
        var files = 0, entries = 0, failures = 0
        for _ in 0..<Self.iterations {
            let text = Self.mutate(Self.seedText, &rng)
            do {
                let seeds = try SeedFile(path: "fuzz.claims", contents: text)
                files += 1
                for entry in seeds.entries {
                    entries += 1
                    do {
                        if ["eq1", "eq2"].contains(entry.id) {
                            let inputs = Stage1Inputs(seeds: seeds)
                            _ = try entry.id == "eq1" ? inputs.vertex(index: "mu")
                                : inputs.densityMatrix(reading: DensityMatrix.Reading.all[5], momentum: "p", spin: PaperSymbols.s)
                        } else {
                            _ = try seeds.polynomial(entry.id)
                        }
                    } catch {
                        failures += 1
                        XCTAssertTrue("\(error)".hasPrefix("fuzz.claims"), "error does not name the file: \(error)")
                    }
                }
            } catch {
                failures += 1
                XCTAssertTrue("\(error)".hasPrefix("fuzz.claims:"), "error does not name the file: \(error)")
            }
        }
        print("fuzz SeedFile: \(Self.iterations) files, \(files) read, \(entries) entries parsed, \(failures) clean errors")
    }

    /// Bad inputs with their exact messages.
    func testBadInputMessages() throws {
        let parser = ExpressionParser(context: try SeedFile(path: "stage1.claims", contents: Self.seedText).context)
        func message(_ text: String) -> String {
            do { _ = try parser.parse(text); return "no error" } catch { return error.message }
        }
        XCTAssertEqual(message(String(repeating: "9", count: 1001) + "*cV"),
                       "1:1: integer literal '\(String(repeating: "9", count: 40))...' (1001 characters) has more than 1000 digits")
        // Seed exponents are at most SeedFile.maxExponent = 12 (the checks expand powers of substituted sums).
        XCTAssertEqual(message("cV^99999999999999999999"), "1:4: exponent '99999999999999999999' is too large (limit 12)")
        XCTAssertEqual(message("(cV + cA)^13"), "1:11: exponent '13' is too large (limit 12)")
        XCTAssertEqual(message("cV^7*cV^6"), "1:5: exponent of 'cV' exceeds the limit 12")
        XCTAssertEqual(message("dot(Om, B"), "1:10: expected ')' (dot takes 2 arguments) but found end of input")
        XCTAssertEqual(message("cV + xyz"), "1:6: unknown symbol 'xyz'")
        XCTAssertEqual(message("cV)"), "1:3: unmatched ')'")
        XCTAssertEqual(message(String(repeating: "(", count: 200) + "cV"), "1:65: expression nested more than 64 levels deep")
        XCTAssertEqual(message(String(decoding: [0x63, 0x56, 0x2B, 0xFF], as: UTF8.self)), "1:4: unexpected character '\u{FFFD}' (U+FFFD)")

        func seedMessage(_ text: String) -> String {
            do { _ = try SeedFile(path: "bad.claims", contents: text); return "no error" } catch { return "\(error)" }
        }
        XCTAssertEqual(seedMessage("[eq4\nGF"), "bad.claims:1:1: unterminated entry tag '[eq4'")
        XCTAssertEqual(seedMessage("[eq4]\nGF\n[eq4]\ncV"), "bad.claims:3:2: duplicate entry [eq4]")
        XCTAssertEqual(seedMessage("colours: red"), "bad.claims:1:1: unknown declaration 'colours'")
        XCTAssertEqual(seedMessage("GF^2"), "bad.claims:1:1: text outside an entry; start one with [id]")
        XCTAssertThrowsError(try SeedFile(path: "/nonexistent/stage1.claims")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/stage1.claims: cannot read the seed file (missing, unreadable or not UTF-8)")
        }
        let seeds = try SeedFile(path: "bad.claims", contents: "scalars: cV\n[eq4]\ncV +\n  zz")
        XCTAssertThrowsError(try seeds.polynomial("eq4")) { error in
            XCTAssertEqual("\(error)", "bad.claims:4:3: unknown symbol 'zz' (in [eq4])")
        }
    }
}
