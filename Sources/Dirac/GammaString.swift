import Algebra

/// γ5^(0 or 1) followed by a product of slashed vectors and indexed γ^μ.
///
/// Normal form: γ5 is anticommuted to the front (γ5 a̸ = −a̸ γ5) and γ5² = 1, so a string
/// is `hasGamma5` plus its slots. Equality is structural.
public struct GammaString: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hasGamma5: Bool
    public let slots: [Slot]

    public init(hasGamma5: Bool = false, _ slots: [Slot]) {
        self.hasGamma5 = hasGamma5
        self.slots = slots
    }

    /// self · other, with the sign from moving other's γ5 through self's slots.
    public func times(_ other: GammaString) -> (GammaString, sign: Int) {
        let sign = other.hasGamma5 && slots.count % 2 == 1 ? -1 : 1
        return (GammaString(hasGamma5: hasGamma5 != other.hasGamma5, slots + other.slots), sign)
    }

    /// The Dirac conjugate γ^0 S† γ^0 of the string (coefficient 1), as (string, sign):
    /// bar(γ^μ) = γ^μ and bar(γ5) = −γ5, in reversed order.
    public var bar: (GammaString, sign: Int) {
        guard hasGamma5 else { return (GammaString(slots.reversed()), 1) }
        // bar(γ5 s1…sn) = sn…s1 (−γ5) = −(−1)^n γ5 sn…s1
        return (GammaString(hasGamma5: true, slots.reversed()), slots.count % 2 == 0 ? -1 : 1)
    }

    public static func < (a: GammaString, b: GammaString) -> Bool {
        if a.slots.count != b.slots.count { return a.slots.count < b.slots.count }
        if a.hasGamma5 != b.hasGamma5 { return !a.hasGamma5 }
        return a.slots.lexicographicallyPrecedes(b.slots)
    }

    public var description: String {
        var parts = hasGamma5 ? ["g5"] : []
        parts += slots.map { slot in
            switch slot {
            case .vector(let v): return v
            case .index(let i): return "g(\(i))"
            }
        }
        return parts.isEmpty ? "1" : parts.joined(separator: " ")
    }
}
