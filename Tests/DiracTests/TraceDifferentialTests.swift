// Randomized differential test of the `verify trace` route (DiracParser → trace → contraction)
// against explicit 4×4 matrices, and the fuzz run behind scripts/fuzz.sh.

import Foundation
import XCTest
import Algebra
import Dirac
import TestSupport

final class TraceDifferentialTests: XCTestCase {
    /// The parser of `verify trace` (every lowercase name a 4-vector, m a scalar).
    static func parser(indices: Set<String>, maxTerms: Int = Budget.defaultMaxTerms) -> DiracParser {
        var context = DiracParseContext(anyLowercaseIsVector: true, scalars: ["m", "M"], indices: indices)
        context.budget = Budget(maxTerms: maxTerms)
        return DiracParser(context: context)
    }

    /// The engine's value of a generated text, or nil with the reason.
    static func engineValue(_ c: RandomTraceCase) -> Result<Polynomial, Error> {
        Result {
            guard case .traced(let t) = try parser(indices: c.declaredIndices).parse(c.text), let s = t.scalar else {
                throw AlgebraError.undefined("not a fully contracted trace")
            }
            return s
        }
    }

    /// Does the engine's polynomial agree with the explicit matrices at `points` random points?
    static func agrees(_ p: Polynomial, _ c: RandomTraceCase, points: Int, rng: inout SplitMix64) -> (Bool, String) {
        for _ in 0..<points {
            let vectors = rng.vectors(RandomTraceCase.vectors)
            let scalars = RandomTraceCase.scalars(vectors: vectors, m: rng.uniform(-2, 2))
            let numeric = c.numericValue(vectors: vectors, scalars: scalars)
            let value = complexValue(of: p, vectors: vectors, scalars: scalars)
            let scale = (try? magnitudeScale(of: p, vectors: vectors, scalars: scalars)) ?? 1
            if !isClose(value, numeric, scale: max(scale, numeric.magnitude), tolerance: 1e-9) {
                return (false, "engine \(value) vs matrices \(numeric)")
            }
        }
        return (true, "")
    }

    /// A few hundred random expressions — γ5, fixed upper and lower indices, σ with vectors and
    /// indices, contracted pairs within and across traces, sums, products, powers, declared or
    /// implicit indices — each evaluated by the engine and by explicit matrices at 3 points.
    func testRandomTraceExpressionsAgreeWithExplicitMatrices() throws {
        let cases = ProcessInfo.processInfo.environment["DIFFERENTIAL_CASES"].flatMap(Int.init) ?? 200
        var generator = RandomTraceGenerator(rng: SplitMix64(seed: 0x9D1FF))
        var rng = SplitMix64(seed: 0x9D200)
        var agreed = 0, wrong = 0, refused = 0
        for _ in 0..<cases {
            let c = generator.makeCase()
            switch Self.engineValue(c) {
            case .failure(let error):
                refused += 1
                XCTFail("refused a valid text: \(c.text)\n\(error)")
            case .success(let p):
                let (ok, detail) = Self.agrees(p, c, points: 3, rng: &rng)
                if ok { agreed += 1 } else {
                    wrong += 1
                    if wrong <= 3 { XCTFail("\(c.text): \(detail)") }
                }
            }
        }
        print("differential: \(cases) expressions, \(agreed) agree, \(wrong) wrong, \(refused) refused")
        XCTAssertEqual(agreed, cases)
    }

