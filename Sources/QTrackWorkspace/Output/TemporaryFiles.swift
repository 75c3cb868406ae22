import Foundation
import Synchronization

/// The temporary files being written, so that an interrupted run (Ctrl-C) removes them before it exits.
public final class TemporaryFiles: Sendable {
    public static let shared = TemporaryFiles()

    private let paths = Mutex<Set<String>>([])

    func add(_ path: String) { paths.withLock { _ = $0.insert(path) } }
    func remove(_ path: String) { paths.withLock { _ = $0.remove(path) } }

    /// Removes what is left.
    public func removeAll() {
        for path in paths.withLock({ $0 }) { unlink(path) }
    }
}
