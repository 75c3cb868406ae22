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
        // A label is short: only the paragraph's head is split into characters (splitting all of every paragraph
        // was a tenth of recognising a large questionnaire). Every scan below stops well within `headLength` of
        // the label's start, so the head answers as the whole text would.
        let leading = text.prefix { $0 == " " || $0 == "\t" }.count
        let head = text.prefix(leading + headLength)
        let tail = text[head.endIndex...]
        let characters = Array(head)
        let rest = { (index: Int) in Self.rest(of: text, from: min(index, characters.count)) }
        var index = 0
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        let start = index
        guard index < characters.count else { return nil }

        // Bullets: "· text", "• text", "-If yes".
        // A bullet with no text after it ("-", "…" alone) is content, not a label.
        let isText = { (character: Character) in character != " " && character != "\t" }
        if Self.bulletCharacters.contains(characters[index]), characters[index] != "o",
            characters[(index + 1)...].contains(where: isText) || tail.contains(where: isText)
        {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if characters[index] != "-" || next != "-" {
                return (ListLabel(printed: "•", value: "•", kind: .bullet), rest(index + 1))
            }
        }

        if let found = questionLabel(characters, from: index) {
            return (found.label, rest(found.end))
        }

        // "(a)", "(1)", "(iv)".
        if characters[index] == "(" {
            var end = index + 1
            while end < characters.count, characters[end].isLetter || characters[end].isNumber, end - index <= 5 { end += 1 }
            if end < characters.count, characters[end] == ")", end > index + 1 {
                let core = String(characters[(index + 1)..<end])
                if let kind = kind(ofCore: core) {
                    return (ListLabel(printed: String(characters[start...end]), value: core, kind: kind), rest(end + 1))
                }
            }
            return nil
        }

        // "1.", "1)", "21..", "13. ", "1.Were", "a.", "b)", "iv.".
        var end = index
        while end < characters.count, characters[end].isLetter || characters[end].isNumber, end - index < 6 { end += 1 }
        guard end > index, end < characters.count else { return nil }
        let core = String(characters[index..<end])
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
        return (
            ListLabel(printed: String(characters[start..<punctuationEnd]), value: core, kind: kind), rest(punctuationEnd)
        )
    }

    /// The labels survey tools and other producers print before a question: `Q7`, `Q.7:`, `A1`, `B2c`, `C13a`,
    /// `1.2`, `1.2.3`, `Question 3:`, `[projectDetailsJob]`. The number is the label without its punctuation.
    private static func questionLabel(_ characters: [Character], from start: Int) -> (label: ListLabel, end: Int)? {
        func isSpace(_ index: Int) -> Bool { index >= characters.count || characters[index] == " " || characters[index] == "\t" }
        func label(_ end: Int, value: String) -> (label: ListLabel, end: Int)? {
            var close = end
            while close < characters.count, ".:)".contains(characters[close]) { close += 1 }
            guard isSpace(close) else { return nil }
            return (ListLabel(printed: String(characters[start..<close]), value: value, kind: .number), close)
        }
        var index = start
        // "[projectDetailsJob] Job title", "[name]": an internal name; "[1] label" is an answer option, not a question.
        if characters[index] == "[" {
            var end = index + 1
            while end < characters.count, end - index <= 64,
                characters[end].isLetter || characters[end].isNumber || "-_.".contains(characters[end])
            {
                end += 1
            }
            guard end < characters.count, characters[end] == "]", end > index + 1, characters[index + 1].isLetter, isSpace(end + 1) else {
                return nil
            }
            let name = String(characters[(index + 1)..<end])
            return (ListLabel(printed: "[\(name)]", value: name, kind: .number), end + 1)
        }
        // "Question 3:".
        let word = Self.questionWord
        if characters.count > index + word.count, characters[index] == "Q" || characters[index] == "q",
            zip(characters[index...], word).allSatisfy({ $0.lowercased() == String($1) }), characters[index + word.count] == " "
        {
            var end = index + word.count + 1
            let digits = end
            while end < characters.count, characters[end].isASCII, characters[end].isNumber, end - digits < 4 { end += 1 }
            guard end > digits else { return nil }
            return label(end, value: String(characters[digits..<end]))
        }
        // "Q7", "Q.7", "Q 7", "A1", "B2c", "C13a", "V2a", "Intro2a", "intro4": a capital (or q, or a lower-case
        // word) and up to seven more letters, then digits and a letter.
        var letters = 0
        // Lower case only for a word of three letters or more before the digits: "intro4", not "a1".
        let lowerWord = characters[index...].prefix { $0.isASCII && $0.isLowercase }.count >= 3
        if characters[index].isASCII, characters[index].isUppercase || characters[index] == "q" || lowerWord {
            index += 1
            letters += 1
            while index < characters.count, letters < 8, characters[index].isASCII, characters[index].isLetter {
                index += 1
                letters += 1
            }
            // Two capitals at most, or a capital and lower-case letters: "UKRAINIAN1" is no label.
            let word = characters[start..<index]
            if letters > 2, word.dropFirst().contains(where: \.isUppercase) { return nil }
        }
        if letters > 0 {
            let isQ = letters == 1 && (characters[start] == "Q" || characters[start] == "q")
            var digits = index
            if isQ { while digits < characters.count, characters[digits] == "." || characters[digits] == " " { digits += 1 } }
            var end = digits
            while end < characters.count, characters[end].isASCII, characters[end].isNumber, end - digits < 3 { end += 1 }
            guard end > digits, end == characters.count || !characters[end].isNumber else { return nil }
            if end < characters.count, characters[end].isASCII, characters[end].isLowercase,
                isSpace(end + 1) || ".:)".contains(characters[end + 1])
            {
                end += 1
            }
            let value = String(characters[start..<index]) + String(characters[digits..<end])
            return label(end, value: value)
        }
        // "56a.": a number with a letter.
        var digitsEnd = start
        while digitsEnd < characters.count, characters[digitsEnd].isASCII, characters[digitsEnd].isNumber, digitsEnd - start < 3 {
            digitsEnd += 1
        }
        if digitsEnd > start, digitsEnd + 1 < characters.count, characters[digitsEnd].isASCII, characters[digitsEnd].isLowercase,
            ".)".contains(characters[digitsEnd + 1])
        {
            return label(digitsEnd + 1, value: String(characters[start...digitsEnd]))
        }
        // "1.2", "1.2.3" before a capital: "1.5 million" stays text.
        var end = start
        var groups = 0
        while true {
            let digits = end
            while end < characters.count, characters[end].isASCII, characters[end].isNumber, end - digits < 3 { end += 1 }
            guard end > digits else { return nil }
            groups += 1
            guard end < characters.count, characters[end] == ".", end + 1 < characters.count, characters[end + 1].isNumber else { break }
            end += 1
        }
        guard groups >= 2 else { return nil }
        var next = end
        while next < characters.count, ".:)".contains(characters[next]) { next += 1 }
        while next < characters.count, characters[next] == " " { next += 1 }
        guard next < characters.count, characters[next].isUppercase || "“\"'‘(".contains(characters[next]) else { return nil }
        return label(end, value: String(characters[start..<end]))
    }

    private static let questionWord = Array("question")

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

    /// The text after its first `offset` characters, blanks trimmed.
    private static func rest(of text: String, from offset: Int) -> String {
        var view = text[text.index(text.startIndex, offsetBy: offset)...]
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
