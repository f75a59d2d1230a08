// Explicit 4×4 complex Dirac matrices: the independent numeric route that cross-checks
// the symbolic trace engine. Nothing here calls the engine; it only reads the
// `Algebra.Polynomial` data structure (terms, monomials, symbol spellings) to evaluate it.
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

import TestSupport
import Algebra

// MARK: - Complex

/// A complex number with `Double` parts; just enough arithmetic for 4×4 traces.
struct Complex: Equatable, CustomStringConvertible {
    var re: Double
    var im: Double

    init(_ re: Double, _ im: Double = 0) {
        self.re = re
        self.im = im
    }

    static let zero = Complex(0, 0)
    static let one = Complex(1, 0)
    static let i = Complex(0, 1)

    static func + (a: Complex, b: Complex) -> Complex { Complex(a.re + b.re, a.im + b.im) }
    static func - (a: Complex, b: Complex) -> Complex { Complex(a.re - b.re, a.im - b.im) }
    static prefix func - (a: Complex) -> Complex { Complex(-a.re, -a.im) }
    static func * (a: Complex, b: Complex) -> Complex {
        Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
    }
    static func * (s: Double, a: Complex) -> Complex { Complex(s * a.re, s * a.im) }
    static func / (a: Complex, b: Complex) -> Complex {
        let d = b.re * b.re + b.im * b.im
        return Complex((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d)
    }
    static func += (a: inout Complex, b: Complex) { a = a + b }

    var conjugate: Complex { Complex(re, -im) }
    var magnitude: Double { (re * re + im * im).squareRoot() }

    /// z^e for any integer e (negative powers invert).
    func power(_ e: Int) -> Complex {
        var result = Complex.one
        let base = e < 0 ? Complex.one / self : self
        for _ in 0..<e.magnitude { result = result * base }
        return result
    }

    var description: String { "(\(re) \(im < 0 ? "-" : "+") \(abs(im))i)" }
}

/// True when |a − b| ≤ tolerance · max(1, scale).
func isClose(_ a: Complex, _ b: Complex, scale: Double = 1, tolerance: Double = 1e-9) -> Bool {
    (a - b).magnitude <= tolerance * max(1, scale)
}

// MARK: - Matrix4

/// A 4×4 complex matrix, row-major.
struct Matrix4: Equatable, CustomStringConvertible {
    var entries: [Complex]

    init(entries: [Complex]) {
        precondition(entries.count == 16)
        self.entries = entries
    }

    init(rows: [[Complex]]) {
        self.init(entries: rows.flatMap { $0 })
    }

    subscript(_ row: Int, _ column: Int) -> Complex {
        get { entries[4 * row + column] }
        set { entries[4 * row + column] = newValue }
    }

    static let zero = Matrix4(entries: Array(repeating: .zero, count: 16))
    static let identity: Matrix4 = {
        var m = Matrix4.zero
        for k in 0..<4 { m[k, k] = .one }
        return m
    }()

    static func + (a: Matrix4, b: Matrix4) -> Matrix4 {
        Matrix4(entries: (0..<16).map { a.entries[$0] + b.entries[$0] })
    }
    static func - (a: Matrix4, b: Matrix4) -> Matrix4 {
        Matrix4(entries: (0..<16).map { a.entries[$0] - b.entries[$0] })
    }
    static prefix func - (a: Matrix4) -> Matrix4 { Matrix4(entries: a.entries.map { -$0 }) }
    static func * (a: Matrix4, b: Matrix4) -> Matrix4 {
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
    static func * (s: Complex, a: Matrix4) -> Matrix4 { Matrix4(entries: a.entries.map { s * $0 }) }
    static func * (s: Double, a: Matrix4) -> Matrix4 { Matrix4(entries: a.entries.map { s * $0 }) }

    var trace: Complex { self[0, 0] + self[1, 1] + self[2, 2] + self[3, 3] }

    /// Conjugate transpose M†.
    var adjoint: Matrix4 {
        var m = Matrix4.zero
        for r in 0..<4 { for c in 0..<4 { m[r, c] = self[c, r].conjugate } }
        return m
    }

    /// Largest entry magnitude.
    var maxNorm: Double { entries.map(\.magnitude).max() ?? 0 }

    var description: String {
        (0..<4).map { r in (0..<4).map { self[r, $0].description }.joined(separator: " ") }
            .joined(separator: "\n")
    }

    /// The ordered product of `factors` (identity for an empty list).
    static func product(_ factors: [Matrix4]) -> Matrix4 {
        factors.reduce(Matrix4.identity, *)
    }
}

func isClose(_ a: Matrix4, _ b: Matrix4, tolerance: Double = 1e-12) -> Bool {
    (a - b).maxNorm <= tolerance
}

// MARK: - Dirac representation

enum Dirac4 {
    /// The Pauli matrices σ_1, σ_2, σ_3 as 2×2 row-major arrays.
    static let pauli: [[[Complex]]] = [
        [[.zero, .one], [.one, .zero]],
        [[.zero, -Complex.i], [Complex.i, .zero]],
        [[.one, .zero], [.zero, -Complex.one]],
    ]

