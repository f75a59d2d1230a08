import Dispatch
import Synchronization
import XCTest
import TestSupport
@testable import Algebra

/// Packed monomials (`PackedPower` words) and the integer-only symbol order, against independent
/// routes: the byte-wise UTF-8 order of the names as strings, a plain name → exponent dictionary
/// model of each monomial, and exact evaluation at random rational points.
final class PackedMonomialTests: XCTestCase {
    /// Names that stress the word order: shared prefixes of 0, 7, 8, 9 and 16 bytes, multi-byte
    /// characters across a word boundary, embedded and trailing NUL bytes, lengths 0-30.
    struct NameSource {
        var rng: SplitMix64
        let prefixes = ["", "eps(p1,", "eps(p1,p", "eps(p1,p2", "triple(Om,Om',", "dot(B,Om"]
        let alphabet = ["1", "2", "p", ",", ")", "'", "é", "Ω", "😀", "\u{0}", "a", "ab"]

        mutating func next() -> String {
            var name = prefixes[Int(rng.next() % UInt64(prefixes.count))]
            for _ in 0..<Int(rng.next() % 9) { name += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            return name
        }
    }

    func testOrderIsUTF8ByteOrderAcrossWords() {
        var names = NameSource(rng: SplitMix64(seed: 13_2026))
        var comparisons = 0
        for _ in 0..<20_000 {
            let x = names.next(), y = names.next()
            let a = Symbol(x), b = Symbol(y)
            XCTAssertEqual(a < b, x.utf8.lexicographicallyPrecedes(y.utf8), "\(x.debugDescription) < \(y.debugDescription)")
            XCTAssertEqual(a == b, Array(x.utf8) == Array(y.utf8))
            comparisons += 1
        }
        XCTAssertEqual(comparisons, 20_000)
        // The cases the 8-byte key alone cannot decide.
        for (x, y) in [("eps(p1,p2,p3,p4)", "eps(p1,p2,p3,p5)"), ("abcdefgh", "abcdefgh\u{0}"), ("a", "a\u{0}"),
                       ("abcdefgh\u{0}", "abcdefgh\u{0}\u{0}"), ("abcdefghé", "abcdefghΩ"), ("abcdefg", "abcdefgh")] {
            XCTAssertTrue(Symbol(x) < Symbol(y), "\(x.debugDescription) < \(y.debugDescription)")
            XCTAssertFalse(Symbol(y) < Symbol(x))
        }
    }

    /// Canonically equivalent spellings ("é" precomposed, e + U+0301) are equal as `String`s but
    /// differ in bytes: they are two symbols, each with its own byte order, whichever is interned
    /// first (regression: interning keyed by `String` gave the second spelling the first one's entry).
    func testCanonicallyEquivalentSpellingsAreDistinctSymbols() {
        let composed = "x\u{E9}q", decomposed = "x\u{65}\u{301}q"
        XCTAssertEqual(composed, decomposed)  // Swift's String equality: the premise of the test
        for (first, second) in [(decomposed, composed), (composed, decomposed)] {
            let a = Symbol(first), b = Symbol(second)
            XCTAssertNotEqual(a, b)
            XCTAssertEqual(Array(a.name.utf8), Array(first.utf8))
            XCTAssertEqual(Array(b.name.utf8), Array(second.utf8))
        }
        XCTAssertTrue(Symbol(decomposed) < Symbol(composed))  // 0x65 < 0xC3
        XCTAssertFalse(Symbol(composed) < Symbol(decomposed))
    }

