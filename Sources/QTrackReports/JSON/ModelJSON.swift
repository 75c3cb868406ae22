public import QTrackBase
public import QTrackModel

/// The JSON forms of model values, shared by every report so a question reads the same everywhere.
public enum ModelJSON {
    /// The version of every JSON document qtrack writes; raised when a field changes meaning or goes away.
    public static let schemaVersion = 1

    public static func location(_ location: SourceLocation) -> JSONValue {
        var object: [String: JSONValue] = ["file": .string(location.file)]
        if let line = location.line { object["line"] = .int(line) }
        if let paragraph = location.paragraph { object["paragraph"] = .int(paragraph) }
        return .object(object)
    }

    /// `{id, section, number}`: how every report refers to a question.
    public static func reference(_ question: Question?) -> JSONValue {
        guard let question else { return .null }
        return ["id": .string(question.id), "section": .optional(question.section), "number": .optional(question.number)]
    }

    public static func question(_ question: Question) -> JSONValue {
        [
            "id": .string(question.id),
            "section": .optional(question.section),
            "number": .optional(question.number),
            "label": .optional(question.label),
            "text": .string(question.text),
            "fingerprint": .string(question.fingerprint),
            "subItems": .array(question.subItems.map { ["label": .string($0.label), "text": .string($0.text)] }),
            "notes": .array(question.notes.map(note)),
            "tables": .array(question.tables.map(table)),
            "comments": .array(question.comments.map { ["author": .string($0.author), "text": .string($0.text)] }),
            "location": location(question.location),
        ]
    }

    public static func note(_ note: Note) -> JSONValue {
        ["kind": .string(note.kind.rawValue), "text": .string(note.text), "location": location(note.location)]
    }

    public static func table(_ table: QuestionnaireTable) -> JSONValue {
        ["rows": .array(table.rows.map { .array($0.map(JSONValue.string)) }), "location": location(table.location)]
    }

    public static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        [
            "severity": .string(diagnostic.severity.rawValue), "message": .string(diagnostic.message),
            "location": location(diagnostic.location),
        ]
    }

    public static func cycle(_ cycle: Cycle?) -> JSONValue {
        guard let cycle else { return .null }
        return ["label": .string(cycle.description), "startYear": .int(cycle.startYear), "endYear": .int(cycle.endYear)]
    }
}