    /// Metric g^{μν} = g_{μν} = diag(+1, −1, −1, −1).
    static func metric(_ mu: Int, _ nu: Int) -> Double {
        mu != nu ? 0 : (mu == 0 ? 1 : -1)
    }

    /// γ^μ (upper index), μ = 0...3, Dirac representation.
    static let gamma: [Matrix4] = {
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
    static let gammaLower: [Matrix4] = (0..<4).map { metric($0, $0) * gamma[$0] }

    /// γ5 = i γ^0 γ^1 γ^2 γ^3.
    static let gamma5: Matrix4 = Complex.i * Matrix4.product(gamma)

    /// a̸ = γ^μ a_μ = a^0 γ^0 − a⃗·γ⃗ for contravariant components a.
    static func slash(_ a: [Double]) -> Matrix4 {
        precondition(a.count == 4)
        var m = Matrix4.zero
        for mu in 0..<4 { m = m + (metric(mu, mu) * a[mu]) * gamma[mu] }
        return m
    }

    /// σ^{μν} = (i/2)[γ^μ, γ^ν].
    static func sigma(_ mu: Int, _ nu: Int) -> Matrix4 {
        Complex(0, 0.5) * (gamma[mu] * gamma[nu] - gamma[nu] * gamma[mu])
    }

    /// σ^{μν} a_μ b_ν = (i/2)[a̸, b̸].
    static func sigma(_ a: [Double], _ b: [Double]) -> Matrix4 {
        let x = slash(a), y = slash(b)
        return Complex(0, 0.5) * (x * y - y * x)
    }

    /// The Dirac conjugate bar(M) = γ^0 M† γ^0.
    static func bar(_ m: Matrix4) -> Matrix4 {
        gamma[0] * m.adjoint * gamma[0]
    }

    /// Minkowski product a·b = a^0 b^0 − a⃗·b⃗.
    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3]
    }

    /// Sign of the permutation (μ,ν,ρ,σ) of (0,1,2,3), 0 when indices repeat.
    static func permutationSign(_ i: [Int]) -> Int {
        if Set(i).count != i.count { return 0 }
        var sign = 1
        for a in 0..<i.count { for b in (a + 1)..<i.count where i[a] > i[b] { sign = -sign } }
        return sign
    }

    /// ε^{μνρσ} with ε^{0123} = +1.
    static func epsilonUpper(_ mu: Int, _ nu: Int, _ rho: Int, _ sigma: Int) -> Double {
        Double(permutationSign([mu, nu, rho, sigma]))
    }

    /// ε_{μνρσ} = −ε^{μνρσ} (three spatial lowerings).
    static func epsilonLower(_ mu: Int, _ nu: Int, _ rho: Int, _ sigma: Int) -> Double {
        -epsilonUpper(mu, nu, rho, sigma)
    }

