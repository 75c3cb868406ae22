import Foundation
import QTrackAnalysis
import QTrackModel

extension DiffReport {
    /// The diff side by side: old left, new right, question by question, with filters and a summary.
    public func html() -> String {
        var page = HTMLPage(
            title: "Questionnaire changes: \(Self.label(comparison.old)) → \(Self.label(comparison.new))",
            subtitle:
                "\(comparison.old.file) (\(comparison.old.questions.count) questions) → \(comparison.new.file) (\(comparison.new.questions.count) questions)"
        )
        page.body.append(HTMLSections.diff(comparison, anchor: "d"))
        return page.rendered()
    }
}

extension CoverageReport {
    /// Coverage per recommendation and a matrix of recommendations by sections.
    public func html() -> String {
        var page = HTMLPage(
            title: "Recommendation coverage: \(coverage.questionnaire.cycle?.description ?? coverage.questionnaire.file)",
            subtitle: "\(coverage.items.count) recommendations against \(coverage.questionnaire.file)")
        page.body.append(HTMLSections.coverage(coverage, comparison: comparison, anchor: "c"))
        return page.rendered()
    }
}

extension StatusReport {
    public func html() -> String {
        var page = HTMLPage(title: "Answers: \(status.response.file)", subtitle: "\(status.response.questions.count) questions")
        page.body.append(HTMLSections.status(status, anchor: "s"))
        return page.rendered()
    }
}

extension CheckReport {
    /// The whole repository: summary, then every diff, coverage and response in its own section.
    public func html() -> String {
        var page = HTMLPage(
            title: "qtrack check", subtitle: "\(check.layout.questionnairesFolder) and \(check.layout.mappingsFolder): " + verdict())
        page.body.append("<h2>Summary</h2><pre>" + HTMLPage.escape(summaryLines().joined(separator: "\n")) + "</pre>")
        for (index, diff) in check.diffs.enumerated() {
            page.body.append(
                "<h2 id=\"diff-\(index)\">Changes \(HTMLPage.escape(diff.old.cycleLabel)) → \(HTMLPage.escape(diff.new.cycleLabel))</h2>")
            page.body.append(HTMLSections.diff(diff, anchor: "d\(index)", withFilters: index == 0))
        }
        for (index, entry) in check.coverages.enumerated() {
            page.body.append("<h2 id=\"coverage-\(index)\">Coverage in \(HTMLPage.escape(entry.cycle))</h2>")
            page.body.append(HTMLSections.coverage(entry.coverage, comparison: nil, anchor: "c\(index)"))
        }
        for (index, entry) in check.responses.enumerated() {
            page.body.append("<h2 id=\"answers-\(index)\">Answers in \(HTMLPage.escape(entry.status.response.file))</h2>")
            page.body.append(HTMLSections.status(entry.status, anchor: "s\(index)", withFilters: false))
        }
        return page.rendered()
    }
}