    /// The regressions of issue 9 as library calls (the command line has its own tests).
    func testSigmaArgumentsIndexCountsAndDivision() throws {
        func value(_ text: String, indices: Set<String> = []) throws -> Polynomial {
            guard case .traced(let t) = try Self.parser(indices: indices).parse(text), let s = t.scalar else {
                throw AlgebraError.undefined("not a scalar")
            }
            return s
        }
        func refusal(_ text: String) -> String {
            do { _ = try Self.parser(indices: []).parse(text); return "accepted" } catch { return "\(error)" }
        }
        let pq = LorentzInvariants.dot("p", "q")
        XCTAssertEqual(try value("tr(sigma(mu,p) g(mu) q)"), try pq * Polynomial(monomial: Monomial(.imaginaryUnit), coefficient: -12))
        let ab = LorentzInvariants.dot("a", "b"), aa = LorentzInvariants.dot("a", "a"), bb = LorentzInvariants.dot("b", "b")
        XCTAssertEqual(try value("tr(sigma(a,b) sigma(a,b))"), try (aa * bb - ab * ab).scaled(by: 4))
        XCTAssertEqual(try value("tr(sigma(mu,nu) sigma(mu,nu))", indices: ["mu", "nu"]), Polynomial(48))
        XCTAssertEqual(refusal("tr(g(mu) p g(mu) q g(mu) r g(mu) s)"),
                       "1:20: Lorentz index 'mu' would appear 3 times in one term; an index may appear at most twice")
        XCTAssertEqual(refusal("tr(g(mu) g(mu)) * tr(g(mu) g(mu))"),
                       "1:17: Lorentz index 'mu' would appear 4 times in one term; an index may appear at most twice")
        XCTAssertEqual(refusal("tr(g(mu) mu)"), "1:10: 'mu' is a Lorentz index (an argument of g(...) or declared) and cannot also be a 4-vector")
        XCTAssertEqual(refusal("tr(g(mu) p) + tr(p q)"),
                       "1:13: the terms of a sum must have the same free Lorentz indices: 'mu' on the left, none on the right of '+'")
        XCTAssertEqual(try value("tr(p1 p2)^2"), try LorentzInvariants.dot("p1", "p2").power(2).scaled(by: 16))
        XCTAssertEqual(try value("tr(p1 (p2 + m))"), LorentzInvariants.dot("p1", "p2").scaled(by: 4))
        XCTAssertEqual(refusal("tr(p1(p2 + m))"), "1:4: unknown function 'p1'; for a product write 'p1 (...)' or 'p1*(...)'")
        XCTAssertEqual(refusal("tr(p1 p2)/0"), "1:10: division by zero")
        XCTAssertEqual(refusal("tr(p1 p2)/(m - m)"), "1:10: division by zero")
        XCTAssertEqual(refusal("tr(p1 p2)*(m - m)^-1"), "1:18: division by zero")
        XCTAssertEqual(refusal("tr(1)*((m^10000)^10000)^10000"), "1:17: the exponent of m would exceed 1000000")
    }

    /// The budget refuses before expanding: each of these would take seconds to minutes and
    /// gigabytes; refused, they take milliseconds. Exact estimates are part of the message.
    func testBudgetRefusesBeforeExpanding() throws {
        func names(_ prefix: String, _ n: Int) -> String { (0..<n).map { "\(prefix)\($0)" }.joined(separator: " ") }
        func refusal(_ text: String) -> String {
            do { _ = try Self.parser(indices: []).parse(text); return "accepted" } catch { return "\(error)" }
        }
        XCTAssertEqual(refusal("tr(\(names("p", 16)))"),
                       "1:1: the trace of 1 gamma string of up to 16 matrices would form about 2027025 term products, over the term budget of 200000")
        XCTAssertEqual(refusal("tr(\(names("p", 18)))"),
                       "1:62: the trace of a product of 18 gamma matrices would form about 34459425 term products, over the term budget of 200000")
        XCTAssertTrue(refusal("tr(\(names("p", 10)))*tr(\(names("q", 10)))").hasSuffix(
            "the product of traces of 945 and 945 terms would form about 893025 term products, over the term budget of 200000"))
        XCTAssertTrue(refusal("tr(1)*(tr(\(names("p", 10))))^3").contains("the power ^3 of 945 terms"))
        let sigmas = (0..<7).map { "sigma(a\($0),b\($0))" }.joined(separator: " ")
        XCTAssertEqual(refusal("tr(\(sigmas))"),
                       "1:1: the trace of 128 gamma strings of up to 14 matrices would form about 17297280 term products, over the term budget of 200000")
        // The budget is cumulative: 7 products of single slots, then the 8-slot trace (7!! = 105).
        XCTAssertNoThrow(try Self.parser(indices: [], maxTerms: 112).parse("tr(\(names("p", 8)))"))
        XCTAssertThrowsError(try Self.parser(indices: [], maxTerms: 111).parse("tr(\(names("p", 8)))")) { error in
            // Regression: the step alone (105) fits, so the message names the running total too.
            XCTAssertTrue("\(error)".hasSuffix("the trace of 1 gamma string of up to 8 matrices would form about 105 term products, "
                                              + "112 in all with the 7 already charged, over the term budget of 111"), "\(error)")
        }
        // The trace counts match the recursions they bound.
        XCTAssertEqual((0...8).map { TraceCount.plain(2 * $0) }, [1, 1, 3, 15, 105, 945, 10395, 135135, 2027025])
        XCTAssertEqual([2, 4, 6, 8, 10, 12].map(TraceCount.withGamma5), [0, 1, 6, 33, 180, 1029])
        XCTAssertEqual(Budget().maxGammaStringLength, 17)  // 16 slots stream within the default
    }

