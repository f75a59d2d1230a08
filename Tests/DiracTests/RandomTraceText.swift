// Random `verify trace` texts with their meaning as explicit-matrix trees (`TestExpr`): the
// text goes through the engine's parser and trace, the tree through 4×4 matrices
// (TraceCrossCheckSupport.swift), so the two routes share nothing but the generator.

import Algebra
import Dirac
import TestSupport

/// One generated case: the text and, per summand, its sign·coefficient and the traces multiplied.
struct RandomTraceCase {
    struct Term {
        var coefficient: TestExpr      // a scalar tree (times the identity)
        var traces: [TestExpr]         // Π tr(X_k), indices summed across them
    }
    var text: String
    var terms: [Term]
    /// Declared with --indices (needed when an index appears only in sigma arguments).
    var declaredIndices: Set<String>

    static let vectors = ["a", "b", "c", "d"]
    static let indexPool = ["mu", "nu", "rho", "la"]

    /// Scalars of the numeric route: m and every Minkowski product a.b that the text may use.
    static func scalars(vectors: [String: [Double]], m: Double) -> [String: Double] {
        var s = ["m": m]
        for x in RandomTraceCase.vectors {
            for y in RandomTraceCase.vectors { s["\(x).\(y)"] = Dirac4.dot(vectors[x]!, vectors[y]!) }
        }
        return s
    }

    /// The explicit-matrix value of the whole text.
    func numericValue(vectors: [String: [Double]], scalars: [String: Double]) -> Complex {
        var total = Complex.zero
        for t in terms {
            let c = t.coefficient.matrix(vectors: vectors, scalars: scalars, indices: [:]).trace
            total += (0.25 * c) * numericTraceProduct(t.traces, vectors: vectors, scalars: scalars)
        }
        return total
    }
}