/// The parts the HTML reports are made of.
enum HTMLSections {
    static func diff(_ comparison: VersionComparison, anchor: String, withFilters: Bool = true) -> String {
        let summary = comparison.summary
        var html = "<ul class=\"summary\">"
        for kind in ChangeKind.allCases.sorted() {
            guard let count = summary[kind] else { continue }
            html += "<li><a href=\"#\(anchor)-\(kind.rawValue)\" data-kind=\"\(kind.rawValue)\">\(kind.rawValue) <b>\(count)</b></a></li>"
        }
        html += "</ul>"
        for change in comparison.headerChanges {
            html +=
                "<p>\(HTMLPage.escape(change.field.displayName)): \(HTMLPage.escape(change.old ?? "none")) → \(HTMLPage.escape(change.new ?? "none"))</p>"
        }
        let sections = Array(NSOrderedSet(array: comparison.changes.compactMap { $0.new?.section ?? $0.old?.section })) as? [String] ?? []
        if withFilters {
            html += HTMLPage.filters(
                kinds: ChangeKind.allCases.sorted().filter { summary[$0] != nil }.map { ($0.rawValue, $0.rawValue, $0 != .unchanged) },
                sections: sections)
        }
        html +=
            "<table class=\"diff\"><thead><tr><th scope=\"col\">Change</th><th scope=\"col\">\(HTMLPage.escape(DiffReport.label(comparison.old)))</th>"
        html += "<th scope=\"col\">\(HTMLPage.escape(DiffReport.label(comparison.new)))</th></tr></thead><tbody>"
        var firstOfKind: Set<ChangeKind> = []
        for (index, change) in comparison.changes.enumerated() {
            let kinds = change.kinds.map(\.rawValue).joined(separator: " ")
            let section = change.new?.section ?? change.old?.section ?? ""
            let text = ((change.old?.fullText ?? "") + " " + (change.new?.fullText ?? "")).lowercased()
            var ids = "id=\"\(anchor)-\(index)\""
            if firstOfKind.insert(change.kind).inserted { ids = "id=\"\(anchor)-\(change.kind.rawValue)\"" }
            html +=
                "<tr \(ids) class=\"item \(change.kind.rawValue)\" data-kinds=\"\(kinds)\" data-section=\"\(HTMLPage.escape(section))\" data-text=\"\(HTMLPage.escape(text))\">"
            var kindCell =
                "<span class=\"mark\">\(DiffReport.symbol(change.kind))</span>"
                + HTMLPage.escape(change.kinds.map(\.rawValue).joined(separator: ", "))
            if change.old != nil && change.new != nil {
                kindCell += String(
                    format: "<br><small>similarity %.2f, confidence %.2f%@</small>", change.similarity, change.confidence,
                    change.ambiguous ? ", ambiguous" : "")
            }
            html += "<td class=\"kind\">\(kindCell)</td>"
            let segments = change.diff.map { ($0.operation.rawValue, $0.text) }
            html +=
                "<td class=\"old\">"
                + cell(change.old, text: change.diff.isEmpty ? nil : HTMLPage.diff(segments.filter { $0.0 != "insert" })) + "</td>"
            var newCell = cell(change.new, text: change.diff.isEmpty ? nil : HTMLPage.diff(segments.filter { $0.0 != "delete" }))
            if let old = change.old, let new = change.new, old.id != new.id {
                newCell = newCell.replacingOccurrences(
                    of: "</div>", with: " <span class=\"from\">from \(HTMLPage.escape(old.id))</span></div>", options: [],
                    range: newCell.range(of: "</div>"))
            }
            html += "<td class=\"new\">\(newCell)</td></tr>"
        }
        return html + "</tbody></table>"
    }

