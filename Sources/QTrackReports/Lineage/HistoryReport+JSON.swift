public import QTrackAnalysis
import QTrackModel

extension HistoryReport {
    public func json() -> JSONValue {
        [
            "schemaVersion": .int(ModelJSON.schemaVersion),
            "lineage": ["id": .string(history.lineage.id), "title": .string(history.lineage.title)],
            "entries": .array(
                history.entries.map { entry in
                    var object: [String: JSONValue] = [
                        "cycle": .string(entry.cycle),
                        "id": .string(entry.question.id),
                        "section": .optional(entry.question.section),
                        "number": .optional(entry.question.number),
                        "text": .string(entry.question.text),
                        "kind": entry.change.map { .string($0.kind.rawValue) } ?? .null,
                        "kinds": .array((entry.change?.kinds ?? []).map { .string($0.rawValue) }),
                        "previous": entry.change.flatMap(\.old).map { .string($0.id) } ?? .null,
                        "diff": .array(
                            (entry.change?.diff ?? []).map { ["op": .string($0.operation.rawValue), "text": .string($0.text)] }),
                        "recommendations": .array(entry.recommendations.map(JSONValue.string)),
                    ]
                    if !entry.answers.isEmpty {
                        object["answered"] = .bool(entry.answers.contains { $0.state == .answered || $0.state == .partial })
                        object["answers"] = .array(
                            entry.answers.map {
                                ["response": .string($0.response), "state": .string($0.state.rawValue), "answer": .optional($0.answer)]
                            })
                    }
                    return .object(object)
                }),
        ]
    }
}
