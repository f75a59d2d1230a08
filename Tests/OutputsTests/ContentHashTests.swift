import XCTest
import Outputs

/// SHA-256 against the FIPS 180-2 example vectors (one-block, two-block, padding edge).
final class ContentHashTests: XCTestCase {
    func testStandardVectors() {
        XCTAssertEqual(ContentHash.sha256(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(ContentHash.sha256("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(ContentHash.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(ContentHash.sha256("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
                       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        XCTAssertEqual(ContentHash.sha256(String(repeating: "a", count: 10_000)),
                       "27dd1f61b867b6a0f6e9d8a41c43231de52107e53ae424de8f847b821db4b711")
    }

    func testUnicodeIsHashedAsUTF8() {
        XCTAssertEqual(ContentHash.sha256("Ω"), ContentHash.sha256(Array("Ω".utf8)))
        XCTAssertNotEqual(ContentHash.sha256("Ω"), ContentHash.sha256("O"))
    }
}
