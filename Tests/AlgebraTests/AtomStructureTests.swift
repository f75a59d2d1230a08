import XCTest
@testable import Algebra

/// Atoms carry their kind and operands: the factories and the spelling read once at interning
/// agree, whichever made the atom first, and the invariants' `decompose` reads the stored form.
final class AtomStructureTests: XCTestCase {
    func testFactoriesAndSpellingsAgree() {
        // Spelling first, then factory (fresh names, so the order of creation is the one written).
        let a = Symbol("atomTestK.atomTestP")
        XCTAssertEqual(Symbol.minkowskiDot("atomTestP", "atomTestK"), a)
        XCTAssertEqual(a.structure, AtomStructure(.minkowskiDot, ["atomTestK", "atomTestP"]))
        // Factory first, then spelling.
        let t = Symbol.triple(sorted: ["atomA", "atomB", "atomC"])
        XCTAssertEqual(Symbol("triple(atomA,atomB,atomC)"), t)
        XCTAssertEqual(Symbol("triple(atomA,atomB,atomC)").structure.kind, .triple)
        XCTAssertEqual(Symbol.dot("q", "Om"), Symbol("dot(Om,q)"))
        XCTAssertEqual(Symbol.epsilon(sorted: ["a", "b", "c", "d"]).structure.operands, ["a", "b", "c", "d"])
    }

    func testKindsOfSpellings() {
        let cases: [(String, AtomStructure.Kind, [String])] = [
            ("p.p'", .minkowskiDot, ["p", "p'"]), ("e3.p", .minkowskiDot, ["e3", "p"]),
            ("dot(B,Om)", .dot, ["B", "Om"]), ("triple(B,Om,q)", .triple, ["B", "Om", "q"]),
            ("eps(k,k',p,p')", .epsilon, ["k", "k'", "p", "p'"]),
            ("cV", .plain, []), ("vec(W_1)", .plain, []), ("dot(a,b,c)", .plain, []), ("eps(a,b)", .plain, []),
            (".p", .plain, []), ("p.", .plain, []), ("(1-2*f0)", .plain, []),
        ]
        for (name, kind, operands) in cases {
            XCTAssertEqual(Symbol(name).structure.kind, kind, name)
            if kind != .plain { XCTAssertEqual(Symbol(name).structure.operands, operands, name) }
        }
    }

    func testDecomposeReadsTheStructure() throws {
        XCTAssertEqual(LorentzInvariants.decompose(Symbol("k.p"))?.arguments, ["k", "p"])
        XCTAssertEqual(LorentzInvariants.decompose(Symbol("eps(a,b,c,d)"))?.kind, "eps")
        XCTAssertNil(LorentzInvariants.decompose(Symbol("dot(a,b)")))
        XCTAssertEqual(Vector3Space.decompose(Symbol("triple(a,b,c)"))?.arguments, ["a", "b", "c"])
        XCTAssertNil(Vector3Space.decompose(Symbol("a.b")))
        let (sign, eps) = try XCTUnwrap(LorentzInvariants.epsilonSymbol("p", "k", "q", "e0"))
        XCTAssertEqual(eps.name, "eps(e0,k,p,q)")
        XCTAssertEqual(sign, 1)  // (p,k,q,e0) → (e0,k,p,q) is the 3-cycle p→q→e0→p: even
    }
}
