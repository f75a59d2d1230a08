import Algebra
import Derivation

/// One argument of an emitted function and the symbols of the derivation it supplies.
public struct CoefficientParameter: Sendable, Hashable {
    /// A symbol of the polynomial and the Swift expression (in terms of this parameter) for it.
    public struct ScalarBinding: Sendable, Hashable {
        public let symbol: Symbol
        public let expression: String
        public init(_ symbol: Symbol, _ expression: String) {
            self.symbol = symbol
            self.expression = expression
        }
    }

    /// External argument label (`_` for none).
    public let label: String
    /// Internal name, used in the body.
    public let name: String
    /// Swift type: `Double`, `Vector3`, `Lepton`, `Couplings`.
    public let type: String
    /// One line for the `- Parameters:` list.
    public let doc: String
    /// For a `Vector3`: the vector's name in the atoms `dot(a,b)`, `triple(a,b,c)`.
    public let vector: String?
    /// Scalar symbols this parameter supplies.
    public let scalars: [ScalarBinding]

    public init(label: String, name: String, type: String, doc: String, vector: String? = nil, scalars: [ScalarBinding] = []) {
        self.label = label
        self.name = name
        self.type = type
        self.doc = doc
        self.vector = vector
        self.scalars = scalars
    }

    /// A `Double` argument supplying several symbols (e.g. one value standing for the atom
    /// `dot(Om,Om')` and for a plain symbol), each bound to the argument itself.
    public static func scalar(_ symbols: [Symbol], label: String, name: String, doc: String) -> CoefficientParameter {
        CoefficientParameter(label: label, name: name, type: "Double", doc: doc, scalars: symbols.map { ScalarBinding($0, name) })
    }

    /// A 3-vector argument standing for the vector `vector` of the derivation.
    public static func vector(_ vector: String, label: String, name: String, doc: String) -> CoefficientParameter {
        CoefficientParameter(label: label, name: name, type: "Vector3", doc: doc, vector: vector)
    }

    /// A `Double` argument for one symbol.
    public static func scalar(_ symbol: Symbol, label: String, name: String, doc: String) -> CoefficientParameter {
        CoefficientParameter(label: label, name: name, type: "Double", doc: doc, scalars: [ScalarBinding(symbol, name)])
    }

    /// `_ lepton: Lepton` supplying the paper's upper/lower sign (± = +1 for ν, −1 for ν̄).
    public static func lepton(sign: Symbol) -> CoefficientParameter {
        CoefficientParameter(label: "_", name: "lepton", type: "Lepton",
                             doc: "`.neutrino` (upper signs of the paper) or `.antineutrino` (lower signs)",
                             scalars: [ScalarBinding(sign, "lepton.sign")])
    }

    /// `couplings: Couplings` supplying c_V, c_A, F_2 (Table I rows are named constants).
    public static func couplings(cV: Symbol, cA: Symbol, F2: Symbol) -> CoefficientParameter {
        CoefficientParameter(label: "couplings", name: "couplings", type: "Couplings",
                             doc: "c_V, c_A, F_2 of Eq. (1), e.g. `Couplings.neutrinoProton` (Table I)",
                             scalars: [ScalarBinding(cV, "couplings.cV"), ScalarBinding(cA, "couplings.cA"), ScalarBinding(F2, "couplings.F2")])
    }
}

/// A quantity computed inside an emitted function from its arguments before the arithmetic,
/// e.g. `let q0 = k - kPrime`: the symbol it supplies, the local name, the Swift expression
/// (in the arguments and earlier definitions) and a line for the doc comment.
public struct CoefficientDefinition: Sendable, Hashable {
    public let symbol: Symbol
    public let local: String
    public let expression: String
    public let doc: String
    public init(_ symbol: Symbol, local: String, expression: String, doc: String) {
        self.symbol = symbol
        self.local = local
        self.expression = expression
        self.doc = doc
    }
}

