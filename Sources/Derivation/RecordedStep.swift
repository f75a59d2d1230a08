/// How an output lays out a recorded expression: a hint from the stage that computed it (the
/// report's layout and `verify traces --show` choose the printer from it).
public enum LayoutHint: String, Sendable {
    /// As collected, one term after another.
    case plain
    /// With the common factors of the terms pulled out.
    case factored
    /// A series in δ = (T/m)^{1/2}, one line per order.
    case seriesInDelta
    /// A 3-vector, one group per basis vector (h, ∂h/∂k, B̂, …).
    case vectorByBasis
    /// A Dirac matrix or a Lorentz tensor.
    case dirac
    /// Too long to show: only its size.
    case sizeOnly
}

/// One step of a recorded derivation: the expression a step of the paper produces from its
/// inputs, computed once by its stage and read by every output (the verdict rows,
/// `verify traces --show`, the report and the emitter), never recomputed.
public struct RecordedStep<Value: Sendable>: Sendable {
    /// The paper's equation (or appendix equation) the step is, e.g. "15", "A3"; nil for bookkeeping.
    public let equation: String?
    /// What the step reads: seed entries as `[id]`, earlier steps by name.
    public let inputs: [String]
    /// The expression it produces.
    public let value: Value
    public let note: String
    public let layout: LayoutHint

    public init(equation: String?, inputs: [String], value: Value, note: String, layout: LayoutHint) {
        self.equation = equation
        self.inputs = inputs
        self.value = value
        self.note = note
        self.layout = layout
    }
}

/// The two sides of one comparison as the stage made it, in the paper's form (before any
/// normal form or flattening the row applies): the report and `--show` print these.
public struct RecordedComparison<Value: Sendable>: Sendable {
    public let derived: Value, printed: Value

    public init(derived: Value, printed: Value) {
        self.derived = derived
        self.printed = printed
    }
}
