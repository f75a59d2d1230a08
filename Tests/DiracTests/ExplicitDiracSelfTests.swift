// Self-tests of the explicit 4×4 Dirac algebra in TestSupport/ExplicitDirac.swift. These do not use
// the symbolic engine: they pin the conventions that the cross-checks rely on.

import XCTest
import Algebra
import TestSupport

final class ExplicitDiracSelfTests: XCTestCase {
    typealias D = Dirac4

    func testCliffordRelation() {
        for mu in 0..<4 {
            for nu in 0..<4 {
                let anticommutator = D.gamma[mu] * D.gamma[nu] + D.gamma[nu] * D.gamma[mu]
                XCTAssertTrue(isClose(anticommutator, (2 * D.metric(mu, nu)) * Matrix4.identity),
                              "{γ^\(mu), γ^\(nu)} ≠ 2g^{\(mu)\(nu)}")
            }
        }
    }

    func testGamma5() {
        XCTAssertTrue(isClose(D.gamma5 * D.gamma5, .identity), "γ5² ≠ 1")
        XCTAssertTrue(isClose(D.gamma5.adjoint, D.gamma5), "γ5 not Hermitian")
        for mu in 0..<4 {
            XCTAssertTrue(isClose(D.gamma5 * D.gamma[mu] + D.gamma[mu] * D.gamma5, .zero),
                          "{γ5, γ^\(mu)} ≠ 0")
        }
        // In the Dirac representation γ5 is the off-diagonal block [[0, 1], [1, 0]].
        var expected = Matrix4.zero
        expected[0, 2] = .one; expected[1, 3] = .one; expected[2, 0] = .one; expected[3, 1] = .one
        XCTAssertTrue(isClose(D.gamma5, expected))
        XCTAssertTrue(isClose(D.gamma5.trace, .zero))
    }

    /// tr(γ5 γ^0γ^1γ^2γ^3) = −4i, hence with ε^{0123} = +1 and eps(a,b,c,d) = ε_{μνρσ}a^μb^νc^ρd^σ:
    ///     tr(γ5 a̸ b̸ c̸ d̸) = −4i ε^{μνρσ} a_μ b_ν c_ρ d_σ = −4i · eps(a,b,c,d).
    func testGamma5TraceSign() {
        let t = (D.gamma5 * Matrix4.product(D.gamma)).trace
        XCTAssertTrue(isClose(t, Complex(0, -4)), "tr(γ5 γ0γ1γ2γ3) = \(t)")
        XCTAssertEqual(D.eps(D.frame(0), D.frame(1), D.frame(2), D.frame(3)), -1)
        XCTAssertEqual(D.epsilonUpper(0, 1, 2, 3), 1)
        XCTAssertEqual(D.epsilonLower(0, 1, 2, 3), -1)
        // Component form: tr(γ5 γ^μγ^νγ^ργ^σ) = −4i ε^{μνρσ} for all index values.
        for mu in 0..<4 { for nu in 0..<4 { for rho in 0..<4 { for sigma in 0..<4 {
            let t = (D.gamma5 * D.gamma[mu] * D.gamma[nu] * D.gamma[rho] * D.gamma[sigma]).trace
            XCTAssertTrue(isClose(t, Complex(0, -4 * D.epsilonUpper(mu, nu, rho, sigma))),
                          "tr(γ5 γ^\(mu)γ^\(nu)γ^\(rho)γ^\(sigma)) = \(t)")
        } } } }
        var rng = SplitMix64(seed: 0x5EED_0001)
        for _ in 0..<100 {
            let a = rng.vector(), b = rng.vector(), c = rng.vector(), d = rng.vector()
            let t = (D.gamma5 * D.slash(a) * D.slash(b) * D.slash(c) * D.slash(d)).trace
            XCTAssertTrue(isClose(t, Complex(0, -4 * D.eps(a, b, c, d))), "tr(γ5 a̸b̸c̸d̸) = \(t)")
        }
    }

