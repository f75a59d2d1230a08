/// Floating-point evaluation of 3-vector expressions and of polynomials in the atoms of
/// `Vector3Space`, from explicit Cartesian components. For numeric cross-checks only.
extension Vector3Space {
    /// The value of `p` when every named vector has the given components and every
    /// other symbol the given scalar value; `dot(a,b)` and `triple(a,b,c)` are computed
    /// from the components. A missing vector or scalar throws.
    public static func numericValue(of p: Polynomial, vectors: [String: SIMD3<Double>],
                                    scalars: [Symbol: Double] = [:]) throws -> Double {
        var values = scalars
        for symbol in p.symbols {
            guard let (kind, arguments) = decompose(symbol) else { continue }
            let v = try arguments.map { name -> SIMD3<Double> in
                guard let x = vectors[name] else { throw AlgebraError.undefined("no components for vector \(name)") }
                return x
            }
            values[symbol] = kind == "dot" ? dotProduct(v[0], v[1]) : dotProduct(v[0], crossProduct(v[1], v[2]))
        }
        return try p.numericValue(at: values)
    }

    public static func dotProduct(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> Double {
        (a * b).sum()
    }

    public static func crossProduct(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
    }
}

extension VectorExpression {
    /// Components of this vector from components of the named vectors and scalar values.
    public func numericValue(vectors: [String: SIMD3<Double>], scalars: [Symbol: Double] = [:]) throws -> SIMD3<Double> {
        var total = SIMD3<Double>(0, 0, 0)
        for t in terms {
            let c = try Vector3Space.numericValue(of: t.coefficient, vectors: vectors, scalars: scalars)
            func component(_ name: String) throws -> SIMD3<Double> {
                guard let x = vectors[name] else { throw AlgebraError.undefined("no components for vector \(name)") }
                return x
            }
            switch t.basis {
            case .vector(let a): total += c * (try component(a))
            case let .cross(a, b): total += c * Vector3Space.crossProduct(try component(a), try component(b))
            }
        }
        return total
    }
}
