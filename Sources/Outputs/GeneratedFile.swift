import Foundation

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

    /// Writes to `root/path` atomically: a temporary file in the same directory, then a rename,
    /// so a failed run never leaves a half-written file.
    public func write(under root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try Data(contents.utf8).write(to: url, options: .atomic)
        } catch {
            throw OutputError(message: "\(path): cannot write (\(error.localizedDescription))")
        }
    }

    /// True when `root/path` exists with exactly these contents.
    public func isFresh(under root: URL) -> Bool {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { return false }
        return data == Data(contents.utf8)
    }
}

/// A failure while writing or checking outputs; the message names the file.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// Writes all files, or none if any cannot be produced (they are computed before writing).
public func writeAll(_ files: [GeneratedFile], under root: URL) throws {
    for file in files.sorted(by: { $0.path < $1.path }) { try file.write(under: root) }
}

/// The paths whose checked-in contents differ from `files` (sorted).
public func stalePaths(_ files: [GeneratedFile], under root: URL) -> [String] {
    files.filter { !$0.isFresh(under: root) }.map(\.path).sorted()
}
