// Cross-checks of the symbolic trace engine against explicit 4×4 Dirac matrices at seeded
// random kinematic points. Each symbolic trace is computed once and evaluated numerically
// (PolynomialEvaluation.swift `complexValue`) at 100 points unless stated otherwise.

import XCTest
import Algebra
import Dirac
import TestSupport

final class TraceCrossCheckTests: XCTestCase {
    private func slashes(_ names: [String]) -> [TestExpr] { names.map { .slash($0) } }
    private let v = ["a", "b", "c", "d", "e", "f", "g", "h", "j", "k"]

    // MARK: slashed vectors

    func testProductsOfSlashedVectors() throws {
        for n in [2, 4, 6, 8] {
            let names = Array(v.prefix(n))
            try assertTracesAgree([.product(slashes(names))], vectors: names, seed: 0x1000 + UInt64(n), "tr(\(n) slashes)")
        }
        // Repeated vectors (a̸ a̸ = a²) and odd strings.
        try assertTracesAgree([.product(slashes(["a", "b", "a", "c", "b", "a"]))], vectors: ["a", "b", "c"],
                              seed: 0x1010, "tr(a b a c b a)")
        let odd = try assertTracesAgree([.product(slashes(["a", "b", "c", "d", "e"]))], vectors: Array(v.prefix(5)),
                                        points: 5, seed: 0x1011, "tr(5 slashes)")
        XCTAssertTrue(odd.isZero)
    }

    func testTenSlashedVectors() throws {
        try assertTracesAgree([.product(slashes(v))], vectors: v, points: 5, seed: 0x1100, "tr(10 slashes)")
    }

    // MARK: γ5

    func testGamma5InFront() throws {
        for n in [2, 4, 6, 8] {
            let names = Array(v.prefix(n))
            try assertTracesAgree([.product([.gamma5] + slashes(names))], vectors: names,
                                  seed: 0x2000 + UInt64(n), "tr(γ5 \(n) slashes)")
        }
        let s = try assertTracesAgree([.product([.gamma5] + slashes(["a", "b", "c", "d"]))], vectors: ["a", "b", "c", "d"],
                                      points: 1, seed: 0x2010, "tr(γ5 abcd)")
        // tr(γ5 a̸b̸c̸d̸) = −4i eps(a,b,c,d) exactly.
        XCTAssertEqual(s, Polynomial(collecting: [
            (Monomial.product(Monomial(.imaginaryUnit), Monomial(Symbol("eps(a,b,c,d)"))).monomial, Rational(-4)),
        ]))
    }

    func testGamma5InTheMiddleAndTwice() throws {
        try assertTracesAgree([.product(slashes(["a", "b"]) + [.gamma5] + slashes(["c", "d"]))],
                              vectors: ["a", "b", "c", "d"], seed: 0x2100, "tr(a b γ5 c d)")
        try assertTracesAgree([.product(slashes(["a", "b", "c"]) + [.gamma5] + slashes(["d", "e", "f"]))],
                              vectors: Array(v.prefix(6)), seed: 0x2101, "tr(a b c γ5 d e f)")
        try assertTracesAgree([.product(slashes(["a"]) + [.gamma5] + slashes(["b", "c", "d", "e", "f", "g", "h"]))],
                              vectors: Array(v.prefix(8)), seed: 0x2102, "tr(a γ5 b…h)")
        try assertTracesAgree([.product(slashes(["a", "b"]) + [.gamma5] + slashes(["c", "d", "e"]) + [.gamma5] + slashes(["f"]))],
                              vectors: Array(v.prefix(6)), seed: 0x2103, "tr(a b γ5 c d e γ5 f)")
        try assertTracesAgree([.product([.gamma5] + slashes(["a", "b", "c", "d", "e", "f"]) + [.gamma5] + slashes(["g", "h"]))],
                              vectors: Array(v.prefix(8)), seed: 0x2104, "tr(γ5 a…f γ5 g h)")
        // Chiral projectors: tr[a̸ (1−γ5) b̸ (1+γ5) c̸ d̸].
        let one = TestExpr.identity
        try assertTracesAgree([.product([.slash("a"), one - .gamma5, .slash("b"), one + .gamma5, .slash("c"), .slash("d")])],
                              vectors: ["a", "b", "c", "d"], seed: 0x2105, "tr(a (1−γ5) b (1+γ5) c d)")
    }

