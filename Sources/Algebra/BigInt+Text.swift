/// Decimal spelling of `BigInt`: `-123`, and reading it back (an optional sign, then digits).
extension BigInt: CustomStringConvertible, LosslessStringConvertible {
    /// 10^19, the largest power of ten in one limb.
    private static let chunk: UInt64 = 10_000_000_000_000_000_000

    public var description: String {
        if let small = int64Value { return String(small) }
        var chunks: [UInt64] = []
        var rest = limbs
        while !rest.isEmpty {
            let (q, r) = BigInt.divideMagnitude(rest, by: BigInt.chunk)
            chunks.append(r)
            rest = q
            while rest.last == 0 { rest.removeLast() }
        }
        var out = isNegative ? "-" : ""
        out += String(chunks[chunks.count - 1])
        for c in chunks.dropLast().reversed() {
            let digits = String(c)
            out += String(repeating: "0", count: 19 - digits.count) + digits
        }
        return out
    }

    /// Reads `[+-]digits` (ASCII digits only, at least one); nil for anything else.
    public init?(_ text: String) {
        var utf8 = Substring(text).utf8[...]
        var negative = false
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        guard !utf8.isEmpty, utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        var value = BigInt.zero
        var pending: UInt64 = 0, scale: UInt64 = 1
        for byte in utf8 {
            pending = pending * 10 + UInt64(byte - UInt8(ascii: "0"))
            scale *= 10
            if scale == BigInt.chunk {
                value = value * BigInt(limbs: [scale]) + BigInt(limbs: [pending])
                pending = 0; scale = 1
            }
        }
        if scale > 1 { value = value * BigInt(limbs: [scale]) + BigInt(limbs: [pending]) }
        self = negative ? -value : value
    }
}
