/// What a response gives under a question: answer paragraphs, answer tables, and answers given per sub-item.
public struct Answer: Sendable, Hashable, Codable {
    /// How the answer was told apart from the questionnaire's own text.
    public enum Evidence: String, Sendable, Hashable, Codable {
        /// An "Ans:", "Answer:", "Response:", "Reply:" or "Comments:" marker.
        case marker
        /// Another style, colour or italics than the questions.
        case formatting
        /// Text the blank questionnaire (the template) does not contain.
        case template
        /// Text standing under a question in a response, with nothing else to go by.
        case position
        /// A table under the question, or beside it.
        case table
    }

    /// Answer paragraphs with their markers removed, in order.
    public var paragraphs: [String]
    /// Paragraphs given right after a sub-item, by the sub-item's label.
    public var bySubItem: [String: [String]]
    public var tables: [QuestionnaireTable]
    public var evidence: Set<Evidence>
    /// How many of the paragraphs are still as `qtrack prepare` carried them from last year's answer.
    public var untouchedCarriedParagraphs = 0

    public init(
        paragraphs: [String] = [], bySubItem: [String: [String]] = [:], tables: [QuestionnaireTable] = [], evidence: Set<Evidence> = []
    ) {
        self.paragraphs = paragraphs
        self.bySubItem = bySubItem
        self.tables = tables
        self.evidence = evidence
    }

    /// The answer as one text: paragraphs, then table rows with cells separated by " | ".
    public var text: String {
        let tableText = tables.flatMap { table in table.rows.map { $0.filter { !$0.isEmpty }.joined(separator: " | ") } }.filter {
            !$0.isEmpty
        }
        return (paragraphs + tableText).joined(separator: "\n")
    }

    public var isEmpty: Bool { paragraphs.isEmpty && tables.isEmpty }

    /// Last year's answer as `prepare` carried it, not edited since: every paragraph untouched, no table added.
    public var isUntouchedCarry: Bool {
        !paragraphs.isEmpty && untouchedCarriedParagraphs == paragraphs.count && tables.isEmpty
    }
}
