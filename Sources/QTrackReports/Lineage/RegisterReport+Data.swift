public import QTrackAnalysis
import QTrackModel

extension RegisterReport {
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