    /// Several threads intern overlapping sets of new names at once while reading entries back by
    /// id: each name gets one id, each id its name, and the order stays the byte order.
    func testInterningFromSeveralThreads() {
        let threads = 8, perThread = 3_000
        let results = Mutex<[(name: String, id: UInt32, readBack: String)]>([])
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            var seen: [(name: String, id: UInt32, readBack: String)] = []
            for i in 0..<perThread {
                let name = "concurrent.\((i * 7 + t * 1_000) % 10_000)"
                let symbol = Symbol(name)
                seen.append((name, symbol.id, Symbol(id: symbol.id).name))  // read while others append
            }
            results.withLock { $0 += seen }
        }
        let all = results.withLock { $0 }
        XCTAssertEqual(all.count, threads * perThread)
        XCTAssertTrue(all.allSatisfy { $0.name == $0.readBack })
        var idOf: [String: UInt32] = [:]
        for (name, id, _) in all {
            if let other = idOf[name] { XCTAssertEqual(other, id, name) } else { idOf[name] = id }
            XCTAssertEqual(Symbol(id: id).name, name)
        }
        XCTAssertEqual(Set(idOf.values).count, idOf.count, "distinct names have distinct ids")
        let sortedByOrder = idOf.keys.map(Symbol.init).sorted().map(\.name)
        XCTAssertEqual(sortedByOrder, idOf.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    func testWordLayout() {
        let s = Symbol("packed.layout")
        for e in [1, -1, 7, -1_000_000, Int(Int32.max), -Int(Int32.max)] {
            let word = PackedPower(Monomial.Power(s, e))
            XCTAssertEqual(word.word >> 32, UInt64(s.id))
            XCTAssertEqual(word.exponent, e)
            XCTAssertEqual(word.symbol, s)
        }
        XCTAssertEqual(Symbol.imaginaryUnit.id, 0)
        XCTAssertEqual(MemoryLayout<PackedPower>.stride, 8)
    }

    /// A monomial as a dictionary name → exponent, the model it is compared with.
    typealias Model = [String: Int]

    func randomModel(_ names: inout NameSource, _ rng: inout SplitMix64) -> Model {
        var model: Model = [:]
        for _ in 0..<Int(rng.next() % 5) {
            let name = names.next()
            if name == "I" { continue }
            var e = Int(rng.next() % 9) - 4
            if e == 0 { e = 3 }
            model[name] = e
        }
        if rng.next() % 4 == 0 { model["I"] = 1 }
        return model
    }

    func monomial(_ model: Model) -> Monomial {
        Monomial.from(model.map { Monomial.Power(Symbol($0.key), $0.value) })
    }

    /// The old string-based graded order: degree, then (name by UTF-8 bytes, higher exponent first).
    func modelPrecedes(_ a: Model, _ b: Model) -> Bool {
        let da = a.values.reduce(0, +), db = b.values.reduce(0, +)
        if da != db { return da < db }
        let x = a.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        let y = b.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (p, q) in zip(x, y) where p != q {
            if p.key != q.key { return p.key.utf8.lexicographicallyPrecedes(q.key.utf8) }
            return p.value > q.value
        }
        return x.count < y.count
    }

    func testProductOrderAndHashAgainstTheDictionaryModel() throws {
        var rng = SplitMix64(seed: 13_13)
        var names = NameSource(rng: SplitMix64(seed: 13_14))
        for _ in 0..<3_000 {
            let x = randomModel(&names, &rng), y = randomModel(&names, &rng)
            let a = monomial(x), b = monomial(y)
            // Read back: the powers in byte order of the names, with the model's exponents.
            XCTAssertEqual(a.powers.map(\.symbol.name), x.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: a.powers.map { ($0.symbol.name, $0.exponent) }), x)
            XCTAssertEqual(a.degree, x.values.reduce(0, +))
            // Product: exponents add, zeros drop, I·I = −1.
            var sum = x.merging(y, uniquingKeysWith: +)
            let negated = sum["I"] == 2
            if negated { sum["I"] = nil }
            sum = sum.filter { $0.value != 0 }
            let (ab, sign) = try Monomial.checkedProduct(a, b)
            XCTAssertEqual(ab, monomial(sum))
            XCTAssertEqual(sign, negated)
            XCTAssertTrue(Monomial.isCanonical(ab.packed))
            let (ba, _) = Monomial.product(b, a)
            XCTAssertEqual(ab, ba)
            XCTAssertEqual(ab.hashValue, ba.hashValue)
            // Order: the string-based order of the model, and a strict order.
            XCTAssertEqual(a < b, modelPrecedes(x, y), "\(x) < \(y)")
            XCTAssertEqual(a == b, x == y)
            if a == b { XCTAssertEqual(a.hashValue, b.hashValue) }
            XCTAssertFalse(a < a)
            // Inverse and removal.
            let (inverse, inverseNegated) = a.inverse
            let (unit, unitNegated) = try Monomial.checkedProduct(a, inverse)
            XCTAssertEqual(unit, .one)
            XCTAssertEqual(inverseNegated, x["I"] != nil)  // 1/I = −I
            XCTAssertEqual(unitNegated, x["I"] != nil)     // I·I = −1
            if let (name, e) = x.first {
                XCTAssertEqual(a.exponent(of: Symbol(name)), e)
                XCTAssertEqual(a.removing(Symbol(name)), monomial(x.filter { $0.key != name }))
                let derived = a.differentiated(with: Symbol(name))
                var lowered = x
                lowered[name] = e == 1 ? nil : e - 1
                XCTAssertEqual(derived?.exponent, e)
                XCTAssertEqual(derived?.monomial, monomial(lowered))
            }
            XCTAssertNil(a.differentiated(with: Symbol("absent.from.every.model")))
            XCTAssertEqual(a.removing(Symbol("absent.from.every.model")), a)
        }
    }

    /// Polynomials over names with shared prefixes: the product evaluates to the product of the
    /// values at random rational points, and sums to the sum.
    func testPolynomialArithmeticAtRandomRationalPoints() throws {
        var rng = SplitMix64(seed: 13_15)
        var names = NameSource(rng: SplitMix64(seed: 13_16))
        let pool = (0..<12).map { _ in names.next() }.filter { $0 != "I" }
        func polynomial() throws -> Polynomial {
            var p = Polynomial.zero
            for _ in 0..<Int(rng.next() % 6) {
                var term = Polynomial(Rational(Int(rng.next() % 19) - 9))
                for _ in 0..<Int(rng.next() % 4) {
                    term = try term * Polynomial(Symbol(pool[Int(rng.next() % UInt64(pool.count))]), Int(rng.next() % 7) - 3)
                }
                p = p + term
            }
            return p
        }
        for _ in 0..<300 {
            let p = try polynomial(), q = try polynomial()
            var values: [Symbol: Rational] = [:]
            for name in pool { values[Symbol(name)] = try Rational(Int64(rng.next() % 7) + 1, Int64(rng.next() % 5) + 1) }
            let pv = try p.evaluated(at: values), qv = try q.evaluated(at: values)
            XCTAssertEqual(try (p * q).evaluated(at: values), pv * qv)
            XCTAssertEqual(try (p + q).evaluated(at: values), pv + qv)
            XCTAssertTrue(Polynomial.isCanonical((try p * q).terms))
        }
    }
}
