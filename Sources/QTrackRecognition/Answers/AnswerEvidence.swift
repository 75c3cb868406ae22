import QTrackDocuments
import QTrackModel

/// Without a template, tells whether a paragraph of a response is an answer, and what shows it: another
/// style, emphasis or colour than the questions, a label the question already used, or its position.
enum AnswerEvidence {
    static func of(_ paragraph: LogicalParagraph, under question: QuestionDraft?, inAnswer: Bool, questionEmphasis: Emphasis)
        -> Answer.Evidence?
    {
        guard let question, !paragraph.isHeading, !paragraph.isRouting else { return nil }
        if paragraph.styleName?.lowercased().contains("answer") == true { return .formatting }
        let emphasis = paragraph.emphasis
        if emphasis.italic != questionEmphasis.italic || (emphasis.color != nil && emphasis.color != questionEmphasis.color) {
            return .formatting
        }
        if let label = paragraph.label {
            // A sub-item label the question already has, or a list restarting inside an answer.
            if label.kind != .number {
                let core = label.value.lowercased()
                return question.subItems.contains { $0.label.filter { $0.isLetter || $0.isNumber }.lowercased() == core } ? .position : nil
            }
            let expected = question.label.flatMap { Int($0.value) }.map { $0 + 1 }
            return inAnswer && Int(label.value) != expected ? .position : nil
        }
        let text = TextNormalizer.display(paragraph.text)
        let lower = text.lowercased()
        let instructionLike = lower.hasPrefix("please") || lower.hasPrefix("(tips") || lower.hasPrefix("( tips") || text.hasSuffix(":")
        return instructionLike && !inAnswer ? nil : .position
    }
}
