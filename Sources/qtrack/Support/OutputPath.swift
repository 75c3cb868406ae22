import ArgumentParser

/// `-o FILE` as given: `-` is standard output (the convention, see `OutputDestination`), and an empty
/// name is a usage error before anything is read, not "Is a directory" after the work is done.
enum OutputPath {
    static func checked(_ argument: String) throws -> String {
        guard !argument.isEmpty else {
            throw ValidationError("--output needs a file name (or - for standard output), not an empty one")
        }
        return argument
    }
}
