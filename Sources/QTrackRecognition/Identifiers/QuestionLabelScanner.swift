/// The labels survey tools and other producers print before a question: `Q7`, `Q.7:`, `A1`, `B2c`, `C13a`,
/// `1.2`, `1.2.3`, `Question 3:`, `[projectDetailsJob]`, `56a.`. The number is the label without its
/// punctuation. One small scanner per grammar, tried in turn; each works on the paragraph's head as
/// characters from `start` (a Regex over the whole paragraph was slower, and the grammars need the
/// exceptions below): `Character`s, or the bytes of an ASCII head (`LabelCharacter`).
struct QuestionLabelScanner<Unit: LabelCharacter> {
    typealias Found = (label: ListLabel, end: Int)

    private let characters: [Unit]
    private let start: Int

    init(_ characters: [Unit], from start: Int) {
        self.characters = characters
        self.start = start
    }

    /// The label at `start`, if one of the grammars reads one there.
    func label() -> Found? {
        if characters[start] == "[" { return internalName() }
        if startsWithQuestionWord { return questionWord() }
        guard let letters = codeLetters() else { return nil }
        if letters > 0 { return code(letters: letters) }
        return numberWithLetter() ?? dottedNumber()
    }

    /// "[projectDetailsJob] Job title", "[name]": an internal name; "[1] label" is an answer option, not a question.
    private func internalName() -> Found? {
        var end = start + 1
        while end < characters.count, end - start <= 64,
            characters[end].isLetter || characters[end].isNumber || characters[end].isAny(of: "-_.")
        {
            end += 1
        }
        guard end < characters.count, characters[end] == "]", end > start + 1, characters[start + 1].isLetter, isSpace(end + 1) else {
            return nil
        }
        let name = Unit.string(characters[(start + 1)..<end])
        return (ListLabel(printed: "[\(name)]", value: name, kind: .number), end + 1)
    }

    private var startsWithQuestionWord: Bool {
        let word = questionWordCharacters
        return characters.count > start + word.count && (characters[start] == "Q" || characters[start] == "q")
            && zip(characters[start...], word).allSatisfy({ $0.lowercased() == String($1) }) && characters[start + word.count] == " "
    }

    /// "Question 3:".
    private func questionWord() -> Found? {
        let digits = start + questionWordCharacters.count + 1
        var end = digits
        while end < characters.count, characters[end].isASCII, characters[end].isNumber, end - digits < 4 { end += 1 }
        guard end > digits else { return nil }
        return label(end, value: Unit.string(characters[digits..<end]))
    }

    /// How many letters begin a code such as "Q7", "A1", "B2c", "Intro2a": a capital (or q, or a lower-case word
    /// of three letters or more: "intro4", not "a1") and up to seven more letters; 0 when none do, nil when the
    /// letters cannot begin a label (two capitals at most, or a capital and lower-case letters: "UKRAINIAN1" is none).
    private func codeLetters() -> Int? {
        let lowerWord = characters[start...].prefix { $0.isASCII && $0.isLowercase }.count >= 3
        guard characters[start].isASCII, characters[start].isUppercase || characters[start] == "q" || lowerWord else { return 0 }
        var index = start + 1
        while index < characters.count, index - start < 8, characters[index].isASCII, characters[index].isLetter { index += 1 }
        let letters = index - start
        if letters > 2, characters[(start + 1)..<index].contains(where: \.isUppercase) { return nil }
        return letters
    }

    /// "Q7", "Q.7", "Q 7", "A1", "B2c", "C13a", "V2a", "Intro2a", "intro4": the letters, then up to three
    /// digits and a lower-case letter.
    private func code(letters: Int) -> Found? {
        let lettersEnd = start + letters
        let isQ = letters == 1 && (characters[start] == "Q" || characters[start] == "q")
        var digits = lettersEnd
        if isQ { while digits < characters.count, characters[digits] == "." || characters[digits] == " " { digits += 1 } }
        var end = digits
        while end < characters.count, characters[end].isASCII, characters[end].isNumber, end - digits < 3 { end += 1 }
        guard end > digits, end == characters.count || !characters[end].isNumber else { return nil }
        if end < characters.count, characters[end].isASCII, characters[end].isLowercase,
            isSpace(end + 1) || characters[end + 1].isAny(of: ".:)")
        {
            end += 1
        }
        return label(end, value: Unit.string(characters[start..<lettersEnd]) + Unit.string(characters[digits..<end]))
    }

    /// "56a.": a number with a letter.
    private func numberWithLetter() -> Found? {
        var digitsEnd = start
        while digitsEnd < characters.count, characters[digitsEnd].isASCII, characters[digitsEnd].isNumber, digitsEnd - start < 3 {
            digitsEnd += 1
        }
        guard digitsEnd > start, digitsEnd + 1 < characters.count, characters[digitsEnd].isASCII, characters[digitsEnd].isLowercase,
            characters[digitsEnd + 1].isAny(of: ".)")
        else { return nil }
        return label(digitsEnd + 1, value: Unit.string(characters[start...digitsEnd]))
    }

    /// "1.2", "1.2.3" before a capital: "1.5 million" stays text.
    private func dottedNumber() -> Found? {
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
        while next < characters.count, characters[next].isAny(of: ".:)") { next += 1 }
        while next < characters.count, characters[next] == " " { next += 1 }
        guard next < characters.count, characters[next].isUppercase || characters[next].isAny(of: "“\"'‘(") else { return nil }
        return label(end, value: Unit.string(characters[start..<end]))
    }

    private func isSpace(_ index: Int) -> Bool { index >= characters.count || characters[index] == " " || characters[index] == "\t" }

    /// The label ending at `end`, with the punctuation after it (".", ":", ")"); none unless a blank follows.
    private func label(_ end: Int, value: String) -> Found? {
        var close = end
        while close < characters.count, characters[close].isAny(of: ".:)") { close += 1 }
        guard isSpace(close) else { return nil }
        return (ListLabel(printed: Unit.string(characters[start..<close]), value: value, kind: .number), close)
    }
}

/// The word of "Question 3:" (a generic type holds no stored static).
private let questionWordCharacters = Array("question")
