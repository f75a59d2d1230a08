/// An order-independent accumulator of terms, used while summing (products, sums, collection);
/// `polynomial` sorts its contents, so the result never depends on hashing order.
///
/// A hash table of its own over the packed words (`Monomial.foldedHash`): open addressing with
/// linear probing, at most half full; the slots hold indices into the monomial and coefficient
/// arrays, in order of first insertion. A monomial whose coefficient cancels to zero keeps its
/// place and is dropped by `polynomial`.
public struct PolynomialAccumulator {
    private var monomials: [Monomial] = []
    private var coefficients: [Rational] = []
    /// Index + 1 into `monomials`, 0 for an empty slot; the count is a power of two (or zero).
    private var slots: [Int] = []
    private var nonzeroCount = 0

    public init() {}

    /// Room for `expectedTerms` distinct monomials before the table grows (capped at 2¹⁶).
    public init(expectedTerms: Int) {
        let terms = min(max(expectedTerms, 0), 1 << 16)
        if terms > 0 {
            slots = Array(repeating: 0, count: max(16, Int(UInt(2 * terms - 1).nextPowerOfTwoOrSelf)))
            monomials.reserveCapacity(terms)
            coefficients.reserveCapacity(terms)
        }
    }

    /// Adds every term of `p` times `factor`.
    public mutating func add(_ p: Polynomial, times factor: Rational = .one) {
        for t in p.terms { add(t.monomial, factor.isOne ? t.coefficient : t.coefficient * factor) }
    }

    /// True when every coefficient added so far has cancelled (or nothing was added).
    public var isEmpty: Bool { nonzeroCount == 0 }

    public mutating func add(_ monomial: Monomial, _ coefficient: Rational) {
        if coefficient.isZero { return }
        if 2 * (monomials.count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: monomial.foldedHash) & mask
        while true {
            let slot = slots[i]
            if slot == 0 {
                monomials.append(monomial)
                coefficients.append(coefficient)
                slots[i] = monomials.count
                nonzeroCount += 1
                return
            }
            if monomials[slot - 1] == monomial {
                let old = coefficients[slot - 1], new = old + coefficient
                coefficients[slot - 1] = new
                if old.isZero { nonzeroCount += 1 } else if new.isZero { nonzeroCount -= 1 }
                return
            }
            i = (i + 1) & mask
        }
    }

    /// Doubles the slots (at least 16) and places every monomial again.
    private mutating func grow() {
        let count = max(16, 2 * slots.count)
        var grown = [Int](repeating: 0, count: count)
        let mask = count - 1
        for (k, m) in monomials.enumerated() {
            var i = Int(truncatingIfNeeded: m.foldedHash) & mask
            while grown[i] != 0 { i = (i + 1) & mask }
            grown[i] = k + 1
        }
        slots = grown
    }

    /// The canonical polynomial: nonzero terms sorted by monomial order.
    public var polynomial: Polynomial {
        var terms: [Polynomial.Term] = []
        terms.reserveCapacity(nonzeroCount)
        for k in monomials.indices where !coefficients[k].isZero {
            terms.append(Polynomial.Term(monomials[k], coefficients[k]))
        }
        return Polynomial(canonical: terms.sorted { $0.monomial < $1.monomial })
    }
}

private extension UInt {
    /// The smallest power of two ≥ self (self ≥ 1).
    var nextPowerOfTwoOrSelf: UInt { self <= 1 ? 1 : 1 << (UInt(UInt.bitWidth) - UInt((self - 1).leadingZeroBitCount)) }
}
