public import QTrackModel

/// Whether each question of a response is answered, and what is missing where it is not.
public struct ResponseStatus: Sendable, Hashable {
    public enum State: String, Sendable, Hashable, Codable, CaseIterable {
        case answered
        /// Only "N/A", "TBD", "will be shared later" and the like.
        case placeholder
        case unanswered
        /// Some sub-items not addressed, or a table with empty cells.
        case partial
        /// Last year's answer as `qtrack prepare` carried it into the draft, not edited since.
        case carried
    }

    public struct Item: Sendable, Hashable {
        public var question: Question
        public var state: State
        /// What made the answer partial ("sub-items b, d not addressed").
        public var missing: [String]
    }

    public var response: Questionnaire
    public var items: [Item]

    public func count(_ state: State) -> Int { items.filter { $0.state == state }.count }

    /// Judges every question of a response read with `QuestionnaireRecognizer.recognizeResponse`.
    /// `template` (the blank questionnaire) tells which table cells were meant to be filled in.
    public init(response: Questionnaire, template: Questionnaire? = nil) {
        self.response = response
        let templateTables = Dictionary(
            (template?.questions ?? []).map { ($0.id, $0.tables) }, uniquingKeysWith: { first, _ in first })
        items = response.questions.map { question in
            Self.judge(question, templateTables: templateTables[question.id] ?? [])
        }
    }

    static func judge(_ question: Question, templateTables: [QuestionnaireTable]) -> Item {
        let answer = question.answer ?? Answer()
        let commentText = question.comments.map(\.text).filter { !$0.isEmpty }
        var paragraphs = answer.paragraphs
        if paragraphs.isEmpty { paragraphs = commentText }

        // Tables: the template's own table filled in under the question, or answer tables.
        var tableCells: (filled: Int, empty: Int) = (0, 0)
        for (index, table) in question.tables.enumerated() {
            let blank = index < templateTables.count ? templateTables[index] : nil
            let counts = Self.cells(table, blank: blank)
            tableCells.filled += counts.filled
            tableCells.empty += counts.empty
        }
        for table in answer.tables {
            // A grid given as the answer has a header row and column to leave out; a single row or column
            // is text like any other answer (and may be a placeholder).
            guard table.rows.count >= 2, table.columnCount >= 2 else {
                paragraphs += table.rows.joined().filter { !$0.allSatisfy(\.isWhitespace) }
                continue
            }
            let counts = Self.cells(table, blank: nil)
            tableCells.filled += counts.filled
            tableCells.empty += counts.empty
        }

        let text = paragraphs.joined(separator: " ")
        if paragraphs.isEmpty && tableCells.filled == 0 {
            return Item(question: question, state: .unanswered, missing: [])
        }
        if tableCells.filled == 0 && Placeholder.isPlaceholder(text) {
            return Item(question: question, state: .placeholder, missing: [])
        }
        if answer.isUntouchedCarry && tableCells.filled == 0 {
            return Item(question: question, state: .carried, missing: [])
        }
        var missing: [String] = []
        if tableCells.filled > 0 && tableCells.empty > 0 {
            missing.append("\(tableCells.empty) of \(tableCells.filled + tableCells.empty) table cells empty")
        }
        let unaddressed = Self.unaddressedSubItems(question, answer: answer, paragraphs: paragraphs)
        if !unaddressed.isEmpty {
            missing.append("sub-item\(unaddressed.count == 1 ? "" : "s") \(unaddressed.joined(separator: ", ")) not addressed")
        }
        return Item(question: question, state: missing.isEmpty ? .answered : .partial, missing: missing)
    }

    /// Sub-items with no answer of their own, when the answer goes through them one by one: answered
    /// under each, or with their labels ("a)", "(b)") in the answer. An answer that names none is one
    /// answer to the whole question.
    static func unaddressedSubItems(_ question: Question, answer: Answer, paragraphs: [String]) -> [String] {
        guard question.subItems.count >= 2 else { return [] }
        let labels = question.subItems.map(\.label)
        var addressed = Set(
            answer.bySubItem.filter { !$0.value.isEmpty && !Placeholder.isPlaceholder($0.value.joined(separator: " ")) }.keys)
        for paragraph in paragraphs {
            for line in paragraph.split(separator: "\n") {
                let head = line.drop { $0 == " " }.prefix(5).lowercased()
                for label in labels where label != "•" {
                    let core = label.filter(\.isLetter).lowercased()
                    guard !core.isEmpty else { continue }
                    if head.hasPrefix(core + ")") || head.hasPrefix(core + ".") || head.hasPrefix("(" + core + ")")
                        || head.hasPrefix(core + ":")
                    {
                        addressed.insert(label)
                    }
                }
            }
        }
        guard !addressed.isEmpty else { return [] }
        return labels.filter { !addressed.contains($0) && $0 != "•" }.map { $0.filter { $0.isLetter || $0.isNumber } }
    }

    /// Cells to be filled and how many were. With the blank table of the same shape, the cells empty there;
    /// with a blank table laid out differently (a .txt against a .docx), the filled cells whose text the blank
    /// table does not have; without one, every cell below the first row and right of the first column.
    static func cells(_ table: QuestionnaireTable, blank: QuestionnaireTable?) -> (filled: Int, empty: Int) {
        if let blank, blank.rows.map { $0.count } != table.rows.map { $0.count } {
            let printed = Set(blank.rows.joined().map { TextNormalizer.comparable($0) })
            let filled = table.rows.joined().filter { !$0.allSatisfy(\.isWhitespace) && !printed.contains(TextNormalizer.comparable($0)) }
                .count
            return (filled, 0)
        }
        var filled = 0
        var empty = 0
        for (rowIndex, row) in table.rows.enumerated() {
            for (columnIndex, cell) in row.enumerated() {
                let isAnswerCell =
                    blank.map { $0.rows[rowIndex][columnIndex].allSatisfy(\.isWhitespace) } ?? (rowIndex > 0 && columnIndex > 0)
                guard isAnswerCell else { continue }
                if cell.allSatisfy(\.isWhitespace) { empty += 1 } else { filled += 1 }
            }
        }
        return (filled, empty)
    }
}

/// Answers that stand in for an answer: "N/A", "TBD", "…", "-", "will be shared later", "information awaited".
/// "Nil" (zero, in Pakistani official usage), "None", "0" and "No cases" are answers, not placeholders.
public enum Placeholder {
    static let exact: Set<String> = [
        "n/a", "na", "n.a", "n. a", "not applicable", "tbd", "tbc", "to be determined", "to be confirmed", "...", "-", "--", "---",
        "pending", "awaited", "?", "xx", "xxx", "x",
    ]
    static let phrases = [
        "will be shared later", "will be shared", "will be provided", "to be provided", "to be shared", "information awaited",
        "info awaited", "data awaited", "input awaited", "response awaited", "reply awaited", "being compiled", "under compilation",
        "will be intimated", "to be furnished", "will be furnished", "to follow", "will follow",
    ]

    public static func isPlaceholder(_ text: String) -> Bool {
        let normalized = TextNormalizer.comparable(text).trimmingCharacters(in: " .;:")
        if normalized.isEmpty { return true }
        if exact.contains(normalized) { return true }
        // Short answers made only of a placeholder phrase and filler.
        guard normalized.split(separator: " ").count <= 8 else { return false }
        return phrases.contains { normalized.contains($0) }
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view = view.dropFirst() }
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