/// The generator; `size` scales the number of factors (1: the differential test, larger
/// values: fuzz inputs that must hit the budget and be refused quickly).
struct RandomTraceGenerator {
    var rng: SplitMix64
    var size = 1

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { rng.uniform(0, 1) < p }
    mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...(xs.count - 1))] }

    /// A factor free of indices.
    mutating func factor() -> (String, TestExpr) {
        let v = RandomTraceCase.vectors
        switch int(0...11) {
        case 0, 1, 2, 3:
            let x = pick(v)
            return chance(0.2) ? ("slash(\(x))", .slash(x)) : (x, .slash(x))
        case 4: return ("g5", .gamma5)
        case 5:
            let mu = int(0...3)
            return ("g\(mu)", .fixed(mu))
        case 6:
            let mu = int(0...3)
            return ("g_\(mu)", .fixedLower(mu))
        case 7:
            let x = pick(v), y = pick(v)
            return ("sigma(\(x),\(y))", .sigma(.vector(x), .vector(y)))
        case 8:
            let x = pick(v)
            return ("(\(x) + m)", .sum([.slash(x), .scalar("m")]))
        case 9:
            let x = pick(v), y = pick(v)
            return ("(\(x) - 2*\(y))", .sum([.slash(x), .product([.number(-2, 1), .slash(y)])]))
        case 10:
            let x = pick(v)
            return ("(I*\(x) + g0)", .sum([.product([.imaginary, .slash(x)]), .fixed(0)]))
        default:
            let x = pick(v), y = pick(v)
            return chance(0.5) ? ("\(x).\(y)", .scalar("\(x).\(y)")) : ("1/2", .number(1, 2))
        }
    }

    /// A scalar coefficient of a summand (text ends with '*' when not empty).
    mutating func coefficient() -> (String, TestExpr) {
        switch int(0...5) {
        case 0: return ("", .identity)
        case 1: return ("2*", .number(2, 1))
        case 2: return ("m*", .scalar("m"))
        case 3: return ("I*", .imaginary)
        case 4:
            let x = pick(RandomTraceCase.vectors), y = pick(RandomTraceCase.vectors)
            return ("\(x).\(y)*", .scalar("\(x).\(y)"))
        default: return ("(m - 1)*", .sum([.scalar("m"), .number(-1, 1)]))
        }
    }

    mutating func makeCase() -> RandomTraceCase {
        let declared = chance(0.3)
        var text = ""
        var terms: [RandomTraceCase.Term] = []
        for k in 0..<int(1...(size == 1 ? 3 : 2 + size)) {
            let (coefficientText, coefficient) = coefficient()
            let traceCount = int(1...(size == 1 ? 2 : 1 + size))
            var factors: [[(String, TestExpr)]] = (0..<traceCount).map { _ in [] }
            for i in 0..<traceCount {
                for _ in 0..<int(0...((traceCount == 1 ? 3 : 2) * size)) { factors[i].append(factor()) }
            }
            // Contracted pairs: each index twice in this summand, in g(...) or in a sigma.
            for name in RandomTraceCase.indexPool.prefix(int(0...(size == 1 ? 2 : 4))) {
                for occurrence in 0..<2 {
                    let i = int(0...(traceCount - 1))
                    let inSigma = (declared || occurrence == 1) && chance(0.4)
                    let item: (String, TestExpr)
                    if inSigma {
                        let x = pick(RandomTraceCase.vectors)
                        item = chance(0.5) ? ("sigma(\(name),\(x))", .sigma(.index(name), .vector(x)))
                                           : ("sigma(\(x),\(name))", .sigma(.vector(x), .index(name)))
                    } else {
                        item = ("g(\(name))", .index(name))
                    }
                    factors[i].insert(item, at: int(0...factors[i].count))
                }
            }
            var traceTexts: [String] = []
            var traces: [TestExpr] = []
            for f in factors {
                let body = f.isEmpty ? "1" : f.map(\.0).joined(separator: chance(0.5) ? " " : "*")
                let expr = TestExpr.product(f.map(\.1))
                let indexFree = expr.indexNames.isEmpty
                if indexFree && chance(0.2) {
                    let e = int(2...(size == 1 ? 2 : 4))
                    traceTexts.append("tr(\(body))^\(e)")
                    traces += Array(repeating: expr, count: e)
                } else {
                    traceTexts.append("tr(\(body))")
                    traces.append(expr)
                }
            }
            let minus = k > 0 && chance(0.5)
            if k > 0 { text += minus ? " - " : " + " }
            text += coefficientText + traceTexts.joined(separator: chance(0.5) ? " " : "*")
            terms.append(RandomTraceCase.Term(coefficient: minus ? .product([.number(-1, 1), coefficient]) : coefficient,
                                              traces: traces))
        }
        return RandomTraceCase(text: text, terms: terms, declaredIndices: declared ? Set(RandomTraceCase.indexPool) : [])
    }

    /// Fragments spliced into texts by `mutate`.
    static let fragments = ["(", ")", "tr(", "g(mu)", "g(nu)", "sigma(mu,a)", "sigma(a,b)", "g5", "g_2", "^", "^2", "^-1",
                            "^10000", "*", "+", "-", "/", "/0", "/(m-m)", ",", ".", "a.b", "m", "I", "p(", "zz", "#",
                            "9223372036854775807", "((((((((", "))))", "slash(", "M", "e0", "tr(a b c d e f g h)"]

    /// A random edit of `text`: truncation, deletion, insertion of fragments, duplicated slices.
    mutating func mutate(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<int(1...4) {
            let at = int(0...scalars.count)
            switch int(0...3) {
            case 0: scalars = Array(scalars.prefix(at))
            case 1 where at < scalars.count: scalars.removeSubrange(at..<min(scalars.count, at + int(1...6)))
            case 2: scalars.insert(contentsOf: Array(pick(RandomTraceGenerator.fragments).unicodeScalars), at: at)
            default:
                let end = min(scalars.count, at + int(0...60))
                scalars.insert(contentsOf: scalars[at..<end], at: at)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
