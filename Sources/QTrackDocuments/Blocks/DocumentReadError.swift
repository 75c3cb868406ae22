public import QTrackBase

/// A file that cannot be read at all. Its description is the one line the user sees after `qtrack: error:`.
public struct DocumentReadError: FileProblem, Sendable, Hashable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}
