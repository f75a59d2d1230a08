import Algebra
import Derivation
import Dirac

/// Every intermediate expression of one Stage 1 claim, as plain text for `verify traces --show <id>`:
/// the inputs (Eq. 1 vertex, Eq. 2 density matrices in the reading used, lepton tensor), the hadron
/// tensor, L·H in Lorentz invariants, the kinematics, the 1/m expansion, the 3+1 split, the
/// normalization, the split into the m⁰ / q / P parts, the piece compared, printed and difference.
/// The steps are recomputed with the same public functions the derivation uses.
public enum DerivationSteps {
    /// Longest polynomial or tensor shown in full; longer ones show their first terms and a count.
    public static let maxShownTerms = 12

    /// The row ids `--show` accepts: every row id and every prefix before a `.` (`eq5`, `tr`).
    public static func knownIDs(_ result: Stage1Check.Result) -> [String] {
        var ids = Set<String>()
        for row in result.rows {
            ids.insert(row.id)
            if let dot = row.id.firstIndex(of: ".") { ids.insert(String(row.id[..<dot])) }
        }
        return ids.sorted()
    }

    /// The steps for `id` (a row id or a prefix such as `eq5`), or nil when no row matches.
    public static func text(id: String, seeds: SeedFile, result: Stage1Check.Result) throws -> String? {
        let rows = result.rows.filter { $0.id == id || $0.id.hasPrefix(id + ".") }
        guard !rows.isEmpty else { return nil }
        var out = "steps of \(rows.map(\.id).joined(separator: ", ")): astro-ph/0307006, Stage 1\n"
        out += "conventions: \(Conventions.summary)\n"
        if rows.allSatisfy({ $0.id == "eq2" }) {
            return out + (try densityMatrixSteps(seeds: seeds, result: result))
        }
        let particles = Set(rows.compactMap(\.particle)).isEmpty ? Particle.allCases
            : Particle.allCases.filter { p in rows.contains { $0.particle == p } }
        out += try chainSteps(seeds: seeds, result: result, particles: particles)
        out += "\n[9] compared\n"
        for row in rows {
            out += "  \(row.id): \(row.verdict.rawValue)\(row.note.map { " (\($0))" } ?? "")\n"
            if row.kind == .claim, let sides = result.comparisons[row.id] {
                out += "    derived: \(PlainTextPrinter.factoredText(sides.derived))\n"
                out += "    printed: \(PlainTextPrinter.factoredText(sides.printed))\n"
            }
            if row.kind == .symmetry, let equation = row.equation, let printed = result.printed[equation] {
                out += "    printed (pm form): \(PlainTextPrinter.factoredText(printed))\n"
            }
            let label = row.kind == .symmetry ? "T(x) - x" : "difference (derived - printed)"
            out += "    \(label): \(row.difference.map(DifferenceText.text) ?? "0")\n"
        }
        return out
    }

    static func densityMatrixSteps(seeds: SeedFile, result: Stage1Check.Result) throws -> String {
        var out = "\n[1] printed Eq. (2), transcription with placeholders G3 PG P3:\n"
        out += indent(Stage1ReportSection.transcription(try seeds.entry("eq2")))
        out += "\n[2] covariant projector (p + m)(1 + g5 S)/(2m), S = s(B + (p^3/m) e0), to O(1/m):\n"
        out += "  \(DiracPrinter.text(result.covariantProjector))\n"
        out += "\n[3] readings (tr[(printed - covariant) Gamma_A] over the 16 basis matrices):\n"
        for residual in result.readingResiduals {
            let c = residual.components
            out += "  \(residual.reading): \(c.isEmpty ? "agrees" : "\(c.count) components differ, first: \(PlainTextPrinter.text(c[0]))")\n"
        }
        if !result.readings.isEmpty {
            out += "\n[4] printed Eq. (2) in the agreeing reading:\n"
            out += "  \(DiracPrinter.text(result.derivation.initialDensity))\n"
        }
        for row in result.rows where row.id == "eq2" {
            out += "\n[5] eq2: \(row.verdict.rawValue)\(row.note.map { " (\($0))" } ?? "")\n"
        }
        return out
    }

