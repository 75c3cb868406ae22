/// A file that cannot be read at all. Its description is the one line the user sees after `qtrack: error:`.
public struct DocumentReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}
