import Algebra
import Derivation
import Dirac

/// `verify traces --show <id>` for every stage: Stage 1 ids as before, Stage 2 ids (eq15, eq15.x0,
/// eq19 … eq23 with .nu/.nubar, check.eq9-form.*), Stage 3 ids (eq18, eq32 … eq37, check.*) and
/// Stage 4 ids (eq39 … eq45, check.eq4x.grouping, check.eq40.printed, check.equilibrium.*).
extension DerivationSteps {
    /// Every row id of the three stages and every prefix before a `.`.
    public static func knownIDs(_ v: Verification) -> [String] {
        var ids = Set<String>()
        for row in v.rows {
            ids.insert(row.id)
            var prefix = Substring(row.id)
            while let dot = prefix.lastIndex(of: ".") {
                prefix = prefix[..<dot]
                ids.insert(String(prefix))
            }
        }
        return ids.sorted()
    }

    /// The steps for `id` (a row id or a prefix such as `eq22` or `check`), stage by stage, or nil
    /// when no row matches.
    public static func text(id: String, verification v: Verification) throws -> String? {
        func matches(_ row: CheckRow) -> Bool { row.id == id || row.id.hasPrefix(id + ".") }
        let rows1 = v.stage1.rows.filter(matches), rows2 = v.stage2.rows.filter(matches), rows3 = v.stage3.rows.filter(matches)
        let rows4 = v.stage4.rows.filter(matches)
        guard !(rows1.isEmpty && rows2.isEmpty && rows3.isEmpty && rows4.isEmpty) else { return nil }
        var parts: [String] = []
        if !rows1.isEmpty, let text = try stage1Text(rows: rows1, seeds: v.seeds.stage1, result: v.stage1) { parts.append(text) }
        if !rows2.isEmpty { parts.append(try stage2Text(rows: rows2, v: v)) }
        if !rows3.isEmpty { parts.append(try stage3Text(rows: rows3, v: v)) }
        if !rows4.isEmpty { parts.append(try stage4Text(rows: rows4, v: v)) }
        return parts.joined(separator: "\n")
    }

    /// Stage 1 for exactly these rows (an id such as `check` spans several stages).
    static func stage1Text(rows: [CheckRow], seeds: SeedFile, result: Stage1Check.Result) throws -> String? {
        if rows.count == 1 { return try text(id: rows[0].id, seeds: seeds, result: result) }
        let ids = Set(rows.map(\.id))
        // The longest common prefix that selects exactly these rows, else each row on its own.
        var prefix = rows[0].id
        while !prefix.isEmpty {
            let selected = Set(result.rows.map(\.id).filter { $0 == prefix || $0.hasPrefix(prefix + ".") })
            if selected == ids { return try text(id: prefix, seeds: seeds, result: result) }
            guard let dot = prefix.lastIndex(of: ".") else { break }
            prefix = String(prefix[..<dot])
        }
        return try rows.compactMap { try text(id: $0.id, seeds: seeds, result: result) }.joined(separator: "\n")
    }

    // MARK: - Stage 2

