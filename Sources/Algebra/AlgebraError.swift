/// Errors raised by the exact engine. Every arithmetic failure is reported, never wrapped.
public enum AlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A machine-integer order or exponent (not a coefficient: `Rational` is total) would
    /// overflow; `operation` names what was computed.
    case overflow(operation: String)
    /// Division by an exact zero.
    case divisionByZero(operation: String)
    /// An operation that is undefined for its input (e.g. dividing by a non-monomial).
    case undefined(String)

    public var description: String {
        switch self {
        case .overflow(let operation): return "integer overflow: \(operation)"
        case .divisionByZero(let operation): return "division by zero: \(operation)"
        case .undefined(let message): return message
        }
    }
}
