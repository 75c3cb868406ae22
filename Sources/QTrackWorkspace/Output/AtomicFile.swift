public import Foundation
public import QTrackBase

/// A problem writing an output file; reported like an unreadable input.
public struct OutputError: FileProblem, Sendable, Hashable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}

/// Writes a file whole or not at all: a temporary file in the same folder, renamed into place, so a failed
/// run never leaves a half-written file. A target that is not a regular file (`/dev/null`, a pipe) is
/// written in place, never replaced; a replaced file keeps its permissions.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(OutputError) {
        var target = stat()
        let exists = stat(path, &target) == 0
        if exists, (target.st_mode & S_IFMT) != S_IFREG {
            if (target.st_mode & S_IFMT) == S_IFDIR { throw OutputError(file: path, reason: "is a directory, not a file") }
            try writeInPlace(data, to: path)
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw OutputError(file: path, reason: "cannot be written: the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).qtrack-\(UUID().uuidString).tmp")
        TemporaryFiles.shared.add(temporary.path)
        defer { TemporaryFiles.shared.remove(temporary.path) }
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(file: path, reason: "cannot be written (\(Self.reason(error)))")
        }
        if exists { chmod(temporary.path, target.st_mode & 0o7777) }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(file: path, reason: "cannot be written (\(reason))")
        }
    }

    /// A device or a pipe: opened for writing as it is. Opened without blocking, so a FIFO no one reads is
    /// named at once instead of holding the run until its time limit blames an input; then written
    /// blocking, with its progress kept for the time limit's message.
    private static func writeInPlace(_ data: Data, to path: String) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENXIO { throw OutputError(file: path, reason: "cannot be written: it is a pipe (FIFO) that no program is reading") }
            throw OutputError(file: path, reason: "cannot be written (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        if let failure = StandardOutput.writeAll(data, to: descriptor, tracked: path) {
            throw OutputError(file: path, reason: "cannot be written (\(String(cString: strerror(failure))))")
        }
    }

    /// The system's words for a write error, without Foundation's object dump.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
