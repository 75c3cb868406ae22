public import QTrackAnalysis
import QTrackModel

/// `qtrack history`: one lineage's timeline, cycle by cycle.
public struct HistoryReport: Sendable, DocumentReport {
    public var history: QuestionHistory

    public init(_ history: QuestionHistory) {
        self.history = history
    }

    public func document() -> ReportDocument {
        let items = history.entries.map { entry in
            let place = [entry.question.section, entry.question.number.map { "question \($0)" }].compactMap { $0 }.joined(separator: ", ")
            let kinds = entry.change.map { $0.kinds.map(\.rawValue) } ?? ["first asked"]
            var body: [[ReportSpan]] = []
            if let change = entry.change, !change.diff.isEmpty {
                body.append(DiffReport.spans(change.diff))
            } else {
                body.append([.text(entry.question.fullText)])
            }
            if !entry.recommendations.isEmpty { body.append([.text("recommendations: " + entry.recommendations.joined(separator: ", "))]) }
            for answer in entry.answers {
                body.append([.text("\(answer.state.rawValue) in \(answer.response)" + (answer.answer.map { ": \($0)…" } ?? ""))])
            }
            let figures = [place, entry.change?.old.map { "since \($0.id)" }].compactMap { $0 }.filter { !$0.isEmpty }
            return ReportEntry(
                mark: entry.change == nil ? "+" : "~", kinds: entry.change.map { $0.kinds.map(\.rawValue) } ?? ["added"],
                label: kinds.joined(separator: ", "), reference: "\(entry.cycle)  \(entry.question.id)",
                figures: figures.isEmpty ? nil : figures.joined(separator: "; "),
                body: body, section: entry.question.section)
        }
        return ReportDocument(
            title: "\(history.lineage.id): \(history.lineage.title)", subtitle: "\(history.entries.count) cycles",
            blocks: [.entries(ReportEntries(columns: ["Change", "Cycle and question"], anchor: "h", items: items))])
    }
}
