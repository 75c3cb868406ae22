import QTrackModel

/// A list label at the start of a paragraph ("1.", "21..", "Q7", "a)", "(b)", "iv.", "•"), typed or auto-numbered.
struct ListLabel: Hashable {
    enum Kind: Hashable {
        case number
        case letter
        case roman
        case bullet
    }

    /// As printed, trimmed ("13.", "a)"); bullets of every kind become "•".
    var printed: String
    /// The label without punctuation ("13", "a").
    var value: String
    var kind: Kind

    /// Bullets as typed, and the Symbol/Wingdings private-use code points Word stores for its own.
    static let bulletCharacters: Set<Character> = [
        "·", "•", "▪", "◦", "●", "○", "■", "□", "‣", "⁃", "-", "–", "—", "\u{F0B7}", "\u{F0A7}", "\u{F076}", "\u{F0D8}", "o",
    ]

    /// Classifies a label Word rendered from numbering.xml.
    init(rendered: String) {
        let trimmed = rendered.trimming(" \t")
        if trimmed.count <= 1, let character = trimmed.first,
            Self.bulletCharacters.contains(character) || !character.isLetter && !character.isNumber
        {
            self.init(printed: "•", value: "•", kind: .bullet)
            return
        }
        let core = Self.core(of: trimmed)
        if core.allSatisfy(\.isNumber), !core.isEmpty {
            self.init(printed: trimmed, value: core, kind: .number)
        } else if Self.isRoman(core) {
            self.init(printed: trimmed, value: core, kind: .roman)
        } else if core.count == 1 || (core.count <= 3 && Set(core).count == 1 && core.allSatisfy(\.isLetter)) {
            self.init(printed: trimmed, value: core, kind: .letter)
        } else if core.contains(where: \.isNumber) {
            // "1.2", "Question 3", "Article 4".
            self.init(printed: trimmed, value: core, kind: .number)
        } else {
            self.init(printed: trimmed, value: core.isEmpty ? trimmed : core, kind: .bullet)
        }
    }

    init(printed: String, value: String, kind: Kind) {
        self.printed = printed
        self.value = value
        self.kind = kind
    }

