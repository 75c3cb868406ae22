import QTrackAnalysis
import QTrackModel

extension HistoryReport {
    /// One lineage's timeline, or several as an array.
    public static func json(_ reports: [HistoryReport]) -> String {
        let documents = reports.map { HistoryJSON($0.history) }
        return documents.count == 1 ? JSONOutput.render(documents[0]) : JSONOutput.render(documents)
    }
}

/// `qtrack history --format json`.
struct HistoryJSON: Encodable, Sendable {
    struct Lineage: Encodable, Sendable {
        var id: String
        var title: String
    }

    struct Answer: Encodable, Sendable {
        var response: String
        var state: String
        @Nullable var answer: String?
    }

    struct Entry: Encodable, Sendable {
        var cycle: String
        var id: String
        @Nullable var section: String?
        @Nullable var number: String?
        var text: String
        @Nullable var kind: String?
        var kinds: [String]
        @Nullable var previous: String?
        var diff: [ModelJSON.Segment]
        var recommendations: [String]
        var answered: Bool?
        var answers: [Answer]?

        init(_ entry: QuestionHistory.Entry) {
            cycle = entry.cycle
            id = entry.question.id
            section = entry.question.section
            number = entry.question.number
            text = entry.question.text
            kind = entry.change?.kind.rawValue
            kinds = (entry.change?.kinds ?? []).map(\.rawValue)
            previous = entry.change?.old?.id
            diff = (entry.change?.diff ?? []).map { ModelJSON.Segment(op: $0.operation.rawValue, text: $0.text) }
            recommendations = entry.recommendations
            if !entry.answers.isEmpty {
                answered = entry.answers.contains { $0.state == .answered || $0.state == .partial }
                answers = entry.answers.map { Answer(response: $0.response, state: $0.state.rawValue, answer: $0.answer) }
            }
        }
    }

    var schemaVersion = JSONOutput.schemaVersion
    var lineage: Lineage
    var entries: [Entry]

    init(_ history: QuestionHistory) {
        lineage = Lineage(id: history.lineage.id, title: history.lineage.title)
        entries = history.entries.map(Entry.init)
    }
}
