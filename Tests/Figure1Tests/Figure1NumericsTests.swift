import XCTest
@testable import Figure1

/// The numerical building blocks of Fig. 1 against closed forms: the quadrature on complete
/// Fermi integrals, the electron chemical potential on the massless and degenerate limits,
/// a refusal when the quadrature cannot converge, the constants against each other.
final class Figure1NumericsTests: XCTestCase {
    /// F_n(0) = (1 − 2^−n) Γ(n+1) ζ(n+1) for n = 1…5, at two tolerances.
    func testCompleteFermiIntegrals() throws {
        for tolerance in [1e-8, 1e-12] {
            let quadrature = AdaptiveQuadrature(relativeTolerance: tolerance)
            for n in 1...5 {
                let r = try quadrature.integrate(0, 80) { x in pow(x, Double(n)) * FermiDirac.occupation(x) }
                let exact = Figure1Repository.completeFermiIntegral(n)
                XCTAssertEqual(r.value, exact, accuracy: max(tolerance, 1e-14) * exact, "F_\(n)(0) at tolerance \(tolerance)")
                XCTAssertLessThanOrEqual(r.errorEstimate, tolerance * abs(r.value))
            }
        }
        // The energy density of Eq. (51) integrates to (7π²/240) T⁴ (= F_3(0) T⁴/2π²).
        let T = 3.7
        let u = try AdaptiveQuadrature(relativeTolerance: 1e-12).integrate(0, 80 * T) { ThermalSpectrum.energyDensity(k: $0, temperature: T).u }
        XCTAssertEqual(u.value, 7 * Double.pi * Double.pi / 240 * pow(T, 4), accuracy: 1e-12 * u.value)
    }

    /// The derivatives of U (Eqs. 51-52) against central differences.
    func testSpectrumDerivatives() {
        let T = 4.2, h = 1e-4
        for k in [0.7, 3.0, 11.5, 25.0] {
            let u = ThermalSpectrum.energyDensity(k: k, temperature: T)
            let up = ThermalSpectrum.energyDensity(k: k + h, temperature: T), down = ThermalSpectrum.energyDensity(k: k - h, temperature: T)
            XCTAssertEqual(u.du, (up.u - down.u) / (2 * h), accuracy: 1e-7 * abs(u.du) + 1e-12)
            XCTAssertEqual(u.d2u, (up.du - down.du) / (2 * h), accuracy: 1e-7 * abs(u.d2u) + 1e-12)
        }
    }

    /// Massless electrons with pairs: n_{e⁻} − n_{e⁺} = (μ³ + π²T²μ)/3π² exactly; the solver inverts it.
    func testElectronChemicalPotentialMasslessClosedForm() throws {
        let quadrature = AdaptiveQuadrature(relativeTolerance: 1e-12)
        for (mu, T) in [(20.0, 3.0), (2.0, 5.0), (34.0, 3.0)] {
            let exact = (mu * mu * mu + Double.pi * Double.pi * T * T * mu) / (3 * Double.pi * Double.pi)
            let n = try ElectronChemicalPotential.netDensity(mu: mu, temperature: T, mass: 0, quadrature: quadrature)
            XCTAssertEqual(n, exact, accuracy: 1e-11 * exact)
            let solved = try ElectronChemicalPotential.solve(netDensity: exact, temperature: T, mass: 0)
            XCTAssertEqual(solved, mu, accuracy: 1e-10 * mu)
        }
    }

    /// Cold massive electrons: μ_e → (p_F² + m²)^{1/2}, p_F = (3π²n)^{1/3} (finite-T shift ~ (πT/p_F)²).
    func testElectronChemicalPotentialDegenerateLimit() throws {
        let m = PhysicalConstants.electronMass.value, n = 1388.0, pF = pow(3 * Double.pi * Double.pi * n, 1.0 / 3.0)
        let mu = try ElectronChemicalPotential.solve(netDensity: n, temperature: 0.01, mass: m)
        XCTAssertEqual(mu, (pF * pF + m * m).squareRoot(), accuracy: 1e-6 * mu)
        XCTAssertThrowsError(try ElectronChemicalPotential.solve(netDensity: -1, temperature: 3, mass: m))
    }

    /// A quadrature that cannot reach its tolerance throws, naming the interval.
    func testQuadratureRefusesWhenItCannotConverge() {
        let quadrature = AdaptiveQuadrature(relativeTolerance: 1e-15, initialPanels: 1, maximumIntervals: 20)
        XCTAssertThrowsError(try quadrature.integrate(0, 1) { 1 / $0.squareRoot() }) { error in
            XCTAssertTrue("\(error)".contains("did not reach relative tolerance"), "\(error)")
        }
    }

    /// μ_N = eħ/2m_p from the independent e·(1 G) and m_p; 1 G ≈ 1.95e-14 MeV² (Heaviside–Lorentz).
    func testConstantsAgree() {
        let muN = PhysicalConstants.elementaryChargeTimesGauss.value / (2 * PhysicalConstants.protonMass.value)
        XCTAssertEqual(muN, PhysicalConstants.nuclearMagneton.value, accuracy: 1e-9 * muN)
        XCTAssertEqual(PhysicalConstants.gaussInMeV2.value, 1.9535e-14, accuracy: 1e-17)
        XCTAssertEqual(NeutrinosphereConditions().netElectronDensity, 1388.1, accuracy: 0.1)
    }
}
