// A small expression tree that is built once and mapped twice: to the symbolic engine's
// `DiracExpression`, and to explicit 4×4 matrices (TestSupport/ExplicitDirac.swift). The numeric route
// sums every contracted Lorentz index explicitly over 0…3 with metric factors, so it shares
// no contraction or trace logic with the engine.

import XCTest
import Algebra
import Dirac
import TestSupport

/// A slot of σ: a named vector (σ^{μν} a_μ) or a summed Lorentz index.
enum TestSlot {
    case vector(String)
    case index(String)

    var engineSlot: Slot {
        switch self {
        case .vector(let v): return .vector(v)
        case .index(let i): return .index(i)
        }
    }
}

indirect enum TestExpr {
    case slash(String)             // a̸
    case gamma5                    // γ5
    case index(String)             // γ^μ, μ summed with its partner (same name) anywhere in the product of traces
    case fixed(Int)                // γ^μ, μ ∈ 0…3
    case fixedLower(Int)           // γ_μ, μ ∈ 0…3
    case sigma(TestSlot, TestSlot) // σ^{xy}
    case identity
    case scalar(String)            // a real scalar symbol times 1
    case number(Int64, Int64)      // n/d times 1
    case imaginary                 // i times 1
    case product([TestExpr])
    case sum([TestExpr])
    case bar(TestExpr)             // γ^0 X† γ^0

    static func * (a: TestExpr, b: TestExpr) -> TestExpr { .product([a, b]) }
    static func + (a: TestExpr, b: TestExpr) -> TestExpr { .sum([a, b]) }
    static func - (a: TestExpr, b: TestExpr) -> TestExpr { .sum([a, .product([.number(-1, 1), b])]) }

    /// Index names that occur (each should occur exactly twice across the traces multiplied).
    var indexNames: [String] {
        var out: [String] = []
        func visit(_ e: TestExpr) {
            switch e {
            case .index(let i): out.append(i)
            case .sigma(let x, let y):
                for s in [x, y] { if case .index(let i) = s { out.append(i) } }
            case .product(let es), .sum(let es): es.forEach(visit)
            case .bar(let x): visit(x)
            default: break
            }
        }
        visit(self)
        return out
    }

    // MARK: to the engine

    func engine() throws -> DiracExpression {
        switch self {
        case .slash(let v): return .slash(v)
        case .gamma5: return .gamma5
        case .index(let i): return .gamma(index: i)
        case .fixed(let mu): return .gamma(fixed: mu)
        case .fixedLower(let mu): return .gamma(fixedLower: mu)
        case .sigma(let x, let y): return .sigma(x.engineSlot, y.engineSlot)
        case .identity: return .identity
        case .scalar(let s): return DiracExpression(scalar: Polynomial(Symbol(s)))
        case .number(let n, let d): return DiracExpression(scalar: Polynomial(try Rational(n, d)))
        case .imaginary: return DiracExpression(scalar: Polynomial(Symbol.imaginaryUnit))
        case .product(let es):
            var result = DiracExpression.identity
            for e in es { result = try result * e.engine() }
            return result
        case .sum(let es):
            var result = DiracExpression.zero
            for e in es { result = try result + e.engine() }
            return result
        case .bar(let x): return try x.engine().bar
        }
    }

    // MARK: to explicit matrices

    /// The matrix with every index given a value in `indices`.
    func matrix(vectors: [String: [Double]], scalars: [String: Double], indices: [String: Int]) -> Matrix4 {
        func vector(_ v: String) -> [Double] {
            if let x = vectors[v] { return x }
            if let mu = ["e0", "e1", "e2", "e3"].firstIndex(of: v) { return Dirac4.frame(mu) }
            preconditionFailure("no vector \(v)")
        }
        func gammaUpper(_ s: TestSlot) -> Matrix4 {
            switch s {
            case .vector(let v): return Dirac4.slash(vector(v))
            case .index(let i): return Dirac4.gamma[indices[i]!]
            }
        }
        switch self {
        case .slash(let v): return Dirac4.slash(vector(v))
        case .gamma5: return Dirac4.gamma5
        case .index(let i): return Dirac4.gamma[indices[i]!]
        case .fixed(let mu): return Dirac4.gamma[mu]
        case .fixedLower(let mu): return Dirac4.gammaLower[mu]
        case .sigma(let x, let y):
            let a = gammaUpper(x), b = gammaUpper(y)
            return Complex(0, 0.5) * (a * b - b * a)
        case .identity: return .identity
        case .scalar(let s): return scalars[s]! * Matrix4.identity
        case .number(let n, let d): return (Double(n) / Double(d)) * Matrix4.identity
        case .imaginary: return Complex.i * Matrix4.identity
        case .product(let es):
            return es.reduce(Matrix4.identity) { $0 * $1.matrix(vectors: vectors, scalars: scalars, indices: indices) }
        case .sum(let es):
            return es.reduce(Matrix4.zero) { $0 + $1.matrix(vectors: vectors, scalars: scalars, indices: indices) }
        case .bar(let x):
            return Dirac4.bar(x.matrix(vectors: vectors, scalars: scalars, indices: indices))
        }
    }
}

