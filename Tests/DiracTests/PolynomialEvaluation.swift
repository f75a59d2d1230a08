// Numeric evaluation of engine polynomials for the explicit-matrix route (`Dirac4`, `Matrix4`,
// `Complex` in TestSupport): reads the `Algebra.Polynomial` data structure, never the engine.

import TestSupport
import Algebra

// MARK: - Deterministic random numbers (SplitMix64 from TestSupport)

extension SplitMix64 {
    /// A random 4-vector with components uniform in [−range, range).
    mutating func vector(range: Double = 2) -> [Double] {
        (0..<4).map { _ in uniform(-range, range) }
    }

    /// Random 4-vectors for each name.
    mutating func vectors(_ names: [String], range: Double = 2) -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        for n in names { result[n] = vector(range: range) }
        return result
    }
}


// MARK: - Numeric evaluation of engine polynomials

enum PolynomialEvaluationError: Error, CustomStringConvertible {
    case unknownVector(String, atom: String)
    case unknownScalar(String)
    case malformedAtom(String)

    var description: String {
        switch self {
        case .unknownVector(let v, let atom): return "unknown vector '\(v)' in atom '\(atom)'"
        case .unknownScalar(let s): return "unknown scalar symbol '\(s)'"
        case .malformedAtom(let a): return "malformed atom '\(a)'"
        }
    }
}

/// Numeric value of one atom, parsed from its spelling:
///   `I`              → i
///   `eps(a,b,c,d)`   → ε_{μνρσ} a^μ b^ν c^ρ d^σ (ε^{0123} = +1)
///   `a.b`            → a·b (Minkowski)
///   anything else    → a plain scalar from `scalars`
/// Vectors `e0`…`e3` are the frame basis unless `vectors` overrides them.
func atomValue(_ name: String, vectors: [String: [Double]], scalars: [String: Double]) throws -> Complex {
    if name == "I" { return .i }
    func vector(_ v: String) throws -> [Double] {
        let v = v.trimmingWhitespace
        if let x = vectors[v] { return x }
        if v.count == 2, v.hasPrefix("e"), let mu = Int(v.dropFirst()), (0..<4).contains(mu) {
            return Dirac4.frame(mu)
        }
        throw PolynomialEvaluationError.unknownVector(v, atom: name)
    }
    if name.hasPrefix("eps(") && name.hasSuffix(")") {
        let inner = name.dropFirst(4).dropLast()
        let parts = inner.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4 else { throw PolynomialEvaluationError.malformedAtom(name) }
        let v = try parts.map(vector)
        return Complex(Dirac4.eps(v[0], v[1], v[2], v[3]))
    }
    if let s = scalars[name] { return Complex(s) }
    if name.contains(".") {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { throw PolynomialEvaluationError.malformedAtom(name) }
        return Complex(Dirac4.dot(try vector(parts[0]), try vector(parts[1])))
    }
    throw PolynomialEvaluationError.unknownScalar(name)
}

/// Σ |term value|: the natural scale against which cancellation error is measured.
func magnitudeScale(of p: Polynomial, vectors: [String: [Double]], scalars: [String: Double]) throws -> Double {
    var total = 0.0
    for t in p.terms {
        var v = Complex(t.coefficient.doubleValue)
        for power in t.monomial.powers {
            v = v * (try atomValue(power.symbol.name, vectors: vectors, scalars: scalars)).power(power.exponent)
        }
        total += v.magnitude
    }
    return total
}

/// The complex value of an engine polynomial at the given vectors and scalars.
func evaluatePolynomial(_ p: Polynomial, vectors: [String: [Double]], scalars: [String: Double]) throws -> Complex {
    var total = Complex.zero
    for t in p.terms {
        var v = Complex(t.coefficient.doubleValue)
        for power in t.monomial.powers {
            v = v * (try atomValue(power.symbol.name, vectors: vectors, scalars: scalars)).power(power.exponent)
        }
        total += v
    }
    return total
}

/// Non-throwing front door: a malformed or unknown atom is a test bug, so it stops the
/// test run with the atom's name and the polynomial.
func complexValue(of p: Polynomial, vectors: [String: [Double]], scalars: [String: Double] = [:]) -> Complex {
    do {
        return try evaluatePolynomial(p, vectors: vectors, scalars: scalars)
    } catch {
        preconditionFailure("complexValue: \(error) in \(p)")
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
