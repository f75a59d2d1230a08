import Algebra
import Dirac

/// `verify trace '<expression>'`: the canonical value of a trace or product of traces.
enum TraceCommand {
    static let help = """
    usage: verify trace [--scalars m,cV,...] [--indices mu,nu,...] [--max-terms N] '<expression>'

    Prints the canonical value of a Dirac trace (or of a product of traces, whose repeated
    Lorentz indices are contracted) in the tool's plain-text notation.

    syntax:
      tr(p1 p2 p3 p4)        juxtaposition is the matrix product: tr(p1 (p2 + m)) = tr(p1 p2) + m tr(p1);
                             only tr, g, sigma, slash take arguments (p1(...) without a space is refused)
      g0 g1 g2 g3 / g_0..g_3  fixed-index gamma^mu / gamma_mu;  g5 = i g0 g1 g2 g3
      g(mu)                  gamma^mu with a summed Lorentz index
      sigma(x,y)             sigma^{x y} = (i/2)[gamma^x, gamma^y] with x, y indices or 4-vectors:
                             sigma(mu,p) = sigma^{mu nu} p_nu, sigma(a,b) = sigma^{mu nu} a_mu b_nu
      (p1 + m) 2*p1 I p1.p2  sums, scalar factors, the imaginary unit, Minkowski products, ^ on scalars and traces
    names:
      a name is a Lorentz index exactly when it appears in some g(...) or is listed with --indices
      (so in sigma(mu,nu) sigma(mu,nu), with mu and nu in no g(...), they are 4-vectors unless
      --indices mu,nu is given); m, M and the names given with --scalars are scalars; every other
      name that starts with a lowercase letter is a 4-vector, except misspelt gamma matrices
      (gamma5, g_5, g4, ...), which are refused, and any other name (P, Xy) is refused as unknown.
      A name used both as an index and as a vector or scalar is refused.
      An index appears at most twice in a term (twice: summed, once: free); the terms of a sum
      have the same free indices, and the result must have none.
    budget:
      every product, power and trace is estimated before it is expanded (a trace of n gamma
      matrices: (n-1)!! terms) and charged to one budget of term products held in memory,
      default \(Budget.defaultMaxTerms) (a 14-matrix trace fits); --max-terms N changes it. A whole input
      tr(p1 ... pn) of distinct 4-vectors is written as it is generated, holding no terms, and
      is charged one term product per \(Budget.streamedTermsPerTermProduct) terms (16 vectors fit, 18 do not).
      An exponent is at most 10000 as written and at most 1000000 in any result.
    output:
      a.b                    Minkowski product a^mu b_mu
      eps(a,b,c,d)           eps_{mu nu rho sigma} a^mu b^nu c^rho d^sigma, with eps^{0123} = +1
      e0..e3                 frame vectors (e_mu)^nu = delta_mu^nu, so e3.p = p_3 = -p^3
    conventions: \(Conventions.summary)
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        var scalars: Set<String> = ["m", "M"]
        var indices: Set<String> = []
        var maxTerms = Budget.defaultMaxTerms
        var expression: String?
        var index = 0
        while index < arguments.count {
            let a = arguments[index]
            switch a {
            case "--help", "-h":
                print(help)
                return 0
            case "--scalars", "--indices":
                let names = try Self.names(a, try CommandLineOptions.value(of: arguments, at: &index, needs: "a comma-separated list"))
                if a == "--scalars" { scalars.formUnion(names) } else { indices.formUnion(names) }
            case "--max-terms":
                maxTerms = try CommandLineOptions.maxTerms(of: arguments, at: &index)
            default:
                if a.hasPrefix("--") { throw UsageError(description: "unknown option '\(a)' for 'verify trace'") }
                guard expression == nil else { throw UsageError(description: "give one expression (quote it): unexpected '\(a)'") }
                expression = a
            }
            index += 1
        }
        if let name = indices.sorted().first(where: { $0.isEmpty || DiracParser.reservedNames.contains($0) }) {
            throw UsageError(description: "--indices: '\(name)' cannot be a Lorentz index")
        }
        // Regression: `--scalars e1` made the frame vector e1 a scalar, `--scalars I` and `g5` were ignored.
        if let name = scalars.sorted().first(where: { $0.isEmpty || DiracParser.reservedNames.contains($0) }) {
            throw UsageError(description: "--scalars: '\(name)' cannot be a scalar")
        }
        if let both = indices.intersection(scalars).sorted().first {
            throw UsageError(description: "'\(both)' is given both as a scalar and as an index")
        }
        guard let text = expression else { throw UsageError(description: "verify trace needs an expression, e.g. verify trace 'tr(p1 p2)'") }
        var context = DiracParseContext(anyLowercaseIsVector: true, scalars: scalars, indices: indices)
        context.budget = Budget(maxTerms: maxTerms, raiseHint: "raise it with --max-terms N")
        _ = try evaluate(text, context: context, to: StandardOutput.write)
        return 0
    }

    /// The names of a `--scalars` or `--indices` list; each must be one name of the syntax
    /// (regression: `--scalars p.q`, `'a b'`, `μ`, an empty item were accepted and meant nothing).
    static func names(_ option: String, _ list: String) throws -> [String] {
        try list.split(separator: ",", omittingEmptySubsequences: false).map { item in
            let name = String(item)
            var lexer = Lexer(name)
            guard let token = try? lexer.next(), token.kind == .identifier(name), (try? lexer.next())?.kind == .end else {
                throw UsageError(description: "\(option): '\(name)' is not a name (letters, digits, '_')")
            }
            return name
        }
    }

    /// Evaluates `text` and writes its value and a newline to `sink`; returns the number of
    /// terms. One trace of distinct slashed vectors is streamed (`TraceTextStream`, no terms
    /// held); everything else is parsed, traced and printed (`PlainTextPrinter.factoredText`).
    /// `verify bench` times this same function.
    static func evaluate(_ text: String, context: DiracParseContext,
                         to sink: (UnsafeRawBufferPointer) -> Void) throws -> Int {
        let parser = DiracParser(context: context)
        let value: DiracParser.Value
        do {
            var budget = context.budget
            if let streamed = try parser.streamableTrace(text, budget: &budget) {
                TraceTextStream.write(streamed, to: sink)
                return streamed.termCount
            }
            value = try parser.parse(text)
        } catch let error as ParseError {
            throw UsageError(description: "\(error.message)")
        }
        guard case .traced(let tensor) = value else {
            throw UsageError(description: "the expression is a Dirac matrix, not a number; wrap it in tr(...)")
        }
        guard let scalar = tensor.scalar else {
            throw UsageError(description: "free Lorentz index \(tensor.freeIndices.map { "'\($0)'" }.joined(separator: ", ")): every g(index) must appear twice")
        }
        var line = PlainTextPrinter.factoredText(scalar)
        line.append("\n")
        line.withUTF8 { sink(UnsafeRawBufferPointer($0)) }
        return scalar.terms.count
    }
}
