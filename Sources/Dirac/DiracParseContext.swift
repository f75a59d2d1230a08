/// What the names of a Dirac-algebra text mean, and the parser's resource budget.
///
/// Lorentz indices: a name is an index exactly when it appears as the argument of some
/// `g(...)` in the text or is listed in `indices`; in `sigma(x,y)` every other argument is a
/// 4-vector (σ^{μν} x_μ y_ν). With declared `fourVectors` and `anyLowercaseIsVector` off (seed
/// files), a `sigma` argument that is not a declared 4-vector is an index. A name is never
/// both an index and a vector or scalar: such a text is refused by name.
public struct DiracParseContext: Sendable {
    /// Declared 4-vectors (slashed when they stand alone: `p1` is p̸1).
    public var fourVectors: Set<String>
    /// When true, any other lowercase-initial name is a 4-vector (the `verify trace` default).
    public var anyLowercaseIsVector: Bool
    /// Declared scalar symbols.
    public var scalars: Set<String>
    /// Declared Lorentz indices (besides the arguments of `g(...)`), e.g. for σ^{μν}σ_{μν}.
    public var indices: Set<String>
    /// Names bound to Dirac expressions by the caller (e.g. the readings of Eq. 2).
    public var bindings: [String: DiracExpression]
    /// Deepest nesting of parentheses (stack guard).
    public var maxDepth = 100
    /// The term budget of the whole text: every product, power and trace is charged to it.
    public var budget = Budget()

    public init(fourVectors: Set<String> = [], anyLowercaseIsVector: Bool = false, scalars: Set<String> = [],
                indices: Set<String> = [], bindings: [String: DiracExpression] = [:]) {
        self.fourVectors = fourVectors
        self.anyLowercaseIsVector = anyLowercaseIsVector
        self.scalars = scalars
        self.indices = indices
        self.bindings = bindings
    }
}
