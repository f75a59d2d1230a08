import Algebra
import Derivation

/// Printed and derived side by side in the printed form's grouping (`PaperLayout`): both
/// decomposed along the same shape, the terms whose coefficients differ boxed in place, and a
/// sentence that counts them. Used for the claims of Stages 3 and 4 (Eqs. 32-37, 39, 41-45).
public struct PaperComparison {
    public let name: String
    public let printed: LaidOutFormula
    public let derived: LaidOutFormula
    /// The polynomials laid out (`printed.recombined()` and `derived.recombined()` give them back).
    public let printedPolynomial: Polynomial, derivedPolynomial: Polynomial
    /// The printed form's grouping, shared by both sides and by the difference.
    public let shape: PaperLayout.Shape
    let layout: PaperLayout

    /// The keys whose coefficients differ (a term present on one side only included).
    public var differing: Set<LaidOutFormula.Key> {
        var keys = Set(printed.terms.map(\.key)).union(derived.terms.map(\.key))
        keys = keys.filter { printed.coefficient(of: $0) != derived.coefficient(of: $0) }
        return keys
    }

    /// `transcription`: the printed entry as transcribed, whose leading sign the layout keeps.
    public init(name: String, printed: Polynomial, derived: Polynomial, transcription: String,
                layout: PaperLayout = PaperComparison.layout) throws {
        self.name = name
        printedPolynomial = printed
        derivedPolynomial = derived
        let negative = transcription.drop { $0 == " " || $0 == "\n" }.hasPrefix("-")
        let shape = try layout.shape(of: printed, negativePrefactor: negative)
        self.shape = shape
        self.layout = layout
        self.printed = try layout.layOut(printed, shape: shape)
        self.derived = try layout.layOut(derived, shape: shape)
    }

    /// A derived expression with no printed counterpart, in its own grouping (the same rules:
    /// (1 − 2f0) as a factor where it shortens, brackets dimensionless in units of k).
    public static func ownLayout(_ p: Polynomial, negativePrefactor: Bool = false) throws -> String {
        let layout = PaperComparison.layout
        return latex.render(try layout.layOut(p, shape: layout.shape(of: p, negativePrefactor: negativePrefactor)))
    }

    /// Markdown: the printed form, the derived one, both boxed where they differ, and the count.
    /// `derivedLabel` says which derivation (e.g. "under the paper's definitions (Eqs. 29-30)").
    public func markdown(derivedLabel: String = "", showPrinted: Bool = true) -> String {
        let marks = differing
        let latex = PaperComparison.latex
        var out = ""
        if showPrinted {
            out += "**Printed**, in its own grouping:\n\n"
            out += ReportNotation.display(name + " = " + latex.render(printed, marked: marks))
        }
        out += "\n**Derived**\(derivedLabel.isEmpty ? "" : " " + derivedLabel), in the printed grouping:\n\n"
        out += ReportNotation.display(name + " = " + latex.render(derived, marked: marks))
        out += "\n" + summary(marks) + "\n"
        return out
    }

    /// Derived − printed in the printed grouping (LaTeX), e.g. Eq. (41): k/(C5 m)[−6c_A²(1 − 2f0) + …].
    public func difference() throws -> LaidOutFormula {
        try layout.layOut(derivedPolynomial - printedPolynomial, shape: shape)
    }

    /// One sentence from the computed comparison.
    func summary(_ marks: Set<LaidOutFormula.Key>) -> String {
        let extra = derived.remainder.isZero ? "" : " The derived form has terms outside the printed grouping (boxed at the end)."
        if marks.isEmpty && derived.remainder == printed.remainder {
            return "Derived and printed agree term by term (\(printed.terms.count) term\(printed.terms.count == 1 ? "" : "s"))." + extra
        }
        let printedOnly = marks.filter { derived.coefficient(of: $0).isZero }.count
        let derivedOnly = marks.filter { printed.coefficient(of: $0).isZero }.count
        var parts = ["\(marks.count) of \(Set(printed.terms.map(\.key)).union(derived.terms.map(\.key)).count) terms differ (boxed)"]
        if derivedOnly > 0 { parts.append("\(derivedOnly) of them absent from the printed form") }
        if printedOnly > 0 { parts.append("\(printedOnly) absent from the derived form") }
        return parts.joined(separator: ", ") + "." + extra
    }

    // MARK: - The report's configuration

    /// Couplings (and C5 = c_V² + 5c_A², the paper's ± and ∓) stay in coefficients.
    static let coefficients: Set<Symbol> = [PaperSymbols.cV, PaperSymbols.cA, PaperSymbols.F2, Symbol("C5"), PaperSymbols.pm, PaperSymbols.mp]
    /// Unknown functions written on the right of a group: δf = g + 3Ω·h (Eq. 28) and δU_ν (Eq. 29).
    static let outerFunctions: Set<Symbol> = Set(["g", "g_1", "g_2", "g_3", "dU", "dU_1", "dU_2"].map(Symbol.init))
    static let k = Symbol("k")
    /// Energy dimensions inside the brackets (k, T, m, μ_B B: 1; a k-derivative of order n: −n).
    static let dimensions: [Symbol: Int] = {
        var table: [Symbol: Int] = [Symbol("k"): 1, Symbol("T"): 1, PaperSymbols.m: 1, Symbol("muBB"): 1, Symbol("dmu"): 1]
        for n in 1...3 {
            for f in ["f0", "g", "dU"] { table[Symbol("\(f)_\(n)")] = -n }
            for v in ["h", "W"] { table[Stage3ReportSection.basisSymbol(.vector("\(v)_\(n)"))] = -n }
        }
        return table
    }()

    public static var layout: PaperLayout {
        PaperLayout(isCoefficient: { coefficients.contains($0) },
                    isOuter: { outerFunctions.contains($0) || Stage3ReportSection.isBasis($0) },
                    isVector: Stage3ReportSection.isBasis,
                    dimension: { dimensions[$0] ?? 0 }, unit: k, combinable: Symbol("f0"))
    }

    public static var latex: PaperLayoutLaTeX {
        PaperLayoutLaTeX(printer: Stage4ReportSection.printer, sumOrder: [PaperSymbols.cV, PaperSymbols.cA],
                         collectedIn: PaperSymbols.F2, unit: k, dimension: { dimensions[$0] ?? 0 })
    }
}
