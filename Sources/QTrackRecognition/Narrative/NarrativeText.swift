/// The text rules the narrative parser shares: characters normalised as a reader sees them, bullets printed in
/// the text, and lines joined back into sentences (undoing the hyphenation a line break made).
enum NarrativeText {
    /// No-break and other wide spaces as spaces; soft hyphens, zero-width characters and byte-order marks
    /// dropped (they never show); runs of spaces as one; the ends trimmed.
    static func normalized(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            case 0x09, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                if !lastWasSpace { result.unicodeScalars.append(" ") }
                lastWasSpace = true
            default:
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        while result.last == " " { result.removeLast() }
        return result
    }

    /// Marks that start a list item when printed at a line's start and followed by a space.
    static let bulletMarks: Set<Character> = ["•", "●", "◦", "▪", "▫", "‣", "⁃", "·", "-", "–", "*", "\u{F0B7}", "o"]

    /// The line without its printed bullet ("• Increase …", "- Increase …"), or nil when it has none.
    /// "o" counts only before a capital (Word's second-level bullet pasted as text), never in "o Fill".
    static func strippingBullet(_ line: String) -> String? {
        guard let first = line.first, bulletMarks.contains(first) else { return nil }
        let rest = line.dropFirst()
        guard rest.first == " " else { return nil }
        let text = rest.drop { $0 == " " }
        guard let next = text.first else { return nil }
        if first == "o" && !next.isUppercase { return nil }
        return String(text)
    }

    /// True when a text ends a sentence: a full stop, question or exclamation mark, perhaps inside quotes or brackets.
    static func endsSentence(_ text: some StringProtocol) -> Bool {
        let trimmed = text.reversed().drop { "\"'”’)]".contains($0) || $0 == " " }
        guard let last = trimmed.first else { return false }
        return last == "." || last == "!" || last == "?"
    }

    /// Joins a line to the text before it: a word broken by a hyphen at the line's end is mended (the hyphen
    /// dropped when the document writes the word whole, kept when it writes it hyphenated or the first part is a
    /// prefix such as "anti-"); a dash at the end joins without a space; otherwise one space.
    static func join(_ text: String, _ next: String, words: DocumentWords) -> String {
        guard !text.isEmpty else { return next }
        guard !next.isEmpty else { return text }
        if text.hasSuffix("—") || text.hasSuffix("–") { return text + next }
        if text.hasSuffix("-"), let first = next.first, first.isLowercase {
            let before = text.dropLast()
            let head = String(before.reversed().prefix { $0.isLetter }.reversed())
            let tail = String(next.prefix { $0.isLetter })
            if !head.isEmpty, !tail.isEmpty, words.keepsHyphen(head: head, tail: tail) {
                return text + next
            }
            if !head.isEmpty, !tail.isEmpty { return String(before) + next }
        }
        return text + " " + next
    }
}

/// The words a document writes, to tell a hyphen a line break made ("traffick-\ning") from one the word has
/// ("anti-\ntrafficking").
struct DocumentWords: Sendable {
    private var whole: Set<String> = []
    private var hyphenated: Set<String> = []

    /// Prefixes English writes with a hyphen: kept when the document does not say otherwise.
    static let hyphenPrefixes: Set<String> = [
        "anti", "non", "co", "self", "cross", "counter", "pre", "post", "re", "ex", "multi", "inter", "intra", "sub", "quasi", "semi",
        "well", "long", "short", "front", "high", "low", "first", "second", "third", "child", "sex", "labor", "labour", "government",
        "state", "law", "victim", "trauma", "gender", "age", "follow", "long-term", "short-term",
    ]

    init(_ lines: [String]) {
        for line in lines {
            for token in line.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
                let word = token.lowercased().trimmingHyphens()
                guard !word.isEmpty else { continue }
                if word.contains("-") { hyphenated.insert(word) } else { whole.insert(word) }
            }
        }
    }

    func keepsHyphen(head: String, tail: String) -> Bool {
        let joined = (head + tail).lowercased()
        let withHyphen = (head + "-" + tail).lowercased()
        if hyphenated.contains(where: { $0 == withHyphen || $0.hasPrefix(withHyphen) }) { return true }
        if whole.contains(joined) { return false }
        return Self.hyphenPrefixes.contains(head.lowercased()) || head.first?.isUppercase == true
    }
}

extension String {
    fileprivate func trimmingHyphens() -> String {
        var text = Substring(self)
        while text.first == "-" { text = text.dropFirst() }
        while text.last == "-" { text = text.dropLast() }
        return String(text)
    }
}
