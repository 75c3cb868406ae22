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
    /// was 4% of the CPU of a 10,000-question diff. `nil` when the text is not ASCII.
    static func asciiSplit(_ text: String) -> Split? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return split(text, walking: text.utf8, open: UInt8(ascii: "("), close: UInt8(ascii: ")"))
    }

    /// `split` Character by Character: the general rule.
    static func splitByCharacters(_ text: String) -> Split {
        split(text, walking: text, open: "(", close: ")")
    }

    /// `split`, walking `view`: the text's Characters, or its bytes where those are the same places. The kept text
    /// and the notes are taken from `text` between the places found.
    private static func split<View: BidirectionalCollection>(
        _ text: String, walking view: View, open: View.Element, close: View.Element
    ) -> Split where View.Index == String.Index, View.Element: Equatable {
        var remaining = ""
        var notes: [(Note.Kind, String)] = []
        var index = view.startIndex
        while index < view.endIndex {
            // The text up to the next parenthesis is kept as it is, in one piece.
            let parenthesis = view[index...].firstIndex(of: open) ?? view.endIndex
            if index == view.startIndex && parenthesis == view.endIndex { return Split(text: text, notes: []) }
            remaining += text[index..<parenthesis]
            index = parenthesis
            guard index < view.endIndex else { break }
            guard let kind = kind(after: view.index(after: index), in: text) else {
                remaining.append(text[index])
                index = view.index(after: index)
                continue
            }
            var depth = 0
            var end = index
            var closed = false
            while end < view.endIndex {
                if view[end] == open { depth += 1 }
                if view[end] == close {
                    depth -= 1
                    if depth == 0 {
                        closed = true
                        break
                    }
                }
                end = view.index(after: end)
            }
            let bodyStart = view.index(after: index)
            let body = closed ? text[bodyStart..<end] : text[bodyStart...]
            notes.append((kind, noteText(String(body), kind: kind)))
            index = closed ? view.index(after: end) : view.endIndex
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
