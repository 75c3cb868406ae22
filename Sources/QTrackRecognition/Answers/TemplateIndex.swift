import QTrackDocuments
import QTrackModel

/// The blank questionnaire's own texts, to tell what in a response is questionnaire and what is answer:
/// a response line the template contains is questionnaire text, anything else is answer text.
struct TemplateIndex {
    private var texts: Set<String> = []
    /// Every run of four consecutive words in the template, for finding a wrapped line inside a longer paragraph.
    private var shingles: Set<String> = []
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
                all += question.options
                all += question.notes.flatMap { $0.text.split(separator: "\n").map(String.init) }
                tableHeaders.formUnion((question.tables + section.tables).compactMap { $0.rows.first.map(Self.header) })
            }
            tableHeaders.formUnion(section.tables.compactMap { $0.rows.first.map(Self.header) })
        }
        for text in all {
            let key = Self.key(text)
            guard !key.isEmpty else { continue }
            texts.insert(key)
            shingles.formUnion(Self.shingles(key))
        }
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
        // An answer option as printed ("[ ] A car", "Never  (1)"): the template keeps its text only.
        if let option = QuestionLines.option(text), texts.contains(Self.key(option)) { return true }
        // A plain-text line of a wrapped paragraph: long enough to be unlikely by chance, and every
        // four-word run of it found in the template.
        let runs = Self.shingles(key)
        return !runs.isEmpty && runs.allSatisfy(shingles.contains)
    }

    private static func shingles(_ key: String) -> [String] {
        let words = key.split(separator: " ")
        guard words.count >= 4 else { return [] }
        return (0...(words.count - 4)).map { words[$0..<($0 + 4)].joined(separator: " ") }
    }

    /// True when the table is the template's own (the same header row), perhaps filled in.
    func containsTable(_ table: Table) -> Bool {
        guard let first = table.rows.first else { return false }
        return tableHeaders.contains(Self.header(first.map { TextNormalizer.display($0.text) }))
    }
}