    func testTenVectorsWithGamma5() throws {
        try assertTracesAgree([.product([.gamma5] + slashes(v))], vectors: v, points: 3, seed: 0x2200, "tr(γ5 10 slashes)")
    }

    /// The short γ5 reduction (`Gamma5Reduction`, with its ε·ε = det step) on 12 distinct vectors
    /// (fast path) and, on the general path, with repeated vectors, index pairs and frame vectors.
    func testLongGamma5StringsOnBothPaths() throws {
        let twelve = v + ["l", "m"]
        try assertTracesAgree([.product([.gamma5] + slashes(twelve))], vectors: twelve, points: 2, seed: 0x2300,
                              "tr(γ5 12 slashes)")
        try assertTracesAgree([.product([.gamma5] + slashes(["a", "b", "c", "a", "d", "e", "f", "b", "g", "h"]))],
                              vectors: Array(v.prefix(8)), points: 5, seed: 0x2301, "tr(γ5 a b c a d e f b g h)")
        try assertTracesAgree([.product([.gamma5, .slash("a"), .index("mu"), .slash("b"), .slash("c"), .slash("d"), .index("nu"),
                                          .slash("e"), .index("mu"), .slash("f"), .index("nu")])],
                              vectors: Array(v.prefix(6)), points: 5, seed: 0x2302, "tr(γ5 a γ^μ b c d γ^ν e γ_μ f γ_ν)")
        try assertTracesAgree([.product([.gamma5, .fixed(0), .slash("a"), .slash("b"), .fixed(3), .slash("c"), .slash("d"),
                                          .slash("e"), .fixedLower(1), .slash("f"), .slash("a")])],
                              vectors: Array(v.prefix(6)), points: 5, seed: 0x2303, "tr(γ5 γ0 a b γ3 c d e γ_1 f a)")
        // A free index pair across two traces, each with γ5 and 8 slots.
        try assertTracesAgree([.product([.gamma5, .slash("a"), .index("mu"), .slash("b"), .slash("c"), .slash("d"), .slash("e"), .slash("f")]),
                               .product([.gamma5, .slash("g"), .slash("h"), .index("mu"), .slash("a"), .slash("b"), .slash("c"), .slash("j")])],
                              vectors: Array(v.prefix(9)), points: 5, seed: 0x2304, "tr(γ5 a γ^μ b…f) tr(γ5 g h γ_μ a b c j)")
    }

    // MARK: fixed indices

    func testFixedIndices() throws {
        for mu in 0..<4 {
            for nu in 0..<4 {
                try assertTracesAgree([.product([.fixed(mu), .slash("a"), .fixed(nu), .slash("b")])],
                                      vectors: ["a", "b"], seed: 0x3000 + UInt64(4 * mu + nu),
                                      "tr(γ^\(mu) a γ^\(nu) b)")
            }
        }
        try assertTracesAgree([.product([.gamma5, .fixed(0), .fixed(1), .fixed(2), .fixed(3)])], vectors: [],
                              points: 1, seed: 0x3010, "tr(γ5 γ0γ1γ2γ3)")
        try assertTracesAgree([.product([.fixed(0), .slash("a"), .fixed(3), .slash("b"), .gamma5, .slash("c"), .fixed(0)])],
                              vectors: ["a", "b", "c"], seed: 0x3011, "tr(γ0 a γ3 b γ5 c γ0)")
        try assertTracesAgree([.product([.fixed(0), .slash("a"), .fixedLower(3), .slash("b"), .fixed(2), .slash("c"),
                                          .gamma5, .fixed(1), .slash("d")])],
                              vectors: ["a", "b", "c", "d"], seed: 0x3012, "tr(γ0 a γ_3 b γ2 c γ5 γ1 d)")
        try assertTracesAgree([.product([.fixed(3), .fixed(3), .slash("a"), .fixed(0), .slash("b"), .fixed(0)])],
                              vectors: ["a", "b"], seed: 0x3013, "tr(γ3 γ3 a γ0 b γ0)")
    }