    func testSlashTraces() {
        var rng = SplitMix64(seed: 0x5EED_0002)
        for _ in 0..<100 {
            let a = rng.vector(), b = rng.vector(), c = rng.vector(), d = rng.vector()
            XCTAssertTrue(isClose((D.slash(a) * D.slash(a)), D.dot(a, a) * Matrix4.identity), "a̸a̸ ≠ a²")
            XCTAssertTrue(isClose(D.slash(a).trace, .zero))
            XCTAssertTrue(isClose((D.slash(a) * D.slash(b)).trace, Complex(4 * D.dot(a, b))))
            XCTAssertTrue(isClose((D.slash(a) * D.slash(b) * D.slash(c)).trace, .zero))
            let expected = 4 * (D.dot(a, b) * D.dot(c, d) - D.dot(a, c) * D.dot(b, d) + D.dot(a, d) * D.dot(b, c))
            let t = (D.slash(a) * D.slash(b) * D.slash(c) * D.slash(d)).trace
            XCTAssertTrue(isClose(t, Complex(expected)), "tr(a̸b̸c̸d̸) = \(t), expected \(expected)")
            XCTAssertTrue(isClose((D.gamma5 * D.slash(a) * D.slash(b)).trace, .zero))
        }
    }

    func testDiracConjugates() {
        for mu in 0..<4 {
            XCTAssertTrue(isClose(D.bar(D.gamma[mu]), D.gamma[mu]), "bar(γ^\(mu)) ≠ γ^\(mu)")
            let axial = D.gamma[mu] * D.gamma5
            XCTAssertTrue(isClose(D.bar(axial), axial), "bar(γ^\(mu)γ5) ≠ γ^\(mu)γ5")
            for nu in 0..<4 {
                let isigma = Complex.i * D.sigma(mu, nu)
                XCTAssertTrue(isClose(D.bar(isigma), -isigma), "bar(iσ^{\(mu)\(nu)}) ≠ −iσ")
                XCTAssertTrue(isClose(D.bar(D.sigma(mu, nu)), D.sigma(mu, nu)), "bar(σ) ≠ σ")
            }
        }
        XCTAssertTrue(isClose(D.bar(D.gamma5), -D.gamma5), "bar(γ5) ≠ −γ5")
        XCTAssertTrue(isClose(D.bar(Complex.i * D.gamma5), Complex.i * D.gamma5), "bar(iγ5) ≠ iγ5")
        // bar reverses products: bar(a̸ b̸ γ5) = bar(γ5) b̸ a̸ = −γ5 b̸ a̸.
        var rng = SplitMix64(seed: 0x5EED_0003)
        let a = D.slash(rng.vector()), b = D.slash(rng.vector())
        XCTAssertTrue(isClose(D.bar(a * b * D.gamma5), -(D.gamma5 * b * a)))
    }

    /// γ^μγ^νγ^ρ = g^{μν}γ^ρ − g^{μρ}γ^ν + g^{νρ}γ^μ + s · i ε^{μνρσ} γ_σ γ5: the sign s is +1
    /// with ε^{0123} = +1 and γ5 = iγ^0γ^1γ^2γ^3 (e.g. γ^0γ^1γ^2 = −iγ^3γ5 = +i ε^{0123} γ_3 γ5).
    func testThreeGammaIdentitySign() {
        for sign in [1.0, -1.0] {
            var holds = true
            for mu in 0..<4 { for nu in 0..<4 { for rho in 0..<4 {
                let lhs = D.gamma[mu] * D.gamma[nu] * D.gamma[rho]
                var rhs = D.metric(mu, nu) * D.gamma[rho] - D.metric(mu, rho) * D.gamma[nu]
                    + D.metric(nu, rho) * D.gamma[mu]
                for sigma in 0..<4 {
                    let e = D.epsilonUpper(mu, nu, rho, sigma)
                    if e != 0 { rhs = rhs + Complex(0, sign * e) * (D.gammaLower[sigma] * D.gamma5) }
                }
                if !isClose(lhs, rhs) { holds = false }
            } } }
            XCTAssertEqual(holds, sign == 1, "three-gamma identity with sign \(sign): holds = \(holds)")
        }
    }

