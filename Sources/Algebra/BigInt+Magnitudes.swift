/// Limb arithmetic on magnitudes (little-endian `[UInt64]`, results may carry trailing zero
/// limbs: `BigInt(limbs:)` trims them). Schoolbook multiplication and Knuth's Algorithm D
/// (TAOCP vol. 2, §4.3.1) for division, with `UInt128` for the two-limb steps.
extension BigInt {
    /// −1, 0, 1 as |a| <, =, > |b| (both trimmed).
    static func compareMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    static func addMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var out = long
        out.append(0)
        var carry: UInt64 = 0
        for i in 0..<long.count {
            let (s1, o1) = out[i].addingReportingOverflow(i < short.count ? short[i] : 0)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            if carry == 0 && i >= short.count { break }
        }
        out[long.count] = carry
        return out
    }

    /// |a| − |b| for |a| ≥ |b|.
    static func subtractMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var out = a
        var borrow: UInt64 = 0
        for i in 0..<out.count {
            let y = i < b.count ? b[i] : 0
            if y == 0 && borrow == 0 && i >= b.count { break }
            let (d1, o1) = out[i].subtractingReportingOverflow(y)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            out[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        precondition(borrow == 0, "BigInt: subtractMagnitudes needs |a| ≥ |b|")
        return out
    }

    static func multiplyMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if a.isEmpty || b.isEmpty { return [] }
        var out = [UInt64](repeating: 0, count: a.count + b.count)
        for i in 0..<a.count {
            var carry: UInt64 = 0
            let x = a[i]
            if x == 0 { continue }
            for j in 0..<b.count {
                let (high, low) = x.multipliedFullWidth(by: b[j])
                let (s1, o1) = out[i + j].addingReportingOverflow(low)
                let (s2, o2) = s1.addingReportingOverflow(carry)
                out[i + j] = s2
                carry = high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
            out[i + b.count] = carry
        }
        return out
    }

    /// (|a| / |b|, |a| mod |b|) for a nonzero trimmed `b`.
    static func divideMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> (quotient: [UInt64], remainder: [UInt64]) {
        if compareMagnitudes(a, b) < 0 { return ([], a) }
        if b.count == 1 {
            let (q, r) = divideMagnitude(a, by: b[0])
            return (q, [r])
        }
        // Normalize so that the divisor's top limb has its high bit set.
        let s = b[b.count - 1].leadingZeroBitCount
        let v = shiftedLeft(b, s)
        var u = shiftedLeft(a, s)
        if u.count == a.count { u.append(0) }
        let n = v.count, m = a.count - n
        var q = [UInt64](repeating: 0, count: m + 1)
        let vTop = v[n - 1], vNext = v[n - 2]
        for j in stride(from: m, through: 0, by: -1) {
            // Estimate q̂ from the top two limbs, refine with the third (at most 2 too large).
            var qHat: UInt64, rHat: UInt128
            if u[j + n] >= vTop {
                qHat = UInt64.max
                rHat = (UInt128(u[j + n]) << 64 | UInt128(u[j + n - 1])) - UInt128(qHat) * UInt128(vTop)
            } else {
                let (qq, rr) = vTop.dividingFullWidth((u[j + n], u[j + n - 1]))
                qHat = qq; rHat = UInt128(rr)
            }
            while rHat < (UInt128(1) << 64)
                    && UInt128(qHat) * UInt128(vNext) > (rHat << 64 | UInt128(u[j + n - 2])) {
                qHat -= 1
                rHat += UInt128(vTop)
            }
            // u[j...j+n] −= q̂·v
            var borrow: UInt64 = 0, carry: UInt64 = 0
            for i in 0..<n {
                let (high, low) = qHat.multipliedFullWidth(by: v[i])
                let (pl, po) = low.addingReportingOverflow(carry)
                carry = high &+ (po ? 1 : 0)
                let (d1, o1) = u[i + j].subtractingReportingOverflow(pl)
                let (d2, o2) = d1.subtractingReportingOverflow(borrow)
                u[i + j] = d2
                borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            }
            let (t1, o1) = u[j + n].subtractingReportingOverflow(carry)
            let (t2, o2) = t1.subtractingReportingOverflow(borrow)
            u[j + n] = t2
            if o1 || o2 {
                // q̂ was one too large: add v back.
                qHat -= 1
                var c: UInt64 = 0
                for i in 0..<n {
                    let (s1, a1) = u[i + j].addingReportingOverflow(v[i])
                    let (s2, a2) = s1.addingReportingOverflow(c)
                    u[i + j] = s2
                    c = (a1 ? 1 : 0) + (a2 ? 1 : 0)
                }
                u[j + n] &+= c
            }
            q[j] = qHat
        }
        return (q, shiftedRight(Array(u[0..<n]), s))
    }

    /// (|a| / d, |a| mod d) for a one-limb divisor.
    static func divideMagnitude(_ a: [UInt64], by d: UInt64) -> (quotient: [UInt64], remainder: UInt64) {
        var q = [UInt64](repeating: 0, count: a.count)
        var r: UInt64 = 0
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            (q[i], r) = d.dividingFullWidth((r, a[i]))
        }
        return (q, r)
    }

    /// a·2^s for 0 ≤ s < 64 (one more limb when bits spill over).
    static func shiftedLeft(_ a: [UInt64], _ s: Int) -> [UInt64] {
        if s == 0 { return a }
        var out = [UInt64](repeating: 0, count: a.count + 1)
        for i in 0..<a.count {
            out[i] |= a[i] << UInt64(s)
            out[i + 1] = a[i] >> UInt64(64 - s)
        }
        if out[a.count] == 0 { out.removeLast() }
        return out
    }

    /// ⌊a / 2^s⌋ for 0 ≤ s < 64.
    static func shiftedRight(_ a: [UInt64], _ s: Int) -> [UInt64] {
        if s == 0 { return a }
        var out = a
        for i in 0..<a.count {
            out[i] = a[i] >> UInt64(s) | (i + 1 < a.count ? a[i + 1] << UInt64(64 - s) : 0)
        }
        return out
    }
}