    /// Spin density matrices of the kind in Eq. (2): (p̸ + m)(1 + γ5 S̸)/2, S a vector, with
    /// fixed γ^0, γ^3 and a second one for p', inside the vector-current trace.
    func testDensityMatrixLikeStrings() throws {
        let one = TestExpr.identity
        let rho: (String, String) -> TestExpr = { p, s in
            .product([.slash(p) + .scalar("m"), one + .product([.gamma5, .slash(s)]), .number(1, 2)])
        }
        let rhoFrame: (String) -> TestExpr = { p in
            // (m γ^0 + m − p⃗·γ⃗ …) mixing fixed and slashed: m(1 + γ^0)/2 + (s/2) γ5 γ^3 (…) style terms.
            .sum([.product([.scalar("m"), one + .fixed(0), .number(1, 2)]),
                  .product([.scalar("s"), .gamma5, .fixed(3), one + .fixed(0), .number(1, 4)]),
                  .product([.slash(p), .scalar("s"), .gamma5, .fixed(3), .number(1, 2)])])
        }
        try assertTracesAgree([.product([rho("p2", "S2"), .index("mu"), rho("p1", "S1"), .index("nu")]),
                               .product([.slash("k2"), .index("mu"), .slash("k1"), .index("nu"), one - .gamma5])],
                              vectors: ["p1", "p2", "S1", "S2", "k1", "k2"], scalars: ["m"], seed: 0x3100,
                              "covariant density matrices ⊗ lepton tensor")
        try assertTracesAgree([.product([rhoFrame("p2"), .index("mu"), one - .gamma5, rhoFrame("p1"), .index("nu"),
                                          one - .gamma5]),
                               .product([.slash("k2"), .index("mu"), one - .gamma5, .slash("k1"), .index("nu")])],
                              vectors: ["p1", "p2", "k1", "k2"], scalars: ["m", "s"], seed: 0x3101,
                              "frame density matrices ⊗ lepton tensor")
    }

    // MARK: σ^{μν}

    func testSigmaContractedWithVectors() throws {
        try assertTracesAgree([.product([.sigma(.vector("a"), .vector("b")), .sigma(.vector("c"), .vector("d"))])],
                              vectors: ["a", "b", "c", "d"], seed: 0x4000, "tr(σ(a,b) σ(c,d))")
        try assertTracesAgree([.product([.sigma(.vector("a"), .vector("b")), .slash("c"), .slash("d"), .gamma5])],
                              vectors: ["a", "b", "c", "d"], seed: 0x4001, "tr(σ(a,b) c d γ5)")
        try assertTracesAgree([.product([.slash("a"), .sigma(.vector("b"), .vector("c")), .slash("d"),
                                          .sigma(.vector("e"), .vector("f"))])],
                              vectors: Array(v.prefix(6)), seed: 0x4002, "tr(a σ(b,c) d σ(e,f))")
        try assertTracesAgree([.product([.sigma(.vector("a"), .vector("b")), .gamma5, .sigma(.vector("c"), .vector("d")),
                                          .slash("e"), .slash("f")])],
                              vectors: Array(v.prefix(6)), seed: 0x4003, "tr(σ(a,b) γ5 σ(c,d) e f)")
        // σ^{μν} q_ν with μ contracted against γ_μ: tr(σ^{μ q} a̸ γ_μ b̸).
        try assertTracesAgree([.product([.sigma(.index("mu"), .vector("q")), .slash("a"), .index("mu"), .slash("b")])],
                              vectors: ["q", "a", "b"], seed: 0x4004, "tr(σ(μ,q) a γ_μ b)")
        // σ^{μν} σ_{μν}-type full contraction: tr(σ^{μν} a̸ σ_{μν} b̸).
        try assertTracesAgree([.product([.sigma(.index("mu"), .index("nu")), .slash("a"), .sigma(.index("mu"), .index("nu")),
                                          .slash("b")])],
                              vectors: ["a", "b"], seed: 0x4005, "tr(σ^{μν} a σ_{μν} b)")
        // With fixed indices: σ^{03}, σ^{12}.
        try assertTracesAgree([.product([.sigma(.vector("e0"), .vector("e3")), .slash("a"), .sigma(.vector("e1"), .vector("e2")),
                                          .slash("b"), .gamma5])],
                              vectors: ["a", "b"], seed: 0x4006, "tr(σ_{03} a σ_{12} b γ5)")
    }

    // MARK: summed index pairs inside one trace

