public import QTrackAnalysis
import QTrackModel

/// What `qtrack diff` prints: a terminal summary, a Markdown report, or JSON.
public struct DiffReport: Sendable {
    public var comparison: VersionComparison
    /// Show why each pair was made.
    public var explain: Bool

    public init(_ comparison: VersionComparison, explain: Bool = false) {
        self.comparison = comparison
        self.explain = explain
    }

    static func label(_ questionnaire: Questionnaire) -> String {
        questionnaire.cycle?.description ?? questionnaire.file
    }

    /// "protection/4" or "protection/4 → 36".
    static func reference(_ change: QuestionChange) -> String { DiffWords.reference(change) }

    /// The changes grouped under the section a reader looks for them in: the new one, or the old one for removals.
    func groups() -> [(title: String?, changes: [QuestionChange])] {
        var order: [String?] = []
        var grouped: [String?: [QuestionChange]] = [:]
        for change in comparison.changes where change.kind != .unchanged {
            let title = change.new?.section ?? change.old?.section
            if grouped[title] == nil { order.append(title) }
            grouped[title, default: []].append(change)
        }
        return order.map { ($0, grouped[$0]!) }
    }

    func summaryLine() -> String {
        let summary = comparison.summary
        let parts = ChangeKind.allCases.sorted().compactMap { kind in summary[kind].map { "\(kind.rawValue) \($0)" } }
        return parts.joined(separator: " · ")
    }

    func inlineDiff(_ segments: [DiffSegment], style: TextStyle) -> String {
        segments.map { segment in
            switch segment.operation {
            case .equal: segment.text
            case .insert: style.inserted(segment.text)
            case .delete: style.deleted(segment.text)
            }
        }.joined(separator: " ")
    }

    func headerLines() -> [String] {
        var lines: [String] = []
        for change in comparison.headerChanges {
            lines.append("\(change.field.displayName): \(change.old ?? "none") → \(change.new ?? "none")")
        }
        let sections = comparison.sectionChanges
        if !comparison.old.hasSections && comparison.new.hasSections {
            lines.append("sections: the new version has section headings (\(comparison.new.sections.count)); the old had none")
        } else if comparison.old.hasSections && !comparison.new.hasSections {
            lines.append("sections: the new version has no section headings; the old had \(comparison.old.sections.count)")
        } else {
            for change in sections {
                switch change.kind {
                case .added: lines.append("section added: \(change.newTitle ?? "")")
                case .removed: lines.append("section removed: \(change.oldTitle ?? "")")
                case .renamed: lines.append("section renamed: \(change.oldTitle ?? "") → \(change.newTitle ?? "")")
                case .reordered: lines.append("section reordered: \(change.newTitle ?? "")")
                }
            }
        }
        return lines
    }

