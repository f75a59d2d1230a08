import Algebra

/// An exact coefficient polynomial made numeric for the k-quadrature: every symbol except at most
/// four `variables` is replaced by its value once, and the terms keep only the variables'
/// exponents, so one evaluation is a short sum of products. A symbol with no value is an error
/// naming it.
public struct CompiledCoefficient: Sendable {
    public let variables: [Symbol]
    /// The coefficients with the constants folded in, and the exponents of the variables
    /// (lanes beyond `variables.count` are 0).
    let coefficients: [Double]
    let exponents: [SIMD4<Int32>]

    public init(_ p: Polynomial, constants: [Symbol: Double], variables: [Symbol]) throws {
        guard variables.count <= 4 else { throw AlgebraError.undefined("Fig. 1: at most four variables in a compiled coefficient") }
        self.variables = variables
        var coefficients: [Double] = [], exponents: [SIMD4<Int32>] = []
        for t in p.terms {
            var c = t.coefficient.doubleValue
            var e = SIMD4<Int32>(repeating: 0)
            for power in t.monomial.powers {
                if let i = variables.firstIndex(of: power.symbol) {
                    e[i] = Int32(power.exponent)
                } else if let x = constants[power.symbol] {
                    c *= Self.power(x, Int32(power.exponent))
                } else {
                    throw AlgebraError.undefined("Fig. 1: no numeric value for the symbol \(power.symbol.name) of a coefficient")
                }
            }
            coefficients.append(c)
            exponents.append(e)
        }
        self.coefficients = coefficients
        self.exponents = exponents
    }

    /// The value at `values` (lane i is the value of `variables[i]`).
    public func callAsFunction(_ values: SIMD4<Double>) -> Double {
        var total = 0.0
        for (c, e) in zip(coefficients, exponents) {
            total += c * Self.power(values[0], e[0]) * Self.power(values[1], e[1]) * Self.power(values[2], e[2])
                * Self.power(values[3], e[3])
        }
        return total
    }

    @inline(__always) static func power(_ x: Double, _ e: Int32) -> Double {
        if e == 0 { return 1 }
        if e == 1 { return x }
        var result = 1.0
        let base = e < 0 ? 1 / x : x
        for _ in 0..<e.magnitude { result *= base }
        return result
    }
}