    func testSummedIndexPairsInsideOneTrace() throws {
        try assertTracesAgree([.product([.index("mu"), .slash("a"), .slash("b"), .index("mu")])],
                              vectors: ["a", "b"], seed: 0x5000, "tr(γ^μ a b γ_μ)")
        try assertTracesAgree([.product([.index("mu"), .slash("a"), .slash("b"), .slash("c"), .index("mu"), .slash("d")])],
                              vectors: ["a", "b", "c", "d"], seed: 0x5001, "tr(γ^μ a b c γ_μ d)")
        try assertTracesAgree([.product([.index("mu"), .slash("a"), .slash("b"), .slash("c"), .slash("d"), .index("mu"),
                                          .slash("e"), .slash("f")])],
                              vectors: Array(v.prefix(6)), seed: 0x5002, "tr(γ^μ a b c d γ_μ e f)")
        try assertTracesAgree([.product([.index("mu"), .index("mu"), .slash("a"), .slash("b")])],
                              vectors: ["a", "b"], seed: 0x5003, "tr(γ^μ γ_μ a b)")
        try assertTracesAgree([.product([.index("mu"), .index("nu"), .slash("a"), .index("mu"), .slash("b"), .index("nu")])],
                              vectors: ["a", "b"], seed: 0x5004, "tr(γ^μ γ^ν a γ_μ b γ_ν)")
        try assertTracesAgree([.product([.gamma5, .index("mu"), .slash("a"), .slash("b"), .slash("c"), .index("mu"), .slash("d"),
                                          .slash("e"), .slash("f")])],
                              vectors: Array(v.prefix(6)), seed: 0x5005, "tr(γ5 γ^μ a b c γ_μ d e f)")
        try assertTracesAgree([.product([.index("mu"), .slash("a"), .gamma5, .slash("b"), .slash("c"), .index("nu"), .slash("d"),
                                          .index("mu"), .slash("e"), .index("nu")])],
                              vectors: Array(v.prefix(5)), seed: 0x5006, "tr(γ^μ a γ5 b c γ^ν d γ_μ e γ_ν)")
        try assertTracesAgree([.product([.index("mu"), .fixed(0), .slash("a"), .index("mu"), .fixed(3), .slash("b"), .gamma5])],
                              vectors: ["a", "b"], seed: 0x5007, "tr(γ^μ γ0 a γ_μ γ3 b γ5)")
    }

    // MARK: Dirac conjugate

    func testDiracConjugate() throws {
        let x: TestExpr = .sum([.product([.scalar("x"), .slash("a"), .slash("b"), .gamma5]),
                                .product([.imaginary, .sigma(.vector("a"), .vector("c"))]),
                                .product([.imaginary, .gamma5, .slash("c")]),
                                .product([.scalar("y"), .fixed(0), .fixed(3), .gamma5]),
                                .slash("d")])
        try assertTracesAgree([.product([.bar(x), .slash("a"), x, .slash("d")])],
                              vectors: ["a", "b", "c", "d"], scalars: ["x", "y"], seed: 0x6000, "tr(bar(X) a X d)")
        try assertTracesAgree([.product([.bar(x), .slash("c"), .bar(.bar(x)), .slash("b"), .gamma5])],
                              vectors: ["a", "b", "c", "d"], scalars: ["x", "y"], seed: 0x6001, "tr(bar(X) c X b γ5)")
    }

    // MARK: contracted pair of traces

