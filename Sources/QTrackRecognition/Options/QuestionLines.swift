/// The lines a question's paragraph carries after its first: answer options (`[1] Yes`, `( ) Yes`,
/// `Yes  (1)`, `☐ Yes`, a blank answer line), bracketed instructions, items indented under it, and the
/// wrapped rest of its own text. Survey tools and their text renderings lay questions out this way.
struct QuestionLines {
    var text: String
    var options: [String] = []
    /// Lines indented under the question: the parts it asks about one by one.
    var items: [String] = []
    /// `[Please mark only one per row!]`, `(The name of the respondent is …)`.
    var instructions: [String] = []

    /// Splits a question's raw text; a paragraph with one line is all question text.
    init(_ raw: String) {
        // Most paragraphs are one line: nothing to split.
        guard raw.utf8.contains(UInt8(ascii: "\n")) else {
            text = raw
            return
        }
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var stem = [lines.first ?? ""]
        var openBracket: String?
        for line in lines.dropFirst() {
            let trimmed = line.trimming(" \t")
            if var bracket = openBracket {
                bracket += " " + trimmed
                if trimmed.hasSuffix("]") || trimmed.hasSuffix(")") {
                    instructions.append(bracket)
                    openBracket = nil
                } else {
                    openBracket = bracket
                }
                continue
            }
            guard !trimmed.isEmpty else { continue }
            // Indented by two spaces or more: laid out under the question, not wrapped text of it.
            let indented = line.hasPrefix("  ")
            if let option = Self.option(trimmed) {
                options.append(option)
            } else if indented, Self.isInstruction(trimmed) {
                instructions.append(trimmed)
            } else if indented, let open = trimmed.first, open == "[" || open == "(", !trimmed.contains(open == "[" ? "]" : ")") {
                // A bracket that closes further down: the instruction wraps. "[Yes] based on:" closes at once and
                // is an item, a follow-up asked of those who answered yes.
                openBracket = trimmed
            } else if indented {
                items.append(trimmed)
            } else {
                stem.append(trimmed)
            }
        }
        if let openBracket { instructions.append(openBracket) }
        text = stem.joined(separator: "\n")
    }

    /// The option a line offers, or nil: `[1] Better` → "Better", `( ) Yes` → "Yes", `Yes  (1)` → "Yes",
    /// `☐ Yes` → "Yes", `________` → "____" (room for a written answer).
    static func option(_ text: String) -> String? {
        // Most lines are no option: tell from the first and last characters before looking closer.
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.first(where: { !isSpace($0) }), let last = text.last(where: { !isSpace($0) }),
            "_☐□○◯▢◻([".contains(first) || last == ")"
        else { return nil }
        let line = text.trimming(" \t")
        let characters = Array(line)
        if characters.count >= 3, characters.allSatisfy({ $0 == "_" }) { return "____" }
        if "☐□○◯▢◻".contains(first) { return rest(characters, from: 1) }
        if first == "(" || first == "[" {
            let close: Character = first == "(" ? ")" : "]"
            var end = 1
            while end < characters.count, characters[end] == " " { end += 1 }
            let digits = end
            while end < characters.count, characters[end].isASCII, characters[end].isNumber, end - digits < 4 { end += 1 }
            // "( )", "[ ]" and "[1]" open an option; "(1)" alone is a number label, not an option.
            let isBox = end == digits && end > 1
            let isCode = end > digits && first == "["
            if isBox || isCode, end < characters.count, characters[end] == close, let text = rest(characters, from: end + 1) {
                return text
            }
            return nil
        }
        // "Yes  (1)": a label, two spaces or a tab, and its code in parentheses.
        if characters.last == ")", let open = characters.lastIndex(of: "("), open >= 3,
            characters[(open + 1)..<(characters.count - 1)].allSatisfy({ $0.isASCII && $0.isNumber }), open + 1 < characters.count - 1,
            characters[open - 1] == "\t" || (characters[open - 1] == " " && characters[open - 2] == " ")
        {
            return String(characters[..<open]).trimming(" \t")
        }
        return nil
    }

    /// A line wholly in brackets: an instruction to the person answering.
    static func isInstruction(_ line: String) -> Bool {
        (line.hasPrefix("[") && line.hasSuffix("]")) || (line.hasPrefix("(") && line.hasSuffix(")") && line.count > 3)
    }

    private static func rest(_ characters: [Character], from index: Int) -> String? {
        let text = String(characters[min(index, characters.count)...]).trimming(" \t")
        return text.isEmpty ? nil : text
    }
}
