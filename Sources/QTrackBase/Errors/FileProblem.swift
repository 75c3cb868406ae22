/// An error about one file, told to the user as one line: `qtrack: error: <file>: <reason>`.
public protocol FileProblem: Error, CustomStringConvertible {
    var file: String { get }
    var reason: String { get }
}

extension FileProblem {
    public var description: String { "\(file): \(reason)" }
}