    /// Parsing is linear: 40,000 slashed vectors are refused at the 18th (a quadratic parser
    /// took 50 s in release), and sums of 5,000 terms parse in one accumulator (pairwise
    /// sums would form 12.5 million term copies per sum).
    func testLongInputsParseInLinearTime() throws {
        let long = "tr(" + String(repeating: "p ", count: 40_000) + ")"
        XCTAssertThrowsError(try Self.parser(indices: []).parse(long)) { error in
            XCTAssertTrue("\(error)".contains("the trace of a product of 18 gamma matrices"), "\(error)")
        }
        let n = 5_000
        let scalars = Set((0..<n).map { "m\($0)" })
        var context = DiracParseContext(anyLowercaseIsVector: true, scalars: scalars)
        context.budget = Budget()
        let sum = "tr(p q)*(" + (0..<n).map { "m\($0)" }.joined(separator: " + ") + ")"
        guard case .traced(let t) = try DiracParser(context: context).parse(sum) else { return XCTFail("not a trace") }
        XCTAssertEqual(t.scalar?.terms.count, n)
        let vectorSum = "tr(" + (0..<n).map { "p\($0)" }.joined(separator: " + ") + ")"
        guard case .traced(let v) = try Self.parser(indices: []).parse(vectorSum) else { return XCTFail("not a trace") }
        XCTAssertEqual(v.scalar, .zero)  // tr of a single slashed vector vanishes
        let scalarSum = (0..<n).map { "x\($0)" }.joined(separator: " - ")
        XCTAssertEqual(try Polynomial(parsing: scalarSum).terms.count, n)
    }

    /// Fuzz: generated texts (also large ones that must hit the budget) and random edits of
    /// them. Every input ends in a value or an error; valid unedited texts that get a value
    /// are checked against the matrices at one point. `scripts/fuzz.sh` runs 10⁶ in release
    /// (TRACE_FUZZ_CASES); here 200 keep the test short. A `FuzzWatchdog` ends the run naming
    /// the input if one case takes more than 10 s or the process exceeds 1 GB resident; a
    /// crash ends it too (the script reports the exit status).
    func testTraceFuzz() throws {
        let cases = ProcessInfo.processInfo.environment["TRACE_FUZZ_CASES"].flatMap(Int.init) ?? 200
        let seed = ProcessInfo.processInfo.environment["TRACE_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0xF0220
        var generator = RandomTraceGenerator(rng: SplitMix64(seed: seed))
        var rng = SplitMix64(seed: seed ^ 0xABCDEF)
        var values = 0, errors = 0, checked = 0, wrong = 0, streamedCount = 0
        var slowest = 0.0, slowestText = ""
        let watchdog = FuzzWatchdog(maxSeconds: 10, maxBytes: 1 << 30)
        defer { watchdog.stop() }
        for k in 0..<cases {
            generator.size = k % 10 == 9 ? Int.random(in: 2...4, using: &rng) : 1
            let c = generator.makeCase()
            let edited = k % 2 == 1
            let text = edited ? generator.mutate(c.text) : c.text
            watchdog.begin(text)
            let start = DispatchTime.now().uptimeNanoseconds
            let result = Result { try Self.parser(indices: c.declaredIndices).parse(text) }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if seconds > slowest { slowest = seconds; slowestText = text }
            switch result {
            case .failure: errors += 1
            case .success(let value):
                values += 1
                guard !edited, case .traced(let t) = value, let p = t.scalar else { continue }
                checked += 1
                // A text `verify trace` would stream must stream the printed value, byte for byte.
                var budget = Budget()
                if let streamed = try? Self.parser(indices: c.declaredIndices).streamableTrace(text, budget: &budget) {
                    var bytes: [UInt8] = []
                    TraceTextStream.write(streamed) { bytes += $0 }
                    if String(decoding: bytes, as: UTF8.self) != PlainTextPrinter.factoredText(p) + "\n" {
                        wrong += 1
                        XCTFail("streamed text differs from the printed value for \(text)")
                    }
                    streamedCount += 1
                }
                let (ok, detail) = Self.agrees(p, c, points: 1, rng: &rng)
                if !ok {
                    wrong += 1
                    if wrong <= 3 { XCTFail("wrong value for \(text): \(detail)") }
                }
            }
        }
        print("fuzz trace: \(cases) inputs, \(values) values (\(checked) checked against matrices, \(wrong) wrong), "
              + "\(errors) errors, \(streamedCount) streamed, slowest \(String(format: "%.3f", slowest)) s, peak resident \(watchdog.peak / 1_000_000) MB")
        print("fuzz trace: slowest input: \(slowestText.prefix(400))")
        XCTAssertEqual(wrong, 0)
        XCTAssertLessThan(slowest, 10, "slowest input: \(slowestText.prefix(300))")
    }
}
