import XCTest
import Foundation
import Coefficients

/// The example of README.md, "Generated numeric code": the B = 0 transport opacity of νn and
/// ν̄n scattering at k = 10 MeV from the generated `FirstMoment.firstMoment`, including the
/// O(k/m) recoil and weak-magnetism terms (δV^WM_0 ± δV^WM_±). The code below is the README
/// snippet; the test checks that every line it prints appears verbatim in the README.
final class TransportOpacityExampleTests: XCTestCase {
    // README snippet (keep in sync: `testReadmeShowsTheseNumbers` compares the printed lines).
    /// κ defined by V = −κ h for a locally constant dipole (∂h/∂k = ∂²h/∂k² = 0), g = 0, B = 0.
    static func opacity(_ lepton: Lepton, k: Double, T: Double, m: Double, n: Double, GF: Double) -> Double {
        let f0 = 1 / (exp(k / T) + 1)                 // Fermi–Dirac, chemical potential 0
        let df0dk = -f0 * (1 - f0) / T
        let d2f0dk2 = -df0dk * (1 - 2 * f0) / T
        let h = Vector3(0, 0, 1)                      // any direction: V is along h
        let V = FirstMoment.firstMoment(
            lepton, k: k, temperature: T, nucleonMass: m, nucleonDensity: n, fieldEnergy: 0,
            f0: f0, df0dk: df0dk, d2f0dk2: d2f0dk2, g: 0, dgdk: 0, d2gdk2: 0, d3gdk3: 0,
            h: h, dhdk: .zero, d2hdk2: .zero, fieldDirection: Vector3(0, 0, 1),
            couplings: .neutrinoNeutron, fermiConstant: GF)
        return -V.dot(h) / h.dot(h)
    }

    static func exampleOutput() -> [String] {
        let k = 10.0, T = 3.0, m = 939.565                // MeV
        let hbarC = 1.973269804e-11                       // MeV cm
        let GF = 1.1663787e-11                            // MeV^-2
        let n = 1e35 * hbarC * hbarC * hbarC              // 10^35 cm^-3 in MeV^3
        var lines: [String] = []
        var kappa: [Double] = []
        for (name, lepton) in [("nu    n", Lepton.neutrino), ("nubar n", Lepton.antineutrino)] {
            let perUnit = opacity(lepton, k: k, T: T, m: m, n: 1, GF: 1)      // κ/(G_F² n), MeV²
            let inverseCm = opacity(lepton, k: k, T: T, m: m, n: n, GF: GF) / hbarC
            kappa.append(inverseCm)
            lines.append("\(name): kappa/(GF^2 n) = \(String(format: "%.4f", perUnit)) MeV^2, "
                         + "kappa = \(String(format: "%.4e", inverseCm)) /cm")
        }
        lines.append("kappa_nu/kappa_nubar = \(String(format: "%.5f", kappa[0] / kappa[1]))")
        let v0 = FirstMoment.v0(k: k, nucleonDensity: 1, h: Vector3(0, 0, 1), couplings: .neutrinoNeutron, fermiConstant: 1)
        lines.append("leading order (V0 only): kappa0/(GF^2 n) = \(String(format: "%.4f", -v0.z)) MeV^2")
        return lines
    }
    // end of README snippet

    func testReadmeShowsTheseNumbers() throws {
        let readme = try String(contentsOf: EmitRepository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = Self.exampleOutput()
        print("README example:\n  " + lines.joined(separator: "\n  "))
        for line in lines { XCTAssertTrue(readme.contains(line), "README.md does not show '\(line)'") }
        // And the code: every line of the snippet above (markers excluded) is in the README.
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let start = try XCTUnwrap(source.range(of: "    // README snippet (keep in sync")), end = try XCTUnwrap(source.range(of: "    // end of README snippet"))
        let snippet = source[start.upperBound..<end.lowerBound].split(separator: "\n").dropFirst()
            .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "static func ", with: "func ") }
            .filter { !$0.isEmpty }
        XCTAssertGreaterThan(snippet.count, 20)
        for line in snippet { XCTAssertTrue(readme.contains(line), "README.md lacks the snippet line '\(line)'") }
    }

    /// The numbers make sense: at leading order κ0 = (2/3π) G_F² n k² (c_V² + 5c_A²) (Eq. 39); the
    /// O(k/m) terms move κ by about a percent; the ratio is 1 + 16 c_A(c_V + F_2)(k/m)/(c_V² + 5c_A²)
    /// up to terms of second order, i.e. (k/m) times the first-order part times a number of order one.
    func testRatioIsTheLeadingOrderExpectationUpToSecondOrder() {
        let k = 10.0, T = 3.0, m = 939.565
        let c = Couplings.neutrinoNeutron
        let x0 = c.cV * c.cV + 5 * c.cA * c.cA
        let kappa0 = 2 / (3 * Double.pi) * k * k * x0
        let nu = Self.opacity(.neutrino, k: k, T: T, m: m, n: 1, GF: 1)
        let nubar = Self.opacity(.antineutrino, k: k, T: T, m: m, n: 1, GF: 1)
        // V0 alone (FirstMoment.v0) is κ0.
        XCTAssertEqual(-FirstMoment.v0(k: k, nucleonDensity: 1, h: Vector3(0, 0, 1), couplings: c, fermiConstant: 1).z,
                       kappa0, accuracy: 1e-12 * kappa0)
        for kappa in [nu, nubar] { XCTAssertLessThan(abs(kappa / kappa0 - 1), 10 * k / m) }
        let firstOrder = 16 * c.cA * (c.cV + c.F2) * (k / m) / x0
        let ratio = nu / nubar
        XCTAssertGreaterThan(ratio, 1, "weak magnetism makes νn more opaque than ν̄n")
        XCTAssertLessThan(abs(ratio - (1 + firstOrder)), 4 * (k / m) * abs(firstOrder))
        // The ±-part is exactly δV^WM_± (Eq. 35): (κ_ν − κ_ν̄)/2 = (16/3π) G_F² n k² (k/m) c_A(c_V + F_2).
        XCTAssertEqual((nu - nubar) / 2, 16 / (3 * Double.pi) * k * k * (k / m) * c.cA * (c.cV + c.F2), accuracy: 1e-12 * nu)
    }
}
