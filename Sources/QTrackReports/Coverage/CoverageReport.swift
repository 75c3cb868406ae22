public import QTrackAnalysis
import QTrackModel

/// What `qtrack coverage` says: per recommendation, its status and the questions that ask about it, and
/// a matrix of recommendations by sections where there is room.
public struct CoverageReport: Sendable, DocumentReport {
    public var coverage: Coverage
    /// The same recommendations against the previous version, when given.
    public var comparison: CoverageComparison?
    /// The state of each question's answer in a response, when one was given (by question id).
    public var answers: [String: ResponseStatus.State]

    public init(_ coverage: Coverage, comparison: CoverageComparison? = nil, response: ResponseStatus? = nil) {
        self.coverage = coverage
        self.comparison = comparison
        answers = Dictionary((response?.items ?? []).map { ($0.question.id, $0.state) }, uniquingKeysWith: { first, _ in first })
    }

    /// The statuses a report names: "not asked this year" only when a reviewer said so of one, so that a report
    /// without it reads as it did before the status existed.
    static func shownStatuses(_ coverage: Coverage) -> [Coverage.Status] {
        Coverage.Status.allCases.filter { $0 != .notAsked || coverage.count($0) > 0 }
    }

    /// The statuses and the link problems; the one place the counts of a coverage are made.
    static func counts(_ coverage: Coverage) -> [ReportCount] {
        shownStatuses(coverage).map {
            ReportCount($0.words, coverage.count($0), key: $0.rawValue)
        } + [
            ReportCount("suspect links", coverage.suspectLinks), ReportCount("broken links", coverage.brokenLinks),
        ]
    }

    static func flags(_ question: Coverage.CoveringQuestion) -> String {
        var flags: [String] = []
        if question.origin == .link { flags.append("link") }
        if question.suspect { flags.append("SUSPECT") }
        if question.broken { flags.append("BROKEN") }
        return flags.isEmpty ? "" : " [" + flags.joined(separator: ", ") + "]"
    }

    /// ● covered, ◐ weak, ✗ uncovered, – a reviewer said this year does not ask about it.
    static func mark(_ status: Coverage.Status) -> String {
        switch status {
        case .covered: "●"
        case .weak: "◐"
        case .uncovered: "✗"
        case .notAsked: "–"
        }
    }

    public func document() -> ReportDocument {
        let questionnaire = coverage.questionnaire
        var document = ReportDocument(
            title: "Coverage of \(coverage.items.count) recommendations in \(questionnaire.cycle?.description ?? questionnaire.file)",
            subtitle: questionnaire.file)
        document.blocks.append(.summary(Self.counts(coverage)))
        document.blocks += coverage.diagnostics.map { .line(ReportLine($0.description, tone: .warning)) }
        document.blocks.append(.entries(entries(anchor: "c")))
        document.blocks.append(.table(matrix()))
        if !coverage.questionsWithoutRecommendation.isEmpty {
            document.blocks.append(.heading("Questions no recommendation reaches: \(coverage.questionsWithoutRecommendation.count)"))
            document.blocks.append(.line(ReportLine(coverage.questionsWithoutRecommendation.map(\.id).joined(separator: ", "))))
        }
        return document
    }

    func entries(anchor: String) -> ReportEntries {
        let items = coverage.items.map { item in
            let change = comparison?.change(for: item.qualifiedID)
            let body: [[ReportSpan]] = item.questions.map { question in
                let answer = answers[question.id].map { " · \($0.rawValue)" } ?? ""
                let text = question.question.map { "  " + Excerpt.shorten($0.text, to: 60) } ?? ""
                // A reviewed link is a person's word, not a score.
                let figure = question.origin == .link ? "reviewed" : String(format: "%.2f", question.score)
                return [.text(figure + "  " + question.id + Self.flags(question) + answer + text)]
            }
            return ReportEntry(
                mark: Self.mark(item.status), kinds: [item.status.rawValue], label: item.status.words,
                reference: "\(item.qualifiedID): \(item.recommendation.title)", figures: change?.describe(),
                needsAttention: item.status != .covered && item.status != .notAsked, body: body,
                group: item.set.report + (item.set.complete ? "" : " (list incomplete in the source)"))
        }
        return ReportEntries(
            columns: ["Status", "Recommendation and the questions that ask about it"],
            filters: ReportEntries.Filters(
                kinds: Self.shownStatuses(coverage).map { ($0.rawValue, $0.words, true) },
                sections: []),
            anchor: anchor, items: items)
    }

    /// Recommendations by sections: in each cell, how strongly that section's questions ask about it.
    func matrix() -> ReportTable {
        let sections = coverage.questionnaire.sections
        var rows: [[ReportTable.Cell]] = []
        for item in coverage.items {
            var row = [ReportTable.Cell(item.qualifiedID, note: item.recommendation.title), ReportTable.Cell(item.status.words)]
            for (index, section) in sections.enumerated() {
                let ids = Set(section.questions.map(\.id))
                let here = item.questions.filter { $0.question.map { ids.contains($0.id) } ?? false }
                let broken = index == 0 ? item.questions.filter(\.broken) : []
                guard !here.isEmpty || !broken.isEmpty else {
                    row.append(ReportTable.Cell(""))
                    continue
                }
                let strong = here.contains(where: coverage.covers)
                var mark = strong ? "●" : (here.isEmpty ? "" : "◐")
                if here.contains(where: \.suspect) { mark += " ⚠" }
                if !broken.isEmpty { mark += " ✖" }
                // A reviewed link is a person's word, not a score: the cell says so rather than "1.00".
                let figure = { (match: Coverage.CoveringQuestion) in
                    match.origin == .link ? "reviewed" : String(format: "%.2f", match.score)
                }
                let best = here.max { ($0.origin == .link ? 2 : $0.score) < ($1.origin == .link ? 2 : $1.score) }
                // A reviewer reads numbers and words, not ids: "6, 8 · 0.62", and on hover each question's start.
                let numbers = here.map { $0.question?.number ?? $0.id }.joined(separator: ", ")
                let tooltip = (here + broken).map { match in
                    let name = match.question?.number.map { "question \($0)" } ?? match.id
                    let flags = (match.suspect ? " (suspect)" : "") + (match.broken ? " (broken)" : "")
                    let start = match.question.map { ": " + Excerpt.shorten($0.text, to: 60) } ?? ""
                    return "\(name)\(flags), \(figure(match))\(start)"
                }.joined(separator: "\n")
                row.append(
                    ReportTable.Cell(
                        mark, note: (numbers.isEmpty ? "" : numbers + " · ") + (best.map(figure) ?? "0.00"),
                        strength: strong ? "strong" : "weak", tooltip: tooltip))
            }
            rows.append(row)
        }
        return ReportTable(
            caption: "Strength of coverage: ● covered (a strong match or a reviewed link), ◐ weak, ⚠ suspect link, ✖ broken link",
            header: ["Recommendation", "Status"] + sections.map { $0.title ?? "Questions" }, rows: rows, isWide: true)
    }
}
