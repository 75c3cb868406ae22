public import Foundation
public import QTrackAnalysis
import QTrackModel

/// The consolidated response as Word: the full questionnaire in its order, each answer under its question
/// after a line naming the agency that gave it; a conflict says so and keeps every answer. Text that belongs
/// under no question is kept at the end, marked so that reading the response back leaves it out.
/// qtrack's lines begin with "qtrack:", so `status`, `prepare` and `check` read the file as any response.
public struct ConsolidatedResponse: Sendable {
    public var consolidation: Consolidation
    public var directory: AgencyDirectory

    public init(_ consolidation: Consolidation, directory: AgencyDirectory) {
        self.consolidation = consolidation
        self.directory = directory
    }

    public func docx() throws -> Data {
        let questionnaire = consolidation.questionnaire
        var document = WordDocument()
        document.header = "Response · \(questionnaire.cycleLabel) · \(questionnaire.headline)"
        document.pageNumbers = true
        document.append(WordParagraph(style: .title, text: questionnaire.title ?? questionnaire.headline))
        let agencies = consolidation.tallies.map { directory.shortName($0.agency) }.joined(separator: ", ")
        document.append(WordParagraph(style: .guidance, text: "qtrack: consolidated from the packets of \(agencies)."))
        var section: String?? = .none
        for entry in consolidation.entries {
            let question = entry.question
            if section != .some(question.section), let title = question.section {
                document.append(WordParagraph(style: .heading, text: title))
            }
            section = .some(question.section)
            document.append(
                WordParagraph(style: .question, text: [question.label, question.text].compactMap { $0 }.joined(separator: " ")))
            for item in question.subItems { document.append(WordParagraph(style: .questionItem, text: "\(item.label) \(item.text)")) }
            if entry.answers.isEmpty {
                document.append(WordParagraph(style: .guidance, text: "qtrack: no agency answered this question."))
                document.append(WordParagraph(style: .answer, text: ""))
                continue
            }
            if entry.isConflict {
                let names = entry.answers.map { directory.shortName($0.agency) }.joined(separator: " and ")
                document.append(
                    WordParagraph(
                        style: .guidance, text: "qtrack: CONFLICT: \(names) answered differently; both are kept: choose or combine them."))
            }
            for given in entry.answers {
                document.append(
                    WordParagraph(style: .guidance, text: "qtrack: answer from \(directory.agency(given.agency)?.name ?? given.agency):"))
                for text in given.answer.paragraphs { document.append(WordParagraph(style: .answer, text: text)) }
                for table in given.answer.tables {
                    document.blocks.append(.table(table.rows.map { row in row.map { [WordParagraph(text: $0)] } }))
                }
            }
        }
        if !consolidation.unplaced.isEmpty {
            func append(_ paragraph: WordParagraph) {
                var marked = paragraph
                marked.tag = DraftMarks.noLongerAskedTag
                document.append(marked)
            }
            var heading = WordParagraph(style: .heading, text: "Text found outside the answers")
            heading.pageBreakBefore = true
            append(heading)
            for text in consolidation.unplaced {
                append(
                    WordParagraph(
                        style: .guidance, text: "qtrack: from \(directory.shortName(text.agency)) (\(text.file)), \(text.reason):"))
                for line in text.text.split(separator: "\n") { append(WordParagraph(style: .answer, text: String(line))) }
            }
        }
        return try WordPackage.data(document)
    }
}
