import Algebra

/// tr(γ5 a̸1 … a̸n) for n pairwise distinct, non-frame 4-vectors: the fast path of `trace`
/// with γ5. The reduction of `Gamma5Reduction` run on slot numbers: each atom (a_i·a_j, ε of a
/// 4-set with its permutation sign) is spelled once; a term is the list of its atom numbers.
/// Terms are keyed by their atom ranks in symbol order, packed into one integer (every monomial
/// has the same degree, so the integer order is the canonical monomial order), sorted and
/// merged once.
///
/// The string is first brought to its dihedral normal form (`normalOrder`), so that the orders
/// with the same trace, tr(γ5 a2 … an a1) = −tr(γ5 a1 … an) (cyclicity, γ5 anticommuting) and
/// tr(γ5 an … a1) = tr(γ5 a1 … an) (charge conjugation, n even), print identically.
enum Gamma5VectorTrace {
    /// nil when the fast path does not apply (odd n and n < 4 are zero, left to the caller).
    static func trace(_ names: [String]) -> Polynomial? {
        let n = names.count
        guard n % 2 == 0, n >= 4, n <= 64, Set(names).count == n,
              names.allSatisfy({ LorentzAtom.frameIndex($0) == nil }) else { return nil }
        var sink = AtomTermSink(atoms: AtomTable(names), terms: TermList(width: (n - 4) / 2 + 1))
        let (order, negative) = normalOrder(names)
        Gamma5Reduction.gamma5(order, negative: negative, into: &sink)
        return sink.terms.polynomial(atoms: sink.atoms.symbols)
    }

    /// `normalOrder` for any string of pairwise distinct names, frame vectors included (the
    /// identities hold for any slots); nil for repeats, odd strings and fewer than 4 names.
    static func normalOrder(ofDistinct names: [String]) -> (slots: [Int], negative: Bool)? {
        guard names.count % 2 == 0, names.count >= 4, Set(names).count == names.count else { return nil }
        return normalOrder(names)
    }

    /// The slots of the string's dihedral image that starts at the least name (shorter names
    /// first, then UTF-8 order) and runs towards the lesser of its two neighbours, and whether
    /// that image's trace is minus the original's: rotating left by r gives (−1)^r, reversing +1.
    static func normalOrder(_ names: [String]) -> (slots: [Int], negative: Bool) {
        let n = names.count
        func precedes(_ i: Int, _ j: Int) -> Bool {
            let a = names[i].utf8, b = names[j].utf8
            return a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
        }
        let z = (1..<n).reduce(0) { precedes($1, $0) ? $1 : $0 }
        let forward = precedes((z + 1) % n, (z + n - 1) % n)
        // Forward: the rotation left by z. Backward (a_z, a_{z−1}, …): the reversal of the rotation by z + 1.
        let slots = (0..<n).map { forward ? (z + $0) % n : (z - $0 + n) % n }
        return (slots, (forward ? z : z + 1) % 2 == 1)
    }
}

/// The terms of `Gamma5Reduction` on slot numbers, as atom numbers.
private struct AtomTermSink: Gamma5TermSink {
    var atoms: AtomTable
    var terms: TermList
    var pairs: [Int] = []

    mutating func pushPair(_ a: Int, _ b: Int) { pairs.append(atoms.dot(a, b)) }
    mutating func popPair() { pairs.removeLast() }
    mutating func term(negative: Bool, epsilon e: (Int, Int, Int, Int)) {
        terms.append(pairs, epsilon: atoms.epsilon(e.0, e.1, e.2, e.3), negative: negative)
    }
}

/// The atoms of one trace, each spelled once: a_i·a_j and ε of a 4-set (with the sign that
/// sorts its names), numbered in the order first used; number 0 is the imaginary unit.
private struct AtomTable {
    let names: [String]
    var symbols: [Symbol] = [Symbol.imaginaryUnit]
    var dots: [Int]
    var epsilons: [UInt64: (atom: Int, negative: Bool)] = [:]

    init(_ names: [String]) {
        self.names = names
        dots = [Int](repeating: -1, count: names.count * names.count)
    }

