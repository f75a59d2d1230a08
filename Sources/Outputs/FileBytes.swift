import FoundationEssentials
import Glibc

/// Byte-level file operations with POSIX calls, so that every failure (and every short write)
/// is seen, and no library-chosen temporary file is ever created.
enum FileBytes {
    struct Failure: Error { let operation: String, code: Int32 }

    /// Creates `path` (which must not exist) and writes all of `bytes`, looping over short writes.
    static func write(_ bytes: [UInt8], to path: String) throws {
        _ = unlink(path)  // a leftover of a killed run with the same process id
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(operation: "create", code: errno) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
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

    static func rename(_ from: String, to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw Failure(operation: "rename", code: errno) }
    }

    /// The first `maxCount` bytes of the regular file at `path`, or nil if it is missing, not a
    /// regular file, unreadable, or (when `expectedSize` is given) of another size.
    static func prefix(of path: String, maxCount: Int, expectedSize: Int? = nil) -> [UInt8]? {
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

    /// The reason of a failure, for an error message.
    static func reason(_ error: Error) -> String {
        if let f = error as? Failure { return "\(f.operation): \(String(cString: strerror(f.code)))" }
        return "\(error)"
    }
}
