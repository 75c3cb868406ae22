public import QTrackBase

/// The recommendations of one country's narrative in a TIP Report, as published.
public struct NarrativeRecommendations: Sendable, Hashable {
    /// One recommendation: its text exactly as published, a short title and an id made from its words.
    public struct Item: Sendable, Hashable {
        public var id: String
        public var title: String
        public var text: String
        public var location: SourceLocation

        public init(id: String, title: String, text: String, location: SourceLocation) {
            self.id = id
            self.title = title
            self.text = text
            self.location = location
        }
    }

    /// How the Report printed them: "paragraph" (clauses between semicolons) or "prioritized" (one per bullet).
    public enum Era: String, Sendable, Hashable, Codable {
        case paragraph
        case prioritized
    }

    /// The country as its heading prints it ("PAKISTAN"), or as asked for when the document has no heading.
    public var country: String
    public var year: Int
    public var era: Era
    public var items: [Item]
    /// The recommendation the document cuts off in mid-sentence: its place in the list (1-based) and its words.
    public var cutOff: CutOff?
    public var diagnostics: [Diagnostic]

    public struct CutOff: Sendable, Hashable {
        public var place: Int
        public var text: String
    }

    /// False when the list is cut off: the items are what is complete of it.
    public var complete: Bool { cutOff == nil }
}

/// A narrative that cannot be imported: no such country, no recommendations, no year. One line for the user.
public struct NarrativeError: FileProblem, Sendable, Hashable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}
