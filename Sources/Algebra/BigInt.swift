/// An arbitrary-precision signed integer: a sign and a magnitude of little-endian 64-bit limbs.
///
/// The exact fallback of `Rational` when a value leaves 64 bits (written here: the package has
/// no dependencies). Canonical form: no most-significant zero limb, zero is `[]` and never
/// negative, so equality and hashing are structural. Arithmetic never overflows; division by
/// zero is a precondition (`Rational` checks for it first and throws by name).
public struct BigInt: Hashable, Comparable, Sendable {
    /// Little-endian limbs of |value|, no trailing zero limb.
    public private(set) var limbs: [UInt64]
    public private(set) var isNegative: Bool

    /// From a magnitude (trailing zero limbs are dropped) and a sign (ignored for zero).
    public init(limbs: [UInt64], negative: Bool = false) {
        var l = limbs
        while l.last == 0 { l.removeLast() }
        self.limbs = l
        self.isNegative = l.isEmpty ? false : negative
    }

    public init(_ value: Int64) {
        self.init(limbs: [value.magnitude], negative: value < 0)
    }

    public init(_ value: Int) { self.init(Int64(value)) }

    public init(_ value: Int128) {
        let m = value.magnitude
        self.init(limbs: [UInt64(truncatingIfNeeded: m), UInt64(truncatingIfNeeded: m >> 64)], negative: value < 0)
    }

    public static let zero = BigInt(limbs: [])
    public static let one = BigInt(limbs: [1])

    public var isZero: Bool { limbs.isEmpty }
    /// −1, 0 or 1.
    public var signum: Int { isZero ? 0 : (isNegative ? -1 : 1) }
    public var magnitude: BigInt { BigInt(limbs: limbs) }
    /// Bits of |value| (0 for zero).
    public var bitWidth: Int { limbs.isEmpty ? 0 : 64 * limbs.count - limbs[limbs.count - 1].leadingZeroBitCount }

    /// The value as `Int64` when it fits, else nil.
    public var int64Value: Int64? {
        switch limbs.count {
        case 0: return 0
        case 1:
            let m = limbs[0]
            if isNegative { return m <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- m) : nil }
            return m <= UInt64(Int64.max) ? Int64(m) : nil
        default: return nil
        }
    }

    /// The value as `Int128` when it fits, else nil.
    public var int128Value: Int128? {
        guard limbs.count <= 2 else { return nil }
        var m: UInt128 = 0
        for (i, limb) in limbs.enumerated() { m |= UInt128(limb) << UInt128(64 * i) }
        if isNegative { return m <= UInt128(Int128.max) + 1 ? Int128(truncatingIfNeeded: 0 &- m) : nil }
        return m <= UInt128(Int128.max) ? Int128(m) : nil
    }

    public static func == (a: BigInt, b: BigInt) -> Bool {
        a.isNegative == b.isNegative && a.limbs == b.limbs
    }

    public static func < (a: BigInt, b: BigInt) -> Bool {
        if a.isNegative != b.isNegative { return a.isNegative }
        let c = compareMagnitudes(a.limbs, b.limbs)
        return a.isNegative ? c > 0 : c < 0
    }

    public static prefix func - (a: BigInt) -> BigInt { BigInt(limbs: a.limbs, negative: !a.isNegative) }

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.isNegative == b.isNegative { return BigInt(limbs: addMagnitudes(a.limbs, b.limbs), negative: a.isNegative) }
        if compareMagnitudes(a.limbs, b.limbs) >= 0 {
            return BigInt(limbs: subtractMagnitudes(a.limbs, b.limbs), negative: a.isNegative)
        }
        return BigInt(limbs: subtractMagnitudes(b.limbs, a.limbs), negative: b.isNegative)
    }

    public static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }

    public static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(limbs: multiplyMagnitudes(a.limbs, b.limbs), negative: a.isNegative != b.isNegative)
    }

    public static func += (a: inout BigInt, b: BigInt) { a = a + b }
    public static func -= (a: inout BigInt, b: BigInt) { a = a - b }
    public static func *= (a: inout BigInt, b: BigInt) { a = a * b }

    /// Truncating division (quotient rounded toward zero, remainder with the sign of `self`),
    /// as Swift's integers do. Precondition: `divisor` is not zero.
    public func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        precondition(!divisor.isZero, "BigInt: division by zero")
        let (q, r) = BigInt.divideMagnitudes(limbs, divisor.limbs)
        return (BigInt(limbs: q, negative: isNegative != divisor.isNegative), BigInt(limbs: r, negative: isNegative))
    }

    public static func / (a: BigInt, b: BigInt) -> BigInt { a.quotientAndRemainder(dividingBy: b).quotient }
    public static func % (a: BigInt, b: BigInt) -> BigInt { a.quotientAndRemainder(dividingBy: b).remainder }

    /// The non-negative greatest common divisor (gcd(0, 0) = 0), by Euclid's algorithm.
    public static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var x = a.magnitude, y = b.magnitude
        while !y.isZero {
            if x.limbs.count == 1 && y.limbs.count == 1 {
                var p = x.limbs[0], q = y.limbs[0]
                while q != 0 { (p, q) = (q, p % q) }
                return BigInt(limbs: [p])
            }
            (x, y) = (y, BigInt(limbs: divideMagnitudes(x.limbs, y.limbs).remainder))
        }
        return x
    }

    /// self^e for e ≥ 0 by repeated squaring.
    public func power(_ e: Int) -> BigInt {
        precondition(e >= 0, "BigInt.power: negative exponent")
        return repeatedSquaring(self, e, one: .one, multiply: *)
    }

    /// |self| ≈ value·2^droppedBits: the top 64 bits (as a Double) and how many bits lie below
    /// them; for `Rational.doubleValue`, which is for numeric cross-checks only.
    var leadingBits: (value: Double, droppedBits: Int) {
        let width = bitWidth
        if width <= 64 { return (Double(limbs.first ?? 0), 0) }
        let drop = width - 64
        let word = drop / 64, bit = drop % 64
        var top = limbs[word] >> UInt64(bit)
        if bit > 0 && word + 1 < limbs.count { top |= limbs[word + 1] << UInt64(64 - bit) }
        return (Double(top), drop)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(isNegative)
        hasher.combine(limbs)
    }
}

extension BigInt: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) { self.init(value) }
}
