public import QTrackAnalysis
import QTrackModel

extension StatusReport {
    public func json() -> JSONValue {
        [
            "schemaVersion": .int(ModelJSON.schemaVersion),
            "response": ["path": .string(status.response.file), "cycle": .optional(status.response.cycle?.description)],
            "summary": .object(
                Dictionary(uniqueKeysWithValues: ResponseStatus.State.allCases.map { ($0.rawValue, JSONValue.int(status.count($0))) })),
            "items": .array(
                status.items.map { item in
                    let answer = item.question.answer?.text
                    return [
                        "id": .string(item.question.id),
                        "section": .optional(item.question.section),
                        "number": .optional(item.question.number),
                        "state": .string(item.state.rawValue),
                        "answer": .optional(answer?.isEmpty == false ? answer : nil),
                        "partial": .array(item.missing.map(JSONValue.string)),
                        "evidence": .array((item.question.answer?.evidence ?? []).map(\.rawValue).sorted().map(JSONValue.string)),
                    ]
                }),
        ]
    }
}
