import Algebra
import Dirac

/// The paper's inputs to Stage 1, read from the seed file: the vertex of Eq. (1) and the
/// density matrix of Eq. (2) (with its reading placeholders), in the Dirac syntax.
public struct Stage1Inputs: Sendable {
    public let seeds: SeedFile

    public init(seeds: SeedFile) { self.seeds = seeds }

    /// The term budget of the seeds (`--max-terms`): the parse of each Dirac entry, and each
    /// trace, product and contraction built from them, is charged to a budget of this size.
    public var termBudget: Budget { seeds.termBudget }

    func parser(bindings: [String: DiracExpression]) -> DiracParser {
        var fourVectors = seeds.context.fourVectors
        fourVectors.formUnion([PaperSymbols.bHat, "p'"])
        let scalars: Set<String>
        switch seeds.context.scalars {
        case .only(let names): scalars = names
        case .any: scalars = []
        }
        var context = DiracParseContext(fourVectors: fourVectors, scalars: scalars, bindings: bindings)
        context.budget = seeds.termBudget
        return DiracParser(context: context)
    }

    func parse(_ id: String, bindings: [String: DiracExpression] = [:]) throws -> DiracExpression {
        try seeds.parsed(id) { try parser(bindings: bindings).parseExpression($0) }
    }

    /// Eq. (1) with the Lorentz index renamed to `index` (the seed writes `mu`).
    public func vertex(index: String) throws -> DiracExpression {
        let parsed = try parse("eq1")
        guard index != "mu" else { return parsed }
        return try parsed.renamingIndex("mu", to: index)
    }

    /// u ū for momentum `p` ("p" or "p'") and spin `spin` from `source`: Eq. (2) in a
    /// reading, or the covariant projector.
    public func densityMatrix(source: DensityMatrix.Source, momentum p: String, spin: Symbol) throws -> DiracExpression {
        switch source {
        case .printed(let reading): return try densityMatrix(reading: reading, momentum: p, spin: spin)
        case .covariantProjector: return try DensityMatrix.covariant(momentum: p, spin: spin)
        }
    }

    /// Eq. (2) for momentum `p` ("p" or "p'") and spin `spin`, in a given reading.
    /// The seed is written for (p, s); the final state renames p → p' and s → s'.
    public func densityMatrix(reading: DensityMatrix.Reading, momentum p: String, spin: Symbol) throws -> DiracExpression {
        let rho = try parse("eq2", bindings: DensityMatrix.placeholders(reading: reading, momentum: p))
        guard spin != PaperSymbols.s else { return rho }
        return try rho.mapCoefficients { try $0.substituting(PaperSymbols.s, with: Polynomial(spin)) }
    }
}
