public import QTrackAnalysis
import QTrackModel

/// `qtrack questions`: the register as a table, one row per lineage and one column per cycle.
public struct RegisterReport: Sendable {
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

    public func text() -> String {
        let widths = register.cycles.map { cycle in
            max(cycle.count, register.lineages.map { ($0.members[cycle] ?? []).joined(separator: ", ").count + 2 }.max() ?? 0)
        }
        var header =
            "lineage  "
            + zip(register.cycles, widths).map { $0.0.padding(toLength: $0.1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
        header += "  title"
        var lines = [header]
        for lineage in register.lineages {
            var row = lineage.id.padding(toLength: 9, withPad: " ", startingAt: 0)
            for (cycle, width) in zip(register.cycles, widths) {
                let presence = presence(lineage, cycle)
                let cell =
                    presence == .absent ? presence.mark : presence.mark + " " + (lineage.members[cycle] ?? []).joined(separator: ", ")
                row += cell.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
            }
            lines.append(row + lineage.title)
        }
        var counts: [String] = []
        let every = register.lineages.filter { lineage in register.cycles.allSatisfy { !(lineage.members[$0] ?? []).isEmpty } }.count
        counts.append("\(register.lineages.count) lineages, \(every) asked in every cycle")
        lines.append("")
        lines.append(counts.joined() + "  (+ new, = same, ~ changed, — absent)")
        return lines.joined(separator: "\n") + "\n"
    }

    public func markdown() -> String {
        var lines = ["| lineage | " + register.cycles.joined(separator: " | ") + " | title |"]
        lines.append("| --- |" + String(repeating: " --- |", count: register.cycles.count) + " --- |")
        for lineage in register.lineages {
            let cells = register.cycles.map { cycle -> String in
                let presence = presence(lineage, cycle)
                return presence == .absent
                    ? "—" : presence.mark + " " + (lineage.members[cycle] ?? []).map { "`\($0)`" }.joined(separator: ", ")
            }
            lines.append("| \(lineage.id) | " + cells.joined(separator: " | ") + " | \(Markdown.escape(lineage.title)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func csv() -> String {
        var rows = [(["lineage", "title"] + register.cycles.flatMap { [$0, "\($0) status"] }).map(CSV.field).joined(separator: ",")]
        for lineage in register.lineages {
            var cells = [lineage.id, lineage.title]
            for cycle in register.cycles {
                cells.append((lineage.members[cycle] ?? []).joined(separator: " "))
                cells.append(presence(lineage, cycle).rawValue)
            }
            rows.append(cells.map(CSV.field).joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    public func json() -> JSONValue {
        [
            "schemaVersion": .int(ModelJSON.schemaVersion),
            "cycles": .array(register.cycles.map(JSONValue.string)),
            "lineages": .array(
                register.lineages.map { lineage in
                    [
                        "id": .string(lineage.id),
                        "title": .string(lineage.title),
                        "cycles": .object(
                            Dictionary(
                                uniqueKeysWithValues: register.cycles.map { cycle in
                                    (
                                        cycle,
                                        [
                                            "ids": .array((lineage.members[cycle] ?? []).map(JSONValue.string)),
                                            "status": .string(presence(lineage, cycle).rawValue),
                                        ] as JSONValue
                                    )
                                })),
                    ]
                }),
        ]
    }
}
