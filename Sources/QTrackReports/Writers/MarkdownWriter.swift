import Algorithms
import QTrackBase

/// Renders a report as Markdown to paste into an e-mail or a pull request: what a terminal shows, with
/// tables as Markdown tables; reports within the report are left to HTML.
public struct MarkdownWriter: Sendable {
    /// Show each entry's details (the evidence).
    public var details: Bool

    public init(details: Bool = false) {
        self.details = details
    }

    public func render(_ document: ReportDocument) -> String {
        var lines = ["# \(Markdown.escape(document.title))"]
        if let subtitle = document.subtitle { lines += ["", Markdown.escape(subtitle)] }
        render(document.blocks, into: &lines, level: 2)
        return lines.map(PrintableText.inertLine).joined(separator: "\n") + "\n"
    }

    private func render(_ blocks: [ReportBlock], into lines: inout [String], level: Int) {
        // Reports within the report are left to HTML.
        for block in blocks where !block.isAppendix {
            lines.append("")
            switch block {
            case .summary(let counts):
                lines.append(counts.map { "\(Markdown.escape($0.label)) **\($0.count)**" }.joined(separator: " · "))
            case .line(let line):
                let text = spans(line.spans)
                lines.append(line.tone == .warning ? "> " + text : text)
            case .facts(let facts):
                lines += facts.map { "- " + Markdown.escape($0) }
            case .heading(let title):
                lines.append(String(repeating: "#", count: level) + " " + Markdown.escape(title))
            case .entries(let entries):
                for run in entries.items.filter({ !$0.isRoutine }).chunked(by: ReportEntry.sameGroup) {
                    if let title = run.first?.group {
                        if lines.last?.isEmpty == false { lines.append("") }
                        lines += [String(repeating: "#", count: level) + " " + Markdown.escape(title), ""]
                    }
                    lines += run.flatMap(entry)
                }
            case .table(let table):
                lines += self.table(table)
            case .appendix:
                break
            }
        }
    }

    private func entry(_ entry: ReportEntry) -> [String] {
        // The mark is left out: "-" and "+" would start a nested list. An id is code; a sentence stays text.
        let isID = !entry.reference.replacingOccurrences(of: " → ", with: "").contains(" ")
        let reference = isID ? Markdown.code(entry.reference) : Markdown.escape(entry.reference)
        var head = "- **\(Markdown.escape(entry.label))** \(reference)"
        if let figures = entry.figures { head += " (\(Markdown.escape(figures)))" }
        if let flag = entry.flag { head += " _\(Markdown.escape(flag))_" }
        var lines = [head]
        lines += entry.body.map { "  " + spans($0) }
        if details { lines += entry.details.map { "  - \(Markdown.escape($0))" } }
        return lines
    }

    private func table(_ table: ReportTable) -> [String] {
        var lines: [String] = []
        if let caption = table.caption { lines += ["_\(Markdown.escape(caption))_", ""] }
        lines.append("| " + table.header.map(Markdown.escape).joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: table.header.count))
        for row in table.rows {
            lines.append("| " + row.map { Markdown.escape($0.text) }.joined(separator: " | ") + " |")
        }
        return lines
    }

    private func spans(_ spans: [ReportSpan]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): Markdown.escape(text)
            case .inserted(let text): "**\(Markdown.escape(text))**"
            case .deleted(let text): "~~\(Markdown.escape(text))~~"
            case .code(let text): Markdown.code(text)
            case .strong(let text): "**\(Markdown.escape(text))**"
            }
        }.joined(separator: " ")
    }
}