    /// Finds a typed label at the start of `text`; returns it and the text after it.
    static func parse(_ text: String) -> (label: ListLabel, rest: String)? {
        // Most heads are ASCII: read them as bytes, which answers as `Character`s would (see `asciiHead(of:)`).
        if let head = asciiHead(of: text) {
            return parse(text, head: head) { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
        }
        return parseByCharacters(text)
    }

    /// `parse` on the paragraph's head split into `Character`s: the general rule.
    static func parseByCharacters(_ text: String) -> (label: ListLabel, rest: String)? {
        // A label is short: only the paragraph's head is split into characters (splitting all of every paragraph
        // was a tenth of recognising a large questionnaire). Every scan below stops well within `headLength` of
        // the label's start, so the head answers as the whole text would.
        let leading = text.prefix { $0 == " " || $0 == "\t" }.count
        return parse(text, head: Array(text.prefix(leading + headLength))) { text.index(text.startIndex, offsetBy: $0) }
    }

    /// The head `parse` reads (leading blanks and `headLength` characters after them) as bytes, when each of
    /// those bytes is a whole `Character`: they and the byte after them are ASCII and none is a carriage return
    /// (CR LF is one `Character`; a byte outside ASCII may join the one before it, as a combining accent does).
    /// Then `Character` offsets in the head are byte offsets, and the byte after the head starts a `Character`.
    static func asciiHead(of text: String) -> [ASCIICharacter]? {
        let bytes = text.utf8
        let leading = bytes.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
        let head = bytes.prefix(leading + headLength + 1)
        guard head.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
        return head.prefix(leading + headLength).map(ASCIICharacter.init)
    }

    /// The label at the start of `characters`, the head of `text`; `position` turns an offset in the head into an
    /// index of `text`.
    private static func parse<Unit: LabelCharacter>(
        _ text: String, head characters: [Unit], position: (Int) -> String.Index
    ) -> (label: ListLabel, rest: String)? {
        func rest(_ index: Int) -> String { Self.rest(of: text, from: position(min(index, characters.count))) }
        var index = 0
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        guard index < characters.count else { return nil }

        // Bullets: "· text", "• text", "-If yes".
        // A bullet with no text after it ("-", "…" alone) is content, not a label.
        let isText = { (character: Unit) in character != " " && character != "\t" }
        if characters[index].isBullet, characters[index] != "o",
            characters[(index + 1)...].contains(where: isText)
                || text[position(characters.count)...].contains(where: { $0 != " " && $0 != "\t" })
        {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if characters[index] != "-" || next != "-" {
                return (ListLabel(printed: "•", value: "•", kind: .bullet), rest(index + 1))
            }
        }

        if let found = QuestionLabelScanner(characters, from: index).label() {
            return (found.label, rest(found.end))
        }

        // "(a)", "(1)", "(iv)".
        if characters[index] == "(" { return parenthesised(characters, from: index).map { (label: $0.label, rest: rest($0.end)) } }
        return punctuated(characters, from: index).map { (label: $0.label, rest: rest($0.end)) }
    }

    /// "(a)", "(1)", "(iv)" at `index`, with where it ends.
    private static func parenthesised<Unit: LabelCharacter>(_ characters: [Unit], from index: Int) -> (label: ListLabel, end: Int)? {
        var end = index + 1
        while end < characters.count, characters[end].isLetter || characters[end].isNumber, end - index <= 5 { end += 1 }
        guard end < characters.count, characters[end] == ")", end > index + 1 else { return nil }
        let core = Unit.string(characters[(index + 1)..<end])
        guard let kind = kind(ofCore: core) else { return nil }
        return (ListLabel(printed: Unit.string(characters[index...end]), value: core, kind: kind), end + 1)
    }

    /// "1.", "1)", "21..", "13. ", "1.Were", "a.", "b)", "iv." at `index`, with where it ends.
    private static func punctuated<Unit: LabelCharacter>(_ characters: [Unit], from index: Int) -> (label: ListLabel, end: Int)? {
        var end = index
        while end < characters.count, characters[end].isLetter || characters[end].isNumber, end - index < 6 { end += 1 }
        guard end > index, end < characters.count else { return nil }
        let core = Unit.string(characters[index..<end])
        guard let kind = kind(ofCore: core) else { return nil }
        var punctuationEnd = end
        while punctuationEnd < characters.count, characters[punctuationEnd] == "." || characters[punctuationEnd] == ")" {
            punctuationEnd += 1
        }
        guard punctuationEnd > end else { return nil }
        let following = punctuationEnd < characters.count ? characters[punctuationEnd] : " "
        // "1.5 million" is a number, not a label; "1.Were" (no space) is a label; "a.m." is neither.
        if following.isNumber { return nil }
        if kind != .number, following != " " && following != "\t" { return nil }
        if kind != .number, punctuationEnd - end > 1 { return nil }
        return (ListLabel(printed: Unit.string(characters[index..<punctuationEnd]), value: core, kind: kind), punctuationEnd)
    }

    private static func kind(ofCore core: String) -> Kind? {
        // Up to four digits, but a year ("2021. Were…") is not a question number.
        if core.allSatisfy({ $0.isASCII && $0.isNumber }), core.count <= 4, core.count < 4 || !(1900...2199).contains(Int(core) ?? 0) {
            return .number
        }
        if isRoman(core.lowercased()), core.count <= 4, core == core.lowercased() || core == core.uppercased() {
            return core.count == 1 && core != "i" && core != "I" ? .letter : .roman
        }
        if core.count == 1, core.first?.isLetter == true, core.first?.isASCII == true { return .letter }
        return nil
    }

    private static func isRoman(_ text: String) -> Bool {
        !text.isEmpty && text.lowercased().allSatisfy { "ivxlc".contains($0) } && text.count <= 6
    }

    private static func core(of label: String) -> String {
        var text = Substring(label)
        if text.lowercased().hasPrefix("question") { text = text.dropFirst("question".count) }
        if text.first == "Q" || text.first == "q", text.dropFirst().first?.isNumber == true || text.dropFirst().first == "." {
            text = text.dropFirst()
        }
        return String(text.filter { $0.isLetter || $0.isNumber || $0 == "." }).trimming(".")
    }

    /// How much of a paragraph `parse` reads as characters past its leading blanks.
    static let headLength = 160

    /// The text from `start`, blanks trimmed.
    private static func rest(of text: String, from start: String.Index) -> String {
        var view = text[start...]
        while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return String(view)
    }
}

extension String {
    func trimming(_ set: String) -> String {
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view = view.dropFirst() }
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
