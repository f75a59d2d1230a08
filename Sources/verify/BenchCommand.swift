import Algebra
import Derivation
import Dirac
import Figure1
import Platform

/// `verify bench`: a fixed list of benchmark cases, each run in a child process of its own so
/// that its peak memory is its own. A benchmark, not a test: build with `-c release`.
///
/// Each case reports the median (and min, max) in-process wall time of its repetitions, the
/// number of terms of the result, and the child's peak resident memory (`VmHWM`).
enum BenchCommand {
    static let help = """
    usage: verify bench [--repeat N] [--case NAME]...

    Runs a fixed list of cases (traces of 2..16 slashed vectors, g5 with 4..12, the nu-N
    L_{mu nu} H^{mu nu} with and without the F2 term, the whole derivation), each in a child
    process, and prints per case the median in-process time over N runs (default 5), min and
    max, the number of terms of the result and the child's peak memory. Build with -c release
    (scripts/bench.sh: one fully static executable, as the README's measurements). The traces run
    as 'verify trace' runs them (a whole tr(p1 ... pn) is streamed), the output discarded.
    A case the engine refuses (a budget) is printed as refused, with the message.

    options:
      --repeat N      repetitions per case (default 5)
      --case NAME     run only the named cases (repeatable); names as in the table
    """

    /// One benchmark case: a name and what it computes (returning the number of terms).
    struct Case {
        let name: String
        let what: String
        let run: () throws -> Int
    }

    /// tr(p1 … pn).
    static func vectors(_ n: Int) -> String { (1...n).map { "p\($0)" }.joined(separator: " ") }

    /// The νN contraction L_{μν}H^{μν}: the lepton trace of Eq. (3) times the nucleon trace with
    /// unpolarized projectors (p̸ + M) and the vertex of Eq. (1); with `weakMagnetism` the F2 term
    /// F2 iσ^{μν}q_ν/2M = −(F2/4M)(γ^μ q̸ − q̸ γ^μ) and its Dirac conjugate (+ sign).
    static func leptonHadron(weakMagnetism: Bool) -> String {
        let f2 = weakMagnetism ? " - F2/(4*M)*(g(mu) q - q g(mu))" : ""
        let f2bar = weakMagnetism ? " + F2/(4*M)*(g(nu) q - q g(nu))" : ""
        return "tr(kp g(mu) (1 - g5) k g(nu) (1 - g5)) * "
            + "tr((pp + M) (cV g(mu)\(f2) - cA g(mu) g5) (p + M) (cV g(nu)\(f2bar) - cA g(nu) g5))"
    }

    /// The fixed case list, in the order printed.
    static var cases: [Case] {
        var list: [Case] = []
        for n in stride(from: 2, through: 16, by: 2) {
            list.append(Case(name: "tr\(n)", what: "tr of \(n) slashed vectors") { try traceTerms("tr(\(vectors(n)))") })
        }
        for n in stride(from: 4, through: 12, by: 2) {
            list.append(Case(name: "g5tr\(n)", what: "tr(g5 and \(n) vectors)") { try traceTerms("tr(g5 \(vectors(n)))") })
        }
        list.append(Case(name: "LH", what: "nu N  L_{mu nu} H^{mu nu}") { try traceTerms(leptonHadron(weakMagnetism: false)) })
        list.append(Case(name: "LH-F2", what: "nu N  L.H with the F2 term") { try traceTerms(leptonHadron(weakMagnetism: true)) })
        list.append(Case(name: "traces", what: "verify traces (Stages 1-4)") {
            let v = try Verification(seeds: Verification.Seeds(directory: "seeds"))
            return v.rows.count
        })
        return list
    }

