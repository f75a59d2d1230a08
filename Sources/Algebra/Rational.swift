import Synchronization

/// An exact rational number n/d of any size: total arithmetic, never an overflow.
///
/// Two representations, chosen by value alone: a **small** form, numerator and denominator in
/// `Int64` (the numerator never `Int64.min`, so negation stays small), used whenever the reduced
/// value fits; and a **big** form, used only when it does not: a `BigFraction` of two `BigInt`s
/// interned in `BigFractionTable` (denominator field 0, numerator field its index). Interning,
/// as for symbols, keeps `Rational` a 16-byte trivial value (no reference counting on the hot
/// paths, where every coefficient is small) and equality and hashing one comparison of the two
/// words; the price is that each distinct big value stays in memory for the life of the process.
/// The small paths work in `Int64` and `Int128` with word-sized gcds and fall back to `BigInt`
/// only when a reduced result leaves 64 bits. Invariants: denominator > 0, gcd(|numerator|,
/// denominator) = 1, zero is 0/1.
///
/// `+`, `−`, `*` and `power(_:)` with e ≥ 0 cannot fail. Division by zero is the one
/// arithmetic error: `/`, `power(_:)` with e < 0 and the initializers throw
/// `AlgebraError.divisionByZero` naming the operation.
public struct Rational: Hashable, Comparable, Sendable {
    /// The small form; for the big form `d == 0` and `n` is the index in `BigFractionTable`.
    let n: Int64
    let d: Int64

    @inline(__always) var isSmall: Bool { d != 0 }

    /// The big form, present exactly when the value does not fit the small one.
    var big: BigFraction? { d == 0 ? BigFractionTable.fraction(at: Int(n)) : nil }

    public static let zero = Rational(small: 0, 1)
    public static let one = Rational(small: 1, 1)
    public static let minusOne = Rational(small: -1, 1)

    @inline(__always) init(small numerator: Int64, _ denominator: Int64) {
        n = numerator; d = denominator
    }

    init(big fraction: BigFraction) {
        n = Int64(BigFractionTable.index(of: fraction)); d = 0
    }

    /// A small integer literal from code. `Int.min` is excluded (a programming error).
    public init(_ value: Int) {
        precondition(value != Int.min, "Rational(Int.min) is not a small literal")
        self.init(small: Int64(value), 1)
    }

    /// n/d reduced to lowest terms; throws only on a zero denominator.
    public init(_ numerator: Int64, _ denominator: Int64, operation: String = "n/d") throws {
        guard denominator != 0 else { throw AlgebraError.divisionByZero(operation: operation) }
        self.init(reducing: Int128(numerator), Int128(denominator))
    }

    /// n/d of any size reduced to lowest terms; throws only on a zero denominator.
    public init(_ numerator: BigInt, over denominator: BigInt, operation: String = "n/d") throws {
        guard !denominator.isZero else { throw AlgebraError.divisionByZero(operation: operation) }
        self.init(reducing: numerator, denominator)
    }

    /// The integer `value`.
    public init(integer value: BigInt) { self.init(exactly: value, .one) }

    public var isZero: Bool { n == 0 && d == 1 }
    public var isOne: Bool { n == 1 && d == 1 }
    public var isInteger: Bool { big.map { $0.denominator == .one } ?? (d == 1) }
    public var isNegative: Bool { big.map { $0.numerator.isNegative } ?? (n < 0) }

    /// The reduced numerator (negative for negative values).
    public var numerator: BigInt { big?.numerator ?? BigInt(n) }
    /// The reduced denominator (positive).
    public var denominator: BigInt { big?.denominator ?? BigInt(d) }
    /// Numerator and denominator when both fit in `Int64` (the numerator then ≠ `Int64.min`).
    public var smallParts: (numerator: Int64, denominator: Int64)? { isSmall ? (n, d) : nil }

