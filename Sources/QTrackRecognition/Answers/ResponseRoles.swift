import QTrackDocuments
import QTrackModel

/// Decides, block by block, what in a response is the questionnaire's text and what is answer text,
/// where that can be known before the structure is read: qtrack's own guidance lines, answer markers,
/// and with a template, everything the template does not contain.
enum ResponseRoles {
    static func classify(_ blocks: [Block], template: Questionnaire?) -> [LogicalParagraph.Role] {
        let index = template.map(TemplateIndex.init)
        return blocks.map { block in
            switch block {
            case .table(let table):
                if let index { return index.containsTable(table) ? .questionnaire : .answer(.table) }
                return .questionnaire
            case .paragraph(let paragraph):
                if paragraph.text.trimming(" \t").lowercased().hasPrefix("qtrack:") { return .ignored }
                if paragraph.contentControlTag == DraftMarks.noLongerAskedTag { return .ignored }
                if AnswerMarker.strip(paragraph.text) != nil { return .answer(.marker) }
                guard let index else { return .questionnaire }
                let labelled = [paragraph.listLabel, paragraph.text].compactMap { $0 }.joined(separator: " ")
                if index.contains(paragraph.text) || index.contains(labelled) { return .questionnaire }
                if let (_, rest) = ListLabel.parse(paragraph.text), index.contains(rest) { return .questionnaire }
                return .answer(.template)
            }
        }
    }

    /// Opens up tables that hold the questions themselves, one per row with the answer beside it: the
    /// question cell's paragraphs become questionnaire paragraphs, the other cells' paragraphs answer text.
    static func expandQuestionTables(_ blocks: [Block]) -> ([Block], [LogicalParagraph.Role?]) {
        var expanded: [Block] = []
        var roles: [LogicalParagraph.Role?] = []
        for block in blocks {
            guard case .table(let table) = block, isQuestionTable(table) else {
                expanded.append(block)
                roles.append(nil)
                continue
            }
            for row in table.rows {
                guard let first = row.first else { continue }
                for inner in first.blocks {
                    expanded.append(inner)
                    roles.append(.questionnaire)
                }
                for cell in row.dropFirst() {
                    for inner in cell.blocks {
                        expanded.append(inner)
                        roles.append(.answer(.table))
                    }
                }
            }
        }
        return (expanded, roles)
    }

    /// Two or more columns, and most rows start with a question: numbered, or asking something.
    private static func isQuestionTable(_ table: Table) -> Bool {
        guard !table.rows.isEmpty, table.rows.allSatisfy({ $0.count >= 2 }) else { return false }
        let asking = table.rows.filter { row in
            guard case .paragraph(let paragraph)? = row.first?.blocks.first else { return false }
            if let label = paragraph.listLabel { return ListLabel(rendered: label).kind == .number }
            return ListLabel.parse(paragraph.text)?.label.kind == .number || paragraph.text.contains("?")
        }
        return asking.count * 2 >= table.rows.count && !asking.isEmpty
    }

    /// How most numbered questions look, so that an answer in italics or another colour stands out.
    static func questionEmphasis(_ blocks: [Block]) -> Emphasis {
        var counts: [Emphasis: Int] = [:]
        for case .paragraph(let paragraph) in blocks {
            let numbered =
                paragraph.listLabel.map { ListLabel(rendered: $0).kind == .number }
                ?? (ListLabel.parse(paragraph.text)?.label.kind == .number)
            if numbered { counts[paragraph.emphasis, default: 0] += 1 }
        }
        return counts.max { ($0.value, $1.key.bold ? 0 : 1) < ($1.value, $0.key.bold ? 0 : 1) }?.key ?? Emphasis()
    }
}
