import Foundation

/// Floating-point quadrature for the numeric cross-checks of exact integrals.
enum Quadrature {
    /// Gauss–Legendre nodes and weights on [−1, 1] (Newton iteration on P_n); exact for
    /// polynomials of degree ≤ 2n − 1.
    static func gaussLegendre(_ n: Int) -> [(node: Double, weight: Double)] {
        var rule: [(Double, Double)] = []
        for i in 1...n {
            var x = cos(Double.pi * (Double(i) - 0.25) / (Double(n) + 0.5))
            var derivative = 0.0
            for _ in 0..<100 {
                var p0 = 1.0, p1 = x
                for k in 2...max(n, 2) where n >= 2 {
                    let p2 = ((2 * Double(k) - 1) * x * p1 - (Double(k) - 1) * p0) / Double(k)
                    p0 = p1; p1 = p2
                }
                if n == 1 { p0 = 1; p1 = x }
                derivative = Double(n) * (x * p1 - p0) / (x * x - 1)
                let step = p1 / derivative
                x -= step
                if abs(step) < 1e-15 { break }
            }
            rule.append((x, 2 / ((1 - x * x) * derivative * derivative)))
        }
        return rule
    }

    /// ∫_a^b f by Gauss–Legendre with `n` nodes.
    static func integrate(_ a: Double, _ b: Double, nodes n: Int = 40, _ f: (Double) -> Double) -> Double {
        let half = (b - a) / 2, mid = (b + a) / 2
        return gaussLegendre(n).reduce(0) { $0 + $1.weight * half * f(mid + half * $1.node) }
    }
}
