public import QTrackAnalysis
import QTrackModel

/// `qtrack history`: one lineage's timeline, cycle by cycle.
public struct HistoryReport: Sendable {
    public var history: QuestionHistory

    public init(_ history: QuestionHistory) {
        self.history = history
    }

    public func text(style: TextStyle = .plain, width: Int = 100) -> String {
        var lines = [style.heading("\(history.lineage.id): \(history.lineage.title)")]
        for entry in history.entries {
            lines.append("")
            let place = [entry.question.section, entry.question.number.map { "question \($0)" }].compactMap { $0 }.joined(separator: ", ")
            lines.append(style.heading("\(entry.cycle)  \(entry.question.id)") + style.dim("  (\(place))"))
            let kinds = entry.change.map { $0.kinds.map(\.rawValue).joined(separator: ", ") } ?? "first asked"
            lines.append("  \(kinds)" + (entry.change?.old.map { " since \($0.id)" } ?? ""))
            if let change = entry.change, !change.diff.isEmpty {
                lines.append(
                    "  "
                        + change.diff.map { segment in
                            switch segment.operation {
                            case .equal: segment.text
                            case .insert: style.inserted(segment.text)
                            case .delete: style.deleted(segment.text)
                            }
                        }.joined(separator: " "))
            } else {
                lines.append("  " + Excerpt.shorten(entry.question.fullText, to: width - 2))
            }
            if !entry.recommendations.isEmpty { lines.append("  recommendations: " + entry.recommendations.joined(separator: ", ")) }
            for answer in entry.answers {
                lines.append("  \(answer.state.rawValue) in \(answer.response)" + (answer.answer.map { ": \($0)…" } ?? ""))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func markdown() -> String {
        var lines = ["# \(history.lineage.id): \(Markdown.escape(history.lineage.title))", ""]
        lines.append("| cycle | question | change | text | recommendations | answered |")
        lines.append("| --- | --- | --- | --- | --- | --- |")
        for entry in history.entries {
            let kinds = entry.change.map { $0.kinds.map(\.rawValue).joined(separator: ", ") } ?? "first asked"
            let answered = entry.answers.map { "\($0.state.rawValue)" }.joined(separator: ", ")
            lines.append(
                "| \(entry.cycle) | `\(entry.question.id)` | \(kinds) | \(Markdown.escape(entry.question.text)) | \(entry.recommendations.joined(separator: ", ")) | \(answered) |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

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
