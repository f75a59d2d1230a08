import XCTest
import Algebra
import Derivation

final class NumericDumpTmp: XCTestCase {
    func testDumpTmp() throws {
        let t0 = Date()
        let readings = try DensityMatrixCheck.agreeingReadings()
        print("readings", readings)
        let d = try Stage1Derivation(reading: readings[0])
        print("derive seconds", Date().timeIntervalSince(t0))
        for p in [Particle.nu, .nubar] {
            let m2 = try d.squaredMatrixElement(p, normalization: Stage1Derivation.unitSpinorNormalization)
            print("PARTICLE", p, m2.terms.count)
            for t in m2.terms { print(t.coefficient.doubleValue, t.monomial.powers.map { "\($0.symbol.name)^\($0.exponent)" }.joined(separator: " ")) }
        }
    }
}
