import Algebra
import Dirac

/// `verify trace '<expression>'`: the canonical value of a trace or product of traces.
enum TraceCommand {
    static let help = """
    usage: verify trace [--scalars m,cV,...] '<expression>'

    Prints the canonical value of a Dirac trace (or of a product of traces, whose repeated
    Lorentz indices are contracted) in the tool's plain-text notation.

    syntax:
      tr(p1 p2 p3 p4)        juxtaposition is the matrix product; a plain name is a slashed 4-vector
      g0 g1 g2 g3 / g_0..g_3  fixed-index gamma^mu / gamma_mu;  g5 = i g0 g1 g2 g3
      g(mu)                  gamma^mu with a summed Lorentz index (use each index twice)
      sigma(mu,nu)           sigma^{mu nu} = (i/2)[gamma^mu, gamma^nu]; also sigma(mu,p) = sigma^{mu nu} p_nu
      (p1 + m) 2*p1 I        sums, scalar factors, the imaginary unit; every name is a 4-vector
                             except m, M and the names given with --scalars
    output:
      a.b                    Minkowski product a^mu b_mu
      eps(a,b,c,d)           eps_{mu nu rho sigma} a^mu b^nu c^rho d^sigma, with eps^{0123} = +1
      e0..e3                 frame vectors (e_mu)^nu = delta_mu^nu, so e3.p = p_3 = -p^3
    conventions: \(Conventions.summary)
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        var scalars: Set<String> = ["m", "M"]
        var expression: String?
        var index = 0
        while index < arguments.count {
            let a = arguments[index]
            switch a {
            case "--help", "-h":
                print(help)
                return 0
            case "--scalars":
                index += 1
                guard index < arguments.count else { throw UsageError(description: "--scalars needs a comma-separated list") }
                scalars.formUnion(arguments[index].split(separator: ",").map(String.init))
            default:
                if a.hasPrefix("--") { throw UsageError(description: "unknown option '\(a)' for 'verify trace'") }
                guard expression == nil else { throw UsageError(description: "give one expression (quote it): unexpected '\(a)'") }
                expression = a
            }
            index += 1
        }
        guard let text = expression else { throw UsageError(description: "verify trace needs an expression, e.g. verify trace 'tr(p1 p2)'") }
        let parser = DiracParser(context: DiracParseContext(anyLowercaseIsVector: true, scalars: scalars))
        let value: DiracParser.Value
        do {
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
        print(PlainTextPrinter.factoredText(scalar))
        return 0
    }
}