    /// Two words: the small form is canonical and a big value has one index.
    public static func == (a: Rational, b: Rational) -> Bool { a.n == b.n && a.d == b.d }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(n)
        hasher.combine(d)
    }

    public static func < (a: Rational, b: Rational) -> Bool {
        if a.isSmall && b.isSmall {
            return Int128(a.n) * Int128(b.d) < Int128(b.n) * Int128(a.d)
        }
        return a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// Nearest `Double` (for numeric cross-checks only; never used in symbolic code).
    public var doubleValue: Double {
        guard let big else { return Double(n) / Double(d) }
        let (vn, en) = big.numerator.leadingBits, (vd, ed) = big.denominator.leadingBits
        let value = Double(sign: .plus, exponent: en - ed, significand: vn / vd)
        return big.numerator.isNegative ? -value : value
    }
}

/// The big form of a `Rational`: reduced, denominator > 0, and outside the small range.
struct BigFraction: Hashable, Sendable {
    let numerator: BigInt
    let denominator: BigInt

    init(_ numerator: BigInt, _ denominator: BigInt) {
        self.numerator = numerator
        self.denominator = denominator
    }
}

/// The process-wide table of big rational values, each stored once (never removed): a value's
/// index is its identity, so equal big rationals have equal `Rational` words.
enum BigFractionTable {
    private struct Storage {
        var values: [BigFraction] = []
        var indices: [BigFraction: Int] = [:]
    }
    private static let storage = Mutex(Storage())

    static func index(of fraction: BigFraction) -> Int {
        storage.withLock { table in
            if let i = table.indices[fraction] { return i }
            table.values.append(fraction)
            table.indices[fraction] = table.values.count - 1
            return table.values.count - 1
        }
    }

    static func fraction(at index: Int) -> BigFraction {
        storage.withLock { $0.values[index] }
    }
}

extension Rational {
    /// An already reduced fraction with a positive denominator, in the small form when it fits.
    init(exactly numerator: BigInt, _ denominator: BigInt) {
        if let n = numerator.int64Value, n != Int64.min, let d = denominator.int64Value {
            self.init(small: n, d)
        } else {
            self.init(big: BigFraction(numerator, denominator))
        }
    }

    /// An already reduced 128-bit fraction with a positive denominator.
    @inline(__always) init(exactly numerator: Int128, _ denominator: Int128) {
        if let n = Int64(exactly: numerator), n != Int64.min, let d = Int64(exactly: denominator) {
            self.init(small: n, d)
        } else {
            self.init(exactly: BigInt(numerator), BigInt(denominator))
        }
    }

    /// n/d reduced (d ≠ 0, |n|, |d| < 2^127).
    init(reducing numerator: Int128, _ denominator: Int128) {
        if numerator == 0 { self = .zero; return }
        let g = Int128(Rational.gcd(numerator.magnitude, denominator.magnitude))
        let sign: Int128 = denominator < 0 ? -1 : 1
        self.init(exactly: sign * numerator / g, sign * denominator / g)
    }

    /// n/d reduced (d ≠ 0).
    init(reducing numerator: BigInt, _ denominator: BigInt) {
        if numerator.isZero { self = .zero; return }
        let g = BigInt.gcd(numerator, denominator)
        let n = numerator / g, d = denominator / g
        self.init(exactly: d.isNegative ? -n : n, d.isNegative ? -d : d)
    }

    /// Binary gcd of two words (gcd(0, b) = b).
    @inline(__always) static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        if a == 0 { return b }
        if b == 0 { return a }
        var a = a, b = b
        let shift = (a | b).trailingZeroBitCount
        a >>= UInt64(a.trailingZeroBitCount)
        repeat {
            b >>= UInt64(b.trailingZeroBitCount)
            if a > b { swap(&a, &b) }
            b -= a
        } while b != 0
        return a << UInt64(shift)
    }

    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        if a <= UInt128(UInt64.max) && b <= UInt128(UInt64.max) { return UInt128(gcd(UInt64(a), UInt64(b))) }
        var a = a, b = b
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}

extension Rational: CustomStringConvertible {
    /// `n` or `n/d`.
    public var description: String {
        if let big { return big.denominator == .one ? "\(big.numerator)" : "\(big.numerator)/\(big.denominator)" }
        return d == 1 ? "\(n)" : "\(n)/\(d)"
    }
}

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension Rational {
    /// 1/2, the one fraction the Dirac algebra needs as a constant.
    public static let half = Rational(small: 1, 2)
}
