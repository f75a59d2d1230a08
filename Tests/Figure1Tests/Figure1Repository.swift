import Foundation
import Derivation
import Figure1
import TestSupport

/// The repository's derivation (shared) and the Fig. 1 model, built once per test process.
enum Figure1Repository {
    /// The derivation shared by the test process.
    static var verification: Result<Verification, Error> { RepositoryDerivation.verification }

    static let model = Result { () throws -> FluxRatio in try FluxRatio(verification: verification.get()) }

    /// ζ(n) for n = 2…6 (even values in closed form; ζ(3), ζ(5) to 17 digits).
    static func zeta(_ n: Int) -> Double {
        switch n {
        case 2: return Double.pi * Double.pi / 6
        case 3: return 1.2020569031595942854
        case 4: return pow(Double.pi, 4) / 90
        case 5: return 1.0369277551433699263
        case 6: return pow(Double.pi, 6) / 945
        default: preconditionFailure("zeta(\(n)) not tabulated")
        }
    }

    /// The complete Fermi integral F_n(0) = ∫_0^∞ x^n/(e^x + 1) dx = (1 − 2^−n) n! ζ(n + 1).
    static func completeFermiIntegral(_ n: Int) -> Double {
        (1 - pow(2, Double(-n))) * Double((1...max(n, 1)).reduce(1, *)) * zeta(n + 1)
    }
}
