import Foundation
import QTrackBase

/// A problem writing the output; reported like an unreadable input.
struct OutputError: FileProblem {
    var file: String
    var reason: String
}

/// Where a report goes: standard output, or a file written atomically (a temporary file in the same
/// folder, renamed into place), so a failed run never leaves a half-written file or touches an input.
struct OutputDestination {
    var path: String?

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
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).qtrack-\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
        } catch {
            throw OutputError(file: path, reason: "cannot be written (\((error as NSError).localizedDescription))")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(file: path, reason: "cannot be written (\(reason))")
        }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