    static func stage2Text(rows: [CheckRow], v: Verification) throws -> String {
        let seeds = v.seeds.stage2
        let d = v.stage2.derivation
        let steps = d.record
        var out = "steps of \(rows.map(\.id).joined(separator: ", ")): astro-ph/0307006, Stage 2 (rate of Eq. (9), nondegenerate nucleons)\n"
        out += "conventions: \(Conventions.summary)\n"
        out += "\n[1] inputs (seeds/stage2.claims)\n"
        out += "  (A3) p_min^2 = \(PlainTextPrinter.factoredText(steps.pMin2.value))\n"
        out += "  E(p) = \(PlainTextPrinter.text(try seeds.polynomial("eqA4.energy")))  (text below (A4))\n"
        out += "  Eq. (14) nondegenerate (A12): S_ss' = \(PlainTextPrinter.text(try seeds.polynomial("eq14.nondegenerate")))\n"
        out += "  (A13): P -> c q with c = \(PlainTextPrinter.factoredText(steps.substitutionFactor.value))\n"
        out += "\n[2] x_min = (E(p_min) - muN)/T, exact in muB B:\n"
        out += "  \(PlainTextPrinter.text(d.xMin))\n"
        out += "  x0 (muB B^0 part) = \(PlainTextPrinter.factoredText(d.x0))\n"
        out += "  delta x (muB B^1 part) = \(PlainTextPrinter.factoredText(d.deltaX))\n"
        let onlyEq15 = rows.allSatisfy { $0.id.hasPrefix("eq15") || $0.id == "check.eq15.reading" }
        if !onlyEq15 {
            out += "\n[3] response factor S_ss'/S0 = 1 - delta x = \(PlainTextPrinter.text(steps.response.value))\n"
            out += "\n[4] P-substitution factor c(s,s') = \(PlainTextPrinter.text(steps.substitutionFactor.value)) (P -> c q, times S_ss'/S0)\n"
            let particles = particlesOf(rows)
            for particle in particles {
                let s = steps.particles[particle]!
                out += "\n[5] Stage 1 |M_ss'|^2 (\(particle.rawValue), derived): m^0 part \(s.leading.value.terms.count) terms, "
                out += "q part \(s.qPart.value.terms.count), P part \(s.pPart.value.terms.count)\n"
                out += "  P part after P -> c q: \(s.pSubstituted.value.terms.count) terms\n"
                out += "    \(shown(s.pSubstituted.value))\n"
                out += "  spin-summed leading part x k'^2/(2 pi)^3 S0, to O(muB B): \(s.summedLeading.value.terms.count) terms\n"
                out += "    \(PlainTextPrinter.factoredText(s.summedLeading.value))\n"
                out += "  spin-summed weak-magnetism part (q and P), to O(muB B): \(s.summedWeakMagnetism.value.terms.count) terms\n"
                out += "    \(PlainTextPrinter.factoredText(s.summedWeakMagnetism.value))\n"
                let c = d.coefficients[particle]!
                out += "\n[6] Eq. (9) coefficients (\(particle.rawValue)), with q.B = k Om.B - k' Om'.B:\n"
                for (name, x) in [("A0 (Eq. 19)", c.A0), ("dA, coefficient of Om.B (Eq. 20)", c.deltaAOmega),
                                  ("dA, coefficient of Om'.B (Eq. 20, lower sign)", c.deltaAOmegaPrime),
                                  ("A0^WM (Eq. 21)", c.A0WM), ("dB^WM (Eq. 22)", c.deltaBWM), ("dC^WM (Eq. 23)", c.deltaCWM)] {
                    out += "  \(name) = \(PlainTextPrinter.factoredText(x))\n"
                }
                out += "  rest (not of the form of Eq. 9) = \(PlainTextPrinter.text(d.remainders[particle]!))\n"
            }
        }
        out += "\n[7] compared"
        out += onlyEq15 ? "\n" : " in the kinematic normal form (q0 = k - k', mu' = (k^2 + k'^2 - q^2)/(2kk'), "
            + "q.Om = (k^2 - k'^2 + q^2)/(2k), q.Om' = (k^2 - k'^2 - q^2)/(2k'), q^2 = dot(q,q))\n"
        for row in rows {
            out += "  \(row.id): \(row.verdict.rawValue)\(row.note.map { " (\($0))" } ?? "")\n"
            let pair = v.stage2.comparisons[row.id]
            if let pair {
                out += "    derived: \(PlainTextPrinter.factoredText(pair.derived))\n"
                out += "    printed: \(PlainTextPrinter.factoredText(pair.printed))\n"
                if row.kind == .claim && row.particle != nil, let derived = row.derived, let printed = row.printed {
                    out += "    derived (normal form): \(PlainTextPrinter.factoredText(derived))\n"
                    out += "    printed (normal form): \(PlainTextPrinter.factoredText(printed))\n"
                }
            }
            out += "    difference (derived - printed): \(row.difference.map(DifferenceText.text) ?? "0")\n"
        }
        return out
    }

    // MARK: - Stage 3

