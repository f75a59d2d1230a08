import Algebra

/// The arithmetic of the Dirac parser on its operands: every step that can grow is charged
/// to the parser's `Budget` first, every index count is checked, and every failure becomes a
/// `ParseError` at the operator.
extension DiracParserState {
    /// The scalar value of a term-free or identity-only Dirac value or of a fully contracted trace.
    func scalarValue(_ v: DiracParser.Value) -> Polynomial? {
        switch v {
        case .dirac(let d):
            if d.terms.isEmpty { return .zero }
            guard d.terms.count == 1, d.terms[0].string == GammaString([]) else { return nil }
            return d.terms[0].coefficient
        case .traced(let t): return t.scalar
        }
    }

    func negated(_ x: DiracOperand) -> DiracOperand {
        switch x.value {
        case .dirac(let d): return DiracOperand(value: .dirac(-d), indices: x.indices)
        case .traced(let t): return DiracOperand(value: .traced(-t), indices: x.indices)
        }
    }

    /// Runs `body`, turning any failure into a `ParseError` at `token`.
    func located<T>(at token: Token, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as ParseError {
            throw e
        } catch {
            throw self.error("\(error)", at: token)
        }
    }

    /// Σ summands (signs applied); `operators[k]` precedes `summands[k + 1]`. One accumulator.
    func add(_ summands: [DiracOperand], _ operators: [Token]) throws -> DiracOperand {
        let indices = summands.reduce(IndexCounts.none) { $0.larger($1.indices) }
        guard let firstTrace = summands.firstIndex(where: { if case .traced = $0.value { true } else { false } }) else {
            var pairs: [(GammaString, Polynomial)] = []
            for s in summands { if case .dirac(let d) = s.value { for t in d.terms { pairs.append((t.string, t.coefficient)) } } }
            return DiracOperand(value: .dirac(try located(at: operators[0]) { try DiracExpression(collecting: pairs) }), indices: indices)
        }
        var parts: [TensorExpression] = []
        for (k, s) in summands.enumerated() {
            switch s.value {
            case .traced(let t): parts.append(t)
            case .dirac:
                guard let c = scalarValue(s.value) else {
                    throw error("cannot add a trace and a Dirac matrix", at: operators[k == 0 ? firstTrace - 1 : k - 1])
                }
                parts.append(TensorExpression(c))
            }
        }
        return DiracOperand(value: .traced(try located(at: operators[0]) { try TensorExpression.sum(parts) }), indices: indices)
    }

    /// The index counts of a product, or an error naming an index used more than twice.
    func productIndices(_ a: DiracOperand, _ b: DiracOperand, at op: Token) throws -> IndexCounts {
        let indices = a.indices.adding(b.indices)
        if let (name, count) = indices.overused {
            throw error("Lorentz index '\(name)' would appear \(count) times in one term; an index may appear at most twice", at: op)
        }
        return indices
    }

    mutating func multiply(_ a: DiracOperand, _ b: DiracOperand, at op: Token) throws -> DiracOperand {
        let indices = try productIndices(a, b, at: op)
        var budget = self.budget
        defer { self.budget = budget }
        let value: DiracParser.Value = try located(at: op) {
            switch (a.value, b.value) {
            case let (.dirac(x), .dirac(y)): return .dirac(try x.multiplied(by: y, truncation: nil, budget: &budget))
            case let (.traced(x), .traced(y)): return .traced(try x.multiplied(by: y, budget: &budget))
            case let (.traced(x), .dirac):
                guard let s = scalarValue(b.value) else { throw error("a trace can only multiply scalars or other traces", at: op) }
                return .traced(try x.multiplied(by: TensorExpression(s), budget: &budget))
            case let (.dirac, .traced(y)):
                guard let s = scalarValue(a.value) else { throw error("a trace can only multiply scalars or other traces", at: op) }
                return .traced(try TensorExpression(s).multiplied(by: y, budget: &budget))
            }
        }
        return DiracOperand(value: value, indices: indices)
    }

    mutating func divide(_ a: DiracOperand, _ b: DiracOperand, at op: Token) throws -> DiracOperand {
        guard let d = scalarValue(b.value) else { throw error("division is only by a scalar", at: op) }
        if d.isZero { throw error("division by zero", at: op) }
        guard d.terms.count == 1 else { throw error("division by a sum is not exact", at: op) }
        let reciprocal = try located(at: op) { try Polynomial.one / d }
        return try multiply(a, DiracOperand(value: .dirac(DiracExpression(scalar: reciprocal)), indices: b.indices), at: op)
    }

    /// base^e for a scalar or a scalar trace, by repeated squaring with every product charged.
    mutating func raise(_ base: DiracOperand, to e: Int, at op: Token) throws -> DiracOperand {
        guard let s = scalarValue(base.value) else { throw error("only scalars and traces can be raised to a power", at: op) }
        let indices = base.indices.power(e)
        if let (name, count) = indices.overused {
            throw error("Lorentz index '\(name)' would appear \(count) or more times in one term; an index may appear at most twice", at: op)
        }
        if e < 0 && s.isZero { throw error("division by zero", at: op) }
        if e < 0 && s.terms.count > 1 { throw error("division by a sum is not exact", at: op) }
        var budget = self.budget
        defer { self.budget = budget }
        let result = try located(at: op) { () throws -> Polynomial in
            if s.terms.count <= 1 { return try s.power(e) }
            var result = Polynomial.one, square = s, n = e
            while n > 0 {
                if n & 1 == 1 {
                    try budget.charge(Saturating.product(result.terms.count, square.terms.count),
                                      for: "the power ^\(e) of \(s.terms.count) terms")
                    result = try result * square
                }
                n >>= 1
                if n > 0 {
                    try budget.charge(Saturating.product(square.terms.count, square.terms.count),
                                      for: "the power ^\(e) of \(s.terms.count) terms")
                    square = try square * square
                }
            }
            return result
        }
        switch base.value {
        case .dirac: return DiracOperand(value: .dirac(DiracExpression(scalar: result)), indices: indices)
        case .traced: return DiracOperand(value: .traced(TensorExpression(result)), indices: indices)
        }
    }
}