    private static func cell(_ question: Question?, text: String?) -> String {
        guard let question else { return "<span class=\"empty\">—</span>" }
        let place = [question.section, question.number.map { "question \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return "<div class=\"ref\">\(HTMLPage.escape(question.id))</div>" + (text ?? HTMLPage.escape(question.fullText))
            + (place.isEmpty ? "" : "<br><small>\(HTMLPage.escape(place))</small>")
    }

    static func coverage(_ coverage: Coverage, comparison: CoverageComparison?, anchor: String) -> String {
        var html = "<ul class=\"summary\">"
        for status in Coverage.Status.allCases { html += "<li><span>\(status.rawValue) <b>\(coverage.count(status))</b></span></li>" }
        html +=
            "<li><span>suspect links <b>\(coverage.suspectLinks)</b></span></li><li><span>broken links <b>\(coverage.brokenLinks)</b></span></li></ul>"
        let sections = coverage.questionnaire.sections.map { $0.title ?? "Questions" }
        html +=
            "<table class=\"matrix\"><caption>Strength of coverage: ● covered (a question scores at least 0.45, or a reviewed link), ◐ weak, ⚠ suspect link, ✖ broken link</caption>"
        html +=
            "<thead><tr><th scope=\"col\">Recommendation</th><th scope=\"col\">Status</th>"
            + sections.map { "<th scope=\"col\">\(HTMLPage.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for item in coverage.items {
            var status = item.status.rawValue
            if let change = comparison?.change(for: item.qualifiedID) { status += " (\(change.describe()))" }
            html +=
                "<tr id=\"\(anchor)-\(HTMLPage.escape(item.qualifiedID))\"><td class=\"label\"><b>\(HTMLPage.escape(item.qualifiedID))</b><br>\(HTMLPage.escape(item.recommendation.title))</td><td>\(HTMLPage.escape(status))</td>"
            for (index, _) in sections.enumerated() {
                let here = item.questions.filter { match in
                    guard let question = match.question else { return false }
                    return coverage.questionnaire.sections[index].questions.contains { $0.id == question.id }
                }
                let broken = index == 0 ? item.questions.filter(\.broken) : []
                guard !here.isEmpty || !broken.isEmpty else {
                    html += "<td></td>"
                    continue
                }
                let best = here.map(\.score).max() ?? 0
                let strong = here.contains { ($0.origin == .link && !$0.suspect) || $0.score >= 0.45 }
                var mark = strong ? "●" : (here.isEmpty ? "" : "◐")
                if here.contains(where: \.suspect) { mark += " <span class=\"flag\">⚠</span>" }
                if !broken.isEmpty { mark += " <span class=\"flag\">✖</span>" }
                let titles = (here + broken).map {
                    "\($0.id)\($0.suspect ? " (suspect)" : "")\($0.broken ? " (broken)" : ""): \(String(format: "%.2f", $0.score))"
                }.joined(separator: "; ")
                html +=
                    "<td class=\"\(strong ? "strong" : "weak")\" title=\"\(HTMLPage.escape(titles))\">\(mark)<br><small>\(here.count) · \(String(format: "%.2f", best))</small></td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }

    static func status(_ status: ResponseStatus, anchor: String, withFilters: Bool = true) -> String {
        let marks: [ResponseStatus.State: String] = [.answered: "✓", .partial: "◐", .placeholder: "?", .unanswered: "✗"]
        var html = "<ul class=\"summary\">"
        for state in ResponseStatus.State.allCases {
            html +=
                "<li><a href=\"#\(anchor)-\(state.rawValue)\" data-kind=\"\(state.rawValue)\">\(marks[state] ?? "") \(state.rawValue) <b>\(status.count(state))</b></a></li>"
        }
        html += "</ul>"
        if withFilters {
            html += HTMLPage.filters(
                kinds: ResponseStatus.State.allCases.map { ($0.rawValue, $0.rawValue, true) },
                sections: Array(NSOrderedSet(array: status.items.compactMap(\.question.section))) as? [String] ?? [])
        }
        html +=
            "<table class=\"status\"><thead><tr><th scope=\"col\">State</th><th scope=\"col\">Question</th><th scope=\"col\">Answer</th></tr></thead><tbody>"
        var first: Set<ResponseStatus.State> = []
        for item in status.items {
            let id = first.insert(item.state).inserted ? "id=\"\(anchor)-\(item.state.rawValue)\" " : ""
            let text = (item.question.text + " " + (item.question.answer?.text ?? "")).lowercased()
            html +=
                "<tr \(id)class=\"item \(item.state.rawValue)\" data-kinds=\"\(item.state.rawValue)\" data-section=\"\(HTMLPage.escape(item.question.section ?? ""))\" data-text=\"\(HTMLPage.escape(text))\">"
            html += "<td class=\"kind\"><span class=\"mark\">\(marks[item.state] ?? "")</span>\(item.state.rawValue)"
            if !item.missing.isEmpty { html += "<br><small>\(HTMLPage.escape(item.missing.joined(separator: "; ")))</small>" }
            html += "</td><td><div class=\"ref\">\(HTMLPage.escape(item.question.id))</div>\(HTMLPage.escape(item.question.text))</td>"
            let answer = item.question.answer?.text ?? ""
            html +=
                "<td>"
                + (answer.isEmpty
                    ? "<span class=\"empty\">—</span>" : HTMLPage.escape(answer).replacingOccurrences(of: "&#10;", with: "<br>"))
                + "</td></tr>"
        }
        return html + "</tbody></table>"
    }
}
