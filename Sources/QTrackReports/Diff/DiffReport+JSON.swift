public import QTrackAnalysis
import QTrackModel

extension DiffReport {
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