    /// L_{μν} H^{μν} = tr[k̸' γ^μ (1−γ5) k̸ γ^ν (1−γ5)] · tr[p̸' γ_μ (cV − cA γ5) p̸ γ_ν (cV − cA γ5)].
    func testLeptonHadronContraction() throws {
        let one = TestExpr.identity
        let axial: TestExpr = .sum([.scalar("cV"), .product([.number(-1, 1), .scalar("cA"), .gamma5])])
        let lepton: TestExpr = .product([.slash("k2"), .index("mu"), one - .gamma5, .slash("k1"), .index("nu"), one - .gamma5])
        let hadron: TestExpr = .product([.slash("p2"), .index("mu"), axial, .slash("p1"), .index("nu"), axial])
        let s = try assertTracesAgree([lepton, hadron], vectors: ["k1", "k2", "p1", "p2"], scalars: ["cV", "cA"],
                                      seed: 0x7000, "L_{μν} H^{μν}")
        // Closed form (k = k1, k' = k2, p = p1, p' = p2, massless; the doubled (1−γ5) gives a factor 2):
        //   64[(cV+cA)² (k1·p1)(k2·p2) + (cV−cA)² (k1·p2)(k2·p1)].
        var rng = SplitMix64(seed: 0x7001)
        for _ in 0..<20 {
            let vectors = rng.vectors(["k1", "k2", "p1", "p2"])
            let cV = rng.uniform(-2, 2), cA = rng.uniform(-2, 2)
            let d = { (x: String, y: String) in Dirac4.dot(vectors[x]!, vectors[y]!) }
            let closed = 64 * ((cV + cA) * (cV + cA) * d("k1", "p1") * d("k2", "p2")
                                + (cV - cA) * (cV - cA) * d("k1", "p2") * d("k2", "p1"))
            let value = complexValue(of: s, vectors: vectors, scalars: ["cV": cV, "cA": cA])
            let matrices = numericTraceProduct([lepton, hadron], vectors: vectors, scalars: ["cV": cV, "cA": cA])
            XCTAssertTrue(isClose(value, Complex(closed), scale: abs(closed)), "engine \(value) vs closed \(closed)")
            XCTAssertTrue(isClose(matrices, Complex(closed), scale: abs(closed)), "matrices \(matrices) vs closed \(closed)")
        }
    }

    /// The full vertex of Eq. (1), Γ^μ = cV γ^μ + F2 iσ^{μν}q_ν/(2m) − cA γ^μγ5 with its bar,
    /// massive nucleons, contracted with the lepton tensor.
    func testFullVertexContraction() throws {
        let one = TestExpr.identity
        let gammaMu: (String) -> TestExpr = { mu in
            .sum([.product([.scalar("cV"), .index(mu)]),
                  .product([.scalar("F2"), .imaginary, .sigma(.index(mu), .vector("q")), .scalar("h")]),
                  .product([.number(-1, 1), .scalar("cA"), .index(mu), .gamma5])])
        }
        let lepton: TestExpr = .product([.slash("k2"), .index("mu"), one - .gamma5, .slash("k1"), .index("nu"), one - .gamma5])
        let hadron: TestExpr = .product([.slash("p2") + .scalar("m"), gammaMu("mu"), .slash("p1") + .scalar("m"),
                                         .bar(gammaMu("nu"))])
        try assertTracesAgree([lepton, hadron], vectors: ["k1", "k2", "p1", "p2", "q"],
                              scalars: ["cV", "cA", "F2", "m", "h"], seed: 0x7100, "lepton ⊗ full vertex hadron")
    }

    // MARK: random strings

    /// Random words over {a̸, b̸, c̸, d̸, γ5, γ^0…γ^3, σ(a,b)} with one summed index pair.
    func testRandomStrings() throws {
        var rng = SplitMix64(seed: 0x8000)
        let alphabet: [TestExpr] = [.slash("a"), .slash("b"), .slash("c"), .slash("d"), .gamma5,
                                    .fixed(0), .fixed(1), .fixed(2), .fixed(3), .sigma(.vector("a"), .vector("d"))]
        var nonzero = 0
        for word in 0..<16 {
            let length = 4 + Int(rng.next() % 5)
            var factors = (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            if word % 2 == 1 {
                let i = Int(rng.next() % UInt64(factors.count + 1))
                factors.insert(.index("mu"), at: i)
                let j = Int(rng.next() % UInt64(factors.count + 1))
                factors.insert(.index("mu"), at: j)
            }
            // Odd numbers of γ's have vanishing trace: make the number of Lorentz slots even.
            let slots = factors.reduce(0) { n, f in
                switch f {
                case .gamma5: return n
                case .sigma: return n + 2
                default: return n + 1
                }
            }
            if slots % 2 == 1 { factors.append(.slash("b")) }
            let s = try assertTracesAgree([.product(factors)], vectors: ["a", "b", "c", "d"], points: 100,
                                          seed: 0x8100 + UInt64(word), "random word \(word)")
            if !s.isZero { nonzero += 1 }
        }
        XCTAssertGreaterThanOrEqual(nonzero, 6, "too few random words have a nonzero trace to be a test")
    }
}
