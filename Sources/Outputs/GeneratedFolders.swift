import Platform

/// The folders that hold generated files (for `verify emit`: `derivations/` and
/// `derivations/Coefficients/`), and every entry in them that the generator did not produce.
/// Only the generator writes there, so anything else is stale: a leftover temporary file, a
/// generated file that is no longer produced (it carries `CoefficientEmitter.marker`), or a
/// foreign file or folder.
public struct GeneratedFolders: Sendable {
    public enum Stray: Sendable, Hashable {
        /// A temporary file of an interrupted write (`TemporaryFileName`): removed by `emit`.
        case temporary(String)
        /// A file with the generated-file marker that this emission does not produce: removed by `emit`.
        case orphan(String)
        /// Anything else: reported, never removed.
        case foreign(String)

        public var path: String {
            switch self { case .temporary(let p), .orphan(let p), .foreign(let p): p }
        }
    }

    /// Repository-relative folders, sorted.
    public let directories: [String]
    let produced: Set<String>

    /// The folders of `files` (each file's parent directory).
    public init(_ files: [GeneratedFile]) {
        produced = Set(files.map(\.path))
        directories = Set(files.map { file in file.path.lastIndex(of: "/").map { String(file.path[..<$0]) } ?? "" }).sorted()
    }

    /// Every entry of the folders under `root` that is not a produced file nor one of the folders,
    /// sorted by path. A file is read only as far as the marker (never whole).
    public func strays(under root: String) -> [Stray] {
        let folders = Set(directories)
        var strays: [Stray] = []
        for directory in directories {
            let names = (try? FileSystem.entries(ofDirectory: FileSystem.joining(root, directory))) ?? []
            for name in names {
                let path = "\(directory)/\(name)"
                if produced.contains(path) || folders.contains(path) { continue }
                if TemporaryFileName.isTemporary(name) {
                    strays.append(.temporary(path))
                    continue
                }
                let marker = Array(CoefficientEmitter.marker.utf8)
                let head = FileSystem.prefix(of: FileSystem.joining(root, path), maxCount: marker.count)
                strays.append(head == marker ? .orphan(path) : .foreign(path))
            }
        }
        return strays.sorted { $0.path < $1.path }
    }
}
