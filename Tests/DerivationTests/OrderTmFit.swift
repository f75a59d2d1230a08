import Foundation

/// Least-squares polynomial fits y ≈ Σ_j c_j x^j (x = T/m), for the O(T/m) coefficient of the
/// numeric reference: the intercept of (V_ref − V0)/(T/m) or of (V_ref − V_derived)/(T/m).
enum OrderTmFit {
    /// Coefficients c_0…c_degree (normal equations on x/max|x|, Gaussian elimination with pivoting).
    static func polynomial(_ x: [Double], _ y: [Double], degree: Int) -> [Double] {
        precondition(x.count == y.count && x.count > degree)
        let scale = x.map(abs).max()!
        let n = degree + 1
        var a = [[Double]](repeating: [Double](repeating: 0, count: n + 1), count: n)
        for (xi, yi) in zip(x, y) {
            let t = xi / scale
            let powers = (0..<n).map { Foundation.pow(t, Double($0)) }
            for r in 0..<n {
                for c in 0..<n { a[r][c] += powers[r] * powers[c] }
                a[r][n] += powers[r] * yi
            }
        }
        for col in 0..<n {
            let pivot = (col..<n).max { abs(a[$0][col]) < abs(a[$1][col]) }!
            a.swapAt(col, pivot)
            for r in 0..<n where r != col {
                let f = a[r][col] / a[col][col]
                for c in col...n { a[r][c] -= f * a[col][c] }
            }
        }
        return (0..<n).map { a[$0][n] / a[$0][$0] / Foundation.pow(scale, Double($0)) }
    }

    /// The intercept c_0 with an uncertainty: the spread of the intercepts of the degree-1, 2 and 3
    /// fits (those the number of points allows, interpolation included) around the degree-2 value.
    static func intercept(_ x: [Double], _ y: [Double]) -> (value: Double, uncertainty: Double) {
        let degrees = (1...3).filter { x.count > $0 }
        let intercepts = degrees.map { polynomial(x, y, degree: $0)[0] }
        guard let best = degrees.firstIndex(of: 2).map({ intercepts[$0] }) ?? intercepts.last else {
            return (polynomial(x, y, degree: 1)[0], .infinity)
        }
        let spread = intercepts.map { abs($0 - best) }.max() ?? 0
        return (best, spread)
    }
}
