public import QTrackBase

/// One question with what belongs to it.
public struct Question: Sendable, Hashable, Codable, Identifiable {
    /// Readable and unique within the document: `<section-slug>/<number>` ("protection/15"), or the
    /// number alone when the document has no sections.
    public var id: String
    /// The section title as printed, nil when the document has no sections.
    public var section: String?
    /// The label without punctuation ("7"), nil for an unnumbered question.
    public var number: String?
    /// The label as printed ("7.", "21..", "Q7").
    public var label: String?
    /// The question text, whitespace collapsed, without its label, sub-items or notes.
    public var text: String
    public var subItems: [SubItem]
    /// The answers offered to choose from ("Yes", "No", "Don't know"; "____" for a blank to write in).
    public var options: [String]
    public var notes: [Note]
    public var tables: [QuestionnaireTable]
    /// Word comments anchored in the question.
    public var comments: [QuestionComment]
    /// The answer, when the document is a filled-in response; nil for a blank questionnaire.
    public var answer: Answer?
    /// A digest of the normalised text and sub-items: equal fingerprints mean the same question text.
    public var fingerprint: String
    public var location: SourceLocation

    public init(
        id: String, section: String?, number: String?, label: String?, text: String, subItems: [SubItem] = [], options: [String] = [],
        notes: [Note] = [], tables: [QuestionnaireTable] = [], comments: [QuestionComment] = [], answer: Answer? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.section = section
        self.number = number
        self.label = label
        self.text = text
        self.subItems = subItems
        self.options = options
        self.notes = notes
        self.tables = tables
        self.comments = comments
        self.answer = answer
        // Options join the fingerprint only when there are some, so a question without options keeps its digest.
        self.fingerprint = Fingerprint.of(text: text, subItems: subItems.map(\.text) + (options.isEmpty ? [] : ["options:"] + options))
        self.location = location
    }

    /// The question text followed by its sub-items, as one string for matching and searching.
    public var fullText: String {
        ([text] + subItems.map(\.text)).joined(separator: " ")
    }
}

/// A lettered, numbered or bulleted part of a question.
public struct SubItem: Sendable, Hashable, Codable {
    /// As printed ("a.", "(b)", "i."); bullets of every kind read as "•".
    public var label: String
    public var text: String
    public var location: SourceLocation

    public init(label: String, text: String, location: SourceLocation) {
        self.label = label
        self.text = text
        self.location = location
    }
}

/// Text that accompanies a question or section without being part of it.
public struct Note: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A "NOTE: … END NOTE." block or a "(NOTE: …)" aside.
        case note
        /// A "(Tips: …)" annotation added by a government for its ministries.
        case tips
        /// An unnumbered instruction ("Please provide information from the 2020 calendar year…").
        case instruction
    }

    public var kind: Kind
    public var text: String
    public var location: SourceLocation

    public init(kind: Kind, text: String, location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.location = location
    }
}

/// A table as a grid of cell texts.
public struct QuestionnaireTable: Sendable, Hashable, Codable {
    public var rows: [[String]]
    public var location: SourceLocation

    public init(rows: [[String]], location: SourceLocation) {
        self.rows = rows
        self.location = location
    }

    public var columnCount: Int { rows.map { $0.count }.max() ?? 0 }

    /// Cells with no text, for telling whether a statistics table was filled in.
    public var emptyCellCount: Int { rows.joined().filter { $0.allSatisfy(\.isWhitespace) }.count }
}
