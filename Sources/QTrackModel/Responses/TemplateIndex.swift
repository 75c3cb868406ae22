import QTrackDocuments

/// The blank questionnaire's own texts, to tell what in a response is questionnaire and what is answer:
/// a response line the template contains is questionnaire text, anything else is answer text.
struct TemplateIndex {
    private var texts: Set<String> = []
    /// All template texts joined, for finding a wrapped line inside a longer paragraph.
    private var corpus = ""
    private var tableHeaders: Set<String> = []

    init(_ template: Questionnaire) {
        var all: [String] = [template.title ?? ""] + template.preamble
        for section in template.sections {
            all.append(section.title ?? "")
            all += section.routing
            all += section.notes.map(\.text)
            for question in section.questions {
                all.append(question.text)
                all += question.subItems.map(\.text)
                all += question.notes.flatMap { $0.text.split(separator: "\n").map(String.init) }
                tableHeaders.formUnion((question.tables + section.tables).compactMap { $0.rows.first.map(Self.header) })
            }
            tableHeaders.formUnion(section.tables.compactMap { $0.rows.first.map(Self.header) })
        }
        for text in all {
            let key = Self.key(text)
            if !key.isEmpty { texts.insert(key) }
        }
        corpus = "\n" + texts.sorted().joined(separator: "\n") + "\n"
    }

    static func key(_ text: String) -> String {
        TextNormalizer.comparable(text).trimming(" *")
    }

    private static func header(_ row: [String]) -> String {
        row.map(key).joined(separator: "|")
    }

    /// True when the template has this text: the whole paragraph, or (for a wrapped line) a part of one.
    func contains(_ text: String) -> Bool {
        let key = Self.key(text)
        if key.isEmpty || texts.contains(key) { return true }
        // A plain-text line of a wrapped paragraph: long enough to be unlikely by chance.
        return key.split(separator: " ").count >= 4 && corpus.contains(key)
    }

    /// True when the table is the template's own (the same header row), perhaps filled in.
    func containsTable(_ table: Table) -> Bool {
        guard let first = table.rows.first else { return false }
        return tableHeaders.contains(Self.header(first.map { TextNormalizer.display($0.text) }))
    }
}
