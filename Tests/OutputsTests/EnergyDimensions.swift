import Algebra

/// Energy dimensions (ħ = c = 1) of the paper's symbols, stated once: every printed
/// difference must be dimensionally homogeneous under this table.
enum EnergyDimensions {
    /// Scalars. Couplings, spins, signs, angles, distribution functions and the bookkeeping
    /// δ = (T/m)^{1/2}, w, u are dimensionless; an index `_n` is the n-th k-derivative.
    static let scalars: [String: Int] = [
        "k": 1, "k'": 1, "T": 1, "m": 1, "muBB": 1, "muN": 1, "dmu": 1, "q0": 1, "p2": 2, "GF": -2, "n": 3,
        "rho": -3,                     // ρ = 2π²/k³
        "dU": 3,                       // δU = k³ g/2π²
        "cV": 0, "cA": 0, "F2": 0, "C5": 0, "pi": 0, "s": 0, "s'": 0, "pm": 0, "mp": 0, "I": 0,
        "delta": 0, "w": 0, "u": 0, "muP": 0, "f0": 0, "g": 0,
    ]

    /// 3-vectors: the unit vectors Ω, Ω', B̂ and h are dimensionless, q and P are momenta,
    /// W = ∇U/κ0 has dimension 4 − 1 = 3.
    static let vectors: [String: Int] = ["Om": 0, "Om'": 0, "B": 0, "h": 0, "q": 1, "P": 1, "W": 3]

    /// The dimension of a symbol: scalars, derivatives `x_n` (dimension of x minus n), the
    /// invariants `dot(a,b)`, `triple(a,b,c)` and the basis atoms `vec(X)`, `vec(cross(a,b))`
    /// of flattened vector differences; nil for a symbol the table does not know.
    static func of(_ symbol: Symbol) -> Int? {
        let name = symbol.name
        if let (_, arguments) = Vector3Space.decompose(symbol) { return sum(arguments.map(vector)) }
        if name.hasPrefix("vec(cross("), name.hasSuffix("))") {
            return sum(name.dropFirst(10).dropLast(2).split(separator: ",").map { vector(String($0)) })
        }
        if name.hasPrefix("vec("), name.hasSuffix(")") { return vector(String(name.dropFirst(4).dropLast())) }
        return derivative(name, in: scalars)
    }

    static func vector(_ name: String) -> Int? { derivative(name, in: vectors) }

    /// `x` or `x_n` (∂ⁿx/∂kⁿ).
    static func derivative(_ name: String, in table: [String: Int]) -> Int? {
        if let d = table[name] { return d }
        guard let underscore = name.lastIndex(of: "_"), let order = Int(name[name.index(after: underscore)...]),
              let base = table[String(name[..<underscore])] else { return nil }
        return base - order
    }

    static func sum(_ parts: [Int?]) -> Int? {
        parts.reduce(0 as Int?) { total, part in total.flatMap { t in part.map { t + $0 } } }
    }

    /// The distinct dimensions of the terms of `p` (one element iff homogeneous), or the
    /// first symbol the table does not know.
    static func termDimensions(_ p: Polynomial) -> Result<Set<Int>, UnknownSymbol> {
        var out: Set<Int> = []
        for t in p.terms {
            var total = 0
            for power in t.monomial.powers {
                guard let d = of(power.symbol) else { return .failure(UnknownSymbol(symbol: power.symbol)) }
                total += d * power.exponent
            }
            out.insert(total)
        }
        return .success(out)
    }

    struct UnknownSymbol: Error { let symbol: Symbol }
}
