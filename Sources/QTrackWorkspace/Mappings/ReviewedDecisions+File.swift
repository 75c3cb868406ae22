import Foundation
public import QTrackAnalysis

extension ReviewedDecisions {
    /// Reads a decisions file; a malformed one is an error naming the file and what is wrong.
    public static func load(path: String) throws(MappingError) -> ReviewedDecisions {
        try MappingsYAML.decode(ReviewedDecisions.self, path: path)
    }

    /// YAML a reviewer reads in a pull request.
    public func yaml() throws -> String {
        try MappingsYAML.encode(self, header: [])
    }
}

extension ReviewedDecisions {
    /// The lines a new decisions file starts with.
    static let header = [
        "Reviewed decisions for `qtrack diff` (see Mappings/README.md), written by `qtrack review`.",
        "pairs: confirmed pairs (several naming one question: a split or a merge); unrelated: never pair these;",
        "alone: no counterpart (old: really removed; new: really new).",
    ]

    /// Writes the decisions whole or not at all, keeping the comment lines at the top of the file as they
    /// were, and creating the decisions folder if needed.
    public func save(to path: String) throws(OutputError) {
        var header: [String] = []
        if let existing = try? MappingsYAML.read(path) {
            for line in existing.split(separator: "\n", omittingEmptySubsequences: false) {
                guard line.hasPrefix("#") else { break }
                let comment = line.dropFirst()
                header.append(String(comment.hasPrefix(" ") ? comment.dropFirst() : comment))
            }
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError(file: path, reason: "cannot be written: the folder \(folder) cannot be made")
            }
        }
        let text: String
        do {
            text = try MappingsYAML.encode(self, header: header.isEmpty ? Self.header : header)
        } catch {
            throw OutputError(file: path, reason: "cannot be written as YAML (\(error))")
        }
        try AtomicFile.write(Data(text.utf8), to: path)
    }
}
