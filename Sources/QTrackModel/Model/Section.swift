public import QTrackBase

/// A section of a questionnaire: its heading, who should answer it, and its questions.
public struct Section: Sendable, Hashable, Codable {
    /// The heading as printed; nil for the implicit section of a document without headings.
    public var title: String?
    /// The id prefix of the section's questions ("protection").
    public var slug: String
    /// Routing lines such as "For input from multiple agencies, including …".
    public var routing: [String]
    /// Instructions and notes that stand in the section before its first question.
    public var notes: [Note]
    public var questions: [Question]
    public var tables: [QuestionnaireTable]
    public var location: SourceLocation

    public init(
        title: String?, slug: String, routing: [String] = [], notes: [Note] = [], questions: [Question] = [],
        tables: [QuestionnaireTable] = [], location: SourceLocation
    ) {
        self.title = title
        self.slug = slug
        self.routing = routing
        self.notes = notes
        self.questions = questions
        self.tables = tables
        self.location = location
    }
}

extension Section {
    /// The id prefix for a section title: "HUMAN TRAFFICKING-RELATED COMPLICITY" → "human-trafficking-related-complicity".
    public static func slug(for title: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in TextNormalizer.comparable(title) where character != "'" {
            if character.isLetter || character.isNumber {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else {
                pendingDash = true
            }
        }
        return slug
    }
}
