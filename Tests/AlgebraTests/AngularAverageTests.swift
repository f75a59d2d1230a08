import Foundation
import XCTest
@testable import Algebra
import TestSupport

/// Azimuthal and sphere averages: exact identities and quadrature on random vectors.
final class AngularAverageTests: XCTestCase {
    let context = ParseContext(scalars: .any, vectors: ["a", "b", "c", "h"], unitVectors: ["B", "Om", "Om'"])
    var space: Vector3Space { context.space }
    let mu = Symbol("mup")

    func parse(_ s: String) throws -> Polynomial { try Polynomial(parsing: s, context: context) }
    func vector(_ s: String) throws -> VectorExpression { try ExpressionParser(context: context).parseVector(s) }

    func randomVector(_ rng: inout SplitMix64, unit: Bool = false) -> SIMD3<Double> {
        let v = SIMD3(Double.random(in: -1...1, using: &rng), Double.random(in: -1...1, using: &rng), Double.random(in: -1...1, using: &rng))
        return unit ? v / Vector3Space.dotProduct(v, v).squareRoot() : v
    }

    /// Two unit vectors orthogonal to the unit vector n.
    func frame(_ n: SIMD3<Double>) -> (SIMD3<Double>, SIMD3<Double>) {
        let helper = abs(n.x) < 0.9 ? SIMD3<Double>(1, 0, 0) : SIMD3<Double>(0, 1, 0)
        var e1 = Vector3Space.crossProduct(n, helper)
        e1 /= Vector3Space.dotProduct(e1, e1).squareRoot()
        return (e1, Vector3Space.crossProduct(n, e1))
    }

    /// Σ over a Gauss–Legendre(cos θ) × uniform(φ) grid of f(n)/(4π)·dΩ.
    func sphereQuadrature(_ f: (SIMD3<Double>) -> SIMD3<Double>) -> SIMD3<Double> {
        var total = SIMD3<Double>(0, 0, 0)
        let phis = 24
        for (x, weight) in Quadrature.gaussLegendre(12) {
            let s = (1 - x * x).squareRoot()
            for j in 0..<phis {
                let phi = 2 * Double.pi * Double(j) / Double(phis)
                total += (weight / 2 / Double(phis)) * f(SIMD3(s * cos(phi), s * sin(phi), x))
            }
        }
        return total
    }

    func assertClose(_ x: Double, _ y: Double, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(x, y, accuracy: 1e-10 * max(1, abs(x), abs(y)), message, file: file, line: line)
    }

    func testExactSphereIdentities() throws {
        XCTAssertEqual(try AngularAverages.sphereFirstMoment(.one, over: "Om", in: space), .zero)           // ⟨Ω⟩ = 0
        XCTAssertEqual(try AngularAverages.sphereFirstMoment(parse("dot(Om,a)"), over: "Om", in: space),
                       try vector("a/3"))                                                                  // ⟨Ω(Ω·a)⟩ = a/3
        XCTAssertEqual(try AngularAverages.sphereFirstMoment(parse("dot(Om,a)*dot(Om,b)*dot(Om,c)"), over: "Om", in: space),
                       try vector("(dot(b,c)*a + dot(a,c)*b + dot(a,b)*c)/15"))
        XCTAssertEqual(try AngularAverages.sphereFirstMoment(parse("dot(Om,a)^3"), over: "Om", in: space), try vector("dot(a,a)*a/5"))
        XCTAssertEqual(try AngularAverages.sphere(parse("dot(Om,a)^2"), over: "Om", in: space), try parse("dot(a,a)/3"))
        XCTAssertEqual(try AngularAverages.sphere(parse("x*dot(B,Om)^2 + dot(Om,a)"), over: "Om", in: space), try parse("x/3"))
        XCTAssertEqual(try AngularAverages.sphere(parse("dot(Om,a)^4"), over: "Om", in: space), try parse("dot(a,a)^2/5"))
        XCTAssertEqual(try AngularAverages.sphere(parse("dot(Om,a)*triple(Om,b,c)"), over: "Om", in: space), try parse("triple(a,b,c)/3"))
        // ∫dΩ/4π Ω×a (Ω·b) = (b/3)×a
        XCTAssertEqual(try AngularAverages.sphere(vector("dot(Om,b)*cross(Om,a)"), over: "Om", in: space), try vector("-cross(a,b)/3"))
        XCTAssertThrowsError(try AngularAverages.sphere(parse("dot(a,b)"), over: "a", in: space))          // not a unit vector
        XCTAssertThrowsError(try AngularAverages.sphere(parse("1/dot(Om,a)"), over: "Om", in: space))
    }

    func testExactAzimuthalIdentities() throws {
        func average(_ s: String) throws -> Polynomial {
            try AngularAverages.azimuthal(parse(s), of: "Om'", about: "Om", cosine: mu, in: space)
        }
        XCTAssertEqual(try average("dot(Om',a)"), try parse("mup*dot(Om,a)"))
        XCTAssertEqual(try average("dot(Om,Om')^2 + mup"), try parse("mup^2 + mup"))
        XCTAssertEqual(try average("dot(Om',a)*dot(Om',b)"),
                       try parse("mup^2*dot(Om,a)*dot(Om,b) + (1 - mup^2)/2*(dot(a,b) - dot(Om,a)*dot(Om,b))"))
        XCTAssertEqual(try average("dot(B,Om')^2"), try parse("mup^2*dot(B,Om)^2 + (1 - mup^2)/2*(1 - dot(B,Om)^2)"))
        XCTAssertEqual(try average("triple(Om,Om',a)"), 0)
        XCTAssertEqual(try average("x*dot(a,b)"), try parse("x*dot(a,b)"))
    }