    static func chainSteps(seeds: SeedFile, result: Stage1Check.Result, particles: [Particle]) throws -> String {
        let derivation = result.derivation
        let source = derivation.source
        var out = "\n[1] inputs\n"
        out += "  vertex Eq. (1), Gamma^mu = \(DiracPrinter.text(derivation.vertex))\n"
        out += source.reading.map { "  reading of Eq. (2): \($0)\n" } ?? "  u ubar: \(source) (no reading of Eq. (2) agrees)\n"
        out += "  rho(p, s)   = \(DiracPrinter.text(derivation.initialDensity))\n"
        out += "  rho(p', s') = \(DiracPrinter.text(derivation.finalDensity))\n"
        for particle in particles {
            out += "  lepton tensor L_{mu nu} (\(particle.rawValue)) = \(shown(derivation.particles[particle]!.leptonTensor))\n"
        }
        out += "\n[2] hadron tensor H^{mu nu} = tr[rho(p',s') Gamma^mu rho(p,s) bar(Gamma)^nu], truncated at O(1/m)\n"
        out += "  \(derivation.hadronTensor.terms.count) tensor structures, \(DiracPrinter.size(derivation.hadronTensor)) terms\n"
        out += "  \(shown(derivation.hadronTensor))\n"
        let w = SquaredMatrixElement.weights
        for particle in particles {
            let record = derivation.particles[particle]!
            let contracted = record.contracted
            out += "\n[3] L_{mu nu} H^{mu nu} (\(particle.rawValue)), Lorentz invariants: \(contracted.terms.count) terms\n"
            out += "  \(shown(contracted))\n"
            let expanded = record.expanded
            out += "\n[4] kinematics k = e0 + Om, k' = e0 + Om', qv = q0 e0 + q, p = (P - q)/2, p' = (P + q)/2 (\(particle.rawValue)): "
            out += "\(expanded.terms.count) terms\n"
            out += "  \(shown(expanded))\n"
            let truncated = record.truncated
            out += "\n[5] 1/m expansion, orders m^0 and m^-1 kept (q0 counts as 1/m): \(truncated.terms.count) terms "
            out += "(order 0: \(truncated.part(ofOrder: 0, weights: w).terms.count), "
            out += "order 1: \(truncated.part(ofOrder: 1, weights: w).terms.count); dropped: \(expanded.terms.count - truncated.terms.count))\n"
            let unnormalized = record.unnormalized
            out += "\n[6] 3+1 split into 3-vector invariants, times G_F^2/2 (\(particle.rawValue)): \(unnormalized.terms.count) terms\n"
            out += "  \(shown(unnormalized))\n"
        }
        out += "\n[7] normalization N = \(result.normalization), fixed once from the GF^2*cV^2 term of Eq. (4) "
        out += "(unit-normalized spinors: \(Stage1Derivation.unitSpinorNormalization))\n"
        for particle in particles {
            let pieces = result.pieces[particle]!
            out += "\n[8] |M_ss'|^2 (\(particle.rawValue)) = N x [6], split into parts: m^0 \(pieces.leading.terms.count) terms, "
            out += "linear in q \(pieces.q.terms.count), linear in P \(pieces.P.terms.count), other O(1/m) \(pieces.remainder.terms.count)\n"
            out += "  m^0 part (Eq. 4): \(PlainTextPrinter.factoredText(pieces.leading))\n"
            out += "  q part (Eq. 5):   \(PlainTextPrinter.factoredText(pieces.q))\n"
            out += "  P part (Eq. 6):   \(PlainTextPrinter.factoredText(pieces.P))\n"
            if !pieces.remainder.isZero { out += "  other:            \(PlainTextPrinter.text(pieces.remainder))\n" }
        }
        return out
    }

    /// The first `maxShownTerms` terms of a polynomial and a count of the rest.
    static func shown(_ p: Polynomial) -> String {
        guard p.terms.count > maxShownTerms else { return PlainTextPrinter.text(p) }
        let head = Polynomial.filtered(p) { t in p.terms.prefix(maxShownTerms).contains(t) }
        return PlainTextPrinter.text(head) + " + ... (\(p.terms.count - maxShownTerms) more terms)"
    }

    static func shown(_ t: TensorExpression) -> String {
        let text = DiracPrinter.text(t)
        guard DiracPrinter.size(t) > maxShownTerms else { return text }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 1200 else { return text }
        var head = String.UnicodeScalarView()
        head.append(contentsOf: scalars[0..<1200])
        return String(head) + " ... (\(DiracPrinter.size(t)) terms in all)"
    }

    static func indent(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
    }
}
