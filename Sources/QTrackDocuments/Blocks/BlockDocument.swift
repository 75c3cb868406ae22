public import QTrackBase

/// What a reader returns: the blocks of one file and what it noticed on the way.
public struct BlockDocument: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable, Codable {
        case text
        case docx
        case html
        /// A PDF's text, as poppler's `pdftotext` extracts it.
        case pdf
    }

    public var file: String
    public var format: Format
    public var blocks: [Block]
    public var diagnostics: [Diagnostic]
    /// True when the Word file carries tracked changes (insertions, deletions, moves, format changes).
    public var hasTrackedChanges: Bool
    /// What the file says about itself: a Word file's custom properties (docProps/custom.xml) by name, and
    /// `modified` from its core properties; empty for plain text.
    public var properties: DocumentProperties

    public init(
        file: String, format: Format, blocks: [Block], diagnostics: [Diagnostic] = [], hasTrackedChanges: Bool = false,
        properties: DocumentProperties = DocumentProperties()
    ) {
        self.file = file
        self.format = format
        self.blocks = blocks
        self.diagnostics = diagnostics
        self.hasTrackedChanges = hasTrackedChanges
        self.properties = properties
    }
}
