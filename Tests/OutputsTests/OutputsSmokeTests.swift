import XCTest

final class OutputsSmokeTests: XCTestCase {
    func testBuilds() { XCTAssertTrue(true) }
}
