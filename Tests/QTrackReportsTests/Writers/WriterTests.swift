import QTrackReports
import Testing

/// The three writers on one small document: each says the same thing in its own format.
@Suite("Report writers")
struct WriterTests {
    static let document = ReportDocument(
        title: "Questionnaire changes: 2024 → 2025", subtitle: "old.txt → new.txt",
        blocks: [
            .summary([ReportCount("added", 1, key: "added"), ReportCount("reworded", 1, key: "reworded")]),
            .facts(["deadline: 2024-01-05 → 2025-01-05"]),
            .entries(
                ReportEntries(
                    columns: ["Change", "2024", "2025"],
                    filters: .init(kinds: [("added", "added", true), ("reworded", "reworded", true)], sections: ["PROTECTION"]),
                    anchor: "d",
                    items: [
                        ReportEntry(
                            mark: "~", kinds: ["reworded"], label: "reworded", reference: "protection/6 → 36", figures: "similarity 0.80",
                            body: [[.text("Could"), .deleted("adult"), .inserted("all"), .text("victims leave?")]],
                            details: ["shared words: shelter"],
                            cells: [ReportCell(reference: "protection/6", spans: [.text("Could adult victims leave?")]), .empty],
                            group: "PROTECTION", section: "PROTECTION"),
                        ReportEntry(
                            mark: "+", kinds: ["added"], label: "added", reference: "37", body: [[.text("Were foreign victims entitled?")]],
                            group: "PROTECTION", section: "PROTECTION"),
                        ReportEntry(mark: "=", kinds: ["unchanged"], label: "unchanged", reference: "1", isRoutine: true),
                    ])),
        ])

    @Test("text: title and subject, counts, facts, entries under their group with the word diff; routine entries left out")
    func text() {
        #expect(
            TextWriter().render(Self.document) == """
                Questionnaire changes: 2024 → 2025  (old.txt → new.txt)
                added 1 · reworded 1
                  deadline: 2024-01-05 → 2025-01-05

                PROTECTION
                  ~ reworded      protection/6 → 36  (similarity 0.80)
                      Could [-adult-] {+all+} victims leave?
                  + added         37
                      Were foreign victims entitled?

                """)
    }

    @Test("text with details shows the evidence; colours only when asked")
    func details() {
        let plain = TextWriter(details: true).render(Self.document)
        #expect(plain.contains("      · shared words: shelter\n"))
        #expect(!plain.contains("\u{1B}["))
        #expect(TextWriter(style: TextStyle(colors: true)).render(Self.document).contains("\u{1B}[32m{+all+}\u{1B}[0m"))
    }

    @Test("markdown: the same structure, entries as bullets, no list marks that would nest")
    func markdown() {
        #expect(
            MarkdownWriter().render(Self.document) == """
                # Questionnaire changes: 2024 → 2025

                old.txt → new.txt

                added **1** · reworded **1**

                - deadline: 2024-01-05 → 2025-01-05

                ## PROTECTION

                - **reworded** `protection/6 → 36` (similarity 0.80)
                  Could ~~adult~~ **all** victims leave?
                - **added** `37`
                  Were foreign victims entitled?

                """)
    }

    @Test("HTML: counts link to the first entry of their kind, one filter form, every entry a filterable row")
    func html() {
        let html = HTMLWriter().render(Self.document)
        #expect(html.contains("<a href=\"#d-added\" data-kind=\"added\">added <b>1</b></a>"))
        #expect(html.components(separatedBy: "<form class=\"filters\"").count == 2)
        #expect(html.components(separatedBy: "<tr id=\"d-").count == 4, "routine entries are rows too, for the filters")
        #expect(html.contains("<del>adult</del> <ins>all</ins>") == false, "the table shows each side's own text")
        #expect(html.contains("<details><summary>why</summary><small>shared words: shelter</small></details>"))
        #expect(html.contains("<td class=\"c2\"><span class=\"empty\">—</span></td>"))
    }
}