    mutating func dot(_ i: Int, _ j: Int) -> Int {
        let key = min(i, j) * names.count + max(i, j)
        if dots[key] < 0 {
            dots[key] = symbols.count
            symbols.append(LorentzAtom.dotSymbol(names[i], names[j]))
        }
        return dots[key]
    }

    /// ε(a_i, a_j, a_k, a_l) = (−1 if `negative`) × the atom; nil only for a repeated slot.
    mutating func epsilon(_ i: Int, _ j: Int, _ k: Int, _ l: Int) -> (atom: Int, negative: Bool)? {
        let s = [i, j, k, l]
        var inversions = 0
        for a in 0..<4 { for b in (a + 1)..<4 where s[a] > s[b] { inversions += 1 } }
        let key = s.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
        if let known = epsilons[key] { return (known.atom, known.negative != (inversions % 2 == 1)) }
        let ascending = s.sorted()
        guard let (sign, symbol) = LorentzInvariants.epsilonSymbol(names[ascending[0]], names[ascending[1]],
                                                                     names[ascending[2]], names[ascending[3]]) else { return nil }
        epsilons[key] = (symbols.count, sign < 0)
        symbols.append(symbol)
        return (symbols.count - 1, (sign < 0) != (inversions % 2 == 1))
    }
}

/// The raw terms −4i × sign × Π atoms, flat: `width` atom numbers per term (the pairs, then ε).
private struct TermList {
    let width: Int
    var atoms: [Int] = []
    var negative: [Bool] = []

    init(width: Int) { self.width = width }

    mutating func append(_ pairs: [Int], epsilon: (atom: Int, negative: Bool)?, negative sign: Bool) {
        guard let epsilon else { return }
        atoms += pairs
        atoms.append(epsilon.atom)
        negative.append(sign != epsilon.negative)
    }

    /// Sorted by packed atom ranks, equal monomials merged; nil when the key does not fit.
    func polynomial(atoms symbols: [Symbol]) -> Polynomial? {
        let byRank = symbols.indices.sorted { symbols[$0] < symbols[$1] }
        var rank = [Int](repeating: 0, count: symbols.count)
        for (r, a) in byRank.enumerated() { rank[a] = r }
        let bits = max(1, (symbols.count - 1).bitWidth - (symbols.count - 1).leadingZeroBitCount)
        let degree = width + 1  // with I
        guard bits * degree <= 128 else { return nil }
        var keyed: [(key: UInt128, count: Int)] = []
        keyed.reserveCapacity(negative.count)
        var sorted = [Int](repeating: 0, count: degree)
        for t in negative.indices {
            sorted[0] = rank[0]
            for k in 0..<width {  // insertion sort of the term's ranks
                var m = k + 1
                let r = rank[atoms[t * width + k]]
                while m > 0 && sorted[m - 1] > r { sorted[m] = sorted[m - 1]; m -= 1 }
                sorted[m] = r
            }
            var key: UInt128 = 0
            for r in sorted { key = key << UInt128(bits) | UInt128(r) }
            keyed.append((key, negative[t] ? 1 : -1))  // −4i × (−1 if negative): coefficient of I is −4 or +4
        }
        keyed.sort { $0.key < $1.key }
        let mask = (UInt128(1) << UInt128(bits)) - 1
        var terms: [Polynomial.Term] = []
        var monomial = [Symbol](repeating: symbols[0], count: degree)
        var i = 0
        while i < keyed.count {
            var count = 0
            let key = keyed[i].key
            while i < keyed.count && keyed[i].key == key { count += keyed[i].count; i += 1 }
            if count == 0 { continue }
            var k = key
            for slot in stride(from: degree - 1, through: 0, by: -1) {
                monomial[slot] = symbols[byRank[Int(k & mask)]]
                k >>= UInt128(bits)
            }
            terms.append(Polynomial.Term(Monomial(ascendingDistinct: monomial), Rational(4 * count)))
        }
        return Polynomial(ascendingTerms: terms)
    }
}
