/// A product of symbols with nonzero integer exponents (negative allowed: 1/m, 1/T).
///
/// Stored packed: one `PackedPower` word (symbol id, 32-bit exponent) per factor, contiguous
/// in one array. Canonical form: factors sorted by the content order of their symbols (UTF-8
/// byte order of the names), no zero exponents, no repeated symbol, and the imaginary unit `I`
/// (if present) with exponent 1. Equality and hashing compare the words; product, order and
/// degree run on the words. `powers` reads the factors back as `Power`s (symbol, exponent).
public struct Monomial: Hashable, Comparable, Sendable {
    public struct Power: Hashable, Sendable {
        public let symbol: Symbol
        public let exponent: Int
        public init(_ symbol: Symbol, _ exponent: Int) {
            self.symbol = symbol
            self.exponent = exponent
        }
    }

    /// The factors as words, in canonical order.
    let packed: [PackedPower]

    /// Sum of exponents, stored: the graded order reads it on every comparison. Each |e| < 2³¹
    /// and there are fewer than 2³² factors, so the sum cannot overflow.
    public let degree: Int

    /// The factors in canonical order, read from the packed words (no copy).
    public var powers: Powers { Powers(packed: packed) }

    public static let one = Monomial(packed: [])

    /// Trusts that `packed` is already canonical (asserted in debug builds).
    init(packed: [PackedPower]) {
        var degree = 0
        for p in packed { degree &+= p.exponent }
        self.init(packed: packed, degree: degree)
    }

    /// Trusts that `packed` is canonical and `degree` its sum of exponents (asserted in debug builds).
    private init(packed: [PackedPower], degree: Int) {
        self.packed = packed
        self.degree = degree
        assert(Monomial.isCanonical(packed), "non-canonical monomial \(Powers(packed: packed).map { "\($0.symbol)^\($0.exponent)" })")
        assert(degree == packed.reduce(0) { $0 + $1.exponent }, "wrong stored degree")
    }

    /// Trusts that `powers` is already canonical (asserted in debug builds); every exponent must
    /// fit the packed word (|e| ≤ 2³¹ − 1, checked).
    init(canonical powers: [Power]) {
        self.init(packed: powers.map(PackedPower.init))
    }

    /// A single symbol to a power (|exponent| ≤ 2³¹ − 1). For the imaginary unit only I⁰ and I¹
    /// are monomials: build I^e as a product (which returns the sign) instead.
    public init(_ symbol: Symbol, _ exponent: Int = 1) {
        precondition(!symbol.isImaginaryUnit || exponent == 0 || exponent == 1,
                     "I^\(exponent) is not a monomial; use Monomial.product, which reduces I² = −1")
        if exponent == 0 { self = .one; return }
        self.init(canonical: [Power(symbol, exponent)])
    }

    static func isCanonical(_ packed: [PackedPower]) -> Bool {
        for (i, p) in packed.enumerated() {
            if p.exponent == 0 { return false }
            if p.isImaginaryUnit && p.exponent != 1 { return false }
            if i > 0 && (packed[i - 1].hasSameAtom(as: p) || !packed[i - 1].atomPrecedes(p)) { return false }
        }
        return true
    }

    public var isOne: Bool { packed.isEmpty }

    /// Exponent of `symbol` (0 when absent).
    public func exponent(of symbol: Symbol) -> Int {
        let atom = symbol.id
        for p in packed where p.atom == atom { return p.exponent }
        return 0
    }

    /// Σ weight(symbol)·exponent, the order of this monomial in the small parameters.
    public func order(weights: [Symbol: Int]) -> Int {
        var total = 0
        for p in packed { if let w = weights[p.symbol] { total += w * p.exponent } }
        return total
    }

    /// The largest |exponent| the arithmetic of `Polynomial` forms (`checkedProduct`), far
    /// inside what a packed word holds.
    public static let maxExponent = 1_000_000

    /// `product`, or `AlgebraError.undefined` naming the symbol when an exponent of the result
    /// would exceed `maxExponent` in magnitude (so growth is refused, never a trap).
    public static func checkedProduct(_ a: Monomial, _ b: Monomial) throws -> (monomial: Monomial, negated: Bool) {
        let (monomial, negated, tooLarge) = merged(a, b)
        if let atom = tooLarge {
            throw AlgebraError.undefined("the exponent of \(Symbol(id: atom).name) would exceed \(maxExponent)")
        }
        return (monomial, negated)
    }

    /// The product; `negated` is true when I·I = −1 flipped the sign. Exponents are added in
    /// `Int` and clamped to the word: a sum beyond it traps nowhere (see `checkedProduct`).
    public static func product(_ a: Monomial, _ b: Monomial) -> (monomial: Monomial, negated: Bool) {
        let (monomial, negated, _) = merged(a, b)
        return (monomial, negated)
    }

