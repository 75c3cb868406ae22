public import Foundation
public import QTrackBase

/// A problem writing an output file; reported like an unreadable input.
public struct OutputError: FileProblem, Sendable, Hashable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}

/// Writes a file whole or not at all: a temporary file in the same folder, renamed into place, so a failed
/// run never leaves a half-written file.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(OutputError) {
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
}
