/// An unspecified function of the energy k kept symbolic through its derivative atoms.
///
/// Naming convention: the n-th derivative ∂ⁿf/∂kⁿ at k is spelled `f` for n = 0 and
/// `f_n` for n ≥ 1 (`f0`, `f0_1`, `f0_2`, …; `g`, `g_1`, …). A scalar function's derivatives
/// are scalar symbols; a vector function's (`h`, `h_1`, …) are 3-vector names, entering
/// polynomials through invariants such as `dot(X,h_1)`.
public struct SymbolicFunction: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case scalar, vector }

    public let name: String
    public let kind: Kind

    public init(_ name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    public static func scalar(_ name: String) -> SymbolicFunction { SymbolicFunction(name, kind: .scalar) }
    public static func vector(_ name: String) -> SymbolicFunction { SymbolicFunction(name, kind: .vector) }

    /// `name` for n = 0, `name_n` for n ≥ 1.
    public func derivativeName(_ n: Int) -> String {
        precondition(n >= 0, "negative derivative order \(n)")
        return n == 0 ? name : "\(name)_\(n)"
    }

    /// The scalar atom ∂ⁿf/∂kⁿ.
    public func derivative(_ n: Int) -> Symbol { Symbol(derivativeName(n)) }

    /// The vector ∂ⁿh/∂kⁿ as a named vector.
    public func derivativeVector(_ n: Int) -> VectorExpression { VectorExpression(derivativeName(n)) }

    /// n when `spelling` is `derivativeName(n)` (canonical decimal, no leading zero), else nil.
    public func derivativeOrder(of spelling: String) -> Int? {
        if spelling == name { return 0 }
        guard spelling.hasPrefix(name + "_") else { return nil }
        let digits = spelling.dropFirst(name.count + 1)
        guard let first = digits.first, first != "0", digits.count <= 6,
              digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(digits)
    }
}

/// Taylor shifts f(k + Δ) = Σ_{n≥0} Δⁿ/n! ∂ⁿf/∂kⁿ in the derivative atoms of `SymbolicFunction`.
public enum TaylorShift {
    /// f(k + Δ) = Σ_{n=0}^{terms} Δⁿ/n! f_n for a scalar f and a polynomial Δ (no truncation
    /// beyond dropping n > terms; exact when f is a polynomial of degree ≤ terms).
    public static func shift(_ f: SymbolicFunction, by delta: Polynomial, terms: Int) throws -> Polynomial {
        guard f.kind == .scalar else { throw AlgebraError.undefined("\(f.name) is a vector function; use shiftVector or shift(_:dottedWith:…)") }
        return try sum(delta: delta, terms: terms) { n in Polynomial(f.derivative(n)) }
    }

    /// h(k + Δ) = Σ_{n=0}^{terms} Δⁿ/n! h_n for a vector h and a polynomial Δ.
    public static func shiftVector(_ h: SymbolicFunction, by delta: Polynomial, terms: Int) throws -> VectorExpression {
        guard h.kind == .vector else { throw AlgebraError.undefined("\(h.name) is a scalar function; use shift") }
        var result = VectorExpression.zero
        var power = Polynomial.one, inverseFactorial = Rational.one
        for n in 0...max(terms, 0) {
            if n > 0 {
                power = try power * delta
                inverseFactorial = try inverseFactorial / Rational(n)
            }
            result = try result + power.scaled(by: inverseFactorial) * h.derivativeVector(n)
        }
        return result
    }

    /// f(k + Δ) for a scalar f and a series Δ without terms of order ≤ 0, known through
    /// min(N_Δ, maxOrder) (the expansion stops once Δⁿ vanishes at that order).
    public static func shift(_ f: SymbolicFunction, by delta: LaurentSeries, maxOrder: Int? = nil) throws -> LaurentSeries {
        guard f.kind == .scalar else { throw AlgebraError.undefined("\(f.name) is a vector function; use shift(_:dottedWith:…)") }
        return try series(delta: delta, maxOrder: maxOrder) { n in Polynomial(f.derivative(n)) }
    }

