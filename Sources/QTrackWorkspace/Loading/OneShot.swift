import Synchronization

/// Hands the first of several competing outcomes (the result, the time limit, a cancellation) to the one
/// waiting continuation; the later ones are dropped.
final class OneShot<Value: Sendable>: Sendable {
    private struct State {
        var receiver: (@Sendable (Value) -> Void)?
        var pending: Value?
        var done = false
    }

    private let state = Mutex(State())

    /// Sets who receives the outcome; if one arrived already, it is delivered now.
    func onFirst(_ receiver: @escaping @Sendable (Value) -> Void) {
        let pending: Value? = state.withLock { state in
            if state.done, let value = state.pending {
                state.pending = nil
                return value
            }
            state.receiver = receiver
            return nil
        }
        if let pending { receiver(pending) }
    }

    func deliver(_ value: Value) {
        let receiver: (@Sendable (Value) -> Void)? = state.withLock { state in
            guard !state.done else { return nil }
            state.done = true
            guard let receiver = state.receiver else {
                state.pending = value
                return nil
            }
            state.receiver = nil
            return receiver
        }
        receiver?(value)
    }
}
