import Algebra

extension DiracParser {
    /// When the whole text is one trace of juxtaposed names, `tr(p1 p2 … pn)`, that are
    /// distinct slashed 4-vectors (n even), the string ready to be streamed by
    /// `TraceTextStream`, its work charged to `budget` as streamed (`Budget.chargeStreamed`);
    /// nil for any other text, which `parse` then evaluates. Names are read as `parse` reads
    /// them, and a refusal has the same `line:column` (the `tr`).
    public func streamableTrace(_ text: String, budget: inout Budget) throws -> DistinctVectorTrace? {
        var state = DiracParserState(text: text, context: context)
        guard state.lexError == nil, state.tokens.count >= 4 else { return nil }
        let tokens = state.tokens
        guard tokens[0].kind == .identifier("tr"), tokens[1].isPunctuation("("),
              tokens[tokens.count - 2].isPunctuation(")"), tokens[tokens.count - 1].kind == .end,
              tokens[2..<(tokens.count - 2)].allSatisfy({ if case .identifier = $0.kind { true } else { false } })
        else { return nil }
        let at = tokens[0]
        state.budget = budget
        try state.advance()
        try state.advance()
        let inner = try state.sum(depth: 1)
        try state.expect(")")
        guard state.token.kind == .end, case .dirac(let string) = inner.value,
              let trace = DistinctVectorTrace(string) else { return nil }
        do {
            try state.budget.chargeStreamed(trace.termCount, for: "the trace of \(trace.names.count) matrices")
        } catch {
            throw state.error("\(error)", at: at)
        }
        budget = state.budget
        return trace
    }
}
