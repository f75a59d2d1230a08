import Algebra

/// tr(a̸1 a̸2 … a̸n) for n pairwise distinct, non-frame 4-vectors: the fast path of `trace`.
///
///     tr(a̸1 … a̸n) = 4 Σ_{perfect matchings M} sign(M) Π_{(i,j) ∈ M} (a_i·a_j),
///
/// sign(M) the parity of the crossings of M (the recursion of `TraceRecursion.plain`: pairing
/// the first remaining slot with the one at offset j among the remaining gives (−1)^{j+1}).
/// With distinct names every matching is a different product of distinct atoms a_i·a_j, so
/// the (n−1)!! terms need no merging: each is encoded by the ranks of its atoms in symbol
/// order, packed big-endian into one integer (lexicographic order of the sorted ranks = the
/// order of the integers = the canonical monomial order, all monomials having degree n/2),
/// sorted once, and written out already canonical.
enum DistinctVectorTrace {
    /// nil when the fast path does not apply (odd n is zero and handled by the caller).
    static func trace(_ names: [String]) -> Polynomial? {
        let n = names.count
        guard n % 2 == 0, n >= 2, Set(names).count == n,
              names.allSatisfy({ LorentzAtom.frameIndex($0) == nil }) else { return nil }
        // The atoms a_i·a_j (i < j) and their ranks in symbol order.
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

        // Enumerate the matchings: (packed sorted ranks, sign).
        var matchings: [(key: UInt128, negative: Bool)] = []
        matchings.reserveCapacity(doubleFactorial(n - 1))
        var used = [Bool](repeating: false, count: n)
        var chosen = [Int](repeating: 0, count: half)
        var sorted = [Int](repeating: 0, count: half)
        func recurse(_ depth: Int, _ negative: Bool) {
            if depth == half {
                for k in 0..<half {  // insertion sort of `half` ranks
                    var m = k
                    let r = chosen[k]
                    while m > 0 && sorted[m - 1] > r { sorted[m] = sorted[m - 1]; m -= 1 }
                    sorted[m] = r
                }
                var key: UInt128 = 0
                for r in sorted { key = key << UInt128(bits) | UInt128(r) }
                matchings.append((key, negative))
                return
            }
            var first = 0
            while used[first] { first += 1 }
            used[first] = true
            var between = 0
            for partner in (first + 1)..<n where !used[partner] {
                used[partner] = true
                chosen[depth] = rank[atomIndex[first * n + partner]]
                recurse(depth + 1, between % 2 == 1 ? !negative : negative)
                used[partner] = false
                between += 1
            }
            used[first] = false
        }
        recurse(0, false)
        matchings.sort { $0.key < $1.key }

        // Decode in canonical order.
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

    /// (2k − 1)!! = 1·3·5⋯(2k − 1), the number of perfect matchings of 2k slots.
    static func doubleFactorial(_ m: Int) -> Int {
        var result = 1, k = m
        while k > 1 { result *= k; k -= 2 }
        return result
    }
}
