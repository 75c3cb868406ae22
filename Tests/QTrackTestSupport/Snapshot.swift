public import Foundation
import ZIPFoundation

/// Whole outputs compared with golden files under `Tests/Snapshots/`. `RECORD_SNAPSHOTS=1` rewrites them
/// and fails the run, so that a recorded change is never silent.
public enum Snapshot {
    public static let folder = TestPaths.packageRoot.appendingPathComponent("Tests/Snapshots")

    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Nil when `actual` equals the golden file `name`; otherwise what differs, readably. When recording,
    /// writes the file and says so.
    public static func mismatch(_ actual: String, name: String) throws -> String? {
        let file = folder.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return "recorded \(name) (RECORD_SNAPSHOTS=1 always fails; run again without it)"
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return "no golden file \(name); record it with RECORD_SNAPSHOTS=1 swift test"
        }
        let expected = String(decoding: data, as: UTF8.self)
        return expected == actual ? nil : "\(name) differs:\n" + firstDifference(expected: expected, actual: actual)
    }

    /// The first differing line with two lines of context on either side.
    static func firstDifference(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        let index = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        let context = max(0, index - 2)..<index
        var lines = context.map { "  \(old[$0])" }
        lines += old[index..<min(old.count, index + 3)].map { "- \($0)" }
        lines += new[index..<min(new.count, index + 3)].map { "+ \($0)" }
        return "line \(index + 1) (of \(old.count) expected, \(new.count) written):\n" + lines.joined(separator: "\n")
    }

    /// A Word file as text: every part in name order, XML broken after each paragraph so that a change
    /// shows as a line.
    public static func describeWordPackage(_ data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var text = ""
        for entry in archive.sorted(by: { $0.path < $1.path }) {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            let content = String(decoding: bytes, as: UTF8.self)
                .replacingOccurrences(of: "</w:p>", with: "</w:p>\n")
                .replacingOccurrences(of: "?>", with: "?>\n")
            text += "=== \(entry.path)\n\(content)\n"
        }
        return text
    }
}
