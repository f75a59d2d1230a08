extension Duration {
    /// The duration in seconds, for progress lines and timing columns (`ContinuousClock`, the
    /// monotonic clock of the standard library).
    public var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
