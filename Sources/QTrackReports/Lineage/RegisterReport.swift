public import QTrackAnalysis
import QTrackModel

/// `qtrack questions`: the register as a table, one row per lineage and one column per cycle.
public struct RegisterReport: Sendable, DocumentReport {
    /// How a lineage stands in a cycle.
    public enum Presence: String, Sendable {
        /// First appearance.
        case new
        /// Same question as the cycle before (perhaps renumbered, or only dates or punctuation changed).
        case present
        /// Reworded, moved, split or merged since the cycle before.
        case changed
        case absent

        var mark: String {
            switch self {
            case .new: "+"
            case .present: "="
            case .changed: "~"
            case .absent: "—"
            }
        }
    }

    public var register: QuestionRegister

    public init(_ register: QuestionRegister, check: CheckResult) {
        self.register = register
        var changed: [String: Set<String>] = [:]
        for diff in check.diffs {
            for change in diff.changes where change.kinds.contains(where: { [.reworded, .moved, .split, .merged].contains($0) }) {
                if let id = change.new?.id { changed[diff.new.cycleLabel, default: []].insert(id) }
            }
        }
        self.changed = changed
    }

    /// New question ids, by cycle, that were reworded, moved, split or merged since the cycle before.
    private let changed: [String: Set<String>]

    func presence(_ lineage: QuestionRegister.Lineage, _ cycle: String) -> Presence {
        guard let ids = lineage.members[cycle], !ids.isEmpty else { return .absent }
        guard let index = register.cycles.firstIndex(of: cycle), index > 0, !(lineage.members[register.cycles[index - 1]] ?? []).isEmpty
        else {
            return .new
        }
        return ids.contains(where: { changed[cycle]?.contains($0) == true }) ? .changed : .present
    }

    public func document() -> ReportDocument {
        let rows = register.lineages.map { lineage in
            [ReportTable.Cell(lineage.id)]
                + register.cycles.map { cycle in
                    let presence = presence(lineage, cycle)
                    let ids = (lineage.members[cycle] ?? []).joined(separator: ", ")
                    return ReportTable.Cell(presence == .absent ? presence.mark : presence.mark + " " + ids)
                } + [ReportTable.Cell(lineage.title)]
        }
        let every = register.lineages.filter { lineage in register.cycles.allSatisfy { !(lineage.members[$0] ?? []).isEmpty } }.count
        return ReportDocument(
            title: "Question register", subtitle: register.cycles.joined(separator: ", "),
            blocks: [
                .summary([ReportCount("lineages", register.lineages.count), ReportCount("asked in every cycle", every)]),
                .table(ReportTable(header: ["lineage"] + register.cycles + ["title"], rows: rows)),
                .line(ReportLine("+ new, = same, ~ changed, — absent", tone: .quiet)),
            ])
    }
}
