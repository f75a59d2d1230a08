import XCTest
import TestSupport
import Algebra
@testable import Derivation

/// Stage 3: the smoke test V0, cancellation of odd powers of δ, integrability, and verdicts
/// that flip when a printed coefficient is perturbed.
final class Stage3VerdictTests: XCTestCase {
    func rows(_ result: Stage3Check.Result) -> [String: CheckRow] {
        Dictionary(uniqueKeysWithValues: result.rows.map { ($0.id, $0) })
    }

    func testSmokeTestLeadingMoment() throws {
        let result = try RepositoryDerivation.verification.get().stage3
        let context = ParseContext(scalars: .any, vectors: ["h", "B"], unitVectors: ["B"])
        let expected = try ExpressionParser(context: context).parseVector("-2*GF^2*k^2/(3*pi)*n*(cV^2 + 5*cA^2)*h")
        for particle in Particle.allCases {
            let v0 = result.derivation.moments[particle]![0]!
            // The μ_B B-free part of the δ⁰ moment is V0 = −(2G_F²k²/3π) n (cV² + 5cA²) h.
            let fieldFree = try VectorExpression(collecting: v0.terms.map {
                ($0.basis, $0.coefficient.coefficient(of: Stage2Derivation.muBB, exponent: 0))
            })
            XCTAssertEqual(fieldFree, expected, "\(particle)")
        }
    }

    func testOddPowersOfDeltaCancelAndAnglesAreIntegrable() throws {
        let result = try RepositoryDerivation.verification.get().stage3
        for particle in Particle.allCases {
            XCTAssertEqual(result.derivation.ordersAfterU[particle], [0, 2], "\(particle)")
        }
        XCTAssertGreaterThanOrEqual(result.derivation.lowestAngularExponent, 0)
        let r = rows(result)
        for id in ["check.odd-delta.nu", "check.odd-delta.nubar", "check.integrable", "check.eq31.no-dV0B", "eq18"] {
            XCTAssertEqual(r[id]?.verdict, .match, id)
        }
    }

    func testClaimsMatchAndPerturbationsFlipThem() throws {
        let r = rows(try RepositoryDerivation.verification.get().stage3)
        for n in 32...37 { XCTAssertEqual(r["eq\(n)"]?.verdict, .match, "eq\(n)") }
        let cases: [(String, String, String)] = [
            ("n*(cV^2 + 5*cA^2)*h", "n*(cV^2 + 4*cA^2)*h", "eq32"),
            ("*((1 - 2*f0)*g + T*g_1)*B", "*((1 - 2*f0)*g - T*g_1)*B", "eq33"),
            ("+ 5*(cV^2 + 9*cA^2)*T/k", "+ 5*(cV^2 + 8*cA^2)*T/k", "eq34"),
            ("-16*GF^2*k^2/(3*pi)", "-8*GF^2*k^2/(3*pi)", "eq35"),
            ("- cV*k*T*g_2 )*B", "+ cV*k*T*g_2 )*B", "eq36"),
            ("(69*(1 - 2*f0) - 68*k*f0_1", "(69*(1 - 2*f0) - 67*k*f0_1", "eq37"),
            ("1 - 1/2*(1 + k/T)*epsilon*u + epsilon*u^3", "1 - 1/2*(1 - k/T)*epsilon*u + epsilon*u^3", "eq18"),
        ]
        let derivation = try RepositoryDerivation.verification.get().stage3.derivation
        for (original, replacement, id) in cases {
            let seeds = try RepositorySeeds.mutated("stage3.claims", replacing: original, with: replacement)
            let mutated = rows(try Stage3Check(seeds: seeds).compare(derivation))
            XCTAssertEqual(mutated[id]?.verdict, .mismatch, "\(id) after \(replacement)")
            XCTAssertNotNil(mutated[id]?.difference, id)
            XCTAssertEqual(mutated.values.filter { $0.verdict == .mismatch }.count, 1, replacement)
        }
    }
}
