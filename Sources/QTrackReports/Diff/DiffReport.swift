import OrderedCollections
public import QTrackAnalysis
import QTrackModel

/// What `qtrack diff` says: counts, header and section changes, then every change with its word diff,
/// its figures and its evidence.
public struct DiffReport: Sendable, DocumentReport {
    public var comparison: VersionComparison

    public init(_ comparison: VersionComparison) {
        self.comparison = comparison
    }

    static func label(_ questionnaire: Questionnaire) -> String {
        questionnaire.cycle?.description ?? questionnaire.file
    }

    public func document() -> ReportDocument {
        let old = comparison.old
        let new = comparison.new
        var document = ReportDocument(
            title: "Questionnaire changes: \(Self.label(old)) → \(Self.label(new))",
            subtitle: "\(old.file) → \(new.file)")
        document.blocks.append(.line(ReportLine("\(old.questionCount) questions → \(new.questionCount) questions")))
        document.blocks.append(.summary(Self.counts(comparison)))
        let header = headerLines()
        if !header.isEmpty { document.blocks.append(.facts(header)) }
        document.blocks += comparison.diagnostics.map { .line(ReportLine($0.description, tone: .warning)) }
        document.blocks.append(.entries(entries(anchor: "d")))
        return document
    }

    /// The changes by kind, in the kinds' order; the one place the counts of a diff are made.
    static func counts(_ comparison: VersionComparison) -> [ReportCount] {
        let summary = comparison.summary
        return ChangeKind.allCases.sorted().compactMap { kind in summary[kind].map { ReportCount(kind.rawValue, $0, key: kind.rawValue) } }
    }

    func headerLines() -> [String] {
        var lines: [String] = []
        for change in comparison.headerChanges {
            lines.append("\(change.field.displayName): \(change.old ?? "none") → \(change.new ?? "none")")
        }
        if !comparison.old.hasSections && comparison.new.hasSections {
            lines.append("sections: the new version has section headings (\(comparison.new.sections.count)); the old had none")
        } else if comparison.old.hasSections && !comparison.new.hasSections {
            lines.append("sections: the new version has no section headings; the old had \(comparison.old.sections.count)")
        } else {
            for change in comparison.sectionChanges {
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

    /// Every change, side by side where the medium has room, with filters by kind and section.
    func entries(anchor: String) -> ReportEntries {
        let summary = comparison.summary
        let sections = OrderedSet(comparison.changes.compactMap { $0.new?.section ?? $0.old?.section })
        return ReportEntries(
            columns: ["Change", Self.label(comparison.old), Self.label(comparison.new)],
            filters: ReportEntries.Filters(
                kinds: ChangeKind.allCases.sorted().filter { summary[$0] != nil }.map { ($0.rawValue, $0.rawValue, $0 != .unchanged) },
                sections: Array(sections)),
            anchor: anchor,
            items: Self.inNewOrder(comparison.changes.map(Self.entry), comparison.changes))
    }

    /// Entries grouped as the new document runs: by the new question's section; a removed question stays
    /// where it stood (after the question that preceded it) inside the group around it, its old place in
    /// its cell, so that the new version's order is never broken up by the old version's sections.
    static func inNewOrder(_ entries: [ReportEntry], _ changes: [QuestionChange]) -> [ReportEntry] {
        var grouped = entries
        var current: String?
        for index in grouped.indices {
            if let new = changes[index].new {
                current = new.section ?? "(no section)"
            } else if let current {
                grouped[index].group = current
            }
        }
        return grouped
    }

    static func entry(_ change: QuestionChange) -> ReportEntry {
        let question = change.new ?? change.old
        var body: [[ReportSpan]] = []
        if change.diff.isEmpty || change.kind == .split || change.kind == .merged {
            body.append([.text(question?.fullText ?? "")])
        }
        if !change.diff.isEmpty, change.kinds.contains(where: { $0 == .reworded || $0 == .dateShift || $0 == .cosmetic }) {
            body.append(spans(change.diff))
        }
        if change.kinds.contains(.optionsChanged), let note = change.evidence.first(where: { $0.hasPrefix("options changed") }) {
            body.append([.text(note)])
        }
        if let suggestion = DiffWords.suggestion(change) { body.append([.text(suggestion)]) }
        let paired = change.old != nil && change.new != nil
        return ReportEntry(
            mark: symbol(change.kind), kinds: change.kinds.map(\.rawValue), label: change.kinds.map(\.rawValue).joined(separator: ", "),
            reference: DiffWords.reference(change),
            figures: paired
                ? "similarity \(Figures.twoDecimals(change.similarity)), confidence \(Figures.twoDecimals(change.confidence))" : nil,
            flag: change.certainty == .probable ? "probable" : nil, body: body,
            details: change.evidence + DiffWords.suggestions(change),
            cells: [
                cell(change.old, diff: change.diff.isEmpty ? nil : change.diff.filter { $0.operation != .insert }),
                cell(
                    change.new, diff: change.diff.isEmpty ? nil : change.diff.filter { $0.operation != .delete },
                    from: change.old.flatMap { old in old.id == change.new?.id ? nil : old.id }),
            ],
            group: question?.section ?? "(no section)", section: question?.section, isRoutine: change.kind == .unchanged)
    }

    /// A question's side: its id, its text or its half of the word diff, and where it stands.
    static func cell(_ question: Question?, diff: [DiffSegment]?, from: String? = nil) -> ReportCell {
        guard let question else { return .empty }
        let place = [question.section, question.number.map { "question \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return ReportCell(
            reference: question.id, spans: diff.map(spans) ?? [.text(question.fullText)], note: place.isEmpty ? nil : place, from: from)
    }

    static func spans(_ segments: [DiffSegment]) -> [ReportSpan] {
        segments.map { segment in
            switch segment.operation {
            case .equal: .text(segment.text)
            case .insert: .inserted(segment.text)
            case .delete: .deleted(segment.text)
            }
        }
    }

    static func symbol(_ kind: ChangeKind) -> String {
        switch kind {
        case .added: "+"
        case .removed: "-"
        case .unchanged: "="
        default: "~"
        }
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
