import XCTest

final class DerivationTestsSmoke: XCTestCase {
    func testBuilds() { XCTAssertTrue(true) }
}
