import XCTest

final class AlgebraTestsSmoke: XCTestCase {
    func testBuilds() { XCTAssertTrue(true) }
}
