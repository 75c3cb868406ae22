public import QTrackAnalysis
import QTrackModel

/// What `qtrack coverage` prints: per recommendation, its status and the questions that ask about it.
public struct CoverageReport: Sendable {
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

    /// " · answered" after a question, when a response was given.
    func answerNote(_ id: String) -> String {
        answers[id].map { " · \($0.rawValue)" } ?? ""
    }

    static func mark(_ question: Coverage.CoveringQuestion) -> String {
        var flags: [String] = []
        if question.origin == .link { flags.append("link") }
        if question.suspect { flags.append("SUSPECT") }
        if question.broken { flags.append("BROKEN") }
        return flags.isEmpty ? "" : " [" + flags.joined(separator: ", ") + "]"
    }

    func summaryLine() -> String {
        var parts = Coverage.Status.allCases.map { "\($0.rawValue) \(coverage.count($0))" }
        parts.append("suspect links \(coverage.suspectLinks)")
        parts.append("broken links \(coverage.brokenLinks)")
        return parts.joined(separator: " · ")
    }

    public func text(style: TextStyle = .plain, width: Int = 100) -> String {
        let q = coverage.questionnaire
        var lines = [
            style.heading("Coverage of \(coverage.items.count) recommendations in \(q.cycle?.description ?? q.file)")
                + style.dim("  (\(q.file))")
        ]
        lines.append(summaryLine())
        for diagnostic in coverage.diagnostics { lines.append(style.warning(diagnostic.description)) }
        var currentSet: Int?
        for item in coverage.items {
            if currentSet != item.set.year {
                currentSet = item.set.year
                lines.append("")
                lines.append(style.heading(item.set.report + (item.set.complete ? "" : " (list incomplete in the source)")))
            }
            var head =
                "  \(item.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(item.qualifiedID): \(item.recommendation.title)"
            if let change = comparison?.change(for: item.qualifiedID) { head += style.dim("  (\(change.describe()))") }
            lines.append(item.status == .covered ? head : style.warning(head))
            for question in item.questions {
                let text = question.question.map { Excerpt.shorten($0.text, to: max(width - 40, 30)) } ?? ""
                lines.append(
                    String(format: "      %.2f  ", question.score) + question.id + Self.mark(question) + answerNote(question.id) + "  "
                        + text)
            }
        }
        if !coverage.questionsWithoutRecommendation.isEmpty {
            lines.append("")
            lines.append(style.heading("Questions no recommendation reaches: \(coverage.questionsWithoutRecommendation.count)"))
            lines.append("  " + coverage.questionsWithoutRecommendation.map(\.id).joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func markdown() -> String {
        let q = coverage.questionnaire
        var lines = ["# Recommendation coverage: \(q.cycle?.description ?? q.file)", "", summaryLine(), ""]
        lines.append("| recommendation | status | questions |")
        lines.append("| --- | --- | --- |")
        for item in coverage.items {
            let questions = item.questions.map { "`\($0.id)`" + Self.mark($0) + answerNote($0.id) }.joined(separator: ", ")
            var status = item.status.rawValue
            if let change = comparison?.change(for: item.qualifiedID) { status += " (\(change.describe()))" }
            lines.append(
                "| \(Markdown.escape(item.qualifiedID)): \(Markdown.escape(item.recommendation.title)) | \(status) | \(questions.isEmpty ? "—" : questions) |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> JSONValue {
        [
            "schemaVersion": .int(ModelJSON.schemaVersion),
            "questionnaire": ["path": .string(coverage.questionnaire.file), "cycle": .optional(coverage.questionnaire.cycle?.description)],
            "summary": .object(
                Dictionary(uniqueKeysWithValues: Coverage.Status.allCases.map { ($0.rawValue, JSONValue.int(coverage.count($0))) })
                    .merging(["suspect": .int(coverage.suspectLinks), "broken": .int(coverage.brokenLinks)]) { first, _ in first }),
            "recommendations": .array(
                coverage.items.map { item in
                    var object: [String: JSONValue] = [
                        "id": .string(item.recommendation.id),
                        "qualifiedId": .string(item.qualifiedID),
                        "set": .int(item.set.year),
                        "title": .string(item.recommendation.title),
                        "text": .string(item.recommendation.text),
                        "status": .string(item.status.rawValue),
                        "questions": .array(
                            item.questions.map { question in
                                [
                                    "id": .string(question.id),
                                    "section": .optional(question.question?.section),
                                    "number": .optional(question.question?.number),
                                    "score": .double(question.score),
                                    "origin": .string(question.origin.rawValue),
                                    "suspect": .bool(question.suspect),
                                    "broken": .bool(question.broken),
                                    "reason": .string(question.reason),
                                    "answer": answers[question.id].map { .string($0.rawValue) } ?? .null,
                                ]
                            }),
                    ]
                    if let change = comparison?.change(for: item.qualifiedID) {
                        object["previous"] = [
                            "status": .string(change.previousStatus.rawValue),
                            "trend": .string(change.trend.rawValue),
                            "lostQuestions": .array(change.lostQuestions.map(JSONValue.string)),
                        ]
                    }
                    return .object(object)
                }),
            "questionsWithoutRecommendation": .array(coverage.questionsWithoutRecommendation.map(ModelJSON.reference)),
            "diagnostics": .array(coverage.diagnostics.map(ModelJSON.diagnostic)),
        ]
    }

    /// The matrix for a spreadsheet: one row per recommendation, one column per question, the score in each cell.
    public func csv() -> String {
        let questions = coverage.questionnaire.questions
        var rows = [(["recommendation", "status"] + questions.map(\.id)).map(CSV.field).joined(separator: ",")]
        for item in coverage.items {
            let scores = Dictionary(item.questions.filter { !$0.broken }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let cells = questions.map { question -> String in
                guard let match = scores[question.id] else { return "" }
                return match.origin == .link ? (match.suspect ? "link?" : "link") : String(format: "%.2f", match.score)
            }
            rows.append(([item.qualifiedID, item.status.rawValue] + cells).map(CSV.field).joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }
}

/// RFC 4180 fields.
enum CSV {
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
