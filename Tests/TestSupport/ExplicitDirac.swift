// Explicit 4×4 complex Dirac matrices: the independent numeric route that cross-checks
// the symbolic engine (traces in DiracTests, |M|² and the O(T/m) reference in DerivationTests);
// the one implementation every test uses. Nothing here calls or reads the engine.
//
// Conventions (the project's single set, pinned by ExplicitDiracSelfTests):
//   metric        g = diag(+1, −1, −1, −1)
//   gammas        Dirac representation: γ^0 = diag(1,1,−1,−1), γ^i = [[0, σ_i], [−σ_i, 0]]
//   γ5            i γ^0 γ^1 γ^2 γ^3  (γ5² = 1, Hermitian)
//   slash         a̸ = γ^μ a_μ = a^0 γ^0 − a^1 γ^1 − a^2 γ^2 − a^3 γ^3, a = (a^0, a^1, a^2, a^3)
//   σ^{μν}        (i/2)[γ^μ, γ^ν]
//   Dirac bar     bar(M) = γ^0 M† γ^0
//   Levi-Civita   ε^{0123} = +1, hence ε_{0123} = −1
//   eps atom      eps(a,b,c,d) = ε_{μνρσ} a^μ b^ν c^ρ d^σ = −det[a; b; c; d]
//                 (eps(e0,e1,e2,e3) = −1 for the frame vectors (e_μ)^ν = δ_μ^ν)
//   γ5 trace      tr(γ5 a̸ b̸ c̸ d̸) = −4i · eps(a,b,c,d)   [tr(γ5 γ^0γ^1γ^2γ^3) = −4i]
//   3-gamma       γ^μγ^νγ^ρ = g^{μν}γ^ρ − g^{μρ}γ^ν + g^{νρ}γ^μ + i ε^{μνρσ} γ_σ γ5  (sign +)

import Foundation

// MARK: - Complex

/// A complex number with `Double` parts; just enough arithmetic for 4×4 traces.
public struct Complex: Equatable, Sendable, CustomStringConvertible {
    public var re: Double
    public var im: Double

    public init(_ re: Double, _ im: Double = 0) {
        self.re = re
        self.im = im
    }

    public static let zero = Complex(0, 0)
    public static let one = Complex(1, 0)
    public static let i = Complex(0, 1)

    public static func + (a: Complex, b: Complex) -> Complex { Complex(a.re + b.re, a.im + b.im) }
    public static func - (a: Complex, b: Complex) -> Complex { Complex(a.re - b.re, a.im - b.im) }
    public static prefix func - (a: Complex) -> Complex { Complex(-a.re, -a.im) }
    public static func * (a: Complex, b: Complex) -> Complex {
        Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
    }
    public static func * (s: Double, a: Complex) -> Complex { Complex(s * a.re, s * a.im) }
    public static func / (a: Complex, b: Complex) -> Complex {
        let d = b.re * b.re + b.im * b.im
        return Complex((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d)
    }
    public static func += (a: inout Complex, b: Complex) { a = a + b }

    public var conjugate: Complex { Complex(re, -im) }
    public var magnitudeSquared: Double { re * re + im * im }
    public var magnitude: Double { magnitudeSquared.squareRoot() }

    /// e^{iφ}.
    public static func phase(_ phi: Double) -> Complex { Complex(cos(phi), sin(phi)) }

    /// z^e for any integer e (negative powers invert).
    public func power(_ e: Int) -> Complex {
        var result = Complex.one
        let base = e < 0 ? Complex.one / self : self
        for _ in 0..<e.magnitude { result = result * base }
        return result
    }

    public var description: String { "(\(re) \(im < 0 ? "-" : "+") \(abs(im))i)" }
}

/// True when |a − b| ≤ tolerance · max(1, scale).
public func isClose(_ a: Complex, _ b: Complex, scale: Double = 1, tolerance: Double = 1e-9) -> Bool {
    (a - b).magnitude <= tolerance * max(1, scale)
}

// MARK: - Matrix4

/// A 4×4 complex matrix, row-major.
public struct Matrix4: Equatable, Sendable, CustomStringConvertible {
    public var entries: [Complex]