/// Π_k tr(X_k), every index name summed over 0…3 with one metric factor g_{μμ} per name
/// (γ^μ … γ_μ = Σ_μ g_{μμ} γ^μ … γ^μ). Shares nothing with the engine.
func numericTraceProduct(_ traces: [TestExpr], vectors: [String: [Double]], scalars: [String: Double]) -> Complex {
    let names = Array(Set(traces.flatMap(\.indexNames))).sorted()
    var total = Complex.zero
    let count = 1 << (2 * names.count)
    for code in 0..<count {
        var indices: [String: Int] = [:]
        var weight = 1.0
        for (k, n) in names.enumerated() {
            let mu = (code >> (2 * k)) & 3
            indices[n] = mu
            weight *= Dirac4.metric(mu, mu)
        }
        var value = Complex(weight)
        for t in traces {
            value = value * t.matrix(vectors: vectors, scalars: scalars, indices: indices).trace
            if value == .zero { break }
        }
        total += value
    }
    return total
}

/// The engine's fully contracted value of Π_k tr(X_k) (traces multiplied as tensors).
func symbolicTraceProduct(_ traces: [TestExpr]) throws -> Polynomial {
    var product = TensorExpression(Polynomial.one)
    for t in traces { product = try product * trace(t.engine()) }
    guard let s = product.scalar else {
        throw AlgebraError.undefined("free indices \(product.freeIndices) remain")
    }
    return s
}

extension XCTestCase {
    /// Computes the symbolic trace product once, then compares it with the explicit-matrix
    /// value at `points` seeded random kinematic points (vectors in [−2, 2]^4, scalars in
    /// [−2, 2]). The tolerance is relative to Σ|term| of the symbolic polynomial.
    @discardableResult
    func assertTracesAgree(_ traces: [TestExpr], vectors vectorNames: [String], scalars scalarNames: [String] = [],
                           points: Int = 100, seed: UInt64, tolerance: Double = 1e-9,
                           _ label: String, file: StaticString = #filePath, line: UInt = #line) throws -> Polynomial {
        let symbolic = try symbolicTraceProduct(traces)
        var rng = SplitMix64(seed: seed)
        var failures = 0
        for point in 0..<points {
            let vectors = rng.vectors(vectorNames)
            var scalars: [String: Double] = [:]
            for s in scalarNames { scalars[s] = rng.uniform(-2, 2) }
            let numeric = numericTraceProduct(traces, vectors: vectors, scalars: scalars)
            let value = complexValue(of: symbolic, vectors: vectors, scalars: scalars)
            let scale = try magnitudeScale(of: symbolic, vectors: vectors, scalars: scalars)
            if !isClose(value, numeric, scale: scale, tolerance: tolerance) {
                failures += 1
                if failures <= 3 {
                    XCTFail("\(label): point \(point) engine \(value) vs matrices \(numeric) (scale \(scale))\n"
                            + "vectors \(vectors.sorted { $0.key < $1.key }) scalars \(scalars)\n"
                            + "engine polynomial has \(symbolic.terms.count) terms",
                            file: file, line: line)
                }
            }
        }
        if failures > 3 { XCTFail("\(label): \(failures) of \(points) points disagree", file: file, line: line) }
        return symbolic
    }
}
