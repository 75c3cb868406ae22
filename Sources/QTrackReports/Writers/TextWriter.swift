import Algorithms
import QTrackBase

/// Renders a report for a terminal: a title line, counts, headings, and entries a line each with their
/// text indented below; colour only through `TextStyle`, and routine entries and wide tables left out. Every
/// text from a file or a document is passed through `PrintableText` before it is styled, and every line is
/// made inert for CI runners, so no name can forge a line, a terminal sequence or a workflow command.
public struct TextWriter: Sendable {
    public var style: TextStyle
    /// The terminal's width, for excerpts.
    public var width: Int
    /// Show each entry's details (the evidence).
    public var details: Bool

    public init(style: TextStyle = .plain, width: Int = 100, details: Bool = false) {
        self.style = style
        self.width = width
        self.details = details
    }

    public func render(_ document: ReportDocument) -> String {
        var lines = [style.heading(clean(document.title)) + (document.subtitle.map { style.dim("  (\(clean($0)))") } ?? "")]
        for block in document.blocks {
            switch block {
            case .summary(let counts):
                lines.append(Self.summary(counts))
            case .line(let line):
                lines.append(tone(spans(line.spans), line.tone))
            case .facts(let facts):
                lines += facts.map { "  " + clean($0) }
            case .heading(let title):
                lines += ["", style.heading(clean(title))]
            case .entries(let entries):
                for run in entries.items.filter({ !$0.isRoutine }).chunked(by: ReportEntry.sameGroup) {
                    if let title = run.first?.group { lines += ["", style.heading(clean(title))] }
                    lines += run.flatMap(entry)
                }
            case .table(let table) where !table.isWide:
                lines += self.table(table)
            case .table, .appendix:
                continue
            }
        }
        if let wrapWidth = style.wrapWidth { lines = lines.flatMap { LineWrap.wrap($0, width: wrapWidth) } }
        return lines.map(PrintableText.inertLine).joined(separator: "\n") + "\n"
    }

    /// "added 60 · removed 111".
    static func summary(_ counts: [ReportCount]) -> String {
        counts.map { "\(PrintableText.escaped($0.label)) \($0.count)" }.joined(separator: " · ")
    }

    private func entry(_ entry: ReportEntry) -> [String] {
        let label = Self.padded(clean(entry.label), to: 12)
        var head = "  \(entry.mark) \(label)  \(clean(entry.reference))"
        if entry.needsAttention { head = style.warning(head) }
        if let figures = entry.figures { head += style.dim("  (\(clean(figures)))") }
        if let flag = entry.flag { head += style.warning("  \(clean(flag))") }
        var lines = [head]
        for line in entry.body {
            let isExcerpt = line.allSatisfy { if case .text = $0 { true } else { false } }
            let text = spans(line)
            lines.append("      " + (isExcerpt ? Excerpt.shorten(text, to: (style.wrapWidth ?? width) - 6) : text))
        }
        if details { lines += entry.details.map { style.dim("      · \(clean($0))") } }
        return lines
    }

    /// Columns padded to their widest cell.
    private func table(_ table: ReportTable) -> [String] {
        let rows = ([table.header] + table.rows.map { $0.map(\.text) }).map { $0.map(clean) }
        let columns = rows.map { $0.count }.max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        var lines = rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : Self.padded(cell, to: widths[index])
            }.joined(separator: "  ")
        }
        if let caption = table.caption { lines += ["", clean(caption)] }
        return lines
    }

    /// `text` with spaces after it up to `width` characters; never cut.
    private static func padded(_ text: String, to width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    private func spans(_ spans: [ReportSpan]) -> String {
        spans.map { span in
            switch span {
            // A document's own line breaks read as spaces, as in every excerpt.
            case .text(let text), .code(let text), .strong(let text): clean(text.replacingNewlines())
            case .inserted(let text): style.inserted(clean(text.replacingNewlines()))
            case .deleted(let text): style.deleted(clean(text.replacingNewlines()))
            }
        }.joined(separator: " ")
    }

    /// Text from a file or a document, before any style is added to it.
    private func clean(_ text: String) -> String { PrintableText.escaped(text) }

    private func tone(_ text: String, _ tone: ReportLine.Tone) -> String {
        switch tone {
        case .plain: text
        case .warning: style.warning(text)
        case .quiet: style.dim(text)
        }
    }
}
