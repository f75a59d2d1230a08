import Algebra

/// tr(a̸1 … a̸n) for n pairwise distinct, non-frame 4-vectors: the fast path of `trace`.
///
///     tr(a̸1 … a̸n) = 4 Σ_{perfect matchings M} sign(M) Π_{(i,j) ∈ M} (a_i·a_j),
///
/// sign(M) = (−1)^(crossings of M in slot order). With distinct names every matching is a
/// different product of distinct atoms a_i·a_j: the (n−1)!! terms need no merging.
///
/// **Canonical order without sorting.** Number the vectors by name (vertex 0 has the
/// smallest name). When the atoms v_i·v_j (i < j) in lexicographic order of (i, j) are in
/// increasing symbol order (checked once; it holds unless a name is a prefix of another
/// followed by a byte below `.`, e.g. `k` and `k'`), pairing the smallest remaining vertex
/// with each later one in increasing order enumerates the matchings in increasing order of
/// their sorted atom lists, which is the canonical monomial order (every monomial has degree
/// n/2). Removing the pair (a, b) flips the sign once per remaining slot strictly between
/// the slots of a and b (that count has the parity of the crossings with (a, b)), so the sign
/// is a popcount per pair. Otherwise the matchings are encoded by their packed atom ranks and
/// sorted once (`sortedTrace`).
public struct DistinctVectorTrace: Sendable {
    /// The vectors in slot order.
    public let names: [String]
    /// Vertex k (k-th name in UTF-8 order) → its slot.
    let slotOfVertex: [Int]
    /// The atom v_i·v_j at `i * n + j` (i < j, vertices).
    let atoms: [Symbol]

    /// nil unless the string has an even number ≥ 2 of distinct non-frame vectors whose
    /// atoms are in lexicographic vertex order (see above); at most 64 slots.
    public init?(_ names: [String]) {
        let n = names.count
        guard n % 2 == 0, n >= 2, n <= 64, Set(names).count == n,
              names.allSatisfy({ LorentzAtom.frameIndex($0) == nil }) else { return nil }
        let slotOfVertex = names.indices.sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
        var atoms = [Symbol](repeating: Symbol.imaginaryUnit, count: n * n)
        var previous: Symbol?
        for i in 0..<n {
            for j in (i + 1)..<n {
                let atom = LorentzAtom.dotSymbol(names[slotOfVertex[i]], names[slotOfVertex[j]])
                if let previous, !(previous < atom) { return nil }
                atoms[i * n + j] = atom
                previous = atom
            }
        }
        self.names = names
        self.slotOfVertex = slotOfVertex
        self.atoms = atoms
    }

    /// Recognizes a one-term Dirac expression with coefficient 1, no γ5 and only vector slots.
    public init?(_ expression: DiracExpression) {
        guard expression.terms.count == 1, let term = expression.terms.first, !term.string.hasGamma5,
              term.coefficient == .one, term.string.slots.allSatisfy({ !$0.isIndex }) else { return nil }
        self.init(term.string.slots.map(\.name))
    }

    /// (n − 1)!!, the number of terms.
    public var termCount: Int { TraceCount.plain(names.count) }

    /// Visits the matchings in canonical order: `pair(depth, atom)` when the atom at `depth`
    /// (0-based) of the current matching is chosen, `matching(negative)` when it is complete.
    func enumerate<V: MatchingVisitor>(_ visitor: inout V) {
        let n = names.count
        var slotMask: UInt64 = 0
        for v in 0..<n { slotMask |= 1 << UInt64(slotOfVertex[v]) }
        let vertexMask: UInt64 = n == 64 ? ~0 : (1 << UInt64(n)) - 1
        slotOfVertex.withUnsafeBufferPointer { slotOf in
            Self.recurse(&visitor, slotOf: slotOf, n: n, depth: 0, vertices: vertexMask, slots: slotMask, negative: false)
        }
    }

    private static func recurse<V: MatchingVisitor>(_ visitor: inout V, slotOf: UnsafeBufferPointer<Int>, n: Int, depth: Int,
                                                    vertices: UInt64, slots: UInt64, negative: Bool) {
        let a = vertices.trailingZeroBitCount
        let slotA = slotOf[a]
        let withoutA = vertices & ~(1 &<< UInt64(a))
        let slotsWithoutA = slots & ~(1 &<< UInt64(slotA))
        var partners = withoutA
        while partners != 0 {
            let b = partners.trailingZeroBitCount
            partners &= partners &- 1
            let slotB = slotOf[b]
            let (low, high) = slotA < slotB ? (slotA, slotB) : (slotB, slotA)
            // The remaining slots strictly between the two: their parity is that of the crossings.
            let between = slots & ((1 &<< UInt64(high)) &- 1) & ~((1 &<< UInt64(low)) &<< 1 &- 1)
            let sign = negative != (between.nonzeroBitCount & 1 == 1)
            visitor.pair(depth: depth, atom: a &* n &+ b)
            let rest = withoutA & ~(1 &<< UInt64(b))
            if rest == 0 {
                visitor.matching(negative: sign)
            } else {
                recurse(&visitor, slotOf: slotOf, n: n, depth: depth &+ 1, vertices: rest,
                        slots: slotsWithoutA & ~(1 &<< UInt64(slotB)), negative: sign)
            }
        }
    }

