import XCTest
import TestSupport
@testable import Algebra

/// Interned symbols keep the content order: byte-wise UTF-8 order of the names, whatever the
/// order in which the names were first interned.
final class SymbolOrderTests: XCTestCase {
    /// Random names over a small alphabet (shared prefixes, prefixes of each other, multi-byte
    /// characters, lengths 0-14 around the 8-byte key) compared against the UTF-8 order directly.
    func testOrderIsUTF8ByteOrderOfTheNames() {
        var rng = SplitMix64(seed: 2026_12_01)
        let alphabet: [String] = ["a", "b", "p", "1", "2", ".", "_", "(", ",", "Ω", "é", "'"]
        func name() -> String {
            let length = Int(rng.next() % 15)
            return (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined()
        }
        var checked = 0
        for _ in 0..<20_000 {
            let x = name(), y = name()
            let a = Symbol(x), b = Symbol(y)
            XCTAssertEqual(a < b, x.utf8.lexicographicallyPrecedes(y.utf8), "\(x) < \(y)")
            XCTAssertEqual(a == b, x == y, "\(x) == \(y)")
            if a == b { XCTAssertEqual(a.hashValue, b.hashValue) }
            XCTAssertEqual(a.name, x)
            checked += 1
        }
        XCTAssertEqual(checked, 20_000)
    }

    func testImaginaryUnitIsTheInternedI() {
        XCTAssertTrue(Symbol("I").isImaginaryUnit)
        XCTAssertFalse(Symbol("II").isImaginaryUnit)
        XCTAssertFalse(Symbol("i").isImaginaryUnit)
    }
}
