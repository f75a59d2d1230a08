/// What the identifiers of a parsed text mean, and the parser's resource limits.
///
/// Every identifier must be declared (or admitted by `scalars = .any`); `I` is always the
/// imaginary unit and `dot`, `triple`, `cross`, `eps` are reserved function names. A name
/// declared as a 3-vector or 4-vector is never a scalar.
public struct ParseContext: Sendable {
    /// Which identifiers are scalar symbols.
    public enum ScalarPolicy: Sendable, Hashable {
        /// Any identifier that is not declared as a vector.
        case any
        /// Exactly these names.
        case only(Set<String>)
    }

    public var scalars: ScalarPolicy
    /// Names of Euclidean 3-vectors (unit vectors included).
    public var vectors: Set<String>
    /// The 3-vectors of unit length (`dot(a,a) = 1`).
    public var unitVectors: Set<String>
    /// Names of Minkowski 4-vectors, usable in `a.b` and `eps(a,b,c,d)`.
    public var fourVectors: Set<String>

    /// Deepest nesting of parentheses and function calls (stack guard). A level costs
    /// about 3.2 KB of stack in a debug build, so 64 levels stay far inside even a 512 KB
    /// secondary-thread stack; unary signs and operator chains do not nest.
    public var maxDepth = 64
    /// Largest |exponent| of a literal or of any symbol in an intermediate result.
    public var maxExponent = 10_000
    /// Budget of term-by-term products while expanding (guards against `(a+b+c)^999`).
    public var maxExpansionWork = 1_000_000
    /// Most triple products in one term that Gram reduction will expand.
    public var maxTriplesPerTerm = 12

    public init(scalars: ScalarPolicy = .any, vectors: Set<String> = [], unitVectors: Set<String> = [],
                fourVectors: Set<String> = []) {
        self.scalars = scalars
        self.vectors = vectors.union(unitVectors)
        self.unitVectors = unitVectors
        self.fourVectors = fourVectors
    }

    /// The 3-vector space (unit norms) in which `dot` and `triple` are normalized.
    public var space: Vector3Space { Vector3Space(unitVectors: unitVectors) }

    static let reservedFunctions: Set<String> = ["dot", "triple", "cross", "eps"]

    enum Kind { case scalar, vector3, vector4, unknown }

    func kind(of name: String) -> Kind {
        if vectors.contains(name) { return .vector3 }
        if fourVectors.contains(name) { return .vector4 }
        switch scalars {
        case .any: return .scalar
        case .only(let names): return names.contains(name) ? .scalar : .unknown
        }
    }
}
