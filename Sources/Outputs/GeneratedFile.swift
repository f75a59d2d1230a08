import FoundationEssentials
import Glibc

/// A file the tool generates into the repository (coefficient code, reports), held in memory
/// so that it can be written atomically or compared with the checked-in copy.
public struct GeneratedFile: Sendable, Hashable {
    /// Path relative to the repository root, e.g. `derivations/REPORT.md`.
    public let path: String
    public let contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }

    /// Writes to `root/path` atomically: the bytes go to `.<name>.verify-tmp-<pid>` in the same
    /// directory (`TemporaryFileName`), which is then renamed over the target; on any failure the
    /// temporary file is removed, so a failed run leaves neither a half-written file nor a
    /// temporary one (a killed run can leave the temporary file: `emit` removes it by name).
    public func write(under root: URL) throws {
        let url = root.appendingPathComponent(path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(TemporaryFileName.name(for: url.lastPathComponent, processID: getpid()))
        if let blocker = Self.fileInTheWay(of: path, under: root) {
            throw OutputError(message: "\(blocker): not a folder, but \(path) is to be written inside it")
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileBytes.write(Array(contents.utf8), to: temporary.path)
            try FileBytes.rename(temporary.path, to: url.path)
        } catch {
            _ = unlink(temporary.path)
            throw OutputError(message: "\(path): cannot write (\(FileBytes.reason(error)))")
        }
    }

    /// The first of `root` and the folders of `path` under it that exists but is not a folder
    /// (`root` by its path, the others relative to it), or nil: without it a file in the way
    /// was reported as "A file with the same name already exists" against the file to write.
    static func fileInTheWay(of path: String, under root: URL) -> String? {
        var isFolder = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), !isFolder { return root.path }
        var prefix = ""
        for folder in path.split(separator: "/").dropLast() {
            prefix += prefix.isEmpty ? String(folder) : "/" + folder
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(prefix).path, isDirectory: &isFolder),
               !isFolder { return prefix }
        }
        return nil
    }

    /// True when `root/path` is a regular file with exactly these contents. The size is compared
    /// first, and at most the expected size + 1 bytes are read, so a huge file is never read whole.
    public func isFresh(under root: URL) -> Bool {
        let expected = Array(contents.utf8)
        guard let actual = FileBytes.prefix(of: root.appendingPathComponent(path).path, maxCount: expected.count + 1,
                                            expectedSize: expected.count) else { return false }
        return actual == expected
    }
}

/// A failure while writing or checking outputs; the message names the file.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// Writes the files that differ from `root` (all of them are computed before anything is
/// written); unchanged files are not touched, so a fresh read-only tree is not an error.
/// Returns the paths written, sorted.
@discardableResult
public func writeAll(_ files: [GeneratedFile], under root: URL) throws -> [String] {
    let changed = files.sorted { $0.path < $1.path }.filter { !$0.isFresh(under: root) }
    for file in changed { try file.write(under: root) }
    return changed.map(\.path)
}

/// The paths whose checked-in contents differ from `files` (sorted).
public func stalePaths(_ files: [GeneratedFile], under root: URL) -> [String] {
    files.filter { !$0.isFresh(under: root) }.map(\.path).sorted()
}
