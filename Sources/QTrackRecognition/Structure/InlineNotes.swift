import QTrackModel

/// Finds the parenthesised asides that are notes, not question text: "(Tips: …)" and "(NOTE: …)".
enum InlineNotes {
    struct Split {
        var text: String
        var notes: [(kind: Note.Kind, text: String)]
    }

    /// Removes each aside from `text`. An aside whose parentheses never balance runs to the end.
    static func split(_ text: String) -> Split {
        // Most paragraphs have no parenthesis: tell from the bytes before walking Characters.
        guard text.utf8.contains(UInt8(ascii: "(")) else { return Split(text: text, notes: []) }
        var remaining = ""
        var notes: [(Note.Kind, String)] = []
        var index = text.startIndex
        while index < text.endIndex {
            // The text up to the next parenthesis is kept as it is, in one piece.
            let parenthesis = text[index...].firstIndex(of: "(") ?? text.endIndex
            if index == text.startIndex && parenthesis == text.endIndex { return Split(text: text, notes: []) }
            remaining += text[index..<parenthesis]
            index = parenthesis
            guard index < text.endIndex else { break }
            guard let kind = kind(after: text.index(after: index), in: text) else {
                remaining.append(text[index])
                index = text.index(after: index)
                continue
            }
            var depth = 0
            var end = index
            var closed = false
            while end < text.endIndex {
                if text[end] == "(" { depth += 1 }
                if text[end] == ")" {
                    depth -= 1
                    if depth == 0 {
                        closed = true
                        break
                    }
                }
                end = text.index(after: end)
            }
            let bodyStart = text.index(after: index)
            let body = closed ? text[bodyStart..<end] : text[bodyStart...]
            notes.append((kind, noteText(String(body), kind: kind)))
            index = closed ? text.index(after: end) : text.endIndex
        }
        return Split(text: remaining, notes: notes)
    }

    /// "Tips: Please check …" → "Please check …": the kind already says it is a tip.
    private static func noteText(_ body: String, kind: Note.Kind) -> String {
        let text = TextNormalizer.display(body)
        guard kind == .tips, let colon = text.firstIndex(of: ":") else { return text }
        return TextNormalizer.display(String(text[text.index(after: colon)...]))
    }

    private static func kind(after start: String.Index, in text: String) -> Note.Kind? {
        let head = text[start...].drop { $0 == " " }.prefix(6).lowercased()
        if head.hasPrefix("tips:") || head.hasPrefix("tips :") || head.hasPrefix("tip:") { return .tips }
        if head.hasPrefix("note:") { return .note }
        return nil
    }
}
