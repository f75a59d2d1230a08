import Algebra
import Derivation
import Dirac
import Figure1

/// Renders the rows of `verify traces` as a text table or as the JSON of the output contract.
struct TracesReport {
    let rows: [CheckRow]
    let seedsPath: String
    let neglected: [String]
    /// nil when Stage 1 did not complete (an ERROR row says why).
    let normalization: Rational?

    var text: String {
        var out = "verify traces: astro-ph/0307006, Stages 1-4 (|M_ss'|^2, the rate of Eq. (9), the first moment of Eq. (31), the diffusion flux of Eq. (40)) and the O(T/m) check\n"
        out += "conventions: \(Conventions.summary)\n"
        out += "claims: \(seedsPath)/stage1.claims, stage2.claims, stage3.claims, stage4.claims\n\n"
        let header = ["id", "eq", "particle", "kind", "verdict", "seconds"]
        let body = rows.map { r in
            [r.id, r.equation ?? "-", r.particle?.rawValue ?? "-", r.kind.rawValue, r.verdict.rawValue, CFormat.string("%.3f", r.seconds)]
        }
        let widths = header.indices.map { c in ([header] + body).map { $0[c].count }.max()! }
        for line in [header] + body {
            out += line.enumerated().map { String.padded($0.element, toLength: widths[$0.offset]) }
                .joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        let mismatches = rows.filter { $0.difference != nil }
        if !mismatches.isEmpty {
            out += "\ndifferences (derived - printed; pm = +1 for nu, -1 for nubar):\n"
            for r in mismatches { out += "  \(r.id): \(DifferenceText.text(r.difference!))\n" }
        }
        let notes = rows.filter { $0.note != nil && ($0.kind == .claim || $0.verdict != .match) }
        if !notes.isEmpty {
            out += "\nnotes:\n"
            for r in notes { out += "  \(r.id): \(r.note!)\n" }
        }
        if let normalization {
            out += "\nnormalization: |M|^2 = \(normalization) x (G_F^2/2) L_{mu nu} H^{mu nu}, fixed once from the leading term\n"
        }
        out += "neglected at this order:\n"
        for n in neglected { out += "  - \(n)\n" }
        let counts = Dictionary(grouping: rows, by: \.verdict).mapValues(\.count)
        out += "\n\(counts[.match] ?? 0) MATCH, \(counts[.mismatch] ?? 0) MISMATCH, \(counts[.error] ?? 0) ERROR\n"
        return out
    }

    var json: String {
        var out = "{\n"
        out += "  \"paper\": \"astro-ph/0307006\",\n"
        out += "  \"conventions\": { \"metric\": \"\(Conventions.metric)\", \"gamma5\": \"\(Conventions.gamma5)\", \"eps0123\": \(Conventions.epsilon0123) },\n"
        out += "  \"claims\": \(JSON.string(seedsPath)),\n"
        out += "  \"normalization\": \(normalization.map { JSON.string($0.description) } ?? "null"),\n"
        out += "  \"neglected\": [\(neglected.map(JSON.string).joined(separator: ", "))],\n"
        out += "  \"rows\": [\n"
        out += rows.map { r in
            let fields: [(String, String)] = [
                ("id", JSON.string(r.id)),
                ("equation", r.equation.map(JSON.string) ?? "null"),
                ("particle", r.particle.map { JSON.string($0.rawValue) } ?? "null"),
                ("kind", JSON.string(r.kind.rawValue)),
                ("verdict", JSON.string(r.verdict.rawValue)),
                ("difference", r.difference.map { JSON.string(DifferenceText.text($0)) } ?? "null"),
                ("note", r.note.map(JSON.string) ?? "null"),
                ("seconds", CFormat.string("%.3f", r.seconds)),
            ]
            return "    { " + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + " }"
        }.joined(separator: ",\n")
        out += "\n  ]\n}\n"
        return out
    }
}

enum JSON {
    /// A JSON string literal with the mandatory escapes.
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// `text` padded with spaces or cut to `length` UTF-16 units, as Foundation's
    /// `padding(toLength:withPad:startingAt:)` did (the columns are ASCII).
    fileprivate static func padded(_ text: String, toLength length: Int) -> String {
        let units = text.utf16.count
        if units < length { return text + String(repeating: " ", count: length - units) }
        return String(decoding: Array(text.utf16.prefix(length)), as: UTF16.self)
    }
}