    public init(entries: [Complex]) {
        precondition(entries.count == 16)
        self.entries = entries
    }

    public init(rows: [[Complex]]) {
        self.init(entries: rows.flatMap { $0 })
    }

    public subscript(_ row: Int, _ column: Int) -> Complex {
        get { entries[4 * row + column] }
        set { entries[4 * row + column] = newValue }
    }

    public static let zero = Matrix4(entries: Array(repeating: .zero, count: 16))
    public static let identity: Matrix4 = {
        var m = Matrix4.zero
        for k in 0..<4 { m[k, k] = .one }
        return m
    }()

    public static func + (a: Matrix4, b: Matrix4) -> Matrix4 {
        Matrix4(entries: (0..<16).map { a.entries[$0] + b.entries[$0] })
    }
    public static func - (a: Matrix4, b: Matrix4) -> Matrix4 {
        Matrix4(entries: (0..<16).map { a.entries[$0] - b.entries[$0] })
    }
    public static prefix func - (a: Matrix4) -> Matrix4 { Matrix4(entries: a.entries.map { -$0 }) }
    public static func * (a: Matrix4, b: Matrix4) -> Matrix4 {
        var c = Matrix4.zero
        for r in 0..<4 {
            for k in 0..<4 {
                let x = a[r, k]
                if x == .zero { continue }
                for col in 0..<4 { c[r, col] += x * b[k, col] }
            }
        }
        return c
    }
    public static func * (s: Complex, a: Matrix4) -> Matrix4 { Matrix4(entries: a.entries.map { s * $0 }) }
    public static func * (s: Double, a: Matrix4) -> Matrix4 { Matrix4(entries: a.entries.map { s * $0 }) }

    public var trace: Complex { self[0, 0] + self[1, 1] + self[2, 2] + self[3, 3] }

    /// Conjugate transpose M†.
    public var adjoint: Matrix4 {
        var m = Matrix4.zero
        for r in 0..<4 { for c in 0..<4 { m[r, c] = self[c, r].conjugate } }
        return m
    }

    /// Largest entry magnitude.
    public var maxNorm: Double { entries.map(\.magnitude).max() ?? 0 }

    public var description: String {
        (0..<4).map { r in (0..<4).map { self[r, $0].description }.joined(separator: " ") }
            .joined(separator: "\n")
    }

    /// The ordered product of `factors` (identity for an empty list).
    public static func product(_ factors: [Matrix4]) -> Matrix4 {
        factors.reduce(Matrix4.identity, *)
    }
}

public func isClose(_ a: Matrix4, _ b: Matrix4, tolerance: Double = 1e-12) -> Bool {
    (a - b).maxNorm <= tolerance
}

// MARK: - Dirac representation

public enum Dirac4 {
    /// The Pauli matrices σ_1, σ_2, σ_3 as 2×2 row-major arrays.
    public static let pauli: [[[Complex]]] = [
        [[.zero, .one], [.one, .zero]],
        [[.zero, -Complex.i], [Complex.i, .zero]],
        [[.one, .zero], [.zero, -Complex.one]],
    ]

    /// Metric g^{μν} = g_{μν} = diag(+1, −1, −1, −1).
    public static func metric(_ mu: Int, _ nu: Int) -> Double {
        mu != nu ? 0 : (mu == 0 ? 1 : -1)
    }

    /// The diagonal entry g^{μμ} = g_{μμ}.
    public static func metric(_ mu: Int) -> Double { metric(mu, mu) }

    /// γ^μ (upper index), μ = 0...3, Dirac representation.
    public static let gamma: [Matrix4] = {
        var g0 = Matrix4.zero
        g0[0, 0] = .one; g0[1, 1] = .one; g0[2, 2] = -Complex.one; g0[3, 3] = -Complex.one
        var result = [g0]
        for s in pauli {
            var g = Matrix4.zero
            for r in 0..<2 {
                for c in 0..<2 {
                    g[r, c + 2] = s[r][c]        // upper-right block  σ_i
                    g[r + 2, c] = -s[r][c]       // lower-left block  −σ_i
                }
            }
            result.append(g)
        }
        return result
    }()

