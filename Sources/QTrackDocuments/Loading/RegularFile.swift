public import Foundation

/// Reads a whole input file through one descriptor: opened without blocking (a FIFO nobody writes to
/// must not hang the run), checked with `fstat` to be a regular file (not a FIFO, a device such as
/// `/dev/zero`, or a terminal behind `/dev/stdin`), and read no further than `maxBytes`, so a file that
/// grows while it is read is still bounded.
public enum RegularFile {
    /// Why a file cannot be read, in the words the user sees after the file name.
    public struct Failure: Error, Sendable {
        public var reason: String
        /// The file is larger than allowed: `size` bytes (at least).
        public var size: Int?
    }

    public static func read(_ path: String, maxBytes: Int) throws(Failure) -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(reason: reason(errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(reason: reason(errno: errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Failure(reason: "is a directory, not a file")
        case S_IFIFO, S_IFSOCK:
            throw Failure(reason: "is not a regular file (a pipe or socket); save the document to a file and give that file")
        default:
            throw Failure(reason: "is not a regular file (a device); give qtrack the document's file")
        }
        let declared = Int(status.st_size)
        guard declared <= maxBytes else { throw Failure(reason: "too large", size: declared) }
        var data = Data(count: min(declared, maxBytes) + 1)
        var filled = 0
        while true {
            if filled == data.count {
                guard data.count <= maxBytes else { throw Failure(reason: "too large", size: data.count) }
                data.count = min(data.count * 2, maxBytes + 1)
            }
            let count = data.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Failure(reason: reason(errno: errno))
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return data
    }

    /// The system's error in the words a person acts on.
    public static func reason(errno failure: Int32) -> String {
        switch failure {
        case ENOENT: "no such file"
        case EACCES: "cannot be read (permission denied)"
        case ELOOP: "is a symbolic link loop (the link leads back to itself)"
        case ENOTDIR: "no such file (a folder on its path is a file)"
        case EISDIR: "is a directory, not a file"
        default: "cannot be read (\(String(cString: strerror(failure))))"
        }
    }
}
