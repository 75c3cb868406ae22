/// A survey tool's matrix question laid out as a table: the answer choices across the top over an empty
/// corner, one row per item asked about, and the other cells empty or holding the circle or box to tick.
/// The choices are the question's options and the rows its sub-items; the table itself is layout.
///
/// A grid of figures to fill in (the TIP questionnaire's "investigations | 2024 | 2025") looks the same
/// but for the marks, so a matrix needs a tick mark in its cells or an answer code on every choice
/// ("Never (1)"), as survey tools print them.
struct MatrixTable {
    var choices: [String]
    var items: [String]

    init?(_ rows: [[String]]) {
        guard rows.count >= 2, var header = rows.first else { return nil }
        // Pasted as text, the empty corner is a leading tab, which the reader drops.
        if header.count + 1 == rows[1].count { header.insert("", at: 0) }
        guard header.count >= 3, header[0].trimming(" \t").isEmpty else { return nil }
        let coded = header.dropFirst().map(Self.splitCode)
        guard coded.allSatisfy({ !$0.text.isEmpty }) else { return nil }
        var items: [String] = []
        var ticks = false
        for row in rows.dropFirst() {
            guard row.count == header.count else { return nil }
            let item = Self.splitCode(row[0]).text
            guard !item.isEmpty else { return nil }
            for cell in row.dropFirst() {
                let mark = cell.trimming(" \t")
                if mark.isEmpty { continue }
                guard Self.tickMarks.contains(mark) else { return nil }
                ticks = true
            }
            items.append(item)
        }
        guard ticks || coded.allSatisfy({ $0.hasCode }) else { return nil }
        choices = coded.map(\.text)
        self.items = items
    }

    /// What survey tools print for a choice to tick when a form becomes a document.
    private static let tickMarks: Set<String> = ["o", "O", "○", "◯", "◦", "●", "☐", "□", "▢", "◻", "( )", "[ ]", "(  )", "[  ]"]

    /// "Never (1)" → ("Never", true); "Never" → ("Never", false).
    private static func splitCode(_ cell: String) -> (text: String, hasCode: Bool) {
        let text = cell.trimming(" \t")
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return (text, false) }
        let code = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard !code.isEmpty, code.count <= 4, code.allSatisfy({ $0.isASCII && $0.isNumber }) else { return (text, false) }
        return (String(text[..<open]).trimming(" \t"), true)
    }
}
