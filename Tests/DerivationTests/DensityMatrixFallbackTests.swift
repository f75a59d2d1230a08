import XCTest
import TestSupport
import Algebra
@testable import Derivation

/// No result chosen by hand: when no reading of Eq. (2) agrees with the covariant projector,
/// |M|² is derived from the projector itself, and it is the |M|² of the agreeing reading of the
/// true Eq. (2) — so the verdicts of Eqs. (4)-(6) do not change.
final class DensityMatrixFallbackTests: XCTestCase {
    func testPerturbedEquation2FallsBackToTheCovariantProjector() throws {
        // A factor 2 on the p^3 term: no choice of index heights (signs) can absorb it.
        let perturbed = try RepositorySeeds.stage1(replacing: "- s*P3/m*g5*(1 + g0)", with: "- 2*s*P3/m*g5*(1 + g0)")
        let fallback = try Stage1Check(seeds: perturbed).run()
        let original = try RepositoryDerivation.verification.get().stage1

        XCTAssertEqual(fallback.readings, [])
        XCTAssertEqual(fallback.derivation.source, .covariantProjector)
        let eq2 = try XCTUnwrap(fallback.rows.first { $0.id == "eq2" })
        XCTAssertEqual(eq2.verdict, .mismatch)
        XCTAssertNotNil(eq2.difference)
        XCTAssertTrue(eq2.note?.contains("derived from the covariant projector itself") ?? false, eq2.note ?? "")

        // Two independent routes, the printed matrix in its agreeing reading and the covariant
        // projector, give the same |M|² for ν and ν̄ …
        XCTAssertEqual(original.derivation.source, .printed(DensityMatrix.Reading(gamma3Upper: true, spatialGammaUpper: false, p3Lower: true)))
        XCTAssertEqual(fallback.normalization, original.normalization)
        for particle in Particle.allCases {
            XCTAssertEqual(fallback.squaredMatrixElement[particle], original.squaredMatrixElement[particle], particle.rawValue)
        }
        // … so every other row, Eqs. (4)-(6) included, keeps its verdict and difference.
        let before = Dictionary(uniqueKeysWithValues: original.rows.map { ($0.id, $0) })
        XCTAssertEqual(fallback.rows.map(\.id), original.rows.map(\.id))
        for row in fallback.rows where row.id != "eq2" {
            XCTAssertEqual(row.verdict, before[row.id]?.verdict, row.id)
            XCTAssertEqual(row.difference, before[row.id]?.difference, row.id)
        }
        XCTAssertEqual(fallback.rows.filter { ["eq4.nubar", "eq6.nu", "eq6.nubar"].contains($0.id) }.map(\.verdict),
                       [.mismatch, .mismatch, .mismatch])
    }
}
