/// The properties a Word file carries beside its text: the custom ones a program wrote to recognise its own
/// files (a packet's agency and cycle), and when the file was last saved.
public struct DocumentProperties: Sendable, Hashable {
    /// Custom properties (`docProps/custom.xml`) by name, their values as text.
    public var custom: [String: String]
    /// `dcterms:modified` of the core properties, as written (W3CDTF, "2025-04-01T10:00:00Z").
    public var modified: String?

    public init(custom: [String: String] = [:], modified: String? = nil) {
        self.custom = custom
        self.modified = modified
    }

    /// A file holds a few dozen properties at most; more, or longer, is not read.
    static let maxCount = 200
    static let maxValueLength = 100_000
}
