/// SplitMix64 (Steele, Lea, Flood 2014): the one seeded, platform-independent generator of
/// every test (never the system generator), so each run sees the same random instances.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [lower, upper), from the top 53 bits (no platform-dependent API).
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        let unit = Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
        return lower + (upper - lower) * unit
    }
}
