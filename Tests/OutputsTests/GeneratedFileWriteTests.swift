import XCTest
import Foundation
import Outputs

/// `GeneratedFile.write` when a file stands where a folder must be (red team: `figure1 --output FILE`
/// and a file named `derivations/figure1` were reported as "A file with the same name already
/// exists" / "NSCocoaErrorDomain error 512" against the file to be written).
final class GeneratedFileWriteTests: XCTestCase {
    func temporaryRoot() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("generated-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        return root
    }

    func assertRefused(_ file: GeneratedFile, under root: URL, _ message: String, line: UInt = #line) {
        XCTAssertThrowsError(try file.write(under: root.path), line: line) { error in
            XCTAssertEqual("\(error)", message, line: line)
        }
    }

    func testAFileInTheWayOfAFolderIsNamed() throws {
        let root = try temporaryRoot()
        let file = GeneratedFile(path: "derivations/figure1/README.md", contents: "x\n")
        try Data("not a folder\n".utf8).write(to: root.appendingPathComponent("derivations"))
        assertRefused(file, under: root, "\(root.path)/derivations: not a folder, but \(root.path)/derivations/figure1/README.md is to be written inside it")
        try FileManager.default.removeItem(at: root.appendingPathComponent("derivations"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("derivations"), withIntermediateDirectories: true)
        try Data("not a folder\n".utf8).write(to: root.appendingPathComponent("derivations/figure1"))
        assertRefused(file, under: root, "\(root.path)/derivations/figure1: not a folder, but \(root.path)/derivations/figure1/README.md is to be written inside it")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("derivations").path), ["figure1"])

        let plain = root.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: plain)
        assertRefused(file, under: plain, "\(plain.path): not a folder, but \(plain.path)/derivations/figure1/README.md is to be written inside it")

        // The ordinary case still writes, through folders it creates, and leaves no temporary file.
        try FileManager.default.removeItem(at: root.appendingPathComponent("derivations/figure1"))
        try file.write(under: root.path)
        XCTAssertEqual(try String(contentsOf: root.appendingPathComponent(file.path), encoding: .utf8), "x\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("derivations/figure1").path), ["README.md"])
    }
}
