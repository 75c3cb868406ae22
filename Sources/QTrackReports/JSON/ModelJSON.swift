import QTrackBase
import QTrackModel

/// The JSON forms of model values, shared by every report so a question reads the same everywhere.
enum ModelJSON {
    struct Location: Encodable, Sendable {
        var file: String
        var line: Int?
        var paragraph: Int?

        init(_ location: SourceLocation) {
            file = location.file
            line = location.line
            paragraph = location.paragraph
        }
    }

    /// `{id, section, number}`: how every report refers to a question.
    struct Reference: Encodable, Sendable {
        var id: String
        @Nullable var section: String?
        @Nullable var number: String?

        init(_ question: QTrackModel.Question) {
            id = question.id
            section = question.section
            number = question.number
        }

        static func optional(_ question: QTrackModel.Question?) -> Nullable<Reference> {
            Nullable(wrappedValue: question.map(Reference.init))
        }
    }

    struct Note: Encodable, Sendable {
        var kind: String
        var text: String
        var location: Location

        init(_ note: QTrackModel.Note) {
            kind = note.kind.rawValue
            text = note.text
            location = Location(note.location)
        }
    }

    struct Table: Encodable, Sendable {
        var rows: [[String]]
        var location: Location

        init(_ table: QuestionnaireTable) {
            rows = table.rows
            location = Location(table.location)
        }
    }

    struct LabelledText: Encodable, Sendable {
        var label: String
        var text: String
    }

    struct Comment: Encodable, Sendable {
        var author: String
        var text: String
    }

    struct Question: Encodable, Sendable {
        var id: String
        @Nullable var section: String?
        @Nullable var number: String?
        @Nullable var label: String?
        var text: String
        var fingerprint: String
        var subItems: [LabelledText]
        /// Left out when there are none, as for the TIP questionnaires.
        var options: [String]?
        var notes: [Note]
        var tables: [Table]
        var comments: [Comment]
        var location: Location

        init(_ question: QTrackModel.Question) {
            id = question.id
            section = question.section
            number = question.number
            label = question.label
            text = question.text
            fingerprint = question.fingerprint
            subItems = question.subItems.map { LabelledText(label: $0.label, text: $0.text) }
            options = question.options.isEmpty ? nil : question.options
            notes = question.notes.map(Note.init)
            tables = question.tables.map(Table.init)
            comments = question.comments.map { Comment(author: $0.author, text: $0.text) }
            location = Location(question.location)
        }
    }

    struct Diagnostic: Encodable, Sendable {
        var severity: String
        var message: String
        var location: Location

        init(_ diagnostic: QTrackBase.Diagnostic) {
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            location = Location(diagnostic.location)
        }
    }

    struct Cycle: Encodable, Sendable {
        var label: String
        var startYear: Int
        var endYear: Int

        init(_ cycle: QTrackModel.Cycle) {
            label = cycle.description
            startYear = cycle.startYear
            endYear = cycle.endYear
        }
    }

    /// A diff's word runs.
    struct Segment: Encodable, Sendable {
        var op: String
        var text: String
    }
}