    /// The trace as a polynomial, built in canonical order.
    public var polynomial: Polynomial {
        var builder = PolynomialBuilder(atoms: atoms, half: names.count / 2, capacity: termCount)
        enumerate(&builder)
        return Polynomial(ascendingTerms: builder.terms)
    }

    /// The trace of `names` (any order of names; nil when the fast path does not apply).
    static func trace(_ names: [String]) -> Polynomial? {
        if let canonical = DistinctVectorTrace(names) { return canonical.polynomial }
        return sortedTrace(names)
    }

    /// The fallback for names whose atoms are not in lexicographic vertex order: each matching
    /// is encoded by the ranks of its atoms in symbol order, packed big-endian into one integer
    /// (order of the integers = canonical monomial order), sorted once and decoded.
    static func sortedTrace(_ names: [String]) -> Polynomial? {
        let n = names.count
        guard n % 2 == 0, n >= 2, n <= 64, Set(names).count == n,
              names.allSatisfy({ LorentzAtom.frameIndex($0) == nil }) else { return nil }
        var atoms: [Symbol] = []
        var atomIndex = [Int](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                atomIndex[i * n + j] = atoms.count
                atoms.append(LorentzInvariants.dotSymbol(names[i], names[j]))
            }
        }
        let byRank = atoms.indices.sorted { atoms[$0] < atoms[$1] }
        var rank = [Int](repeating: 0, count: atoms.count)
        for (r, a) in byRank.enumerated() { rank[a] = r }
        let bits = max(1, (atoms.count - 1).bitWidth - (atoms.count - 1).leadingZeroBitCount)
        let half = n / 2
        guard bits * half <= 128 else { return nil }

        // The matchings in slot order (vertex = slot), each as (packed sorted ranks, sign).
        var encoder = RankEncoder(rank: rank, atomIndex: atomIndex, bits: bits, half: half)
        DistinctVectorTrace(slotOrder: names).enumerate(&encoder)
        var matchings = encoder.matchings
        matchings.sort { $0.key < $1.key }

        let mask = (UInt128(1) << UInt128(bits)) - 1
        let plus = Rational(4), minus = Rational(-4)
        var terms: [Polynomial.Term] = []
        terms.reserveCapacity(matchings.count)
        var symbols = [Symbol](repeating: atoms[0], count: half)
        for (key, negative) in matchings {
            var k = key
            for slot in stride(from: half - 1, through: 0, by: -1) {
                symbols[slot] = atoms[byRank[Int(k & mask)]]
                k >>= UInt128(bits)
            }
            terms.append(Polynomial.Term(Monomial(ascendingDistinct: symbols), negative ? minus : plus))
        }
        return Polynomial(ascendingTerms: terms)
    }

    /// Vertices = slots and no atoms: only for enumerating in slot order (the sorting fallback).
    private init(slotOrder names: [String]) {
        self.names = names
        self.slotOfVertex = Array(names.indices)
        self.atoms = []
    }
}

/// What `DistinctVectorTrace.enumerate` reports.
protocol MatchingVisitor {
    mutating func pair(depth: Int, atom: Int)
    mutating func matching(negative: Bool)
}

/// Collects the terms ±4 Π atoms.
private struct PolynomialBuilder: MatchingVisitor {
    let atoms: [Symbol]
    var symbols: [Symbol]
    var terms: [Polynomial.Term] = []
    let plus = Rational(4), minus = Rational(-4)

    init(atoms: [Symbol], half: Int, capacity: Int) {
        self.atoms = atoms
        symbols = [Symbol](repeating: Symbol.imaginaryUnit, count: half)
        terms.reserveCapacity(capacity)
    }

    mutating func pair(depth: Int, atom: Int) { symbols[depth] = atoms[atom] }

    mutating func matching(negative: Bool) {
        terms.append(Polynomial.Term(Monomial(ascendingDistinct: symbols), negative ? minus : plus))
    }
}

/// Encodes each matching by its packed sorted atom ranks (the sorting fallback).
private struct RankEncoder: MatchingVisitor {
    let rank: [Int]
    let atomIndex: [Int]
    let bits: Int
    let half: Int
    var chosen: [Int]
    var sorted: [Int]
    var matchings: [(key: UInt128, negative: Bool)] = []

    init(rank: [Int], atomIndex: [Int], bits: Int, half: Int) {
        self.rank = rank
        self.atomIndex = atomIndex
        self.bits = bits
        self.half = half
        chosen = [Int](repeating: 0, count: half)
        sorted = chosen
    }

    mutating func pair(depth: Int, atom: Int) { chosen[depth] = rank[atomIndex[atom]] }

    mutating func matching(negative: Bool) {
        for k in 0..<half {  // insertion sort of `half` ranks
            var m = k
            let r = chosen[k]
            while m > 0 && sorted[m - 1] > r { sorted[m] = sorted[m - 1]; m -= 1 }
            sorted[m] = r
        }
        var key: UInt128 = 0
        for r in sorted { key = key << UInt128(bits) | UInt128(r) }
        matchings.append((key, negative))
    }
}