    /// Random polynomials in invariants with Om' against a uniform φ grid at fixed μ'.
    func testAzimuthalAgainstQuadrature() throws {
        var rng = SplitMix64(seed: 501)
        let samples = ["dot(Om',a)^3*dot(Om',b)*x + 3*dot(Om',h)*dot(Om,Om')^2 - dot(B,Om')^2*dot(Om',c)",
                       "triple(Om',a,b)*dot(Om',a) + dot(a,b)*dot(Om',B) + triple(B,Om,Om')^2",
                       "dot(Om',a)^2*dot(Om',b)^2*dot(Om',c)^2 + dot(Om',h)^4*dot(B,Om)",
                       "dot(Om',B)*dot(Om',h)*(1 - 2*dot(Om,Om')) + triple(B,Om',h)*dot(Om',a)^3"]
        for text in samples {
            let p = try parse(text)
            let average = try AngularAverages.azimuthal(p, of: "Om'", about: "Om", cosine: mu, in: space)
            XCTAssertFalse(average.symbols.contains { $0.name.contains("Om'") }, "\(average)")
            for _ in 0..<4 {
                var v: [String: SIMD3<Double>] = [:]
                for n in ["a", "b", "c", "h"] { v[n] = randomVector(&rng) }
                for n in ["B", "Om"] { v[n] = randomVector(&rng, unit: true) }
                let cosine = Double.random(in: -1...1, using: &rng), x = 0.37
                let (e1, e2) = frame(v["Om"]!)
                let phis = 32
                var numeric = 0.0
                for j in 0..<phis {
                    let phi = 2 * Double.pi * Double(j) / Double(phis)
                    var w = v
                    w["Om'"] = cosine * v["Om"]! + (1 - cosine * cosine).squareRoot() * (cos(phi) * e1 + sin(phi) * e2)
                    numeric += try Vector3Space.numericValue(of: p, vectors: w, scalars: [Symbol("x"): x, mu: cosine]) / Double(phis)
                }
                let exact = try Vector3Space.numericValue(of: average, vectors: v, scalars: [Symbol("x"): x, mu: cosine])
                assertClose(exact, numeric, text)
            }
        }
    }

    /// Sphere averages and first moments against Gauss–Legendre × uniform φ.
    func testSphereAgainstQuadrature() throws {
        var rng = SplitMix64(seed: 502)
        let samples = ["dot(Om,a)^3*dot(Om,b)*x + 3*dot(Om,h)*dot(B,Om)^2 - dot(B,Om)^2*dot(Om,c)",
                       "triple(Om,a,b)*dot(Om,a) + dot(a,b)*dot(B,Om) + triple(B,Om,h)^2*dot(Om,c)",
                       "dot(Om,a)^2*dot(Om,b)^2*dot(Om,c)^2*dot(Om,h) + dot(Om,h)^4 + x",
                       "dot(B,Om)*dot(Om,h)*dot(Om,a)^5"]
        for text in samples {
            let p = try parse(text)
            let average = try AngularAverages.sphere(p, over: "Om", in: space)
            let moment = try AngularAverages.sphereFirstMoment(p, over: "Om", in: space)
            for _ in 0..<3 {
                var v: [String: SIMD3<Double>] = [:]
                for n in ["a", "b", "c", "h"] { v[n] = randomVector(&rng) }
                v["B"] = randomVector(&rng, unit: true)
                let scalars = [Symbol("x"): 0.37]
                func integrand(_ n: SIMD3<Double>) -> Double {
                    var w = v
                    w["Om"] = n
                    return (try? Vector3Space.numericValue(of: p, vectors: w, scalars: scalars)) ?? .nan
                }
                let numericAverage = sphereQuadrature { SIMD3(repeating: integrand($0)) }.x
                let numericMoment = sphereQuadrature { $0 * integrand($0) }
                assertClose(try Vector3Space.numericValue(of: average, vectors: v, scalars: scalars), numericAverage, text)
                let exactMoment = try moment.numericValue(vectors: v, scalars: scalars)
                for i in 0..<3 { assertClose(exactMoment[i], numericMoment[i], "\(text) component \(i)") }
            }
        }
    }

    /// The Stage 3 pattern: azimuth of Ω' about Ω, then the first moment over Ω.
    func testComposedAverages() throws {
        let p = try parse("dot(Om',h)*dot(B,Om')*dot(B,Om) + dot(Om',h)*dot(Om,Om')")
        let azimuthal = try AngularAverages.azimuthal(p, of: "Om'", about: "Om", cosine: mu, in: space)
        let moment = try AngularAverages.sphereFirstMoment(azimuthal, over: "Om", in: space)
        // ⟨Ω(Ω·h)(Ω·B)²⟩ = (h + 2(h·B)B)/15 and ⟨Ω(Ω·B)⟩ = B/3 after the azimuthal average
        // ⟨(Ω'·h)(Ω'·B)⟩ = μ'²(Ω·h)(Ω·B) + (1 − μ'²)/2 [h·B − (Ω·h)(Ω·B)].
        XCTAssertEqual(moment, try vector("((3*mup^2 - 1)/30 + mup^2/3)*h + dot(B,h)*((3*mup^2 - 1)/15 + (1 - mup^2)/6)*B"))
    }
}
