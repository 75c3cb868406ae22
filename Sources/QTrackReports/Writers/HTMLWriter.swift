/// Renders a report as one self-contained page: counts as links, entries as a table filterable by kind,
/// section and words, matrices with their shading, and any reports within it as sections of their own.
public struct HTMLWriter: Sendable {
    public init() {}

    public func render(_ document: ReportDocument) -> String {
        var page = HTMLPage(title: document.title, subtitle: document.subtitle ?? "")
        var state = State()
        page.body.append(blocks(document.blocks, level: 2, state: &state))
        return page.rendered()
    }

    /// What stays true across a page: only one filter form, which the page's script drives.
    private struct State {
        var filtersShown = false
    }

    private func blocks(_ blocks: [ReportBlock], level: Int, state: inout State) -> String {
        var html = ""
        for (index, block) in blocks.enumerated() {
            switch block {
            case .summary(let counts):
                let anchor = blocks[index...].lazy.compactMap { if case .entries(let entries) = $0 { entries.anchor } else { nil } }.first
                html += summary(counts, anchor: anchor)
            case .line(let line):
                html += "<p\(line.tone == .warning ? " class=\"warning\"" : "")>\(spans(line.spans))</p>"
            case .facts(let facts):
                html += "<ul class=\"facts\">" + facts.map { "<li>\(HTMLPage.escape($0))</li>" }.joined() + "</ul>"
            case .heading(let title):
                html += "<h\(level)>\(HTMLPage.escape(title))</h\(level)>"
            case .entries(let entries):
                if let filters = entries.filters, !state.filtersShown {
                    html += HTMLPage.filters(kinds: filters.kinds, sections: filters.sections)
                    state.filtersShown = true
                }
                html += self.entries(entries)
            case .table(let table):
                html += self.table(table)
            case .appendix(let document):
                html += "<section><h\(level)>\(HTMLPage.escape(document.title))</h\(level)>"
                if let subtitle = document.subtitle { html += "<p class=\"subtitle\">\(HTMLPage.escape(subtitle))</p>" }
                html += self.blocks(document.blocks, level: min(level + 1, 6), state: &state) + "</section>"
            }
        }
        return html
    }

    private func summary(_ counts: [ReportCount], anchor: String?) -> String {
        var html = "<ul class=\"summary\">"
        for count in counts {
            let content = "\(HTMLPage.escape(count.label)) <b>\(count.count)</b>"
            if let key = count.key, let anchor {
                html += "<li><a href=\"#\(anchor)-\(HTMLPage.escape(key))\" data-kind=\"\(HTMLPage.escape(key))\">\(content)</a></li>"
            } else {
                html += "<li><span>\(content)</span></li>"
            }
        }
        return html + "</ul>"
    }

    private func entries(_ entries: ReportEntries) -> String {
        var html = "<table class=\"entries\"><thead><tr>"
        html += entries.columns.map { "<th scope=\"col\">\(HTMLPage.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        var firstOfKind: Set<String> = []
        for (index, entry) in entries.items.enumerated() {
            let main = entry.kinds.first ?? ""
            let id = firstOfKind.insert(main).inserted ? "\(entries.anchor)-\(main)" : "\(entries.anchor)-\(index)"
            let searchable = ([entry.reference] + entry.body.map(plain) + entry.cells.compactMap { $0.spans.map(plain) })
                .joined(separator: " ").lowercased()
            html +=
                "<tr id=\"\(HTMLPage.escape(id))\" class=\"item \(HTMLPage.escape(main))\" data-kinds=\"\(HTMLPage.escape(entry.kinds.joined(separator: " ")))\""
                + " data-section=\"\(HTMLPage.escape(entry.section ?? ""))\" data-text=\"\(HTMLPage.escape(searchable))\">"
            var kindCell = "<span class=\"mark\">\(HTMLPage.escape(entry.mark))</span>\(HTMLPage.escape(entry.label))"
            let small = [entry.figures, entry.flag].compactMap { $0 }
            if !small.isEmpty { kindCell += "<br><small>\(HTMLPage.escape(small.joined(separator: ", ")))</small>" }
            if !entry.details.isEmpty {
                kindCell +=
                    "<details><summary>why</summary><small>" + entry.details.map(HTMLPage.escape).joined(separator: "<br>")
                    + "</small></details>"
            }
            html += "<td class=\"kind\">\(kindCell)</td>"
            if entry.cells.isEmpty {
                let body = entry.body.map(spans).joined(separator: "<br>")
                html += "<td><div class=\"ref\">\(HTMLPage.escape(entry.reference))</div>\(body)</td>"
            }
            for (column, cell) in entry.cells.enumerated() {
                html += "<td class=\"c\(column + 1)\">\(self.cell(cell))</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }

    private func cell(_ cell: ReportCell) -> String {
        guard let content = cell.spans else { return "<span class=\"empty\">—</span>" }
        var html = ""
        if let reference = cell.reference {
            let from = cell.from.map { " <span class=\"from\">from \(HTMLPage.escape($0))</span>" } ?? ""
            html += "<div class=\"ref\">\(HTMLPage.escape(reference))\(from)</div>"
        }
        html += spans(content).replacingOccurrences(of: "&#10;", with: "<br>")
        if let note = cell.note { html += "<br><small>\(HTMLPage.escape(note))</small>" }
        return html
    }

    private func table(_ table: ReportTable) -> String {
        var html = "<div class=\"scroll\"><table class=\"matrix\">"
        if let caption = table.caption { html += "<caption>\(HTMLPage.escape(caption))</caption>" }
        html += "<thead><tr>" + table.header.map { "<th scope=\"col\">\(HTMLPage.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for row in table.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                var attributes = ""
                if let strength = cell.strength { attributes += " class=\"\(HTMLPage.escape(strength))\"" }
                if let tooltip = cell.tooltip { attributes += " title=\"\(HTMLPage.escape(tooltip))\"" }
                let tag = index == 0 ? "th scope=\"row\"" : "td"
                html += "<\(tag)\(attributes)>\(HTMLPage.escape(cell.text))"
                if let note = cell.note { html += "<br><small>\(HTMLPage.escape(note))</small>" }
                html += index == 0 ? "</th>" : "</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    private func spans(_ spans: [ReportSpan]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): HTMLPage.escape(text)
            case .inserted(let text): "<ins>\(HTMLPage.escape(text))</ins>"
            case .deleted(let text): "<del>\(HTMLPage.escape(text))</del>"
            case .code(let text): "<code>\(HTMLPage.escape(text))</code>"
            case .strong(let text): "<b>\(HTMLPage.escape(text))</b>"
            }
        }.joined(separator: " ")
    }

    private func plain(_ spans: [ReportSpan]) -> String {
        spans.map { span in
            switch span {
            case .text(let text), .inserted(let text), .deleted(let text), .code(let text), .strong(let text): text
            }
        }.joined(separator: " ")
    }
}
