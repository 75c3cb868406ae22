public import Foundation

/// An exclusive lock on a file's folder, taken by a qtrack process that reads, merges and writes a file there
/// (`flock` on a `.qtrack.lock` beside it), so two runs never interleave their read–merge–write.
public enum FileLock {
    /// Runs `body` holding the lock of `path`'s folder; released when it returns or throws.
    public static func holding<Result>(beside path: String, _ body: () throws -> Result) throws -> Result {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let lockPath = (folder as NSString).appendingPathComponent(".qtrack.lock")
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        // A folder where no lock file can be made (read-only) is written without one: the write itself will say why it fails.
        guard descriptor >= 0 else { return try body() }
        defer { close(descriptor) }
        flock(descriptor, LOCK_EX)
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
