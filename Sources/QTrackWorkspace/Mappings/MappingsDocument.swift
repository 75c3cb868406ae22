import Foundation
import Yams

/// A Mappings YAML file edited as text: items of its top-level lists are taken out and appended as lines, so
/// that everything else — comments, keys qtrack does not know, notes written as `~`, in quotes or after a BOM,
/// other items — stays byte for byte. (Decoding and re-encoding the whole file, as before, lost all of these.)
///
/// A list written in flow style (`pairs: [{old: a, new: b}]`) is rewritten in block style when it is edited.
struct MappingsDocument {
    /// One item of a top-level list: its node (for what it names) and its lines.
    struct Item {
        var node: Node
        var lines: Range<Int>
    }

    /// A top-level key and what follows it up to the next one.
    struct Block {
        var key: String
        var keyLine: Int
        /// The end of its content: trailing blank and comment lines belong to what follows.
        var contentEnd: Int
        var value: Node
        var items: [Item]
        /// The spaces before each item's dash.
        var indent: String
        /// True when its items can be edited line by line (a block sequence, or no value yet).
        var editable: Bool
    }

    let file: String
    var lines: [String]
    let newline: String
    let root: Node.Mapping?
    private(set) var blocks: [Block] = []

    init(text: String, file: String) throws(MappingError) {
        self.file = file
        newline = text.contains("\r\n") ? "\r\n" : "\n"
        var body = text.components(separatedBy: newline)
        if body.last == "" { body.removeLast() }
        lines = body
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw MappingError(file: file, reason: MappingError.describe(error))
        }
        guard let node else {
            root = nil
            return
        }
        guard let mapping = node.mapping else { throw MappingError(file: file, reason: "is not a mapping of keys to values") }
        root = mapping
        let keyLines = mapping.map { ($0.key.string ?? "", ($0.key.mark?.line ?? 1) - 1, $0.value) }
        for (index, (key, line, value)) in keyLines.enumerated() {
            let next = index + 1 < keyLines.count ? keyLines[index + 1].1 : lines.count
            var end = next
            while end > line + 1, Self.isBlankOrComment(lines[end - 1]) { end -= 1 }
            var block = Block(key: key, keyLine: line, contentEnd: end, value: value, items: [], indent: "  ", editable: false)
            if let sequence = value.sequence, sequence.style != .flow, !sequence.isEmpty {
                block.editable = true
                var starts: [Int] = []
                for item in sequence {
                    var start = (item.mark?.line ?? 0) - 1
                    if start > line, start < lines.count, !Self.trimmed(lines[start]).hasPrefix("-"), Self.trimmed(lines[start - 1]) == "-"
                    {
                        start -= 1
                    }
                    guard start > line, start < end, Self.trimmed(lines[start]).hasPrefix("-") else {
                        block.editable = false
                        break
                    }
                    starts.append(start)
                }
                if block.editable {
                    block.items = zip(sequence, starts.indices).map { node, index in
                        Item(node: node, lines: starts[index]..<(index + 1 < starts.count ? starts[index + 1] : end))
                    }
                    block.indent = String(lines[starts[0]].prefix { $0 == " " })
                }
            } else if value.scalar != nil, value.null != nil || value.scalar?.string == "" {
                block.editable = true
            }
            blocks.append(block)
        }
    }

    /// The items of a top-level list, in the file's order.
    func items(of key: String) -> [Item] {
        blocks.first { $0.key == key }?.items ?? []
    }

    /// The text of an item as it would be appended: its lines, the indentation before its dash taken away.
    func itemText(_ item: Item, of key: String) -> [String] {
        let indent = blocks.first { $0.key == key }?.indent.count ?? 0
        return lines[item.lines].map { line in
            let spaces = line.prefix { $0 == " " }.count
            return String(line.dropFirst(min(spaces, indent)))
        }
    }

    /// The file with the items at `removing` (key, index) taken out and `appending` (key → item texts, each a
    /// dash line and its continuation lines) added at the end of their lists, creating a list where missing.
    /// `order` is where new top-level lists go: after the last of the keys before them that exists.
    /// `replacing` gives an item of a block list new lines (indented as written) in its place.
    func editing(
        removing: Set<ItemPosition>, appending: [String: [[String]]], order: [String], replacing: [ItemPosition: [String]] = [:]
    ) throws -> String {
        var output: [String] = []
        var cursor = 0
        var pending = appending
        for block in blocks {
            let removals = removing.filter { $0.key == block.key }
            let additions = pending.removeValue(forKey: block.key) ?? []
            let replaced = block.editable && replacing.keys.contains { $0.key == block.key }
            guard !removals.isEmpty || !additions.isEmpty || replaced else { continue }
            output += lines[cursor..<block.keyLine]
            cursor = block.contentEnd
            if block.editable {
                let kept = block.items.indices.filter { !removals.contains(ItemPosition(key: block.key, index: $0)) }
                let keyLine = block.items.isEmpty ? String(lines[block.keyLine].prefix { $0 != ":" }) + ":" : lines[block.keyLine]
                if kept.isEmpty && additions.isEmpty {
                    // The list is empty now: the key goes too, so the file reads as one never given it.
                    let itemsStart = block.items.first?.lines.lowerBound ?? block.contentEnd
                    if itemsStart > block.keyLine + 1 { output += lines[(block.keyLine + 1)..<itemsStart] }
                    continue
                }
                output.append(keyLine)
                let itemsStart = block.items.first?.lines.lowerBound ?? block.contentEnd
                if itemsStart > block.keyLine + 1 { output += lines[(block.keyLine + 1)..<itemsStart] }
                for index in kept {
                    output += replacing[ItemPosition(key: block.key, index: index)] ?? Array(lines[block.items[index].lines])
                }
                for text in additions { output += text.map { block.indent + $0 } }
            } else {
                // A list in flow style: its items written again in block style, then the new ones.
                guard let sequence = block.value.sequence else {
                    throw MappingError(file: file, reason: "'\(block.key)' at line \(block.keyLine + 1) is not a list")
                }
                output.append(block.key + ":")
                for (index, node) in sequence.enumerated() where !removals.contains(ItemPosition(key: block.key, index: index)) {
                    output += try Self.blockText(of: node).map { "  " + $0 }
                }
                for text in additions { output += text.map { "  " + $0 } }
            }
        }
        output += lines[cursor..<lines.count]
        for key in order {
            guard let additions = pending.removeValue(forKey: key), !additions.isEmpty else { continue }
            output.append(key + ":")
            for text in additions { output += text.map { "  " + $0 } }
        }
        return output.map { $0 + newline }.joined()
    }

    /// Where an item is: its list and its index in it.
    struct ItemPosition: Hashable {
        var key: String
        var index: Int
    }

    /// A node as the lines of a block-style list item (`- key: value`, then its continuation).
    static func blockText(of node: Node) throws -> [String] {
        let text = try Yams.serialize(node: node, width: -1, allowUnicode: true)
        return itemLines(text)
    }

    /// A mapping's YAML text as an item: `- ` before the first line, two spaces before the others.
    static func itemLines(_ mappingText: String) -> [String] {
        var lines = mappingText.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.enumerated().map { $0.offset == 0 ? "- " + $0.element : "  " + $0.element }
    }

    static func trimmed(_ line: String) -> Substring {
        line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
    }

    static func isBlankOrComment(_ line: String) -> Bool {
        let content = trimmed(line)
        return content.isEmpty || content.hasPrefix("#")
    }
}
