import Algebra

/// The one resource budget of the Dirac engine and its parser: how many term products a
/// computation may form in total. Every step that can grow (a product of Dirac expressions,
/// a product or power of traces, a trace of a long gamma string) estimates its work *before*
/// expanding and charges it here, so an input that would run for minutes or exhaust memory
/// is refused at once with one line naming the budget.
///
/// Estimates (upper bounds on the work of the step, saturating at `Int.max`):
/// - product of two expressions: Σ|coefficients| × Σ|coefficients| (× 24 for two ε's);
/// - trace of a string of n slots: (n−1)!! pairings without γ5 (`TraceCount`), times the
///   terms of its coefficient;
/// - a trace streamed to the output (`TraceTextStream`: one trace of distinct slashed vectors
///   printed by `verify trace`) holds no terms in memory and is charged one term product per
///   `streamedTermsPerTermProduct` terms it writes;
/// - a gamma string may not grow beyond `maxGammaStringLength`, the longest whose trace fits
///   when streamed.
/// The budget bounds memory: what is charged is what is held as terms, so 200,000 (the
/// default) keeps a held result to some tens of MB.
public struct Budget: Sendable, Hashable {
    /// 200,000 term products: a 14-slot trace (13!! = 135,135 terms) fits in memory, a 16-slot
    /// one (2,027,025 terms) only when streamed.
    public static let defaultMaxTerms = 200_000

    /// Terms written by a streamed trace per term product charged.
    public static let streamedTermsPerTermProduct = 100

    /// The most term products all charged steps together may form.
    public let maxTerms: Int
    /// How the caller can raise the budget, for the message (e.g. "raise it with --max-terms N").
    public let raiseHint: String?
    /// What has been charged so far.
    public private(set) var spent = 0

    public init(maxTerms: Int = Budget.defaultMaxTerms, raiseHint: String? = nil) {
        self.maxTerms = max(0, maxTerms)
        self.raiseHint = raiseHint
    }

    /// Charges `estimate` term products for `step`, or throws without charging when the
    /// total would exceed `maxTerms`.
    public mutating func charge(_ estimate: Int, for step: @autoclosure () -> String) throws(BudgetExceeded) {
        let (total, overflow) = spent.addingReportingOverflow(estimate)
        guard !overflow, total <= maxTerms else {
            throw exceeded(step(), estimate: estimate)
        }
        spent = total
    }

    /// Charges a trace that writes `terms` terms without holding them (rounded up, see above).
    public mutating func chargeStreamed(_ terms: Int, for step: @autoclosure () -> String) throws(BudgetExceeded) {
        let units = terms == Int.max ? Int.max : (terms + Budget.streamedTermsPerTermProduct - 1) / Budget.streamedTermsPerTermProduct
        try charge(units, for: "\(step()), streamed (\(terms) terms, one term product per \(Budget.streamedTermsPerTermProduct)),")
    }

    /// The refusal of `step` with its estimate.
    public func exceeded(_ step: String, estimate: Int) -> BudgetExceeded {
        BudgetExceeded(step: step, estimate: estimate, maxTerms: maxTerms, raiseHint: raiseHint, spent: spent)
    }

    /// The longest gamma string that may be formed: the largest even n whose trace, (n−1)!!
    /// terms, fits the budget when streamed, plus one (an odd string traces to zero).
    public var maxGammaStringLength: Int {
        let streamable = Saturating.product(maxTerms, Budget.streamedTermsPerTermProduct)
        var n = 0
        while n < 64 && TraceCount.plain(n + 2) <= streamable { n += 2 }
        return n + 1
    }
}

/// A step refused by the `Budget`; the message is one line.
public struct BudgetExceeded: Error, Hashable, Sendable, CustomStringConvertible {
    public let step: String
    /// Term products the step would form (`Int.max` when that overflows).
    public let estimate: Int
    public let maxTerms: Int
    public let raiseHint: String?
    /// Term products already charged before this step (the budget is cumulative).
    public var spent = 0

    /// When the step alone fits but the running total does not, the total is named too, so the
    /// message never reads as "about 20271, over the term budget of 20280".
    public var description: String {
        let amount = estimate == Int.max ? "more than 2^63" : "about \(estimate)"
        let total = spent > 0 && estimate <= maxTerms ? ", \(Saturating.sum(spent, estimate)) in all with the \(spent) already charged" : ""
        return "\(step) would form \(amount) term products\(total), over the term budget of \(maxTerms)"
            + (raiseHint.map { " (\($0))" } ?? "")
    }
}

/// How many signed pair products the trace recursions of `Trace.swift` form for n slots.
public enum TraceCount {
    /// (n−1)!! for even n (the pairings), 0 for odd n; saturating.
    public static func plain(_ n: Int) -> Int {
        if n % 2 == 1 { return 0 }
        var result = 1
        var k = n - 1
        while k > 1 { result = Saturating.product(result, k); k -= 2 }
        return result
    }

    /// With γ5 (`Gamma5Reduction`): F(4) = 1, F(n) = 3 F(n−2) + E(n−3), where E(1) = 1 and
    /// E(m) = 2 (m−2)!! + E(m−2) + 6 F(m−1) (F(2) = 0): 1, 6, 33, 180, 1029 for n = 4…12.
    public static func withGamma5(_ n: Int) -> Int {
        if n < 4 || n % 2 == 1 { return 0 }
        var f = [0, 1]  // F(2), F(4), …
        var e = 1       // E(k − 3) for the current k
        var k = 4
        while k < n {
            k += 2
            e = Saturating.sum(Saturating.sum(Saturating.product(2, plain(k - 4)), e), Saturating.product(6, f[f.count - 2]))
            f.append(Saturating.sum(Saturating.product(3, f[f.count - 1]), e))
        }
        return f[f.count - 1]
    }
}
