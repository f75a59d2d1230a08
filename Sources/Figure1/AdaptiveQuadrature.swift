import Glibc

/// Globally adaptive Gauss–Kronrod (7-point Gauss, 15-point Kronrod) quadrature on [a, b]: the
/// interval with the largest error estimate |K15 − G7| is bisected until the summed estimate is
/// at most `relativeTolerance` × |integral|. The k-integrals of Eqs. (50) and of the electron
/// density are smooth and decay exponentially, so a finite upper limit (`FluxRatio.upperLimit`)
/// with a negligible tail is used. Failure to converge is an error, never a silent result.
public struct AdaptiveQuadrature: Sendable {
    public let relativeTolerance: Double
    /// The number of equal panels the interval starts with (resolves features on a scale ~ T).
    public let initialPanels: Int
    public let maximumIntervals: Int

    public init(relativeTolerance: Double, initialPanels: Int = 8, maximumIntervals: Int = 5000) {
        self.relativeTolerance = relativeTolerance
        self.initialPanels = initialPanels
        self.maximumIntervals = maximumIntervals
    }

    public struct Result: Sendable {
        public let value: Double
        /// Σ |K15 − G7| over the final intervals (conservative).
        public let errorEstimate: Double
        public let evaluations: Int
    }

    public struct NotConverged: Error, CustomStringConvertible {
        public let description: String
    }

    public func integrate(_ a: Double, _ b: Double, _ f: (Double) throws -> Double) throws -> Result {
        var pieces: [(a: Double, b: Double, value: Double, error: Double)] = []
        var evaluations = 0
        let width = (b - a) / Double(initialPanels)
        for i in 0..<initialPanels {
            let lo = a + Double(i) * width, hi = i == initialPanels - 1 ? b : lo + width
            let r = try Self.kronrod(lo, hi, f)
            evaluations += 15
            pieces.append((lo, hi, r.value, r.error))
        }
        while true {
            let value = pieces.reduce(0) { $0 + $1.value }, error = pieces.reduce(0) { $0 + $1.error }
            if error <= relativeTolerance * abs(value) || error == 0 {
                return Result(value: value, errorEstimate: error, evaluations: evaluations)
            }
            guard pieces.count < maximumIntervals else {
                throw NotConverged(description: "quadrature on [\(a), \(b)] did not reach relative tolerance \(relativeTolerance) "
                                       + "in \(maximumIntervals) intervals (estimate \(error) for \(value))")
            }
            let worst = pieces.indices.max { pieces[$0].error < pieces[$1].error }!
            let p = pieces[worst], mid = 0.5 * (p.a + p.b)
            let left = try Self.kronrod(p.a, mid, f), right = try Self.kronrod(mid, p.b, f)
            evaluations += 30
            pieces[worst] = (p.a, mid, left.value, left.error)
            pieces.append((mid, p.b, right.value, right.error))
        }
    }

    /// Kronrod nodes (positive half, descending, then 0) and weights; Gauss weights of the
    /// odd-indexed nodes (QUADPACK qk15).
    static let nodes: [Double] = [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0,
    ]
    static let kronrodWeights: [Double] = [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ]
    static let gaussWeights: [Double] = [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    ]

    static func kronrod(_ a: Double, _ b: Double, _ f: (Double) throws -> Double) throws -> (value: Double, error: Double) {
        let center = 0.5 * (a + b), half = 0.5 * (b - a)
        let fc = try f(center)
        var kronrod = kronrodWeights[7] * fc, gauss = gaussWeights[3] * fc
        for j in 0..<7 {
            let dx = half * nodes[j]
            let sum = try f(center - dx) + f(center + dx)
            kronrod += kronrodWeights[j] * sum
            if j % 2 == 1 { gauss += gaussWeights[j / 2] * sum }
        }
        return (kronrod * half, abs((kronrod - gauss) * half))
    }
}
