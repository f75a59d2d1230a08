/// What an atom is, stored with its interned `Symbol`: a plain name, or an invariant built from
/// vector names — the Minkowski product `a.b` (frame components are `e_μ.p`), the 3-vector
/// `dot(a,b)` and `triple(a,b,c)`, the Levi-Civita contraction `eps(a,b,c,d)`. Operands are in
/// the canonical order of the factories (`Symbol.minkowskiDot`, …, see `LorentzInvariants` and
/// `Vector3Space`), so callers read structure instead of parsing spellings.
public struct AtomStructure: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case plain, minkowskiDot, dot, triple, epsilon
    }

    public let kind: Kind
    public let operands: [String]

    init(_ kind: Kind, _ operands: [String]) {
        self.kind = kind
        self.operands = operands
    }

    static let plain = AtomStructure(.plain, [])

    /// The canonical spelling of a structured atom (the interned name).
    var spelling: String {
        switch kind {
        case .plain: return operands.first ?? ""
        case .minkowskiDot: return "\(operands[0]).\(operands[1])"
        case .dot: return "dot(\(operands.joined(separator: ",")))"
        case .triple: return "triple(\(operands.joined(separator: ",")))"
        case .epsilon: return "eps(\(operands.joined(separator: ",")))"
        }
    }

    /// The structure of a name interned from text (`Symbol("k.p")`, as tests and seeds write
    /// atoms): read once, when the name is first interned, never on use. The factories give the
    /// structure directly, and agree with this reading of their spelling.
    init(spelling name: String) {
        func arguments(_ prefix: String, count: Int) -> [String]? {
            guard name.hasPrefix(prefix + "("), name.hasSuffix(")") else { return nil }
            let parts = name.dropFirst(prefix.count + 1).dropLast().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return parts.count == count && parts.allSatisfy { !$0.isEmpty } ? parts : nil
        }
        if let a = arguments("eps", count: 4) { self.init(.epsilon, a); return }
        if let a = arguments("dot", count: 2) { self.init(.dot, a); return }
        if let a = arguments("triple", count: 3) { self.init(.triple, a); return }
        if !name.contains("("), let dot = name.firstIndex(of: "."),
           dot != name.startIndex, name.index(after: dot) != name.endIndex {
            self.init(.minkowskiDot, [String(name[..<dot]), String(name[name.index(after: dot)...])])
            return
        }
        self = .plain
    }
}