    /// γ_μ = g_{μν} γ^ν (lower index).
    public static let gammaLower: [Matrix4] = (0..<4).map { metric($0, $0) * gamma[$0] }

    /// γ5 = i γ^0 γ^1 γ^2 γ^3.
    public static let gamma5: Matrix4 = Complex.i * Matrix4.product(gamma)

    /// a̸ = γ^μ a_μ = a^0 γ^0 − a⃗·γ⃗ for contravariant components a.
    public static func slash(_ a: [Double]) -> Matrix4 {
        precondition(a.count == 4)
        var m = Matrix4.zero
        for mu in 0..<4 { m = m + (metric(mu, mu) * a[mu]) * gamma[mu] }
        return m
    }

    /// σ^{μν} = (i/2)[γ^μ, γ^ν].
    public static func sigma(_ mu: Int, _ nu: Int) -> Matrix4 {
        Complex(0, 0.5) * (gamma[mu] * gamma[nu] - gamma[nu] * gamma[mu])
    }

    /// σ^{μν} for all μ, ν, computed once.
    public static let sigmaTable: [[Matrix4]] = (0..<4).map { mu in (0..<4).map { nu in sigma(mu, nu) } }

    /// σ^{μν} a_μ b_ν = (i/2)[a̸, b̸].
    public static func sigma(_ a: [Double], _ b: [Double]) -> Matrix4 {
        let x = slash(a), y = slash(b)
        return Complex(0, 0.5) * (x * y - y * x)
    }

    /// The Dirac conjugate bar(M) = γ^0 M† γ^0.
    public static func bar(_ m: Matrix4) -> Matrix4 {
        gamma[0] * m.adjoint * gamma[0]
    }

    /// Minkowski product a·b = a^0 b^0 − a⃗·b⃗.
    public static func dot(_ a: [Double], _ b: [Double]) -> Double {
        a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3]
    }

    /// Sign of the permutation (μ,ν,ρ,σ) of (0,1,2,3), 0 when indices repeat.
    public static func permutationSign(_ i: [Int]) -> Int {
        if Set(i).count != i.count { return 0 }
        var sign = 1
        for a in 0..<i.count { for b in (a + 1)..<i.count where i[a] > i[b] { sign = -sign } }
        return sign
    }

    /// ε^{μνρσ} with ε^{0123} = +1.
    public static func epsilonUpper(_ mu: Int, _ nu: Int, _ rho: Int, _ sigma: Int) -> Double {
        Double(permutationSign([mu, nu, rho, sigma]))
    }

    /// ε_{μνρσ} = −ε^{μνρσ} (three spatial lowerings).
    public static func epsilonLower(_ mu: Int, _ nu: Int, _ rho: Int, _ sigma: Int) -> Double {
        -epsilonUpper(mu, nu, rho, sigma)
    }

    /// The atom eps(a,b,c,d) = ε_{μνρσ} a^μ b^ν c^ρ d^σ (contravariant components).
    public static func eps(_ a: [Double], _ b: [Double], _ c: [Double], _ d: [Double]) -> Double {
        var total = 0.0
        for mu in 0..<4 {
            for nu in 0..<4 where nu != mu {
                for rho in 0..<4 where rho != mu && rho != nu {
                    let sigma = 6 - mu - nu - rho
                    total += epsilonLower(mu, nu, rho, sigma) * a[mu] * b[nu] * c[rho] * d[sigma]
                }
            }
        }
        return total
    }

    /// The frame basis vector e_μ with (e_μ)^ν = δ_μ^ν.
    public static func frame(_ mu: Int) -> [Double] {
        (0..<4).map { $0 == mu ? 1 : 0 }
    }
}

