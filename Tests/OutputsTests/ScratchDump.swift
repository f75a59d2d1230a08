import XCTest
import Algebra
import Derivation

final class ScratchDump: XCTestCase {
    func testDump() throws {
        let seeds = try SeedFile(path: "seeds/stage1.claims")
        let r = try Stage1Check(seeds: seeds).run()
        for p in Particle.allCases {
            let pc = Stage1Derivation.pieces(of: r.squaredMatrixElement[p]!)
            for (n, x) in [("lead", pc.leading), ("q", pc.q), ("P", pc.P)] {
                print("== \(p) \(n) terms=\(x.terms.count) symbols=\(x.symbols)")
                print(PlainTextPrinter.text(x))
            }
        }
    }
}