    /// Evaluates `text` as `verify trace` does (`TraceCommand.evaluate`, the output written to
    /// a sink that only counts bytes), returns the number of terms.
    static func traceTerms(_ text: String) throws -> Int {
        var context = DiracParseContext(anyLowercaseIsVector: true, scalars: ["m", "M", "cV", "cA", "F2"])
        context.budget = Budget(raiseHint: "raise it with --max-terms N")
        var bytes = 0
        let terms = try TraceCommand.evaluate(text, context: context) { bytes += $0.count }
        guard bytes > 0 else { throw UsageError(description: "bench case wrote nothing: \(text)") }
        return terms
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        var repeats = 5
        var selected: [String] = []
        var childCase: String?
        var index = 0
        func value(_ option: String) throws -> String {
            index += 1
            guard index < arguments.count else { throw UsageError(description: "\(option) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--help", "-h": print(help); return 0
            case "--repeat":
                let text = try value("--repeat")
                guard let n = Int(text), (1...1000).contains(n) else {
                    throw UsageError(description: "--repeat takes a whole number from 1 to 1000, not '\(text)'")
                }
                repeats = n
            case "--case": selected.append(try value("--case"))
            case "--run-case": childCase = try value("--run-case")  // internal: the child process
            default: throw UsageError(description: "unknown option '\(arguments[index])' for 'verify bench'")
            }
            index += 1
        }
        let all = cases
        for name in selected where !all.contains(where: { $0.name == name }) {
            throw UsageError(description: "unknown bench case '\(name)'; known: \(all.map(\.name).joined(separator: ", "))")
        }
        if let name = childCase {
            return runChild(all.first { $0.name == name }!, repeats: repeats)
        }
        return try runParent(all.filter { selected.isEmpty || selected.contains($0.name) }, repeats: repeats)
    }

    /// In the child: run the case `repeats` times; print `terms median min max peakKiB` or `refused <message>`.
    static func runChild(_ benchCase: Case, repeats: Int) -> Int32 {
        var times: [Double] = []
        var terms = 0
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            do {
                terms = try benchCase.run()
            } catch {
                print("refused \(error)")
                return 0
            }
            times.append((ContinuousClock.now - start).seconds)
        }
        times.sort()
        print("\(terms) \(times[times.count / 2]) \(times[0]) \(times[times.count - 1]) \(peakResidentKiB() ?? -1)")
        return 0
    }

    /// The parent: one child per case, a table on stdout.
    static func runParent(_ list: [Case], repeats: Int) throws -> Int32 {
        print("verify bench: median of \(repeats) in-process runs per case, each case in its own process")
        print(pad("case", 8) + pad("what", 30) + pad("terms", 10, right: true) + pad("median ms", 12, right: true)
              + pad("min ms", 10, right: true) + pad("max ms", 10, right: true) + pad("peak MiB", 10, right: true))
        for c in list {
            let line = try child(["bench", "--run-case", c.name, "--repeat", String(repeats)])
            let fields = line.split(separator: " ").map(String.init)
            if fields.first == "refused" {
                print(pad(c.name, 8) + pad(c.what, 30) + "  refused: " + fields.dropFirst().joined(separator: " "))
                continue
            }
            guard fields.count == 5, let terms = Int(fields[0]), let median = Double(fields[1]), let low = Double(fields[2]),
                  let high = Double(fields[3]), let peak = Int(fields[4]) else {
                throw UsageError(description: "bench case \(c.name): unexpected child output '\(line)'")
            }
            let ms = { (s: Double) in CFormat.string("%.2f", s * 1000) }
            print(pad(c.name, 8) + pad(c.what, 30) + pad(String(terms), 10, right: true) + pad(ms(median), 12, right: true)
                  + pad(ms(low), 10, right: true) + pad(ms(high), 10, right: true)
                  + pad(peak < 0 ? "?" : CFormat.string("%.1f", Double(peak) / 1024), 10, right: true))
        }
        return 0
    }

    /// Runs this executable with `arguments` and returns its one line of output.
    static func child(_ arguments: [String]) throws -> String {
        let (status, output) = try ChildProcess.runSelf(arguments)
        guard status == 0 else {
            throw UsageError(description: "bench child '\(arguments.joined(separator: " "))' exited with \(status)")
        }
        let text = String(decoding: output, as: UTF8.self)
        return String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// Peak resident set size of this process in KiB (`VmHWM` of /proc/self/status).
    static func peakResidentKiB() -> Int? {
        guard let status = FileSystem.text(of: "/proc/self/status") else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }

    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }
}
