import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The lock every qtrack process takes on a Mappings folder before it reads, merges and writes a file in it:
/// an advisory `flock(2)` on `.qtrack.lock` in the folder, so two review servers, or a server and
/// `check --accept`, never write over each other's decisions. The lock goes with the process if it dies.
public enum MappingsLock {
    public static let fileName = ".qtrack.lock"

    /// The Mappings folder a file belongs to: the folder above `decisions/`, `links/`, `recommendations/` or `routes/`,
    /// else the file's own folder.
    public static func folder(for file: String) -> String {
        let folder = (file as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        if ["decisions", "links", "recommendations", "routes"].contains(name) {
            let above = (folder as NSString).deletingLastPathComponent
            return above.isEmpty ? "." : above
        }
        return folder.isEmpty ? "." : folder
    }

    /// Runs `body` holding the lock of the Mappings folder of `file` (created if needed). `body` must not wait
    /// on anything but the files: other processes queue behind it.
    public static func withLock<Result>(for file: String, _ body: () throws -> Result) throws -> Result {
        let folder = folder(for: file)
        // Reentrant on one thread: a second `flock` on a new descriptor of the same file would wait for this
        // process's own lock for ever (a review action holding the lock calls a file edit that takes it too).
        // `body` is synchronous, so a nested call runs on the thread that holds the lock.
        let held = "qtrack.mappingsLock." + folder
        let depth = Thread.current.threadDictionary[held] as? Int ?? 0
        if depth > 0 {
            Thread.current.threadDictionary[held] = depth + 1
            defer { Thread.current.threadDictionary[held] = depth }
            return try body()
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(file: file, reason: "cannot be written: the folder \(folder) cannot be made")
        }
        let path = (folder as NSString).appendingPathComponent(fileName)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(file: path, reason: "cannot be opened to lock the mappings (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw OutputError(file: path, reason: "cannot be locked (\(String(cString: strerror(errno))))")
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        Thread.current.threadDictionary[held] = 1
        defer { Thread.current.threadDictionary[held] = nil }
        return try body()
    }
}