    /// For a terminal: summary first, then the changes by section; unchanged questions are only counted.
    public func text(style: TextStyle = .plain, width: Int = 100) -> String {
        let old = comparison.old
        let new = comparison.new
        var lines: [String] = []
        lines.append(style.heading("\(Self.label(old)) → \(Self.label(new))") + style.dim("  (\(old.file) → \(new.file))"))
        lines.append("\(old.questions.count) questions → \(new.questions.count) questions: \(summaryLine())")
        lines += headerLines()
        for diagnostic in comparison.diagnostics { lines.append(style.warning(diagnostic.description)) }
        for group in groups() {
            lines.append("")
            lines.append(style.heading(group.title ?? "(no section)"))
            for change in group.changes {
                let kinds = change.kinds.map(\.rawValue).joined(separator: ", ")
                var head =
                    "  \(Self.symbol(change.kind)) \(kinds.padding(toLength: max(kinds.count, 12), withPad: " ", startingAt: 0))  \(Self.reference(change))"
                if change.old != nil && change.new != nil {
                    head += style.dim(String(format: "  (similarity %.2f, confidence %.2f)", change.similarity, change.confidence))
                }
                if change.ambiguous { head += style.warning("  ambiguous") }
                lines.append(head)
                let question = change.new ?? change.old
                if change.diff.isEmpty || change.kind == .split || change.kind == .merged {
                    lines.append("      " + Excerpt.shorten(question?.fullText ?? "", to: width - 6))
                }
                if !change.diff.isEmpty, change.kinds.contains(where: { $0 == .reworded || $0 == .dateShift || $0 == .cosmetic }) {
                    lines.append("      " + inlineDiff(change.diff, style: style))
                }
                if explain {
                    for reason in change.evidence { lines.append(style.dim("      · \(reason)")) }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func symbol(_ kind: ChangeKind) -> String {
        switch kind {
        case .added: "+"
        case .removed: "-"
        case .unchanged: "="
        default: "~"
        }
    }

    /// A report to paste into an e-mail or a pull request.
    public func markdown() -> String {
        let old = comparison.old
        let new = comparison.new
        var lines: [String] = []
        lines.append("# Questionnaire changes: \(Self.label(old)) → \(Self.label(new))")
        lines.append("")
        lines.append("`\(old.file)` (\(old.questions.count) questions) → `\(new.file)` (\(new.questions.count) questions)")
        lines.append("")
        lines.append("| change | questions |")
        lines.append("| --- | ---: |")
        let summary = comparison.summary
        for kind in ChangeKind.allCases.sorted() {
            if let count = summary[kind] { lines.append("| \(kind.rawValue) | \(count) |") }
        }
        let header = headerLines()
        if !header.isEmpty {
            lines.append("")
            lines += header.map { "- \(Markdown.escape($0))" }
        }
        for group in groups() {
            lines.append("")
            lines.append("## \(Markdown.escape(group.title ?? "Questions"))")
            lines.append("")
            for change in group.changes {
                let kinds = change.kinds.map(\.rawValue).joined(separator: ", ")
                var line = "- **\(kinds)** `\(Self.reference(change))`"
                if change.ambiguous { line += " _(ambiguous)_" }
                if !change.diff.isEmpty {
                    line +=
                        ": "
                        + change.diff.map { segment in
                            switch segment.operation {
                            case .equal: Markdown.escape(segment.text)
                            case .insert: "**\(Markdown.escape(segment.text))**"
                            case .delete: "~~\(Markdown.escape(segment.text))~~"
                            }
                        }.joined(separator: " ")
                } else {
                    line += ": " + Markdown.escape((change.new ?? change.old)?.fullText ?? "")
                }
                lines.append(line)
                if explain {
                    for reason in change.evidence { lines.append("  - \(Markdown.escape(reason))") }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> JSONValue {
        let old = comparison.old
        let new = comparison.new
        var summary: [String: JSONValue] = [:]
        let counts = comparison.summary
        for kind in ChangeKind.allCases { summary[kind.rawValue] = .int(counts[kind] ?? 0) }
        return [
            "schemaVersion": .int(ModelJSON.schemaVersion),
            "old": ["path": .string(old.file), "cycle": .optional(old.cycle?.description), "questionCount": .int(old.questions.count)],
            "new": ["path": .string(new.file), "cycle": .optional(new.cycle?.description), "questionCount": .int(new.questions.count)],
            "summary": .object(summary),
            "changes": .array(comparison.changes.map(Self.json)),
            "sectionChanges": .array(
                comparison.sectionChanges.map { change in
                    ["kind": .string(change.kind.rawValue), "old": .optional(change.oldTitle), "new": .optional(change.newTitle)]
                }),
            "headerChanges": .array(
                comparison.headerChanges.map { change in
                    ["field": .string(change.field.rawValue), "old": .optional(change.old), "new": .optional(change.new)]
                }),
            "diagnostics": .array(comparison.diagnostics.map(ModelJSON.diagnostic)),
        ]
    }

    static func json(_ change: QuestionChange) -> JSONValue {
        [
            "kind": .string(change.kind.rawValue),
            "kinds": .array(change.kinds.map { .string($0.rawValue) }),
            "old": ModelJSON.reference(change.old),
            "new": ModelJSON.reference(change.new),
            "similarity": .double(change.similarity),
            "confidence": .double(change.confidence),
            "ambiguous": .bool(change.ambiguous),
            "origin": .string(change.origin.rawValue),
            "evidence": .array(change.evidence.map(JSONValue.string)),
            "diff": .array(change.diff.map { ["op": .string($0.operation.rawValue), "text": .string($0.text)] }),
        ]
    }
}

extension HeaderChange.Field {
    var displayName: String {
        switch self {
        case .cycle: "cycle"
        case .reportingPeriod: "reporting period"
        case .deadline: "deadline"
        }
    }
}
