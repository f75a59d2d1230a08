import XCTest

final class DiracTestsSmoke: XCTestCase {
    func testBuilds() { XCTAssertTrue(true) }
}
