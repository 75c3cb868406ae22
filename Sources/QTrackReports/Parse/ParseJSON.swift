import QTrackModel

/// `qtrack parse --format json`: the model as read.
struct ParseJSON: Encodable, Sendable {
    struct Period: Encodable, Sendable {
        var start: String
        var end: String
    }

    struct Section: Encodable, Sendable {
        @Nullable var title: String?
        var slug: String
        var routing: [String]
        var notes: [ModelJSON.Note]
        var questions: [ModelJSON.Question]
        var location: ModelJSON.Location
    }

    /// A table, with the section and question it stands under.
    struct PlacedTable: Encodable, Sendable {
        var rows: [[String]]
        var location: ModelJSON.Location
        @Nullable var section: String?
        @Nullable var question: String?

        init(_ table: QuestionnaireTable, section: String?, question: String?) {
            rows = table.rows
            location = ModelJSON.Location(table.location)
            self.section = section
            self.question = question
        }
    }

    var schemaVersion = JSONOutput.schemaVersion
    var file: String
    @Nullable var title: String?
    var cycle: Nullable<ModelJSON.Cycle>
    var reportingPeriod: Nullable<Period>
    @Nullable var deadline: String?
    var preamble: [String]
    var hasTrackedChanges: Bool
    var questionCount: Int
    var sections: [Section]
    var tables: [PlacedTable]
    var diagnostics: [ModelJSON.Diagnostic]

    init(_ questionnaire: Questionnaire) {
        file = questionnaire.file
        title = questionnaire.title
        cycle = Nullable(wrappedValue: questionnaire.cycle.map(ModelJSON.Cycle.init))
        reportingPeriod = Nullable(wrappedValue: questionnaire.reportingPeriod.map { Period(start: $0.start, end: $0.end) })
        deadline = questionnaire.deadline
        preamble = questionnaire.preamble
        hasTrackedChanges = questionnaire.hasTrackedChanges
        questionCount = questionnaire.questionCount
        sections = questionnaire.sections.map { section in
            Section(
                title: section.title, slug: section.slug, routing: section.routing, notes: section.notes.map(ModelJSON.Note.init),
                questions: section.questions.map(ModelJSON.Question.init), location: ModelJSON.Location(section.location))
        }
        var tables: [PlacedTable] = []
        for section in questionnaire.sections {
            tables += section.tables.map { PlacedTable($0, section: section.title, question: nil) }
            for question in section.questions {
                tables += question.tables.map { PlacedTable($0, section: section.title, question: question.id) }
            }
        }
        self.tables = tables
        diagnostics = questionnaire.diagnostics.map(ModelJSON.Diagnostic.init)
    }
}
