public import QTrackDocuments

/// Turns the blocks of any reader into a questionnaire: title, cycle, dates, sections, questions,
/// sub-items, notes and tables. Knows questionnaires, not file formats.
public struct QuestionnaireRecognizer: Sendable {
    public init() {}

    public func recognize(_ document: BlockDocument) -> Questionnaire {
        var builder = QuestionnaireBuilder(file: document.file)
        let items = LogicalParagraph.items(from: document.blocks)
        var index = 0
        while index < items.count {
            switch items[index] {
            case .table(let table):
                builder.add(table: table)
            case .paragraph(let paragraph):
                if paragraph.startsNoteBlock {
                    index = builder.addNoteBlock(items, from: index)
                    continue
                }
                builder.add(paragraph)
            }
            index += 1
        }
        var questionnaire = builder.finish()
        questionnaire.diagnostics = document.diagnostics + questionnaire.diagnostics
        questionnaire.hasTrackedChanges = document.hasTrackedChanges
        return questionnaire
    }
}