    /// The atom eps(a,b,c,d) = ε_{μνρσ} a^μ b^ν c^ρ d^σ (contravariant components).
    static func eps(_ a: [Double], _ b: [Double], _ c: [Double], _ d: [Double]) -> Double {
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
    static func frame(_ mu: Int) -> [Double] {
        (0..<4).map { $0 == mu ? 1 : 0 }
    }
}

// MARK: - Deterministic random numbers (SplitMix64 from TestSupport)

extension SplitMix64 {
    /// A random 4-vector with components uniform in [−range, range).
    mutating func vector(range: Double = 2) -> [Double] {
        (0..<4).map { _ in uniform(-range, range) }
    }

    /// Random 4-vectors for each name.
    mutating func vectors(_ names: [String], range: Double = 2) -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        for n in names { result[n] = vector(range: range) }
        return result
    }
}


// MARK: - Numeric evaluation of engine polynomials

enum PolynomialEvaluationError: Error, CustomStringConvertible {
    case unknownVector(String, atom: String)
    case unknownScalar(String)
    case malformedAtom(String)

    var description: String {
        switch self {
        case .unknownVector(let v, let atom): return "unknown vector '\(v)' in atom '\(atom)'"
        case .unknownScalar(let s): return "unknown scalar symbol '\(s)'"
        case .malformedAtom(let a): return "malformed atom '\(a)'"
        }
    }
}

/// Numeric value of one atom, parsed from its spelling:
///   `I`              → i
///   `eps(a,b,c,d)`   → ε_{μνρσ} a^μ b^ν c^ρ d^σ (ε^{0123} = +1)
///   `a.b`            → a·b (Minkowski)
///   anything else    → a plain scalar from `scalars`
/// Vectors `e0`…`e3` are the frame basis unless `vectors` overrides them.
func atomValue(_ name: String, vectors: [String: [Double]], scalars: [String: Double]) throws -> Complex {
    if name == "I" { return .i }
    func vector(_ v: String) throws -> [Double] {
        let v = v.trimmingWhitespace
        if let x = vectors[v] { return x }
        if v.count == 2, v.hasPrefix("e"), let mu = Int(v.dropFirst()), (0..<4).contains(mu) {
            return Dirac4.frame(mu)
        }
        throw PolynomialEvaluationError.unknownVector(v, atom: name)
    }
    if name.hasPrefix("eps(") && name.hasSuffix(")") {
        let inner = name.dropFirst(4).dropLast()
        let parts = inner.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4 else { throw PolynomialEvaluationError.malformedAtom(name) }
        let v = try parts.map(vector)
        return Complex(Dirac4.eps(v[0], v[1], v[2], v[3]))
    }
    if let s = scalars[name] { return Complex(s) }
    if name.contains(".") {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { throw PolynomialEvaluationError.malformedAtom(name) }
        return Complex(Dirac4.dot(try vector(parts[0]), try vector(parts[1])))
    }
    throw PolynomialEvaluationError.unknownScalar(name)
}

/// Σ |term value|: the natural scale against which cancellation error is measured.
func magnitudeScale(of p: Polynomial, vectors: [String: [Double]], scalars: [String: Double]) throws -> Double {
    var total = 0.0
    for t in p.terms {
        var v = Complex(t.coefficient.doubleValue)
        for power in t.monomial.powers {
            v = v * (try atomValue(power.symbol.name, vectors: vectors, scalars: scalars)).power(power.exponent)
        }
        total += v.magnitude
    }
    return total
}

/// The complex value of an engine polynomial at the given vectors and scalars.
func evaluatePolynomial(_ p: Polynomial, vectors: [String: [Double]], scalars: [String: Double]) throws -> Complex {
    var total = Complex.zero
    for t in p.terms {
        var v = Complex(t.coefficient.doubleValue)
        for power in t.monomial.powers {
            v = v * (try atomValue(power.symbol.name, vectors: vectors, scalars: scalars)).power(power.exponent)
        }
        total += v
    }
    return total
}

/// Non-throwing front door: a malformed or unknown atom is a test bug, so it stops the
/// test run with the atom's name and the polynomial.
func complexValue(of p: Polynomial, vectors: [String: [Double]], scalars: [String: Double] = [:]) -> Complex {
    do {
        return try evaluatePolynomial(p, vectors: vectors, scalars: scalars)
    } catch {
        preconditionFailure("complexValue: \(error) in \(p)")
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
