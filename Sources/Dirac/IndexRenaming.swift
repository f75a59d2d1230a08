import Algebra

extension DiracExpression {
    /// The same expression with Lorentz index `old` renamed to `new` (e.g. Γ^μ → Γ^ν).
    public func renamingIndex(_ old: String, to new: String) throws -> DiracExpression {
        try DiracExpression(collecting: terms.map { t in
            let slots = t.string.slots.map { $0 == .index(old) ? Slot.index(new) : $0 }
            return (GammaString(hasGamma5: t.string.hasGamma5, slots), t.coefficient)
        })
    }
}
