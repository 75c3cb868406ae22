import QTrackAnalysis
import QTrackModel

extension StatusReport {
    public func json() -> String {
        JSONOutput.render(StatusJSON(status))
    }
}

/// `qtrack status --format json`.
struct StatusJSON: Encodable, Sendable {
    struct Response: Encodable, Sendable {
        var path: String
        @Nullable var cycle: String?
    }

    struct Item: Encodable, Sendable {
        var id: String
        @Nullable var section: String?
        @Nullable var number: String?
        var state: String
        @Nullable var answer: String?
        var partial: [String]
        var evidence: [String]

        init(_ item: ResponseStatus.Item) {
            id = item.question.id
            section = item.question.section
            number = item.question.number
            state = item.state.rawValue
            let text = item.question.answer?.text
            answer = text?.isEmpty == false ? text : nil
            partial = item.missing
            evidence = (item.question.answer?.evidence ?? []).map(\.rawValue).sorted()
        }
    }

    var schemaVersion = JSONOutput.schemaVersion
    var response: Response
    var summary: [String: Int]
    var items: [Item]

    init(_ status: ResponseStatus) {
        response = Response(path: status.response.file, cycle: status.response.cycle?.description)
        summary = Dictionary(uniqueKeysWithValues: ResponseStatus.State.allCases.map { ($0.rawValue, status.count($0)) })
        items = status.items.map(Item.init)
    }
}