/// One emitted function: a name, its documentation and the derived polynomial it evaluates.
///
/// A function returns a `Double` (the polynomial `value`) or, when `vector` is set, a `Vector3`
/// Σ cᵢ Xᵢ over the named vectors Xᵢ of `vector`; `value` is then its projection V·e on a formal
/// direction `e` (`CoefficientFunction.projection`), so that printers and tests see one scalar.
public struct CoefficientFunction: Sendable {
    public let name: String
    /// The first doc-comment line (with the equation numbers).
    public let summary: String
    /// Further doc-comment paragraphs (lines).
    public let discussion: [String]
    /// Equation numbers of the paper this function evaluates, e.g. ["4"].
    public let equations: [String]
    public let parameters: [CoefficientParameter]
    /// Exactly what the function evaluates: the derived expression, real, in the parameters' symbols.
    public let value: Polynomial
    /// Symbols grouped first in the emitted arithmetic (couplings, signs): see `SwiftStraightLineProgram`.
    public let outerSymbols: Set<Symbol>
    /// A one-line statement of the documented argument ranges (tested at random points).
    public let ranges: String
    /// Quantities computed from the arguments first (in order; only those used are emitted).
    public let definitions: [CoefficientDefinition]
    /// For a `Vector3` function: the derived vector (named vectors as basis, no cross products).
    public let vector: VectorExpression?
    /// The `- Returns:` line (units); nil for the Stage 1 wording.
    public let returns: String?

    public init(name: String, summary: String, discussion: [String] = [], equations: [String], parameters: [CoefficientParameter],
                value: Polynomial, outerSymbols: Set<Symbol>, ranges: String, definitions: [CoefficientDefinition] = [],
                returns: String? = nil) {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.equations = equations
        self.parameters = parameters
        self.value = value
        self.outerSymbols = outerSymbols
        self.ranges = ranges
        self.definitions = definitions
        self.vector = nil
        self.returns = returns
    }

    /// A function returning the `Vector3` `vector`.
    public init(name: String, summary: String, discussion: [String] = [], equations: [String], parameters: [CoefficientParameter],
                vector: VectorExpression, outerSymbols: Set<Symbol>, ranges: String, definitions: [CoefficientDefinition] = [],
                returns: String? = nil) throws {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.equations = equations
        self.parameters = parameters
        self.value = try CoefficientFunction.projection(vector)
        self.outerSymbols = outerSymbols
        self.ranges = ranges
        self.definitions = definitions
        self.vector = vector
        self.returns = returns
    }

    /// The formal direction of `projection`.
    public static let projectionDirection = "e"

    /// V·e = Σ cᵢ dot(Xᵢ, e) (a cross product a×b gives triple(a, b, e)).
    public static func projection(_ v: VectorExpression) throws -> Polynomial {
        var total = Polynomial.zero
        for t in v.terms {
            let atom: Polynomial
            switch t.basis {
            case .vector(let x):
                atom = Polynomial(Vector3Space.dotSymbol(x, projectionDirection))
            case let .cross(a, b):
                guard let (sign, symbol) = Vector3Space.tripleSymbol(a, b, projectionDirection) else { continue }
                atom = Polynomial(monomial: Monomial(symbol), coefficient: Rational(sign))
            }
            total = try total + t.coefficient * atom
        }
        return total
    }
}

/// One generated file: an `enum` namespace of functions, with the provenance of its contents.
public struct CoefficientGroup: Sendable {
    /// The `enum` name, also the file name (`<name>.swift`).
    public let name: String
    /// The namespace's doc comment (lines).
    public let doc: [String]
    /// The equations, inputs and approximations, printed in the file header (lines).
    public let provenance: [String]
    public let functions: [CoefficientFunction]
    /// The seed files this group derives from (path, SHA-256); nil: all of the registry's `inputs`.
    public let inputs: [(path: String, sha256: String)]?

    public init(name: String, doc: [String], provenance: [String], functions: [CoefficientFunction],
                inputs: [(path: String, sha256: String)]? = nil) {
        self.name = name
        self.doc = doc
        self.provenance = provenance
        self.functions = functions
        self.inputs = inputs
    }
}

