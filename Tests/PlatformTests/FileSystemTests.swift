import Foundation
import Platform
import XCTest

/// `FileSystem` (the Glibc file layer of the Source targets) against Foundation's `FileManager`
/// and `Data`, the independent route: what one writes the other reads, and both list, create and
/// remove the same entries.
final class FileSystemTests: XCTestCase {
    func temporaryRoot() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("file-system-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        return root.path
    }

    func testWritesReadsAndListsAsFoundationDoes() throws {
        let root = try temporaryRoot()
        let folder = FileSystem.joining(root, "a/b/c")
        try FileSystem.createDirectories(folder)
        try FileSystem.createDirectories(folder)  // existing: no error
        var isFolder: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue)
        XCTAssertEqual(FileSystem.kind(of: folder), .directory)

        var random = SystemRandomNumberGenerator()
        let bytes = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let file = FileSystem.joining(folder, "data.bin")
        try FileSystem.writeNew(bytes, to: file + ".tmp")
        try FileSystem.rename(file + ".tmp", to: file)
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: file))), bytes)
        XCTAssertEqual(try FileSystem.contents(of: file), bytes)
        XCTAssertEqual(FileSystem.size(of: file), Int64(bytes.count))
        XCTAssertEqual(FileSystem.kind(of: file), .regularFile)
        XCTAssertEqual(FileSystem.prefix(of: file, maxCount: 10), Array(bytes.prefix(10)))
        XCTAssertNil(FileSystem.prefix(of: file, maxCount: 10, expectedSize: bytes.count - 1))
        XCTAssertThrowsError(try FileSystem.contents(of: file, maxCount: bytes.count - 1))

        try Data("x".utf8).write(to: URL(fileURLWithPath: FileSystem.joining(folder, "other")))
        try FileManager.default.createDirectory(atPath: FileSystem.joining(folder, "sub"), withIntermediateDirectories: false)
        XCTAssertEqual(try FileSystem.entries(ofDirectory: folder).sorted(),
                       try FileManager.default.contentsOfDirectory(atPath: folder).sorted())
        XCTAssertEqual(try FileSystem.entries(ofDirectory: folder).sorted(), ["data.bin", "other", "sub"])

        try FileSystem.remove(file)
        try FileSystem.remove(FileSystem.joining(folder, "sub"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["other"])
        XCTAssertEqual(FileSystem.kind(of: file), .missing)
        XCTAssertThrowsError(try FileSystem.remove(file)) { XCTAssertEqual("\($0)", "remove: No such file or directory") }
        XCTAssertThrowsError(try FileSystem.entries(ofDirectory: file))
        // A file where a folder is to be created is an error, not a silent success.
        XCTAssertThrowsError(try FileSystem.createDirectories(FileSystem.joining(folder, "other/deeper")))
    }

    func testTextIsUTF8WithoutAByteOrderMark() throws {
        let root = try temporaryRoot()
        let path = FileSystem.joining(root, "text")
        let text = "γ5 ν̄N\n"
        for prefix in [[], [0xEF, 0xBB, 0xBF] as [UInt8]] {
            try Data(prefix + Array(text.utf8)).write(to: URL(fileURLWithPath: path))
            XCTAssertEqual(FileSystem.text(of: path), text)
            XCTAssertEqual(FileSystem.text(of: path), try String(contentsOfFile: path, encoding: .utf8))
        }
        try Data([0x61, 0xFF, 0x62]).write(to: URL(fileURLWithPath: path))
        XCTAssertNil(FileSystem.text(of: path))
        XCTAssertNil(FileSystem.text(of: FileSystem.joining(root, "missing")))
        XCTAssertNil(FileSystem.text(of: root))  // a folder
        // /proc files report size 0 but are read to their end.
        XCTAssertTrue(FileSystem.text(of: "/proc/self/status")?.contains("VmHWM:") ?? false)
    }

    /// Regression (red team): a FIFO with no writer made `contents(of:)` block in `open` forever
    /// (`verify traces --seeds DIR` with a FIFO for a seed file hung); /dev/zero was read up to
    /// the limit. Both are refused at once, as is a folder; a regular file still reads.
    func testFIFOAndDevicesAreRefusedWithoutBlocking() throws {
        let root = try temporaryRoot()
        let fifo = FileSystem.joining(root, "fifo")
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        XCTAssertEqual(FileSystem.kind(of: fifo), .other)
        XCTAssertThrowsError(try FileSystem.contents(of: fifo)) {
            XCTAssertEqual("\($0)", "open (not a regular file): Invalid argument")
        }
        XCTAssertNil(FileSystem.text(of: fifo))
        XCTAssertThrowsError(try FileSystem.contents(of: "/dev/zero", maxCount: 1 << 30)) {
            XCTAssertEqual("\($0)", "open (not a regular file): Invalid argument")
        }
        XCTAssertThrowsError(try FileSystem.contents(of: root)) { XCTAssertEqual("\($0)", "read: Is a directory") }
        let file = FileSystem.joining(root, "file")
        try Data("ν".utf8).write(to: URL(fileURLWithPath: file))
        XCTAssertEqual(try FileSystem.contents(of: file), Array("ν".utf8))
    }

    /// Regression (red team): `report --output L` with L a dangling symbolic link failed with
    /// "mkdir: File exists"; the link is now named as such.
    func testADanglingLinkWhereAFolderIsToBeCreatedIsNamed() throws {
        let root = try temporaryRoot()
        let dangling = FileSystem.joining(root, "dangling")
        XCTAssertEqual(symlink(FileSystem.joining(root, "nowhere/x"), dangling), 0)
        XCTAssertThrowsError(try FileSystem.createDirectories(FileSystem.joining(dangling, "derivations"))) {
            XCTAssertEqual("\($0)", "mkdir \(dangling) (a dangling symbolic link): No such file or directory")
        }
        XCTAssertEqual(FileSystem.kind(of: FileSystem.joining(root, "nowhere")), .missing)
    }

    func testPathParts() {
        XCTAssertEqual(FileSystem.joining(".", "derivations/REPORT.md"), "./derivations/REPORT.md")
        XCTAssertEqual(FileSystem.joining("/tmp/", "x"), "/tmp/x")
        XCTAssertEqual(FileSystem.joining("", "x"), "x")
        XCTAssertEqual(FileSystem.folder(of: "./derivations/REPORT.md"), "./derivations")
        XCTAssertEqual(FileSystem.folder(of: "/x"), "/")
        XCTAssertEqual(FileSystem.folder(of: "x"), "")
        XCTAssertEqual(FileSystem.name(of: "./derivations/REPORT.md"), "REPORT.md")
        XCTAssertEqual(FileSystem.name(of: "x"), "x")
    }

    func testMonotonicSeconds() {
        XCTAssertEqual(Duration.milliseconds(1500).seconds, 1.5)
        XCTAssertEqual(Duration.seconds(-2).seconds, -2)
    }
}
