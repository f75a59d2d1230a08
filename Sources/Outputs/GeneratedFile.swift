import Glibc
import Platform

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
    public func write(under root: String) throws {
        let target = FileSystem.joining(root, path)
        let folder = FileSystem.folder(of: target)
        let temporary = FileSystem.joining(folder, TemporaryFileName.name(for: FileSystem.name(of: target), processID: getpid()))
        // Named as the user can find them: relative to the working folder, `root` included.
        let underRoot = root.isEmpty || root == "."
        let shown = underRoot ? path : target
        if let blocker = Self.fileInTheWay(of: path, under: root) {
            let shownBlocker = underRoot || blocker == root ? blocker : FileSystem.joining(root, blocker)
            throw OutputError(message: "\(shownBlocker): not a folder, but \(shown) is to be written inside it")
        }
        do {
            try FileSystem.createDirectories(folder)
            try FileSystem.writeNew(Array(contents.utf8), to: temporary)
            try FileSystem.rename(temporary, to: target)
        } catch {
            _ = unlink(temporary)
            throw OutputError(message: "\(shown): cannot write (\(error))")
        }
    }

    /// The first of `root` and the folders of `path` under it that exists but is not a folder
    /// (`root` by its path, the others relative to it; `write` shows them under `root`), or nil: without it a file in the way
    /// was reported as "A file with the same name already exists" against the file to write.
    static func fileInTheWay(of path: String, under root: String) -> String? {
        if !root.isEmpty, ![.missing, .directory].contains(FileSystem.kind(of: root)) { return root }
        var prefix = ""
        for folder in path.split(separator: "/").dropLast() {
            prefix += prefix.isEmpty ? String(folder) : "/" + folder
            if ![.missing, .directory].contains(FileSystem.kind(of: FileSystem.joining(root, prefix))) { return prefix }
        }
        return nil
    }

    /// True when `root/path` is a regular file with exactly these contents. The size is compared
    /// first, and at most the expected size + 1 bytes are read, so a huge file is never read whole.
    public func isFresh(under root: String) -> Bool {
        let expected = Array(contents.utf8)
        guard let actual = FileSystem.prefix(of: FileSystem.joining(root, path), maxCount: expected.count + 1,
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
public func writeAll(_ files: [GeneratedFile], under root: String) throws -> [String] {
    let changed = files.sorted { $0.path < $1.path }.filter { !$0.isFresh(under: root) }
    for file in changed { try file.write(under: root) }
    return changed.map(\.path)
}

/// The paths whose checked-in contents differ from `files` (sorted).
public func stalePaths(_ files: [GeneratedFile], under root: String) -> [String] {
    files.filter { !$0.isFresh(under: root) }.map(\.path).sorted()
}
