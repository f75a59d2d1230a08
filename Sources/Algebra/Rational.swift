/// An exact rational number n/d with 64-bit numerator and denominator.
///
/// Invariants (established by the only initializer): `denominator > 0`,
/// `gcd(|numerator|, denominator) == 1`, zero is `0/1`. Intermediate products are
/// formed in `Int128`, so an operation fails only when its *reduced* result does not
/// fit in 64 bits; it then throws `AlgebraError.overflow` naming the operation.
public struct Rational: Hashable, Comparable, Sendable {
    public let numerator: Int64
    public let denominator: Int64

    public static let zero = Rational(unchecked: 0, 1)
    public static let one = Rational(unchecked: 1, 1)
    public static let minusOne = Rational(unchecked: -1, 1)

    private init(unchecked numerator: Int64, _ denominator: Int64) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A small integer literal from code. `Int64.min` is excluded so that negation is
    /// always exact; input text goes through the throwing initializer instead.
    public init(_ value: Int) {
        precondition(value != Int.min, "Rational(Int.min) is not representable with exact negation")
        self.init(unchecked: Int64(value), 1)
    }

    /// n/d reduced to lowest terms; throws on a zero denominator or when the
    /// reduced value does not fit in 64 bits.
    public init(_ numerator: Int64, _ denominator: Int64, operation: String = "n/d") throws {
        try self.init(wide: Int128(numerator), Int128(denominator), operation: operation)
    }

    /// Reduces a 128-bit fraction and narrows it to 64 bits, or throws.
    init(wide numerator: Int128, _ denominator: Int128, operation: String) throws {
        guard denominator != 0 else { throw AlgebraError.divisionByZero(operation: operation) }
        if numerator == 0 { self = .zero; return }
        var n = numerator, d = denominator
        if d < 0 {
            guard n != Int128.min, d != Int128.min else { throw AlgebraError.overflow(operation: operation) }
            n = -n; d = -d
        }
        let g = Rational.gcd(n.magnitude, d.magnitude)
        n /= Int128(g); d /= Int128(g)
        guard let nn = Int64(exactly: n), let dd = Int64(exactly: d), nn != Int64.min else {
            throw AlgebraError.overflow(operation: operation)
        }
        self.init(unchecked: nn, dd)
    }

    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var a = a, b = b
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    public var isZero: Bool { numerator == 0 }
    public var isOne: Bool { numerator == 1 && denominator == 1 }
    public var isInteger: Bool { denominator == 1 }
    public var isNegative: Bool { numerator < 0 }

    public static func + (a: Rational, b: Rational) throws -> Rational {
        if a.denominator == b.denominator {
            return try Rational(wide: Int128(a.numerator) + Int128(b.numerator), Int128(a.denominator),
                                operation: "\(a) + \(b)")
        }
        let n = Int128(a.numerator) * Int128(b.denominator) + Int128(b.numerator) * Int128(a.denominator)
        return try Rational(wide: n, Int128(a.denominator) * Int128(b.denominator), operation: "\(a) + \(b)")
    }

    public static func - (a: Rational, b: Rational) throws -> Rational {
        try a + (-b)
    }

    public static func * (a: Rational, b: Rational) throws -> Rational {
        if a.denominator == 1 && b.denominator == 1 {
            let (p, o) = a.numerator.multipliedReportingOverflow(by: b.numerator)
            guard !o, p != Int64.min else { throw AlgebraError.overflow(operation: "\(a) * \(b)") }
            return Rational(unchecked: p, 1)
        }
        return try Rational(wide: Int128(a.numerator) * Int128(b.numerator),
                            Int128(a.denominator) * Int128(b.denominator), operation: "\(a) * \(b)")
    }

    public static func / (a: Rational, b: Rational) throws -> Rational {
        guard !b.isZero else { throw AlgebraError.divisionByZero(operation: "\(a) / \(b)") }
        return try Rational(wide: Int128(a.numerator) * Int128(b.denominator),
                            Int128(a.denominator) * Int128(b.numerator), operation: "\(a) / \(b)")
    }

    /// Negation is always exact: no initializer admits a numerator of `Int64.min`.
    public static prefix func - (a: Rational) -> Rational {
        Rational(unchecked: -a.numerator, a.denominator)
    }

    /// a^e for any integer e (negative powers invert); throws on overflow or 0^negative.
    public func power(_ e: Int) throws -> Rational {
        if e == 0 { return .one }
        if e < 0 { return try (Rational.one / self).power(-e) }
        var result = Rational.one, base = self, e = e
        while e > 0 {
            if e & 1 == 1 { result = try result * base }
            e >>= 1
            if e > 0 { base = try base * base }
        }
        return result
    }

    public static func < (a: Rational, b: Rational) -> Bool {
        Int128(a.numerator) * Int128(b.denominator) < Int128(b.numerator) * Int128(a.denominator)
    }

    /// Nearest `Double` (for numeric cross-checks only; never used in symbolic code).
    public var doubleValue: Double { Double(numerator) / Double(denominator) }
}

extension Rational: CustomStringConvertible {
    /// `n` or `n/d`.
    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }
}

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension Rational {
    /// 1/2, the one fraction the Dirac algebra needs as a constant.
    public static let half = try! Rational(1, 2)
}
