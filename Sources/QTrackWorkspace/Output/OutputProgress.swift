import Synchronization

/// What is being written right now, and how far it got: when the run's time limit passes while an output
/// blocks (a pipe whose reader stopped reading), the error names that output, not an input, and says how
/// much of it the reader got, so no one takes a truncated document for a whole one.
public enum OutputProgress {
    public struct Writing: Sendable {
        public var target: String
        public var written: Int
        public var total: Int
    }

    private static let state = Mutex<Writing?>(nil)

    /// The output being written, if a write is under way.
    public static var current: Writing? { state.withLock { $0 } }

    static func begin(_ target: String, total: Int) {
        state.withLock { $0 = Writing(target: target, written: 0, total: total) }
    }

    static func advance(by count: Int) {
        state.withLock { $0?.written += count }
    }

    static func end() {
        state.withLock { $0 = nil }
    }
}
