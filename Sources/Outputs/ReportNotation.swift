import Algebra
import Derivation
import Dirac

/// The paper's notation for the report: symbol names in LaTeX and the layout of long formulas.
public enum ReportNotation {
    /// Engine spelling → LaTeX (primes carry over: `Om'` → `\Omega'`).
    public static let names: [String: String] = [
        "Om": "\\Omega", "B": "\\hat{B}", "cV": "c_V", "cA": "c_A", "F2": "F_2", "GF": "G_F",
        "pm": "\\pm", "mp": "\\mp", "gA": "g_A", "sw2": "\\sin^2\\theta_W", "mup": "\\mu_p", "mun": "\\mu_n",
        "q0": "q_0", "qv": "q",
        // Stages 2 and 3
        "muBB": "\\mu_B B", "muN": "\\mu_N", "S0": "S_0", "pi": "\\pi", "p2": "p^2", "deltax": "\\delta x",
        "delta": "\\delta", "epsilon": "\\varepsilon", "muP": "\\mu'", "sqrt2": "\\sqrt{2}",
        "expq0T": "e^{-q_0/T}", "f0": "f^{(0)}_\\nu", "f0p": "f^{(0)}_\\nu(k')",
        "f0_1": "\\partial f^{(0)}_\\nu/\\partial k", "f0_2": "\\partial^2 f^{(0)}_\\nu/\\partial k^2",
        "f0_3": "\\partial^3 f^{(0)}_\\nu/\\partial k^3",
        "g_1": "\\partial g/\\partial k", "g_2": "\\partial^2 g/\\partial k^2", "g_3": "\\partial^3 g/\\partial k^3",
        "h_1": "\\partial h/\\partial k", "h_2": "\\partial^2 h/\\partial k^2", "h_3": "\\partial^3 h/\\partial k^3",
    ]

    /// The report's printer: B̂ written last in a dot product (Ω·B̂, as the paper writes it).
    public static let printer: LaTeXPrinter = {
        var p = LaTeXPrinter(names: names)
        p.trailingVectors = [PaperSymbols.bHat]
        return p
    }()

    /// The paper's order in a sum of couplings: c_V before c_A (`c_V^{2} + 5 c_A^{2}`, one spelling of C5).
    public static let sumOrder = [PaperSymbols.cV, PaperSymbols.cA]

    /// Spins and the paper's ± outside, 3-vector invariants inside, couplings as coefficients.
    public static var layout: LaTeXLayout {
        let spins: Set<Symbol> = [PaperSymbols.s, PaperSymbols.sPrime]
        var layout = LaTeXLayout(printer: printer,
                                 isOuter: { spins.contains($0) },
                                 isInner: { Vector3Space.decompose($0) != nil || LorentzInvariants.decompose($0) != nil },
                                 signSymbol: PaperSymbols.pm)
        layout.sumOrder = sumOrder
        return layout
    }

    /// A display-math block on its own lines (GitHub, KaTeX and MathJax read `$$…$$`).
    public static func display(_ body: String) -> String {
        "$$\n\(body)\n$$\n"
    }

    /// A polynomial as a display block in the paper's notation.
    public static func display(_ p: Polynomial) -> String {
        display(layout.render(p))
    }

    /// `p` laid out by `layout` with the terms where it differs from `reference` boxed (printed and
    /// derived side by side, the differences in place).
    public static func display(_ p: Polynomial, against reference: Polynomial, layout: LaTeXLayout = layout, name: String = "") -> String {
        var marking = layout
        marking.reference = reference
        return display(name + marking.render(p))
    }

    /// The sentence under a pair shown with `display(_:against:)`, from the computed difference.
    public static func boxedNote(_ a: Polynomial, _ b: Polynomial) -> String {
        (a - b).isZero ? "" : "\nBoxed: the terms where printed and derived differ as written.\n"
    }

    /// Inline math.
    public static func inline(_ body: String) -> String { "$\(body)$" }

    /// ν / ν̄ in LaTeX.
    public static func particle(_ p: Particle?) -> String {
        switch p {
        case .nu?: return "$\\nu$"
        case .nubar?: return "$\\bar\\nu$"
        case nil: return ""
        }
    }

    /// The reading of Eq. (2) in LaTeX.
    public static func reading(_ r: DensityMatrix.Reading) -> String {
        let g3 = r.gamma3Upper ? "\\gamma^3" : "\\gamma_3"
        let pg = r.spatialGammaUpper ? "p^i\\gamma^i" : "p^i\\gamma_i"
        let p3 = r.p3Lower ? "p_3" : "p^3"
        return "\\tfrac12\\big[(1 - s\\gamma_5\\,\(g3))(1 + \\gamma^0 + \(pg)/m) - s\\,(\(p3)/m)\\,\\gamma_5(1 + \\gamma^0)\\big]"
    }

    /// Text safe inside a Markdown table cell or paragraph (a code span, `|` escaped).
    public static func code(_ s: String) -> String {
        let fence = s.contains("`") ? "``" : "`"
        return fence + (fence == "``" ? " " : "") + s.replacing("|", with: "\\|")
            + (fence == "``" ? " " : "") + fence
    }
}