    /// The product, merged on the words, and the atom of the first symbol whose combined
    /// exponent exceeds `maxExponent` (clamped to the word's range if it exceeds that too; only
    /// `checkedProduct` may be trusted then).
    private static func merged(_ a: Monomial, _ b: Monomial) -> (monomial: Monomial, negated: Bool, tooLarge: UInt32?) {
        if a.isOne { return (b, false, nil) }
        if b.isOne { return (a, false, nil) }
        let x = a.packed, y = b.packed
        var negated = false
        var tooLarge: UInt32?
        var degree = a.degree &+ b.degree
        let result = [PackedPower](unsafeUninitializedCapacity: x.count + y.count) { buffer, count in
            var i = 0, j = 0, n = 0
            while i < x.count && j < y.count {
                let p = x[i], q = y[j]
                if p.hasSameAtom(as: q) {
                    var e = p.exponent + q.exponent
                    if e.magnitude > UInt(maxExponent) {
                        if tooLarge == nil { tooLarge = p.atom }
                        e = max(-PackedPower.widestExponent, min(PackedPower.widestExponent, e))
                    }
                    if p.isImaginaryUnit {
                        // I^e with e ≥ 0 here: I² = −1.
                        let r = e & 3
                        if r >= 2 { negated.toggle() }
                        e = r & 1
                    }
                    degree = degree &- p.exponent &- q.exponent &+ e  // as reduced or clamped
                    if e != 0 { buffer[n] = p.with(exponent: e); n += 1 }
                    i += 1; j += 1
                } else if p.atomPrecedes(q) {
                    buffer[n] = p; n += 1; i += 1
                } else {
                    buffer[n] = q; n += 1; j += 1
                }
            }
            while i < x.count { buffer[n] = x[i]; n += 1; i += 1 }
            while j < y.count { buffer[n] = y[j]; n += 1; j += 1 }
            count = n
        }
        return (Monomial(packed: result, degree: degree), negated, tooLarge)
    }

    /// The reciprocal: every exponent negated, with 1/I = −I (hence `negated`).
    public var inverse: (monomial: Monomial, negated: Bool) {
        var negated = false
        let inverted = packed.map { p -> PackedPower in
            if p.isImaginaryUnit { negated = true; return p }
            return p.with(exponent: -p.exponent)
        }
        return (Monomial(packed: inverted), negated)
    }

    /// The monomial with `symbol` removed (itself, no copy, when `symbol` does not occur).
    public func removing(_ symbol: Symbol) -> Monomial {
        let atom = symbol.id
        guard let k = packed.firstIndex(where: { $0.atom == atom }) else { return self }
        var words = packed
        words.remove(at: k)
        return Monomial(packed: words, degree: degree - packed[k].exponent)
    }

    /// ∂/∂symbol of this monomial as (exponent e of `symbol`, the monomial with e − 1 in its
    /// place), or nil when `symbol` does not occur. The factor keeps its position: a canonical
    /// monomial stays canonical (I, with exponent 1, is removed).
    func differentiated(with symbol: Symbol) -> (exponent: Int, monomial: Monomial)? {
        let atom = symbol.id
        guard let k = packed.firstIndex(where: { $0.atom == atom }) else { return nil }
        let e = packed[k].exponent
        var words = packed
        if e == 1 { words.remove(at: k) } else { words[k] = words[k].with(exponent: e - 1) }
        return (e, Monomial(packed: words, degree: degree - 1))
    }

    /// Equality compares the degrees, then the words; hashing feeds the hasher one value,
    /// `foldedHash`.
    public static func == (a: Monomial, b: Monomial) -> Bool { a.degree == b.degree && a.packed == b.packed }

    public func hash(into hasher: inout Hasher) { hasher.combine(foldedHash) }

    /// The words folded into one well-mixed 64-bit value (equal monomials, equal values; a
    /// collision costs a comparison only). It depends on the ids, i.e. on the order of
    /// interning, so it only ever places terms in a hash table, never orders them.
    var foldedHash: UInt64 {
        var h = UInt64(truncatingIfNeeded: packed.count)
        for p in packed {
            h = (h ^ p.word) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        // The final mix of MurmurHash3, so that the low bits depend on every bit.
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 33)
    }

    /// Graded order: lower total degree first, then lexicographic on (symbol, exponent).
    public static func < (a: Monomial, b: Monomial) -> Bool {
        let da = a.degree, db = b.degree
        if da != db { return da < db }
        let x = a.packed, y = b.packed
        for k in 0..<min(x.count, y.count) where x[k] != y[k] {
            let p = x[k], q = y[k]
            if !p.hasSameAtom(as: q) { return p.atomPrecedes(q) }
            return p.exponent > q.exponent
        }
        return x.count < y.count
    }
}

extension Monomial {
    /// The factors of a monomial as `Power`s, decoded from the packed words on access.
    public struct Powers: RandomAccessCollection, Sendable {
        let packed: [PackedPower]
        public var startIndex: Int { 0 }
        public var endIndex: Int { packed.count }
        public subscript(position: Int) -> Power { packed[position].power }
    }

    /// The product of distinct symbols, each to the first power, given in ascending symbol
    /// order (the caller's claim, checked: a violation is a programming error and traps rather
    /// than building a non-canonical monomial). For generators that know the order already.
    public init(ascendingDistinct symbols: [Symbol]) {
        let packed = symbols.map { PackedPower(atom: $0.id, exponent: 1) }
        precondition(Monomial.isCanonical(packed), "Monomial(ascendingDistinct:) given symbols out of order")
        self.init(packed: packed)
    }
}
