import QTrackBase
public import QTrackModel

/// What `qtrack parse` prints: the model as a tree a person checks at a glance, or as JSON.
public struct ParseReport: Sendable {
    public var questionnaire: Questionnaire

    public init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    public func json() -> String {
        JSONOutput.render(ParseJSON(questionnaire))
    }

    /// A box-drawing tree: sections, numbers with first words, sub-items, notes, tables, then diagnostics.
    public func outline(width: Int = 100) -> String {
        let q = questionnaire
        var lines: [String] = []
        lines.append(q.title.map { Excerpt.shorten($0, to: width) } ?? "(untitled)")
        var facts: [String] = []
        if let cycle = q.cycle { facts.append("cycle \(cycle)") }
        if let period = q.reportingPeriod { facts.append("reporting period \(period.start) to \(period.end)") }
        if let deadline = q.deadline { facts.append("deadline \(deadline)") }
        facts.append(
            "\(q.sections.count) section\(q.sections.count == 1 ? "" : "s"), \(q.questionCount) question\(q.questionCount == 1 ? "" : "s")"
        )
        if q.hasTrackedChanges { facts.append("tracked changes read as accepted") }
        lines.append(facts.joined(separator: " · "))

        var tree = TreeWriter()
        for (sectionIndex, section) in q.sections.enumerated() {
            let lastSection = sectionIndex == q.sections.count - 1
            let heading = section.title ?? "(no section headings)"
            tree.line("\(heading)  [\(section.questions.count)]", depth: 0, last: lastSection)
            var children: [(String, [String])] = []
            for routing in section.routing { children.append(("→ \(routing)", [])) }
            for note in section.notes { children.append(("\(note.kind.rawValue): \(note.text)", [])) }
            for table in section.tables { children.append((Self.describe(table), [])) }
            for question in section.questions {
                var grandchildren = question.subItems.map { "\($0.label) \($0.text)" }
                if !question.options.isEmpty { grandchildren.append("options: " + question.options.joined(separator: " / ")) }
                grandchildren += question.notes.map { "\($0.kind.rawValue): \($0.text)" }
                grandchildren += question.tables.map(Self.describe)
                grandchildren += question.comments.map { "comment (\($0.author)): \($0.text)" }
                children.append(("\(question.label ?? "•") \(question.text)", grandchildren))
            }
            for (childIndex, child) in children.enumerated() {
                let lastChild = childIndex == children.count - 1
                tree.line(child.0, depth: 1, last: lastChild, width: width)
                for (grandIndex, grandchild) in child.1.enumerated() {
                    tree.line(grandchild, depth: 2, last: grandIndex == child.1.count - 1, width: width)
                }
            }
        }
        lines += tree.lines
        if !q.diagnostics.isEmpty {
            lines.append("")
            lines += q.diagnostics.map(\.description)
        }
        return PrintableText.lines(lines)
    }

    private static func describe(_ table: QuestionnaireTable) -> String {
        let filled = table.rows.joined().count - table.emptyCellCount
        return "table: \(table.rows.count) rows × \(table.columnCount) columns, \(filled) cells filled"
    }
}

/// Writes an indented tree with box-drawing rules, tracking which ancestors were last of their siblings.
struct TreeWriter {
    private(set) var lines: [String] = []
    private var lastAtDepth: [Bool] = []

    mutating func line(_ text: String, depth: Int, last: Bool, width: Int = 100) {
        if lastAtDepth.count > depth { lastAtDepth.removeLast(lastAtDepth.count - depth) }
        while lastAtDepth.count < depth { lastAtDepth.append(false) }
        let prefix = lastAtDepth.map { $0 ? "   " : "│  " }.joined()
        let branch = last ? "└─ " : "├─ "
        let room = max(width - prefix.count - branch.count, 20)
        lines.append(prefix + branch + Excerpt.shorten(text, to: room))
        lastAtDepth.append(last)
    }
}
