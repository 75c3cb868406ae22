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
        if let split = asciiSplit(text) { return split }
        return splitByCharacters(text)
    }

    /// `split` of an ASCII text, read on its bytes: in ASCII the parentheses are Characters of their own (only
    /// CR LF is two bytes in one), so the same places are found without breaking the text into Characters, which
    /// was a twentieth of reading a large questionnaire. `nil` when the text is not ASCII.
    static func asciiSplit(_ text: String) -> Split? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var remaining = ""
        var notes: [(Note.Kind, String)] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let parenthesis = bytes[index...].firstIndex(of: UInt8(ascii: "(")) ?? bytes.endIndex
            if index == bytes.startIndex && parenthesis == bytes.endIndex { return Split(text: text, notes: []) }
            remaining += text[index..<parenthesis]
            index = parenthesis
            guard index < bytes.endIndex else { break }
            guard let kind = kind(after: bytes.index(after: index), in: text) else {
                remaining += "("
                index = bytes.index(after: index)
                continue
            }
            var depth = 0
            var end = index
            var closed = false
            while end < bytes.endIndex {
                if bytes[end] == UInt8(ascii: "(") { depth += 1 }
                if bytes[end] == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 {
                        closed = true
                        break
                    }
                }
                end = bytes.index(after: end)
            }
            let bodyStart = bytes.index(after: index)
            let body = closed ? text[bodyStart..<end] : text[bodyStart...]
            notes.append((kind, noteText(String(body), kind: kind)))
            index = closed ? bytes.index(after: end) : bytes.endIndex
        }
        return Split(text: remaining, notes: notes)
    }

    /// `split` Character by Character: the general rule.
    static func splitByCharacters(_ text: String) -> Split {
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