    func testSigmaContractedWithVectors() {
        var rng = SplitMix64(seed: 0x5EED_0004)
        let a = rng.vector(), b = rng.vector()
        var sum = Matrix4.zero
        for mu in 0..<4 { for nu in 0..<4 {
            sum = sum + (D.metric(mu, mu) * a[mu] * D.metric(nu, nu) * b[nu]) * D.sigma(mu, nu)
        } }
        XCTAssertTrue(isClose(sum, D.sigma(a, b)))
    }

    func testSplitMixIsDeterministic() {
        var r1 = SplitMix64(seed: 42), r2 = SplitMix64(seed: 42)
        for _ in 0..<10 { XCTAssertEqual(r1.next(), r2.next()) }
        // Reference value of SplitMix64 for seed 0 (first output).
        var r0 = SplitMix64(seed: 0)
        XCTAssertEqual(r0.next(), 0xE220_A839_7B1D_CDAF)
        var r = SplitMix64(seed: 7)
        for _ in 0..<1000 {
            let x = r.uniform(-2, 2)
            XCTAssertTrue(x >= -2 && x < 2)
        }
    }

    func testPolynomialEvaluator() throws {
        let vectors: [String: [Double]] = ["k": [1, 2, 3, 4], "p": [0.5, -1, 0, 2], "q": [2, 0, 1, -1]]
        // 3·k.p − (1/2)·I·eps(e0,e1,e2,e3)·cV² / m + eps(k,p,q,e0)
        let pairs: [(Monomial, Rational)] = [
            (Monomial(Symbol("k.p")), Rational(3)),
            (Monomial.product(Monomial.product(Monomial(Symbol("I")), Monomial(Symbol("eps(e0,e1,e2,e3)"))).monomial,
                              Monomial.product(Monomial(Symbol("cV"), 2), Monomial(Symbol("m"), -1)).monomial).monomial,
             try Rational(-1, 2)),
            (Monomial(Symbol("eps(k,p,q,e0)")), Rational(1)),
        ]
        let p = Polynomial(collecting: pairs)
        let v = complexValue(of: p, vectors: vectors, scalars: ["cV": 3, "m": 2])
        // k.p = 0.5 + 2 − 0 − 8 = −5.5; eps(e0..e3) = −1 → −(1/2)·i·(−1)·9/2 = +2.25i
        // eps(k,p,q,e0) = −det[k;p;q;e0] = −(−det of spatial 3×3 of k,p,q) ... computed below.
        let spatial = [[2.0, 3, 4], [-1, 0, 2], [0, 1, -1]]
        let det3 = spatial[0][0] * (spatial[1][1] * spatial[2][2] - spatial[1][2] * spatial[2][1])
            - spatial[0][1] * (spatial[1][0] * spatial[2][2] - spatial[1][2] * spatial[2][0])
            + spatial[0][2] * (spatial[1][0] * spatial[2][1] - spatial[1][1] * spatial[2][0])
        // det[k;p;q;e0] expanded along the last row (1,0,0,0): (−1)^{4+1}·det3 = −det3.
        let epsValue = det3
        XCTAssertTrue(isClose(v, Complex(3 * -5.5 + epsValue, 2.25)), "\(v)")
        XCTAssertTrue(isClose(complexValue(of: Polynomial(Symbol("p.q")), vectors: vectors),
                              Complex(D.dot(vectors["p"]!, vectors["q"]!))))
        XCTAssertTrue(isClose(complexValue(of: Polynomial(Symbol("e0.e0")), vectors: [:]), Complex(1)))
        XCTAssertTrue(isClose(complexValue(of: Polynomial(Symbol("e3.e3")), vectors: [:]), Complex(-1)))
        XCTAssertTrue(isClose(complexValue(of: Polynomial(Symbol("e1.k")), vectors: vectors), Complex(-2)))
    }
}
