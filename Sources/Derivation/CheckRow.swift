import Algebra
import Platform

/// The outcome of one comparison: a finding about the paper (MATCH/MISMATCH) or a
/// failure of the tool (ERROR).
public enum Verdict: String, Sendable {
    case match = "MATCH", mismatch = "MISMATCH", error = "ERROR"
}

/// One row of `verify traces`: a claim, a symmetry or a consistency check.
public struct CheckRow: Sendable {
    /// `step`: a derivation step that failed or did not run (always ERROR).
    public enum Kind: String, Sendable { case claim, symmetry, consistency, step }

    public let id: String
    public let equation: String?
    public let particle: Particle?
    public let kind: Kind
    public let verdict: Verdict
    /// derived − printed (nil on a match).
    public let difference: Polynomial?
    /// A short human note (e.g. which reading of Eq. (2) agrees).
    public let note: String?
    public var seconds: Double
    /// The two sides of a comparison, kept so that tests can check `difference` against them
    /// independently of its printing (nil for residual checks such as time reversal).
    /// Vector sides are flattened as `difference` is (basis atoms `vec(X)`); Stage 4 prints
    /// its differences with δ² = T/m and C5 = cV² + 5cA² resolved, the sides keep δ and C5.
    public let derived: Polynomial?, printed: Polynomial?

    public init(id: String, equation: String?, particle: Particle?, kind: Kind, verdict: Verdict,
                difference: Polynomial?, note: String? = nil, seconds: Double = 0,
                derived: Polynomial? = nil, printed: Polynomial? = nil) {
        self.id = id
        self.equation = equation
        self.particle = particle
        self.kind = kind
        self.verdict = verdict
        self.difference = difference
        self.note = note
        self.seconds = seconds
        self.derived = derived
        self.printed = printed
    }

    /// Compares `derived` with `printed`: MATCH iff the exact difference is zero.
    public static func compare(id: String, equation: String?, particle: Particle?, kind: Kind,
                               derived: Polynomial, printed: Polynomial, note: String? = nil) throws -> CheckRow {
        let difference = derived - printed
        return CheckRow(id: id, equation: equation, particle: particle, kind: kind,
                        verdict: difference.isZero ? .match : .mismatch,
                        difference: difference.isZero ? nil : difference, note: note, derived: derived, printed: printed)
    }
}

/// Collects rows in order, stamping each with the wall-clock time since the previous one
/// (the time spent deciding it, including the derivation step just before it).
struct RowLog {
    private(set) var rows: [CheckRow] = []
    private var clock = ContinuousClock.now

    mutating func add(_ row: CheckRow) {
        var r = row
        let now = ContinuousClock.now
        r.seconds = (now - clock).seconds
        clock = now
        rows.append(r)
    }
}
