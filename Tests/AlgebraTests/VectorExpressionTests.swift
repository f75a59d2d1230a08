import XCTest
@testable import Algebra
import TestSupport

/// Symbolic 3-vector identities checked against explicit random Cartesian vectors.
final class VectorExpressionTests: XCTestCase {
    let names = ["a", "b", "c", "d", "B"]
    let space = Vector3Space(unitVectors: ["B"])

    func randomVectors(_ rng: inout SplitMix64) -> [String: SIMD3<Double>] {
        var v: [String: SIMD3<Double>] = [:]
        for n in names {
            v[n] = SIMD3(Double.random(in: -2...2, using: &rng), Double.random(in: -2...2, using: &rng),
                         Double.random(in: -2...2, using: &rng))
        }
        let b = v["B"]!
        v["B"] = b / Vector3Space.dotProduct(b, b).squareRoot()
        return v
    }

    func assertClose(_ x: Double, _ y: Double, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(x, y, accuracy: 1e-9 * max(1, abs(x), abs(y)), message, file: file, line: line)
    }

    func assertClose(_ x: SIMD3<Double>, _ y: SIMD3<Double>, file: StaticString = #filePath, line: UInt = #line) {
        for i in 0..<3 { assertClose(x[i], y[i], "component \(i)", file: file, line: line) }
    }

    func v(_ name: String) -> VectorExpression { VectorExpression(name) }

    func testCanonicalCross() throws {
        XCTAssertEqual(VectorExpression.cross("b", "a"), -VectorExpression.cross("a", "b"))
        XCTAssertEqual(VectorExpression.cross("a", "a"), .zero)
        XCTAssertEqual(try v("a").cross(v("a")), .zero)
        XCTAssertEqual(try v("b").cross(v("a")).description, "-cross(a,b)")
        XCTAssertEqual(try v("a").dot(VectorExpression.cross("b", "c")), try v("c").dot(VectorExpression.cross("a", "b")))
    }

    /// a×(b×c) = b(a·c) − c(a·b) and (a×b)×c = b(a·c) − a(b·c), symbolically and numerically.
    func testBacCab() throws {
        let (a, b, c) = (v("a"), v("b"), v("c"))
        let lhs = try a.cross(b.cross(c, in: space), in: space)
        let rhs = try a.dot(c, in: space) * b - a.dot(b, in: space) * c
        XCTAssertEqual(lhs, rhs)
        var rng = SplitMix64(seed: 11)
        for _ in 0..<50 {
            let x = randomVectors(&rng)
            let direct = Vector3Space.crossProduct(x["a"]!, Vector3Space.crossProduct(x["b"]!, x["c"]!))
            assertClose(try lhs.numericValue(vectors: x), direct)
            let left = try a.cross(b, in: space).cross(c, in: space)
            assertClose(try left.numericValue(vectors: x),
                        Vector3Space.crossProduct(Vector3Space.crossProduct(x["a"]!, x["b"]!), x["c"]!))
        }
    }

    /// (a×b)·(c×d) = (a·c)(b·d) − (a·d)(b·c) and (a×b)×(c×d) = c[a,b,d] − d[a,b,c].
    func testLagrangeAndDoubleCross() throws {
        let ab = VectorExpression.cross("a", "b"), cd = VectorExpression.cross("c", "d")
        let lagrange = try ab.dot(cd, in: space)
        XCTAssertEqual(lagrange.description, "dot(a,c)*dot(b,d) - dot(a,d)*dot(b,c)")
        let doubleCross = try ab.cross(cd, in: space)
        var rng = SplitMix64(seed: 12)
        for _ in 0..<50 {
            let x = randomVectors(&rng)
            let (a, b, c, d) = (x["a"]!, x["b"]!, x["c"]!, x["d"]!)
            assertClose(try Vector3Space.numericValue(of: lagrange, vectors: x),
                        Vector3Space.dotProduct(Vector3Space.crossProduct(a, b), Vector3Space.crossProduct(c, d)))
            assertClose(try doubleCross.numericValue(vectors: x),
                        Vector3Space.crossProduct(Vector3Space.crossProduct(a, b), Vector3Space.crossProduct(c, d)))
        }
    }

    func testTripleCyclicityAndAntisymmetry() throws {
        func triple(_ x: String, _ y: String, _ z: String) throws -> Polynomial {
            try v(x).dot(v(y).cross(v(z), in: space), in: space)
        }
        let abc = try triple("a", "b", "c")
        XCTAssertEqual(abc.description, "triple(a,b,c)")
        XCTAssertEqual(try triple("b", "c", "a"), abc)
        XCTAssertEqual(try triple("c", "a", "b"), abc)
        XCTAssertEqual(try triple("b", "a", "c"), -abc)
        XCTAssertEqual(try triple("a", "c", "b"), -abc)
        XCTAssertEqual(try triple("a", "b", "a"), .zero)
        var rng = SplitMix64(seed: 13)
        for _ in 0..<20 {
            let x = randomVectors(&rng)
            assertClose(try Vector3Space.numericValue(of: abc, vectors: x),
                        Vector3Space.dotProduct(x["a"]!, Vector3Space.crossProduct(x["b"]!, x["c"]!)))
        }
    }

    /// [a,b,c][d,B,c] reduces to the Gram determinant, with B·B = 1.
    func testGramReduction() throws {
        let t1 = space.triple("a", "b", "c"), t2 = space.triple("d", "B", "c")
        let reduced = try space.normalized(t1 * t2)
        XCTAssertFalse(reduced.symbols.contains { $0.name.hasPrefix("triple(") })
        let square = try space.normalized(t2 * t2)
        XCTAssertFalse(square.symbols.contains(Symbol("dot(B,B)")))
        var rng = SplitMix64(seed: 14)
        for _ in 0..<50 {
            let x = randomVectors(&rng)
            let direct = try Vector3Space.numericValue(of: t1, vectors: x) * Vector3Space.numericValue(of: t2, vectors: x)
            assertClose(try Vector3Space.numericValue(of: reduced, vectors: x), direct)
            let t2v = try Vector3Space.numericValue(of: t2, vectors: x)
            assertClose(try Vector3Space.numericValue(of: square, vectors: x), t2v * t2v)
        }
    }

    /// Random linear combinations: dot and cross agree with component arithmetic.
    func testRandomCombinations() throws {
        var rng = SplitMix64(seed: 15)
        let scalars = [Symbol("s"), Symbol("t")]
        func combination() throws -> VectorExpression {
            var e = VectorExpression.zero
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let c = Polynomial(scalars[Int.random(in: 0...1, using: &rng)]).scaled(by: Rational(Int.random(in: -3...3, using: &rng)))
                let basis: VectorExpression = Bool.random(using: &rng)
                    ? v(names[Int.random(in: 0...4, using: &rng)])
                    : VectorExpression.cross(names[Int.random(in: 0...4, using: &rng)], names[Int.random(in: 0...4, using: &rng)])
                e = try e + c * basis
            }
            return e
        }
        for _ in 0..<100 {
            let u = try combination(), w = try combination()
            let x = randomVectors(&rng)
            let values: [Symbol: Double] = [scalars[0]: 0.7, scalars[1]: -1.3]
            let uv = try u.numericValue(vectors: x, scalars: values), wv = try w.numericValue(vectors: x, scalars: values)
            assertClose(try Vector3Space.numericValue(of: u.dot(w, in: space), vectors: x, scalars: values),
                        Vector3Space.dotProduct(uv, wv))
            assertClose(try u.cross(w, in: space).numericValue(vectors: x, scalars: values), Vector3Space.crossProduct(uv, wv))
        }
    }
}
