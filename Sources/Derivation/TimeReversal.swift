import Algebra

/// Time reversal as stated below Eq. (6): exchange all initial and final quantities,
/// Ω ↔ Ω', P → P, q → −q, s ↔ s'. |M_ss'|² must be invariant.
public enum TimeReversal {
    public static let map = VectorRelabeling(
        vectors: [PaperSymbols.omega: (PaperSymbols.omegaPrime, 1),
                  PaperSymbols.omegaPrime: (PaperSymbols.omega, 1),
                  PaperSymbols.q: (PaperSymbols.q, -1)],
        scalars: [PaperSymbols.s: PaperSymbols.sPrime, PaperSymbols.sPrime: PaperSymbols.s],
        space: PaperSymbols.stage1Space)

    /// T(x) − x: zero iff `x` is time-reversal invariant.
    public static func violation(of x: Polynomial) throws -> Polynomial {
        try map.apply(to: x) - x
    }
}

extension Particle {
    /// Replaces the paper's `pm` (±) and `mp` (∓) by this particle's signs.
    public func resolvingSigns(_ p: Polynomial) throws -> Polynomial {
        try p.substituting([PaperSymbols.pm: Polynomial(sign), PaperSymbols.mp: Polynomial(-sign)])
    }
}

/// Writes ν and ν̄ results as one polynomial in the symbol pm (η = ±1):
/// ((1 + η)/2)·x_ν + ((1 − η)/2)·x_ν̄, and `mp` as −η.
public func combinedInSign(nu: Polynomial, nubar: Polynomial) throws -> Polynomial {
    let half = Polynomial(Rational.half)
    let eta = Polynomial(PaperSymbols.pm)
    return try (half + eta * half) * nu + (half - eta * half) * nubar
}

/// `mp` → −pm, so printed claims are written in the single sign symbol pm.
public func eliminatingMinusPlus(_ p: Polynomial) throws -> Polynomial {
    try p.substituting(PaperSymbols.mp, with: -Polynomial(PaperSymbols.pm))
}
