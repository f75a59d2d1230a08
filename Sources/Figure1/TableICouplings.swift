import Algebra
import Derivation

/// c_V, c_A, F_2 of one row of Table I as numbers, and the nucleon moments μ_p, μ_n (in μ_N),
/// evaluated exactly from the entries `[table1.*]` of `seeds/stage1.claims` (g_A, sin²θ_W, μ_p,
/// μ_n substituted as rationals, then rounded once).
public struct TableICouplings: Sendable, Hashable {
    public let cV: Double, cA: Double, F2: Double

    public init(cV: Double, cA: Double, F2: Double) {
        self.cV = cV
        self.cA = cA
        self.F2 = F2
    }

    /// The Table I parameters as exact rationals (gA, sw2, mup, mun).
    static func parameters(_ seeds: SeedFile) throws -> [Symbol: Rational] {
        var values: [Symbol: Rational] = [:]
        for name in ["gA", "sw2", "mup", "mun"] {
            values[Symbol(name)] = try seeds.polynomial("table1.\(name)").evaluated(at: [:])
        }
        return values
    }

    /// The row `row` (`nup`, `nun`, `cc`) of Table I.
    public init(row: String, seeds: SeedFile) throws {
        let values = try Self.parameters(seeds)
        func value(_ field: String) throws -> Double {
            try seeds.polynomial("table1.\(row).\(field)").evaluated(at: values).doubleValue
        }
        self.init(cV: try value("cV"), cA: try value("cA"), F2: try value("F2"))
    }

    /// μ_p and μ_n of Table I (anomalous moments in units of μ_N).
    public static func moments(seeds: SeedFile) throws -> (proton: Double, neutron: Double) {
        let values = try parameters(seeds)
        return (values[Symbol("mup")]!.doubleValue, values[Symbol("mun")]!.doubleValue)
    }

    /// c_V² + 3c_A² (Eq. 48) and c_V² + 5c_A² (Eq. 39).
    public var absorptionSum: Double { cV * cV + 3 * cA * cA }
    public var scatteringSum: Double { cV * cV + 5 * cA * cA }
}
