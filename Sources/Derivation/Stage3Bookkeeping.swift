import Algebra

extension Stage3Check {
    /// Eq. (17) as transcribed (`[eq17.eps2]`, `[eq17.kprime]`) against the bookkeeping that
    /// Stage 3 uses: ε² = 4(1 − μ')T/m with μ' = Ω·Ω' = 1 − w² and m = T/δ² must equal (2wδ)²,
    /// and k' = k(1 + εu) with ε = 2wδ must equal the k' of the expansion. A MISMATCH means the
    /// derivation does not use the paper's variables.
    func bookkeepingRows(_ kin: Kinematics) throws -> [CheckRow] {
        let muPrime = Vector3Space.dotSymbol(PaperSymbols.omega, PaperSymbols.omegaPrime)
        let eps2 = try seeds.polynomial("eq17.eps2").substituting([
            muPrime: kin.muPrime,
            PaperSymbols.m: try kin.T * Polynomial(kin.d, -2),
        ])
        let kPrime = try seeds.polynomial("eq17.kprime").substituting([Symbol("epsilon"): kin.epsilon])
        return [
            try CheckRow.compare(id: "check.eq17.eps2", equation: "17", particle: nil, kind: .consistency,
                                 derived: kin.epsilon * kin.epsilon, printed: eps2,
                                 note: "eps^2 = 4(1 - mu')T/m of [eq17.eps2] is the (2 w delta)^2 of the expansion (mu' = 1 - w^2, m = T/delta^2)"),
            try CheckRow.compare(id: "check.eq17.kprime", equation: "17", particle: nil, kind: .consistency,
                                 derived: kin.kPrime, printed: kPrime,
                                 note: "k' = k(1 + eps u) of [eq17.kprime] is the k' of the expansion (eps = 2 w delta)"),
        ]
    }
}
