import Foundation
import Yams

/// An item taken out of a Mappings list by an edit, with its lines as they were, so that undo puts back
/// exactly what was there (its note and any key qtrack does not know).
public struct RemovedItem<Entry: Sendable & Hashable>: Sendable, Hashable {
    public var entry: Entry
    public var lines: [String]
}

/// What an edit did to a Mappings list file: enough to take it back on the file as it is later.
public struct AppliedEdit<Entry: Sendable & Hashable>: Sendable, Hashable {
    public var removed: [RemovedItem<Entry>]
    public var added: [Entry]

    public var isEmpty: Bool { removed.isEmpty && added.isEmpty }
}

/// Read–merge–write of a Mappings list file under the folder's lock: the file is read as it is now, the
/// caller decides on that, and only the items named change (see `MappingsDocument`).
enum MappingsFileEdit {
    /// The items to take out (each the first item of its list reading as that entry, not already taken) and
    /// the items to append (their YAML lines), both per list.
    struct Plan<Entry: Hashable> {
        var removing: [Entry] = []
        var appending: [(entry: Entry, lines: [String])] = []
    }

    /// Edits `path` under the lock: `initial` is the text of a file not there yet; `identify` reads an item of
    /// a list as an entry; `decide` is given the text read under the lock and returns the plan and a result.
    static func update<Entry: Sendable & Hashable, Result>(
        path: String, initial: () throws -> String, order: [String], listKey: (Entry) -> String,
        identify: (String, Node) -> Entry?, decide: (String) throws -> (Plan<Entry>, Result)
    ) throws -> (AppliedEdit<Entry>, Result) {
        try MappingsLock.withLock(for: path) {
            let text = FileManager.default.fileExists(atPath: path) ? try MappingsYAML.read(path) : try initial()
            let (plan, result) = try decide(text)
            guard !plan.removing.isEmpty || !plan.appending.isEmpty else { return (AppliedEdit(removed: [], added: []), result) }
            let document = try MappingsDocument(text: text, file: path)
            var positions = Set<MappingsDocument.ItemPosition>()
            var removed: [RemovedItem<Entry>] = []
            for entry in plan.removing {
                let key = listKey(entry)
                let items = document.items(of: key)
                guard
                    let index = items.indices.first(where: {
                        !positions.contains(.init(key: key, index: $0)) && identify(key, items[$0].node) == entry
                    })
                else { continue }
                positions.insert(.init(key: key, index: index))
                removed.append(RemovedItem(entry: entry, lines: document.itemText(items[index], of: key)))
            }
            var appending: [String: [[String]]] = [:]
            for (entry, lines) in plan.appending { appending[listKey(entry), default: []].append(lines) }
            let edited = try document.editing(removing: positions, appending: appending, order: order)
            // What is written must read back: a Mappings file is never left unreadable by qtrack.
            _ = try MappingsDocument(text: edited, file: path)
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try AtomicFile.write(Data(edited.utf8), to: path)
            return (AppliedEdit(removed: removed, added: plan.appending.map(\.entry)), result)
        }
    }

    /// An encodable item as the lines of a block list item, its note after it in double quotes: Yams writes
    /// a note `null` or `~` bare (read back as no note) and a BOM raw (which libyaml drops).
    static func lines<Value: Encodable>(of value: Value, note: String?) throws -> [String] {
        let encoder = YAMLEncoder()
        encoder.options = YAMLEncoder.Options(width: -1, allowUnicode: true)
        // Yams writes an absent optional as `key: null`; the note is written below, once.
        let text = try encoder.encode(value).components(separatedBy: "\n").filter { !$0.hasPrefix("note:") }.joined(separator: "\n")
        var lines = MappingsDocument.itemLines(text)
        if let note { lines.append("  note: " + doubleQuoted(note)) }
        return lines
    }

    /// `text` as a YAML double-quoted scalar: quotes, backslashes, control and invisible characters escaped.
    static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFEFF || (0x2028...0x2029).contains(scalar.value)
                    || (0x80...0x9F).contains(scalar.value)
                {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// The string value of `key` in a mapping node.
    static func value(_ key: String, in node: Node) -> String? {
        node.mapping?.first { $0.key.string == key }?.value.scalar?.string
    }
}
