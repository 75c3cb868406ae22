import Dispatch

/// Frees a large value on another thread. A diff of 10,000 questions holds the text features, indexes and report
/// structures of 20,000 questions: freeing them one by one where they go out of use took 33 ms of a one-second run
/// on the thread that still had the report to write, while the other core had nothing to do.
public enum BackgroundRelease {
    /// Takes the last reference to `value` (pass it with `consume`) and lets it go on a background thread; the
    /// process may end first, which frees it all at once.
    public static func release<Value>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.drop() }
    }

    /// The value, owned by the closure that drops it.
    private final class Box<Held>: @unchecked Sendable {
        private var value: Held?
        init(_ value: consuming Held) { self.value = value }
        func drop() { value = nil }
    }
}
