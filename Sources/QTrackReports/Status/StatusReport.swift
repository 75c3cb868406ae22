import OrderedCollections
public import QTrackAnalysis
import QTrackModel

/// What `qtrack status` says: the state of every question's answer; a terminal shows what needs work.
public struct StatusReport: Sendable, DocumentReport {
    public var status: ResponseStatus

    public init(_ status: ResponseStatus) {
        self.status = status
    }

    static let marks: [ResponseStatus.State: String] = [.answered: "✓", .partial: "◐", .placeholder: "?", .unanswered: "✗", .carried: "↻"]

    /// The states in their order; the one place the counts of a response are made.
    static func counts(_ status: ResponseStatus) -> [ReportCount] {
        shownStates(status).map { ReportCount($0.rawValue, status.count($0), key: $0.rawValue) }
    }

    /// Every state, but `carried` only for a draft `prepare` made: other responses cannot have it.
    static func shownStates(_ status: ResponseStatus) -> [ResponseStatus.State] {
        ResponseStatus.State.allCases.filter { $0 != .carried || status.count(.carried) > 0 }
    }

    public func document() -> ReportDocument {
        ReportDocument(
            title: "Answers in \(status.response.file)", subtitle: "\(status.response.questionCount) questions",
            blocks: [.summary(Self.counts(status)), .entries(entries(anchor: "s"))])
    }

    func entries(anchor: String, filters: Bool = true) -> ReportEntries {
        let sections = OrderedSet(status.items.compactMap(\.question.section))
        let items = status.items.map { item in
            let answer = item.question.answer?.text ?? ""
            let shown = item.state == .unanswered || answer.isEmpty ? item.question.text : "answer: " + answer
            return ReportEntry(
                mark: Self.marks[item.state] ?? "", kinds: [item.state.rawValue], label: item.state.rawValue,
                reference: item.question.id + (item.missing.isEmpty ? "" : ": " + item.missing.joined(separator: "; ")),
                needsAttention: item.state == .unanswered, body: [[.text(shown)]],
                cells: [
                    ReportCell(reference: item.question.id, spans: [.text(item.question.text)]),
                    ReportCell(spans: answer.isEmpty ? nil : [.text(answer)]),
                ],
                group: item.question.section ?? "Questions", section: item.question.section, isRoutine: item.state == .answered)
        }
        return ReportEntries(
            columns: ["State", "Question", "Answer"],
            filters: filters
                ? ReportEntries.Filters(
                    kinds: Self.shownStates(status).map { ($0.rawValue, $0.rawValue, true) }, sections: Array(sections))
                : nil,
            anchor: anchor, items: items)
    }
}
