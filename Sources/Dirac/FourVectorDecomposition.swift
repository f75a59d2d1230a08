import Algebra

/// Expresses named 4-vectors as linear combinations of basis 4-vectors and rewrites the
/// Lorentz atoms `a.b` and `eps(a,b,c,d)` of a polynomial by (multi)linearity.
///
/// Example (Stage 1): k = k·(e0 + Om), p = m·e0 + (P − q)/2, with Om, P, q spatial.
public struct FourVectorDecomposition: Sendable {
    /// name → [(basis vector, coefficient)]; names not listed are their own basis vector.
    public let components: [String: [(basis: String, coefficient: Polynomial)]]

    public init(_ components: [String: [(basis: String, coefficient: Polynomial)]]) {
        self.components = components
    }

    func expand(_ name: String) -> [(basis: String, coefficient: Polynomial)] {
        components[name] ?? [(name, .one)]
    }

    /// Applies the decomposition to every Lorentz atom of `p`.
    public func apply(to p: Polynomial) throws -> Polynomial {
        try LorentzAtom.rewriting(p) { _, atom in
            switch atom {
            case let .dot(a, b):
                guard components[a] != nil || components[b] != nil else { return nil }
                var total = Polynomial.zero
                for x in expand(a) {
                    for y in expand(b) {
                        total = try total + x.coefficient * y.coefficient * LorentzAtom.scalarProduct(x.basis, y.basis)
                    }
                }
                return total
            case let .epsilon(names):
                guard names.contains(where: { components[$0] != nil }) else { return nil }
                var partial: [([String], Polynomial)] = [([], .one)]
                for n in names {
                    partial = try partial.flatMap { (prefix, c) in
                        try expand(n).map { (prefix + [$0.basis], try c * $0.coefficient) }
                    }
                }
                var total = Polynomial.zero
                for (basis, c) in partial { total = try total + c * LorentzAtom.levi(basis) }
                return total
            }
        }
    }
}
