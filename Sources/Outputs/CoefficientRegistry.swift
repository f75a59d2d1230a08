import Algebra

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

/// One emitted function: a name, its documentation and the derived polynomial it evaluates.
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

    public init(name: String, summary: String, discussion: [String] = [], equations: [String], parameters: [CoefficientParameter],
                value: Polynomial, outerSymbols: Set<Symbol>, ranges: String) {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.equations = equations
        self.parameters = parameters
        self.value = value
        self.outerSymbols = outerSymbols
        self.ranges = ranges
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

    public init(name: String, doc: [String], provenance: [String], functions: [CoefficientFunction]) {
        self.name = name
        self.doc = doc
        self.provenance = provenance
        self.functions = functions
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
    public init(inputs: [CouplingInput], rows: [CouplingRow], provenance: [String]) {
        self.inputs = inputs
        self.rows = rows
        self.provenance = provenance
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
    /// Everything `verify emit` writes, derived from the repository's seed files. `read` returns
    /// the text of a seed file given its repository-relative path (e.g. `seeds/stage1.claims`).
    ///
    /// Stages 2-3 join here: append their `CoefficientGroup`s and their seed files to `inputs`.
    public static func repository(read: (String) throws -> String) throws -> CoefficientRegistry {
        try Stage1Coefficients.registry(seedText: read(Stage1Coefficients.seedPath))
    }
}
