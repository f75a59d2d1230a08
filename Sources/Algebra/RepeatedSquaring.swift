/// base^e for e ≥ 0 by repeated squaring: the one loop behind `BigInt.power`, `Rational.power`,
/// `Polynomial.power` and the expression parser's budgeted power (whose `multiply` charges each
/// product to its work budget before forming it).
func repeatedSquaring<T, Failure: Error>(_ base: T, _ e: Int, one: T, multiply: (T, T) throws(Failure) -> T) throws(Failure) -> T {
    precondition(e >= 0, "repeatedSquaring: negative exponent")
    var result = one, base = base, e = e
    while e > 0 {
        if e & 1 == 1 { result = try multiply(result, base) }
        e >>= 1
        if e > 0 { base = try multiply(base, base) }
    }
    return result
}
