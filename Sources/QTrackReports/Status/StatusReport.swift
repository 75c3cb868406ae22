public import QTrackAnalysis
import QTrackModel

/// What `qtrack status` prints: the state of every question's answer.
public struct StatusReport: Sendable {
    public var status: ResponseStatus

    public init(_ status: ResponseStatus) {
        self.status = status
    }

    func summaryLine() -> String {
        ResponseStatus.State.allCases.map { "\($0.rawValue) \(status.count($0))" }.joined(separator: " · ")
    }

    public func text(style: TextStyle = .plain, width: Int = 100) -> String {
        let response = status.response
        var lines = [style.heading("Answers in \(response.file)") + style.dim("  (\(response.questions.count) questions)")]
        lines.append(summaryLine())
        var section: String??
        for item in status.items where item.state != .answered {
            if section != item.question.section {
                section = item.question.section
                lines.append("")
                lines.append(style.heading(item.question.section ?? "Questions"))
            }
            var line = "  \(item.state.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(item.question.id)"
            if !item.missing.isEmpty { line += ": " + item.missing.joined(separator: "; ") }
            lines.append(item.state == .unanswered ? style.warning(line) : line)
            let shown = item.question.answer?.text ?? ""
            let detail = item.state == .unanswered || shown.isEmpty ? item.question.text : "answer: " + shown
            lines.append(style.dim("      " + Excerpt.shorten(detail, to: width - 6)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func markdown() -> String {
        var lines = ["# Answers: \(status.response.file)", "", "| state | questions |", "| --- | ---: |"]
        for state in ResponseStatus.State.allCases { lines.append("| \(state.rawValue) | \(status.count(state)) |") }
        lines.append("")
        lines.append("| question | state | what is missing | answer |")
        lines.append("| --- | --- | --- | --- |")
        for item in status.items {
            let answer = Excerpt.shorten(item.question.answer?.text ?? "", to: 80)
            lines.append(
                "| `\(item.question.id)` | \(item.state.rawValue) | \(Markdown.escape(item.missing.joined(separator: "; "))) | \(Markdown.escape(answer)) |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

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