/// A named row of couplings (c_V, c_A, F_2), as polynomials in the named inputs of Table I.
public struct CouplingRow: Sendable {
    public let name: String
    public let doc: String
    public let cV: Polynomial, cA: Polynomial, F2: Polynomial
    public init(name: String, doc: String, cV: Polynomial, cA: Polynomial, F2: Polynomial) {
        self.name = name
        self.doc = doc
        self.cV = cV
        self.cA = cA
        self.F2 = F2
    }
}

/// A named input of Table I (g_A, sin²θ_W, μ_p, μ_n): its symbol, Swift name and exact value.
public struct CouplingInput: Sendable {
    public let symbol: Symbol
    public let name: String
    public let doc: String
    public let value: Rational
    public init(symbol: Symbol, name: String, doc: String, value: Rational) {
        self.symbol = symbol
        self.name = name
        self.doc = doc
        self.value = value
    }
}

/// Table I as emitted: the inputs and the rows.
public struct CouplingTable: Sendable {
    public let inputs: [CouplingInput]
    public let rows: [CouplingRow]
    /// Where the table was read from (for the file header).
    public let provenance: [String]
    /// The seed files the table is read from (path, SHA-256); nil: all of the registry's `inputs`.
    public let seedFiles: [(path: String, sha256: String)]?
    public init(inputs: [CouplingInput], rows: [CouplingRow], provenance: [String], seedFiles: [(path: String, sha256: String)]? = nil) {
        self.inputs = inputs
        self.rows = rows
        self.provenance = provenance
        self.seedFiles = seedFiles
    }
}

/// Everything `verify emit` writes: the coupling table and the groups of functions.
///
/// Stages add their functions by appending a `CoefficientGroup` (see `CoefficientRegistry.stage1`);
/// the emitter, the freshness check and the numeric tests work from this list.
public struct CoefficientRegistry: Sendable {
    public var couplings: CouplingTable
    public var groups: [CoefficientGroup]
    /// The seed files the contents derive from: (repository-relative path, SHA-256 of the contents).
    public var inputs: [(path: String, sha256: String)]

    public init(couplings: CouplingTable, groups: [CoefficientGroup], inputs: [(path: String, sha256: String)]) {
        self.couplings = couplings
        self.groups = groups
        self.inputs = inputs
    }

    /// The function `group.name`, for tests and tools.
    public func function(_ group: String, _ name: String) -> CoefficientFunction? {
        groups.first { $0.name == group }?.functions.first { $0.name == name }
    }
}

extension CoefficientRegistry {
    /// The registry and the derivation from seeds read anywhere (`verify emit --seeds DIR`). File
    /// headers name the seeds by their repository paths (`seeds/stage1.claims` …) with the
    /// SHA-256 of the text actually read, so the output does not depend on where they were read.
    public static func repositoryAndVerification(seeds: Verification.Seeds) throws
        -> (registry: CoefficientRegistry, verification: Verification) {
        let verification = try Verification(seeds: seeds)
        return (try repository(verification: verification), verification)
    }

    /// The registry of an already computed derivation (its seeds name the inputs, as above): the
    /// whole derivation runs once (`Verification`); each stage appends its `CoefficientGroup`
    /// and its seed files to `inputs`.
    public static func repository(verification: Verification) throws -> CoefficientRegistry {
        let seeds = verification.seeds
        let hashes = [(Stage1Coefficients.seedPath, seeds.stage1), (Stage2Coefficients.seedPath, seeds.stage2),
                      (Stage3Coefficients.seedPath, seeds.stage3)].map { (path: $0.0, sha256: ContentHash.sha256($0.1.contents)) }
        var registry = try Stage1Coefficients.registry(seeds: seeds.stage1, result: verification.stage1, seedText: seeds.stage1.contents)
        registry.groups.append(try Stage2Coefficients.group(verification, inputs: Array(hashes[0...1])))
        registry.groups.append(try Stage3Coefficients.group(verification, inputs: hashes))
        let stage4Hash = (path: Stage4Coefficients.seedPath, sha256: ContentHash.sha256(seeds.stage4.contents))
        registry.groups.append(try Stage4Coefficients.group(verification, inputs: hashes + [stage4Hash]))
        registry.inputs = hashes
        return registry
    }
}