    static func stage3Text(rows: [CheckRow], v: Verification) throws -> String {
        let d = v.stage3.derivation
        let steps = d.record
        var out = "steps of \(rows.map(\.id).joined(separator: ", ")): astro-ph/0307006, Stage 3 (first moment, Eq. (31))\n"
        out += "conventions: \(Conventions.summary)\n"
        out += "\n[1] kinematics of Eq. (17): delta = (T/m)^(1/2), w = (1 - mu')^(1/2), m = T/delta^2\n"
        out += "  eps = \(PlainTextPrinter.text(steps.epsilon.value))\n"
        out += "  k' = \(PlainTextPrinter.text(steps.kPrime.value))\n"
        out += "  q0 = k - k' = \(PlainTextPrinter.text(steps.q0.value))\n"
        out += "  mu' = \(PlainTextPrinter.text(steps.muPrime.value))\n"
        out += "  q^2 = 2 k^2 w^2 D = \(PlainTextPrinter.text(steps.q2.value)), D = \(PlainTextPrinter.text(steps.D.value))\n"
        out += "\n[2] S0 bracket from the exact nondegenerate form of Eq. (18), to O(delta^\(Stage3Derivation.workingOrder)):\n"
        for (exponent, coefficient) in d.s0Bracket.terms {
            out += "  delta^\(exponent): \(shown(coefficient))\n"
        }
        let onlyEq18 = rows.allSatisfy { $0.id == "eq18" }
        if !onlyEq18 {
            out += "\n[3] kernel C df(k',Om') + D df(k,Om) (Eqs. 26-28, Taylor-expanded about k):\n"
            for (exponent, coefficient) in steps.kernel.value.terms {
                out += "  delta^\(exponent): \(coefficient.terms.count) terms: \(shown(coefficient))\n"
            }
            for particle in particlesOf(rows) {
                let s = steps.particles[particle]!
                out += "\n[4] \(particle.rawValue): rate/S0 of Eq. (9) in delta: "
                out += s.rateOverS0.value.terms.map { "delta^\($0.exponent): \($0.coefficient.terms.count) terms" }.joined(separator: ", ") + "\n"
                out += "  integrand (rate/S0) x bracket x kernel through delta^\(Stage3Derivation.keptOrder): "
                out += s.integrand.value.terms.map { "delta^\($0.exponent): \($0.coefficient.terms.count) terms" }.joined(separator: ", ") + "\n"
                out += "  after the Gaussian u-integration: "
                out += s.averaged.value.terms.map { "delta^\($0.exponent): \($0.coefficient.terms.count) terms" }.joined(separator: ", ")
                out += " (orders present: \(d.ordersAfterU[particle]!.map(String.init).joined(separator: ", ")))\n"
                out += "  mu' integrals, lowest power of w after the Jacobian 2w dw: "
                out += s.lowestAngularExponent.keys.sorted().map { "delta^\($0): w^\(s.lowestAngularExponent[$0]!)" }.joined(separator: ", ") + "\n"
                out += "\n[5] V (\(particle.rawValue)) per order, after the azimuth, mu' and the first moment over Om:\n"
                for order in d.moments[particle]!.keys.sorted() {
                    out += "  delta^\(order): \(vectorText(d.moments[particle]![order]!))\n"
                }
            }
            out += "\n  lowest power of w over all mu' integrals: \(d.lowestAngularExponent) (integrable iff > -1)\n"
        }
        out += "\n[6] compared\n"
        for row in rows {
            out += "  \(row.id): \(row.verdict.rawValue)\(row.note.map { " (\($0))" } ?? "")\n"
            if row.id == "eq18" {
                out += "    derived (through delta^1): \(PlainTextPrinter.text(v.stage3.bracket.derived))\n"
                out += "    printed (eps = 2 w delta): \(PlainTextPrinter.text(v.stage3.bracket.printed))\n"
            }
            if let c = Stage3Check.combinations.first(where: { $0.id == row.id }), let sides = v.stage3.comparisons[row.id] {
                out += "    combination: delta^\(c.order) x (1/2)(V_nu \(c.sign > 0 ? "+" : "-") V_nubar), muB B^\(c.field) part"
                out += c.keepsG ? "; g-terms compared\n" : "\n"
                out += "    derived: \(vectorText(sides.derived))\n"
                out += "    printed (m = T/delta^2): \(vectorText(sides.printed))\n"
                if c.keepsG {
                    let rest = v.stage3.omitted[row.id] ?? .zero
                    out += "    omitted (not compared): \(rest.isZero ? "none" : vectorText(rest))\n"
                }
            }
            if row.kind == .claim || row.difference != nil {
                out += "    difference (derived - printed): \(row.difference.map(DifferenceText.text) ?? "0")\n"
            }
        }
        return out
    }

    static func particlesOf(_ rows: [CheckRow]) -> [Particle] {
        let named = Set(rows.compactMap(\.particle))
        return named.isEmpty ? Particle.allCases : Particle.allCases.filter { named.contains($0) }
    }

    /// A 3-vector as `(coefficient)*X + …` in the plain-text syntax.
    static func vectorText(_ v: VectorExpression) -> String {
        if v.isZero { return "0" }
        return v.terms.map { "(\(PlainTextPrinter.factoredText($0.coefficient)))*\($0.basis.description)" }.joined(separator: " + ")
    }
}
