import Glibc

/// The file operations of the tool, as POSIX calls: read a file, write one atomically (a new
/// temporary file, then a rename), list, create and remove. Every failure (and every short read
/// or write) is seen and reported with its `errno`; no library-chosen temporary file is ever
/// created. This is the only place the Source targets touch the file system, so that `verify`
/// links no Foundation (README, "Performance").
public enum FileSystem {
    /// A failed system call: what was attempted and its `errno`.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let operation: String, code: Int32
        public var description: String { "\(operation): \(String(cString: strerror(code)))" }
    }

    /// What stands at a path.
    public enum Kind: Sendable, Equatable { case missing, directory, regularFile, other }

    /// The kind of `path`, following symbolic links (a dangling link is `missing`).
    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regularFile
        default: return .other
        }
    }

    /// The size in bytes of `path` as `stat` reports it, or nil if it cannot be read.
    public static func size(of path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_size)
    }

    /// `root/path`, or `path` when `root` is empty.
    public static func joining(_ root: String, _ path: String) -> String {
        root.isEmpty ? path : root.hasSuffix("/") ? root + path : root + "/" + path
    }

    /// The folder part of `path` ("" for a bare name).
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    public static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// All bytes of the regular file at `path`, read until end of file (so `/proc` files work
    /// too); more than `maxCount` bytes is a failure (`EFBIG`) rather than an unbounded read.
    /// Anything else (a FIFO, a socket, a device, a folder) is refused once opened, without
    /// blocking: the open is non-blocking, so a FIFO with no writer cannot hang the tool.
    public static func contents(of path: String, maxCount: Int = Int.max) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw Failure(operation: "open", code: errno) }
        defer { _ = close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(operation: "stat", code: errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Failure(operation: "read", code: EISDIR)
        default: throw Failure(operation: "open (not a regular file)", code: EINVAL)
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw Failure(operation: "read", code: errno) }
            if n == 0 { return bytes }
            guard bytes.count + n <= maxCount else { throw Failure(operation: "read", code: EFBIG) }
            bytes += chunk[..<n]
        }
    }

    /// The file at `path` as UTF-8 text, or nil if it cannot be read or is not valid UTF-8. A
    /// leading byte-order mark is dropped, as Foundation's UTF-8 reading did (a seed file saved
    /// with one reads as without).
    public static func text(of path: String, maxCount: Int = Int.max) -> String? {
        guard let bytes = try? contents(of: path, maxCount: maxCount) else { return nil }
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        return String(validating: bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : bytes[...], as: UTF8.self)
    }

    /// The first `maxCount` bytes of the regular file at `path`, or nil if it is missing, not a
    /// regular file, unreadable, or (when `expectedSize` is given) of another size.
    public static func prefix(of path: String, maxCount: Int, expectedSize: Int? = nil) -> [UInt8]? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        if let expectedSize, Int(info.st_size) != expectedSize { return nil }
        guard maxCount > 0 else { return [] }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        var bytes = [UInt8](repeating: 0, count: maxCount)
        var count = 0
        while count < maxCount {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, maxCount - count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            count += n
        }
        return Array(bytes[..<count])
    }

    /// Creates `path` (which must not exist) and writes all of `bytes`, looping over short
    /// writes, then `fsync`s it: the first half of an atomic write (`rename` is the second).
    public static func writeNew(_ bytes: [UInt8], to path: String) throws {
        _ = unlink(path)  // a leftover of a killed run with the same process id
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(operation: "create", code: errno) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                _ = close(fd)
                throw Failure(operation: "write", code: code)
            }
            offset += written
        }
        guard fsync(fd) == 0 else { let code = errno; _ = close(fd); throw Failure(operation: "sync", code: code) }
        guard close(fd) == 0 else { throw Failure(operation: "close", code: errno) }
    }

    /// Renames `from` over `to` (atomic within one file system).
    public static func rename(_ from: String, to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw Failure(operation: "rename", code: errno) }
    }

    /// Creates the folder `path` and its missing parents (mode 0755); an existing folder is fine.
    public static func createDirectories(_ path: String) throws {
        guard !path.isEmpty, kind(of: path) != .directory else { return }
        let parent = folder(of: path)
        if !parent.isEmpty, parent != path { try createDirectories(parent) }
        if mkdir(path, 0o755) != 0 {
            let code = errno
            if code == EEXIST, kind(of: path) == .directory { return }
            var link = stat()
            if code == EEXIST, lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
                // A symbolic link to nothing: "File exists" named the wrong problem.
                throw Failure(operation: "mkdir \(path) (a dangling symbolic link)", code: ENOENT)
            }
            throw Failure(operation: "mkdir", code: code)
        }
    }

    /// The names in the folder `path` (without "." and ".."), in the order the system lists them.
    public static func entries(ofDirectory path: String) throws -> [String] {
        guard let directory = opendir(path) else { throw Failure(operation: "opendir", code: errno) }
        defer { _ = closedir(directory) }
        var names: [String] = []
        errno = 0
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
            errno = 0
        }
        if errno != 0 { throw Failure(operation: "readdir", code: errno) }
        return names
    }

    /// Removes the file (or empty folder) at `path`.
    public static func remove(_ path: String) throws {
        if unlink(path) == 0 { return }
        let code = errno
        if code == EISDIR || code == EPERM, rmdir(path) == 0 { return }
        throw Failure(operation: "remove", code: code)
    }
}
