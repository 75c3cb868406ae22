import Foundation
public import QTrackAnalysis
import Yams

/// One recommendation's tag list as it stood: what a tag edit changed, so that undo can put it back.
public struct TagListState: Sendable, Hashable {
    public var recommendation: String
    public var field: String
    /// The list's tags, nil when the recommendation had no such list.
    public var tags: [String]?
    /// The recommendation's `proposed` list, nil when it had none.
    public var proposed: [String]?
}

extension RecommendationSet {
    /// Changes one tag list (`subjects`, `facets` or `pillars`) of one recommendation of the file at `path`, and
    /// marks that list reviewed (takes its name out of `proposed`), under the Mappings lock. The file is edited as
    /// text: the lines of that list and of `proposed` are replaced, everything else (comments, other
    /// recommendations, keys qtrack does not know) stays byte for byte. `change` is given the list on disk now.
    /// Returns the state before, for undo.
    public static func editTags(
        path: String, recommendation id: String, field: String, _ change: ([String]) throws -> [String]
    ) throws -> TagListState {
        guard Recommendation.tagFields.contains(field) else {
            throw MappingError(file: path, reason: "'\(field)' is not a tag list (subjects, facets or pillars)")
        }
        return try MappingsLock.withLock(for: path) {
            let text = try MappingsYAML.read(path)
            let set = try MappingsYAML.decode(RecommendationSet.self, text: text, file: path)
            guard let current = set.recommendations.first(where: { $0.id == id }) else {
                throw MappingError(file: path, reason: "has no recommendation '\(id)'")
            }
            let before = TagListState(
                recommendation: id, field: field, tags: current.tags(field), proposed: current.proposed)
            let tags = try change(current.tags(field) ?? [])
            let proposed = current.proposed.map { $0.filter { $0 != field } }
            try write(text, path: path, id: id, field: field, tags: tags, proposed: proposed)
            return before
        }
    }

    /// Puts a tag list and `proposed` back as `state` had them, on the file as it is now (undo).
    public static func restoreTags(_ state: TagListState, path: String) throws {
        try MappingsLock.withLock(for: path) {
            let text = try MappingsYAML.read(path)
            try write(text, path: path, id: state.recommendation, field: state.field, tags: state.tags, proposed: state.proposed)
        }
    }

    private static func write(_ text: String, path: String, id: String, field: String, tags: [String]?, proposed: [String]?) throws {
        var edited = try TagListText(text: text, file: path)
        // An old file's `themes` are read as subjects: written again, they are one list.
        if field == "subjects" { try edited.replace(key: "themes", of: id, with: nil) }
        try edited.replace(key: field, of: id, with: tags)
        try edited.replace(key: "proposed", of: id, with: proposed.flatMap { $0.isEmpty ? nil : $0 })
        let result = edited.text
        // What is written must read back as the edit meant, or nothing is written.
        let check = try MappingsYAML.decode(RecommendationSet.self, text: result, file: path)
        guard let after = check.recommendations.first(where: { $0.id == id }), after.tags(field) ?? [] == tags ?? [] else {
            throw MappingError(file: path, reason: "the \(field) of '\(id)' cannot be edited in place; edit the file by hand")
        }
        try AtomicFile.write(Data(result.utf8), to: path)
    }
}

extension Recommendation {
    /// The tag list named `field`.
    public func tags(_ field: String) -> [String]? {
        switch field {
        case "subjects": subjects
        case "facets": facets
        case "pillars": pillars
        default: nil
        }
    }
}

/// A recommendations file as lines, where one key of one recommendation is replaced by new lines.
private struct TagListText {
    let file: String
    var lines: [String]
    let newline: String

    init(text: String, file: String) throws(MappingError) {
        self.file = file
        newline = text.contains("\r\n") ? "\r\n" : "\n"
        lines = text.components(separatedBy: newline)
    }

    var text: String { lines.joined(separator: newline) }

    /// Replaces `key` of recommendation `id` by a block list of `values` (`key: []` when empty), or removes it when
    /// `values` is nil; a key the recommendation lacks is added after its last line.
    mutating func replace(key: String, of id: String, with values: [String]?) throws {
        let document = try MappingsDocument(text: text, file: file)
        guard let item = document.items(of: "recommendations").first(where: { MappingsFileEdit.value("id", in: $0.node) == id }),
            let mapping = item.node.mapping
        else {
            throw MappingError(file: file, reason: "recommendation '\(id)' is not an item of a block list 'recommendations:'")
        }
        let keys = mapping.compactMap { pair -> (name: String, line: Int, column: Int)? in
            guard let name = pair.key.string, let mark = pair.key.mark else { return nil }
            return (name, mark.line - 1, mark.column - 1)
        }.sorted { $0.line < $1.line }
        guard let first = keys.first else { return }
        var end = item.lines.upperBound
        while end > item.lines.lowerBound + 1, MappingsDocument.isBlankOrComment(lines[end - 1]) { end -= 1 }
        let indent = String(repeating: " ", count: first.column)
        let written = values.map { values in
            values.isEmpty ? [indent + key + ": []"] : [indent + key + ":"] + values.map { indent + "- " + Self.scalar($0) }
        }
        if let at = keys.firstIndex(where: { $0.name == key }) {
            let start = keys[at].line
            guard start > item.lines.lowerBound else {
                throw MappingError(file: file, reason: "recommendation '\(id)' begins with '\(key)'; put its id first")
            }
            var stop = at + 1 < keys.count ? keys[at + 1].line : end
            while stop > start + 1, MappingsDocument.isBlankOrComment(lines[stop - 1]) { stop -= 1 }
            lines.replaceSubrange(start..<stop, with: written ?? [])
        } else if let written {
            lines.insert(contentsOf: written, at: end)
        }
    }

    /// A tag as a YAML scalar: plain when it is plain words, else double-quoted.
    static func scalar(_ value: String) -> String {
        let plain = value.range(of: #"^[A-Za-z][A-Za-z0-9 '/-]*[A-Za-z0-9]$"#, options: .regularExpression) != nil
        let reserved = ["yes", "no", "true", "false", "null", "on", "off", "y", "n"].contains(value.lowercased())
        return plain && !reserved ? value : MappingsFileEdit.doubleQuoted(value)
    }
}
