public import Foundation

/// Writes to standard output without Foundation's `FileHandle.write`, which traps on a write error.
public enum StandardOutput {
    public enum Failure: Error, Sendable {
        /// The reader went away (`qtrack … | head`): nothing is wrong, the run ends quietly.
        case closedPipe
        /// The device is full or failed: the reason in words.
        case failed(String)
    }

    public static func write(_ data: Data) throws(Failure) {
        guard let error = writeAll(data, to: STDOUT_FILENO, tracked: "standard output") else { return }
        if error == EPIPE { throw .closedPipe }
        throw .failed(String(cString: strerror(error)))
    }

    /// A message on standard error; if even that cannot be written, there is no one left to tell.
    public static func writeError(_ text: String) {
        _ = writeAll(Data(text.utf8), to: STDERR_FILENO)
    }

    /// Writes every byte, retrying interrupted and short writes; the errno of a failure, or nil. A `tracked`
    /// output's progress is kept in `OutputProgress` while it is written.
    static func writeAll(_ data: Data, to descriptor: Int32, tracked target: String? = nil) -> Int32? {
        if let target { OutputProgress.begin(target, total: data.count) }
        defer { if target != nil { OutputProgress.end() } }
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
            var offset = 0
            while offset < buffer.count {
                // A tracked output goes a pipe's buffer at a time, so its progress is known while a reader stalls.
                let chunk = target == nil ? buffer.count - offset : min(buffer.count - offset, 1 << 16)
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, chunk)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
                if target != nil { OutputProgress.advance(by: written) }
            }
            return nil
        }
    }
}
