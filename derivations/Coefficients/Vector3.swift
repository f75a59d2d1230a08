// GENERATED FILE - DO NOT EDIT.
// Regenerate: `swift run verify emit` in the package root. `swift run verify emit --check`
// (run by .ci/run) fails and names this file when it differs from a fresh emission.
//
// The 3-vector type of the generated coefficient functions.
// Conventions: metric (+,-,-,-); gamma5 = i g0 g1 g2 g3; eps^{0123} = +1; tr(g5 a b c d) = -4i eps(a,b,c,d)
// Generator: Sources/Outputs/CoefficientEmitter.swift; arithmetic by SwiftStraightLineProgram (Algebra).
// Content SHA-256 (of everything after this header): d648b00df9923aec8498265b6435ac8a0c3d14c6de382bdd9bce0ddf3ff730a3

/// A Cartesian 3-vector: the paper's bold vectors Ω, Ω', B̂, q, P, h.
public struct Vector3: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var z: Double

    @inlinable
    public init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    /// The scalar product a·b.
    @inlinable
    public func dot(_ other: Vector3) -> Double { x * other.x + y * other.y + z * other.z }

    /// The vector product a × b.
    @inlinable
    public func cross(_ other: Vector3) -> Vector3 {
        Vector3(y * other.z - z * other.y, z * other.x - x * other.z, x * other.y - y * other.x)
    }

    /// The zero vector.
    public static let zero = Vector3(0, 0, 0)

    /// The sum a + b.
    @inlinable
    public static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x + b.x, a.y + b.y, a.z + b.z) }

    /// The difference a − b.
    @inlinable
    public static func - (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x - b.x, a.y - b.y, a.z - b.z) }

    /// The negation −a.
    @inlinable
    public static prefix func - (a: Vector3) -> Vector3 { Vector3(-a.x, -a.y, -a.z) }

    /// The multiple c a.
    @inlinable
    public static func * (c: Double, a: Vector3) -> Vector3 { Vector3(c * a.x, c * a.y, c * a.z) }
}
