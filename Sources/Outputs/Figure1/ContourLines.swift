/// Contour lines of a function sampled on a rectangular grid, by marching squares: in each cell
/// the level crosses the edges whose end values straddle it, at the linearly interpolated point;
/// the two ambiguous (saddle) cases are resolved by the mean of the four corners. A cell with an
/// undefined corner (`nil`) is skipped, so no line is drawn into a region where the value is
/// undefined. Segments come out in cell order (rows, then columns), hence deterministically.
public struct ContourLines: Sendable {
    public struct Segment: Sendable, Hashable {
        public let x0: Double, y0: Double, x1: Double, y1: Double
    }

    public let x: [Double], y: [Double]
    /// values[j][i] at (x[i], y[j]).
    public let values: [[Double?]]

    public init(x: [Double], y: [Double], values: [[Double?]]) {
        precondition(values.count == y.count && values.allSatisfy { $0.count == x.count }, "grid shape")
        self.x = x
        self.y = y
        self.values = values
    }

    /// The segments of the level set {value = level}.
    public func segments(level: Double) -> [Segment] {
        var out: [Segment] = []
        guard x.count > 1, y.count > 1 else { return out }
        for j in 0..<(y.count - 1) {
            for i in 0..<(x.count - 1) {
                guard let a = values[j][i], let b = values[j][i + 1], let c = values[j + 1][i + 1], let d = values[j + 1][i] else { continue }
                // Corners counter-clockwise from (x_i, y_j): a, b, c, d; edges 0: a-b, 1: b-c, 2: c-d, 3: d-a.
                let corners = [(x[i], y[j], a), (x[i + 1], y[j], b), (x[i + 1], y[j + 1], c), (x[i], y[j + 1], d)]
                var code = 0
                for (n, corner) in corners.enumerated() where corner.2 > level { code |= 1 << n }
                if code == 0 || code == 15 { continue }
                func crossing(_ edge: Int) -> (Double, Double) {
                    let p = corners[edge], q = corners[(edge + 1) % 4]
                    let t = (level - p.2) / (q.2 - p.2)
                    return (p.0 + t * (q.0 - p.0), p.1 + t * (q.1 - p.1))
                }
                for (e0, e1) in Self.edgePairs(code: code, centerAbove: (a + b + c + d) / 4 > level) {
                    let p = crossing(e0), q = crossing(e1)
                    out.append(Segment(x0: p.0, y0: p.1, x1: q.0, y1: q.1))
                }
            }
        }
        return out
    }

    /// The pairs of crossed edges for a corner code (bit n set: corner n above the level).
    static func edgePairs(code: Int, centerAbove: Bool) -> [(Int, Int)] {
        // The edges crossed: edge n joins corners n and n+1.
        let crossed = (0..<4).filter { n in ((code >> n) & 1) != ((code >> ((n + 1) % 4)) & 1) }
        if crossed.count == 2 { return [(crossed[0], crossed[1])] }
        // Saddle (code 5 or 10): four crossings. Pair the edges around the corners that are on
        // the other side from the centre.
        let aAbove = code & 1 == 1
        return aAbove == centerAbove ? [(0, 1), (2, 3)] : [(3, 0), (1, 2)]
    }
}