    /// X·h(k + Δ) = Σ Δⁿ/n! dot(X, h_n) for a vector h (series Δ as in `shift(_:by:maxOrder:)`).
    public static func shift(_ h: SymbolicFunction, dottedWith x: String, by delta: LaurentSeries, maxOrder: Int? = nil,
                             in space: Vector3Space) throws -> LaurentSeries {
        guard h.kind == .vector else { throw AlgebraError.undefined("\(h.name) is a scalar function; use shift") }
        return try series(delta: delta, maxOrder: maxOrder) { n in space.dot(x, h.derivativeName(n)) }
    }

    /// The total k-derivative d/dk: ∂/∂k plus the chain rule through every derivative atom,
    /// f_n → f_{n+1} for scalar functions and h_n → h_{n+1} inside each `dot`/`triple`
    /// argument for vector functions (product rule over the arguments).
    public static func totalDerivative(_ p: Polynomial, k: Symbol, functions: [SymbolicFunction],
                                       in space: Vector3Space = Vector3Space()) throws -> Polynomial {
        var parts: [Polynomial] = []
        for s in p.symbols {
            let inner = try atomDerivative(s, k: k, functions: functions, space: space)
            if inner.isZero { continue }
            parts.append(try p.derivative(with: s) * inner)
        }
        return try space.normalized(Polynomial.sum(parts))
    }

    // MARK: - Implementation

    static func atomDerivative(_ s: Symbol, k: Symbol, functions: [SymbolicFunction], space: Vector3Space) throws -> Polynomial {
        if s == k { return .one }
        func next(_ spelling: String, _ kind: SymbolicFunction.Kind) -> String? {
            for f in functions where f.kind == kind {
                if let n = f.derivativeOrder(of: spelling) { return f.derivativeName(n + 1) }
            }
            return nil
        }
        if let (kind, arguments) = Vector3Space.decompose(s) {
            var parts: [Polynomial] = []
            for (i, a) in arguments.enumerated() {
                guard let b = next(a, .vector) else { continue }
                var replaced = arguments
                replaced[i] = b
                parts.append(kind == "dot" ? space.dot(replaced[0], replaced[1])
                                           : space.triple(replaced[0], replaced[1], replaced[2]))
            }
            return Polynomial.sum(parts)
        }
        if let b = next(s.name, .scalar) { return Polynomial(Symbol(b)) }
        return .zero
    }

    static func sum(delta: Polynomial, terms: Int, atom: (Int) throws -> Polynomial) throws -> Polynomial {
        var parts: [Polynomial] = []
        var power = Polynomial.one, inverseFactorial = Rational.one
        for n in 0...max(terms, 0) {
            if n > 0 {
                power = try power * delta
                inverseFactorial = try inverseFactorial / Rational(n)
            }
            parts.append(try (power * atom(n)).scaled(by: inverseFactorial))
        }
        return Polynomial.sum(parts)
    }

    static func series(delta: LaurentSeries, maxOrder: Int?, atom: (Int) throws -> Polynomial) throws -> LaurentSeries {
        if let v = delta.valuation, v < 1 {
            throw AlgebraError.undefined("a Taylor shift by Δ with a term \(delta.variable)^\(v) (order ≤ 0) does not truncate")
        }
        guard let order = minimumOrder(delta.maxOrder, maxOrder) else {
            throw AlgebraError.undefined("a Taylor shift by an exact series needs maxOrder")
        }
        let d = delta.truncated(maxOrder: order)
        var total = try LaurentSeries(atom(0), in: delta.variable, maxOrder: order)
        var power = LaurentSeries.one(in: delta.variable).truncated(maxOrder: order)
        var inverseFactorial = Rational.one, n = 0
        while true {
            n += 1
            power = try (power * d).truncated(maxOrder: order)
            if power.isZero { break }
            inverseFactorial = try inverseFactorial / Rational(n)
            total = try total + power.multiplied(by: atom(n).scaled(by: inverseFactorial))
        }
        return total.truncated(maxOrder: order)
    }
}
