import Foundation
import QTrackWorkspace

/// Where a report goes: standard output, or a file written atomically, so a failed run never leaves a
/// half-written file or touches an input.
struct OutputDestination {
    var path: String?

    /// `-` is standard output, as for every Unix tool, not a file named `-`.
    init(path: String?) {
        self.path = path == "-" ? nil : path
    }

    /// Refuses an output path that names one of the inputs.
    func checkNotOverwriting(_ inputs: [String]) throws(OutputError) {
        guard let path else { return }
        let target = Self.canonical(path)
        for input in inputs where Self.canonical(input) == target {
            throw OutputError(file: path, reason: "is also an input; choose another --output file so the input is not overwritten")
        }
    }

    func write(_ text: String) throws(OutputError) {
        try write(Data(text.utf8))
    }

    func write(_ data: Data) throws(OutputError) {
        guard let path else {
            do throws(StandardOutput.Failure) {
                try StandardOutput.write(data)
            } catch {
                switch error {
                case .closedPipe:
                    // `qtrack … | head`: the reader has what it wanted.
                    Foundation.exit(0)
                case .failed(let reason):
                    throw OutputError(file: "standard output", reason: "cannot be written (\(reason))")
                }
            }
            return
        }
        try AtomicFile.write(data, to: path)
    }

    /// True for a device such as `/dev/null` or `/dev/stdout`: written in place, whatever its name.
    static func isDevice(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
