import QTrackAnalysis
import QTrackModel

extension RegisterReport {
    public func csv() -> String {
        var rows = [CSV.row(["lineage", "title"] + register.cycles.flatMap { [$0, "\($0) status"] })]
        for lineage in register.lineages {
            var cells = [lineage.id, lineage.title]
            for cycle in register.cycles {
                cells.append((lineage.members[cycle] ?? []).joined(separator: " "))
                cells.append(presence(lineage, cycle).rawValue)
            }
            rows.append(CSV.row(cells))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    public func json() -> String {
        JSONOutput.render(
            RegisterJSON(
                cycles: register.cycles,
                lineages: register.lineages.map { lineage in
                    RegisterJSON.Lineage(
                        id: lineage.id, title: lineage.title,
                        cycles: Dictionary(
                            uniqueKeysWithValues: register.cycles.map { cycle in
                                (cycle, RegisterJSON.Presence(ids: lineage.members[cycle] ?? [], status: presence(lineage, cycle).rawValue))
                            }))
                }))
    }
}

/// `qtrack questions --format json`.
struct RegisterJSON: Encodable, Sendable {
    struct Presence: Encodable, Sendable {
        var ids: [String]
        var status: String
    }

    struct Lineage: Encodable, Sendable {
        var id: String
        var title: String
        var cycles: [String: Presence]
    }

    var schemaVersion = JSONOutput.schemaVersion
    var cycles: [String]
    var lineages: [Lineage]
}
