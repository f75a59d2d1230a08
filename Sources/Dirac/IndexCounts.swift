/// How often each Lorentz index name occurs in one term of an expression (the most over its
/// terms): 1 is a free index, 2 a summed pair; a third occurrence is an error. Products add
/// the counts, sums need the same free indices on both sides and keep the larger count, a
/// power multiplies them.
struct IndexCounts: Equatable, Sendable {
    private(set) var counts: [String: Int] = [:]

    static let none = IndexCounts()

    init() {}

    init(_ slots: [Slot]) {
        for s in slots where s.isIndex { counts[s.name, default: 0] += 1 }
    }

    /// The most occurrences per term over the terms of `d`.
    init(_ d: DiracExpression) {
        for t in d.terms { self = self.larger(IndexCounts(t.string.slots)) }
    }

    /// Names that occur once, sorted.
    var free: [String] { sorted(counts.filter { $0.value == 1 }.map(\.key)) }

    /// The first name (sorted) that occurs more than twice, with its count.
    var overused: (name: String, count: Int)? {
        guard let name = sorted(counts.filter { $0.value > 2 }.map(\.key)).first else { return nil }
        return (name, counts[name]!)
    }

    func adding(_ other: IndexCounts) -> IndexCounts {
        var out = self
        for (name, c) in other.counts { out.counts[name, default: 0] += c }
        return out
    }

    func larger(_ other: IndexCounts) -> IndexCounts {
        var out = self
        for (name, c) in other.counts { out.counts[name] = max(c, out.counts[name] ?? 0) }
        return out
    }

    /// Counts of the e-th power (e ≠ 0), saturating at 3 (already an error).
    func power(_ e: Int) -> IndexCounts {
        var out = IndexCounts()
        if e == 0 { return out }
        for (name, c) in counts { out.counts[name] = e.magnitude > 2 ? 3 : min(3, c * Int(e.magnitude)) }
        return out
    }

    private func sorted(_ names: [String]) -> [String] {
        names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
