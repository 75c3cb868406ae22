import Foundation
import QTrackWorkspace

/// "reading 12/40 documents" on stderr, rewritten in place, only when stderr is a terminal and the work
/// has taken more than a moment; cleared when done.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let started = Date()
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false

    func report(done: Int, total: Int) {
        guard enabled, Date().timeIntervalSince(started) > 0.5 else { return }
        lock.lock()
        defer { lock.unlock() }
        StandardOutput.writeError("\rqtrack: reading \(done)/\(total) documents…")
        shown = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { StandardOutput.writeError("\r\u{1B}[K") }
    }
}
