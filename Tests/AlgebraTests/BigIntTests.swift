import XCTest
import TestSupport
@testable import Algebra

/// `BigInt` against `Int128`/`UInt128` where values fit, and against identities where they do
/// not: (a·b)/b = a, a = q·b + r with |r| < |b|, gcd laws, decimal round trips.
final class BigIntTests: XCTestCase {
    /// Limbs drawn from the values that exercise carries and Knuth's q̂ corrections.
    static func limb(_ rng: inout SplitMix64) -> UInt64 {
        let special: [UInt64] = [0, 1, 2, UInt64.max, UInt64.max - 1, 1 << 63, (1 << 63) - 1, 1 << 32, (1 << 32) - 1]
        return rng.next() % 3 == 0 ? special[Int(rng.next() % UInt64(special.count))] : rng.next()
    }

    static func random(_ rng: inout SplitMix64, maxLimbs: Int) -> BigInt {
        BigInt(limbs: (0..<Int(rng.next() % UInt64(maxLimbs) + 1)).map { _ in limb(&rng) }, negative: rng.next() % 2 == 0)
    }

    func testAgainstInt128() {
        var rng = SplitMix64(seed: 1)
        for _ in 0..<5000 {
            let x = Int64(bitPattern: Self.limb(&rng)) >> Int64(rng.next() % 64)
            let y = Int64(bitPattern: Self.limb(&rng)) >> Int64(rng.next() % 64)
            let a = BigInt(x), b = BigInt(y), wa = Int128(x), wb = Int128(y)
            XCTAssertEqual((a + b).int128Value, wa + wb)
            XCTAssertEqual((a - b).int128Value, wa - wb)
            XCTAssertEqual((a * b).int128Value, wa * wb)
            XCTAssertEqual(a < b, x < y)
            XCTAssertEqual(a.description, String(x))
            XCTAssertEqual(a.int64Value, x)
            if y != 0 {
                let (q, r) = (a * a).quotientAndRemainder(dividingBy: b)
                let (wq, wr) = (wa * wa).quotientAndRemainder(dividingBy: wb)
                XCTAssertEqual(q.int128Value, wq, "\(x)² / \(y)")
                XCTAssertEqual(r.int128Value, wr, "\(x)² % \(y)")
            }
            var p = x.magnitude, q = y.magnitude
            while q != 0 { (p, q) = (q, p % q) }
            XCTAssertEqual(BigInt.gcd(a, b), BigInt(limbs: [p]))
        }
        XCTAssertEqual(BigInt(Int64.min).description, "-9223372036854775808")
        XCTAssertEqual(BigInt(Int64.min).int64Value, Int64.min)
        XCTAssertNil((BigInt(Int64.max) + 1).int64Value)
        XCTAssertEqual(BigInt(Int128.min).int128Value, Int128.min)
        XCTAssertEqual(BigInt(Int128.min).description, String(Int128.min))
        XCTAssertEqual(BigInt(Int128.max).description, String(Int128.max))
    }

    func testDivisionIdentities() {
        var rng = SplitMix64(seed: 2)
        for _ in 0..<3000 {
            let a = Self.random(&rng, maxLimbs: 6), b = Self.random(&rng, maxLimbs: 4)
            if b.isZero { continue }
            XCTAssertEqual((a * b) / b, a)
            XCTAssertTrue(((a * b) % b).isZero)
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            XCTAssertEqual(q * b + r, a)
            XCTAssertTrue(r.magnitude < b.magnitude)
            XCTAssertTrue(r.isZero || r.isNegative == a.isNegative)
            XCTAssertEqual((a + b) - b, a)
            XCTAssertEqual(a * (b + 1), a * b + a)
        }
    }

    func testGcdLaws() {
        var rng = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let a = Self.random(&rng, maxLimbs: 3), b = Self.random(&rng, maxLimbs: 3), c = Self.random(&rng, maxLimbs: 2)
            let g = BigInt.gcd(a, b)
            XCTAssertEqual(g, BigInt.gcd(b, a))
            XCTAssertFalse(g.isNegative)
            if g.isZero { XCTAssertTrue(a.isZero && b.isZero); continue }
            XCTAssertTrue((a % g).isZero && (b % g).isZero)
            XCTAssertEqual(BigInt.gcd(a / g, b / g), .one)
            XCTAssertEqual(BigInt.gcd(a * c, b * c), g * c.magnitude)
        }
        XCTAssertEqual(BigInt.gcd(.zero, BigInt(-6)), BigInt(6))
    }

    func testDecimalRoundTrip() {
        var rng = SplitMix64(seed: 4)
        for _ in 0..<1000 {
            let a = Self.random(&rng, maxLimbs: 8)
            XCTAssertEqual(BigInt(a.description), a)
        }
        XCTAssertEqual(BigInt(2).power(64).description, "18446744073709551616")
        XCTAssertEqual(BigInt(10).power(40).description, "1" + String(repeating: "0", count: 40))
        XCTAssertEqual(BigInt("-0"), .zero)
        XCTAssertEqual(BigInt("+00012"), BigInt(12))
        for bad in ["", "-", "1.5", "12a", " 1", "١٢"] { XCTAssertNil(BigInt(bad), bad) }
    }
}
