public import QTrackAnalysis
import QTrackModel

extension CheckReport {
    public func json() -> JSONValue {
        var counts: [String: JSONValue] = [:]
        for kind in Finding.Kind.allCases { counts[kind.rawValue] = .int(check.findings.filter { $0.kind == kind }.count) }
        return [
            "schemaVersion": .int(ModelJSON.schemaVersion),
            "cycles": .array(
                check.layout.cycles.map { folder in
                    [
                        "cycle": .string(folder.name),
                        "questionnaires": .array(folder.questionnaires.map(JSONValue.string)),
                        "responses": .array(folder.responses.map(JSONValue.string)),
                        "questionCount": .int(check.questionnaires[folder.name]?.questions.count ?? 0),
                    ]
                }),
            "diffs": .array(
                check.diffs.map { diff in
                    var summary: [String: JSONValue] = [:]
                    for kind in ChangeKind.allCases { summary[kind.rawValue] = .int(diff.summary[kind] ?? 0) }
                    return ["old": .string(diff.old.cycleLabel), "new": .string(diff.new.cycleLabel), "summary": .object(summary)]
                }),
            "coverage": .array(
                check.coverages.map { entry in
                    var summary: [String: JSONValue] = Dictionary(
                        uniqueKeysWithValues: Coverage.Status.allCases.map { ($0.rawValue, JSONValue.int(entry.coverage.count($0))) })
                    summary["suspect"] = .int(entry.coverage.suspectLinks)
                    summary["broken"] = .int(entry.coverage.brokenLinks)
                    return ["cycle": .string(entry.cycle), "summary": .object(summary)]
                }),
            "responses": .array(
                check.responses.map { entry in
                    [
                        "cycle": .string(entry.cycle), "path": .string(entry.status.response.file),
                        "summary": .object(
                            Dictionary(
                                uniqueKeysWithValues: ResponseStatus.State.allCases.map {
                                    ($0.rawValue, JSONValue.int(entry.status.count($0)))
                                })),
                    ]
                }),
            "checks": .array(check.checks.map(JSONValue.string)),
            "summary": .object(counts),
            "findings": .array(
                check.findings.map { finding in
                    [
                        "kind": .string(finding.kind.rawValue), "check": .string(finding.check), "message": .string(finding.message),
                        "failing": .bool(failOn.contains(finding.kind)), "location": ModelJSON.location(finding.location),
                    ]
                }),
        ]
    }
}
