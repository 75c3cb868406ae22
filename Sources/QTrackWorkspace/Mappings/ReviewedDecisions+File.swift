import Foundation
public import QTrackAnalysis
import Yams

extension ReviewedDecisions {
    /// Reads a decisions file; a malformed one is an error naming the file and what is wrong.
    public static func load(path: String) throws(MappingError) -> ReviewedDecisions {
        try decode(text: try MappingsYAML.read(path), file: path)
    }

    /// Decodes a decisions file's text; a note written in quotes is the text in the quotes, even `"null"` or
    /// `"~"` (Yams reads those as no note whatever their quotes).
    static func decode(text: String, file: String) throws(MappingError) -> ReviewedDecisions {
        var decisions = try MappingsYAML.decode(ReviewedDecisions.self, text: text, file: file)
        guard let root = try? Yams.compose(yaml: text)?.mapping else { return decisions }
        func quotedNotes(_ key: String) -> [String?] {
            (root.first { $0.key.string == key }?.value.sequence.map(Array.init) ?? []).map { item in
                guard let note = item.mapping?.first(where: { $0.key.string == "note" })?.value.scalar, note.style != .plain else {
                    return nil
                }
                return note.string
            }
        }
        for (index, note) in quotedNotes("pairs").enumerated() where index < decisions.pairs.count && note != nil {
            decisions.pairs[index].note = note
        }
        for (index, note) in quotedNotes("unrelated").enumerated() where index < decisions.unrelated.count && note != nil {
            decisions.unrelated[index].note = note
        }
        for (index, note) in quotedNotes("alone").enumerated() where index < decisions.alone.count && note != nil {
            decisions.alone[index].note = note
        }
        return decisions
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
    /// were, and creating the decisions folder if needed. (A review edits the file in place: `update`.)
    public func save(to path: String) throws {
        try MappingsLock.withLock(for: path) {
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

    /// Read–merge–write under the Mappings lock: `decide` is given the decisions on disk now and returns the
    /// edit to make; only its items change in the file. Returns what was done, for undo.
    public static func update(
        path: String, old: String, new: String, _ decide: (ReviewedDecisions) throws -> DecisionEdit
    ) throws -> AppliedEdit<DecisionEntry> {
        try MappingsFileEdit.update(
            path: path, initial: { try MappingsYAML.encode(ReviewedDecisions(old: old, new: new), header: header) },
            order: ["pairs", "unrelated", "alone"], listKey: \.listKey, identify: entry(in:node:),
            decide: { text in
                let current = try decode(text: text, file: path)
                let edit = try decide(current)
                var plan = MappingsFileEdit.Plan<DecisionEntry>()
                plan.removing = edit.removed
                plan.appending = try edit.added.map { ($0.entry, try lines(of: $0)) }
                return (plan, ())
            }
        ).0
    }

    /// Takes back `applied` on the file as it is now: what it added goes (if still there), what it removed
    /// comes back as it was (if not there again).
    public static func revert(_ applied: AppliedEdit<DecisionEntry>, path: String) throws {
        _ = try MappingsFileEdit.update(
            path: path, initial: { "" }, order: ["pairs", "unrelated", "alone"], listKey: \.listKey, identify: entry(in:node:),
            decide: { text in
                let current = Set(try MappingsYAML.decode(ReviewedDecisions.self, text: text, file: path).entries)
                var plan = MappingsFileEdit.Plan<DecisionEntry>()
                plan.removing = applied.added.filter(current.contains)
                plan.appending = applied.removed.filter { !current.contains($0.entry) }.map { ($0.entry, $0.lines) }
                return (plan, ())
            })
    }

    static func entry(in key: String, node: Node) -> DecisionEntry? {
        let old = MappingsFileEdit.value("old", in: node)
        let new = MappingsFileEdit.value("new", in: node)
        switch key {
        case "pairs": return old.flatMap { old in new.map { .pair(old: old, new: $0) } }
        case "unrelated": return old.flatMap { old in new.map { .unrelated(old: old, new: $0) } }
        case "alone": return .alone(old: old, new: new)
        default: return nil
        }
    }

    static func lines(of addition: DecisionEdit.Addition) throws -> [String] {
        switch addition.entry {
        case .pair(let old, let new), .unrelated(let old, let new):
            try MappingsFileEdit.lines(of: Pair(old: old, new: new), note: addition.note)
        case .alone(let old, let new):
            try MappingsFileEdit.lines(of: Alone(old: old, new: new), note: addition.note)
        }
    }
}
