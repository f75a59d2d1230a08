import XCTest
import Figure1
@testable import Outputs

/// The published side of Fig. 1: marching squares against a known level set, the files
/// (labels, provenance, the undefined lines, determinism) on a coarse grid, and the sample
/// points against the grid.
final class Figure1OutputTests: XCTestCase {
    static let data = Result { () throws -> Figure1Data in
        try Figure1Data(verification: Figure1Repository.verification.get(), axis: Figure1Grid.axis(step: 0.5))
    }

    /// The level set x² + y² = r² of a sampled paraboloid: every segment end lies on the circle
    /// (to the interpolation error of the grid), the segments close up, undefined cells are skipped.
    func testContoursOfAKnownFunction() {
        let axis = stride(from: -2.0, through: 2.0, by: 0.05).map { $0 }
        let values: [[Double?]] = axis.map { y in axis.map { x in x * x + y * y } }
        let r = 1.3
        let segments = ContourLines(x: axis, y: axis, values: values).segments(level: r * r)
        XCTAssertGreaterThan(segments.count, 100)
        var length = 0.0
        for s in segments {
            for (x, y) in [(s.x0, s.y0), (s.x1, s.y1)] { XCTAssertEqual((x * x + y * y).squareRoot(), r, accuracy: 2e-3) }
            length += ((s.x1 - s.x0) * (s.x1 - s.x0) + (s.y1 - s.y0) * (s.y1 - s.y0)).squareRoot()
        }
        XCTAssertEqual(length, 2 * Double.pi * r, accuracy: 1e-2)
        // Undefined left half: no segment there.
        let halved: [[Double?]] = axis.map { y in axis.map { x in x < 0 ? nil : x * x + y * y } }
        for s in ContourLines(x: axis, y: axis, values: halved).segments(level: r * r) {
            XCTAssertGreaterThanOrEqual(min(s.x0, s.x1), 0)
        }
        // A saddle cell: two segments, each separating one corner.
        let saddle = ContourLines(x: [0, 1], y: [0, 1], values: [[1, 0], [0, 1]]).segments(level: 0.5)
        XCTAssertEqual(saddle.count, 2)
    }

    /// Every file names the constants and the readings; the lines T_eff = T are inf, 0, nan;
    /// the SVG has both maps, the labels and a legend; two renderings are identical.
    func testFilesAreLabelledAndDeterministic() throws {
        let data = try Self.data.get()
        let files = Figure1Files.files(data)
        XCTAssertEqual(files.map(\.path), ["README.md", "R_derived.csv", "R_printed.csv", "figure1.svg", "integrals.csv"].map { "derivations/figure1/\($0)" })
        XCTAssertEqual(files, Figure1Files.files(data))
        for file in files where file.path.hasSuffix(".csv") || file.path.hasSuffix(".md") {
            for constant in PhysicalConstants.all { XCTAssertTrue(file.contents.contains("constant \(constant.symbol) = "), "\(file.path): \(constant.symbol)") }
            for text in ["1/2 of Eq. (49)", "Dirac part", "mu_e = ", "mu_nu = 0", "R = inf", "relative tolerances"] {
                XCTAssertTrue(file.contents.contains(text), "\(file.path): \(text)")
            }
        }
        let printed = try XCTUnwrap(files.first { $0.path.hasSuffix("R_printed.csv") }).contents
        XCTAssertTrue(printed.contains("\n3.000,3.000,nan\n"))
        XCTAssertTrue(printed.contains("\n3.000,4.000,inf\n"))
        XCTAssertTrue(printed.contains("\n4.000,3.000,0\n"))
        let rows = printed.split(separator: "\n").filter { !$0.hasPrefix("#") }
        XCTAssertEqual(rows.count, 1 + data.grid.axis.count * data.grid.axis.count)
        let svg = try XCTUnwrap(files.first { $0.path.hasSuffix(".svg") }).contents
        for text in ["<g id=\"printed\">", "<g id=\"derived\">", "as printed, Eqs. (43)-(45)", "derived, Eqs. (29)-(30)",
                     "contour levels", "(MeV)", "stroke-dasharray"] {
            XCTAssertTrue(svg.contains(text), "svg: \(text)")
        }
        XCTAssertGreaterThan(svg.components(separatedBy: "<path d=").count - 1, 4, "contour paths")
    }

    /// R at the sample points (computed on their own) equals R on the grid.
    func testSamplesAgreeWithTheGrid() throws {
        let data = try Self.data.get(), g = data.grid
        for (i, p) in Figure1Samples.points.enumerated() {
            let e = try XCTUnwrap(g.index(of: p.electron)), mu = try XCTUnwrap(g.index(of: p.muon))
            XCTAssertEqual(data.samples.rows[0].printed[i], g.ratio(.printed, electron: e, muon: mu), accuracy: 1e-9 * data.samples.rows[0].printed[i])
            XCTAssertEqual(data.samples.rows[0].derived[i], g.ratio(.derived, electron: e, muon: mu), accuracy: 1e-9 * data.samples.rows[0].derived[i])
        }
        XCTAssertLessThanOrEqual(max(g.maximumDifference.numerator, g.maximumDifference.denominator, g.maximumDifference.ratio),
                                 Figure1Grid.requiredAgreement)
    }
}
