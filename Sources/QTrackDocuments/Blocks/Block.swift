public import QTrackBase

/// The neutral unit every reader produces: a paragraph or a table, in reading order.
public enum Block: Sendable, Hashable {
    case paragraph(Paragraph)
    case table(Table)

    public var location: SourceLocation {
        switch self {
        case .paragraph(let paragraph): paragraph.location
        case .table(let table): table.location
        }
    }
}

/// A paragraph as the reader saw it, with the hints that help tell structure and answers apart.
public struct Paragraph: Sendable, Hashable {
    /// The text without its list label. Tabs and line breaks are kept as `\t` and `\n`.
    public var text: String
    /// The list label as Word renders it ("1.", "a)", "•"), for auto-numbered paragraphs only.
    public var listLabel: String?
    /// 0-based list level of an auto-numbered paragraph.
    public var listLevel: Int?
    /// 1-based heading level from the paragraph's style or outline level.
    public var headingLevel: Int?
    /// The style's display name ("Heading 2", "Body Text").
    public var styleName: String?
    public var emphasis: Emphasis
    /// Word comments anchored in this paragraph.
    public var comments: [Comment]
    /// False for a plain-text line that continues the line before it (no blank line between them).
    public var startsBlock: Bool
    /// The tag of the Word content control (`w:sdt`) the paragraph stands in, innermost first.
    public var contentControlTag: String?
    public var location: SourceLocation

    public init(
        text: String,
        listLabel: String? = nil,
        listLevel: Int? = nil,
        headingLevel: Int? = nil,
        styleName: String? = nil,
        emphasis: Emphasis = Emphasis(),
        comments: [Comment] = [],
        startsBlock: Bool = true,
        contentControlTag: String? = nil,
        location: SourceLocation
    ) {
        self.text = text
        self.listLabel = listLabel
        self.listLevel = listLevel
        self.headingLevel = headingLevel
        self.styleName = styleName
        self.emphasis = emphasis
        self.comments = comments
        self.startsBlock = startsBlock
        self.contentControlTag = contentControlTag
        self.location = location
    }
}

/// Formatting shared by all the visible text of a paragraph.
public struct Emphasis: Sendable, Hashable {
    public var bold: Bool
    public var italic: Bool
    /// A text colour other than automatic/black, as hex ("C00000").
    public var color: String?

    public init(bold: Bool = false, italic: Bool = false, color: String? = nil) {
        self.bold = bold
        self.italic = italic
        self.color = color
    }
}

/// A Word comment (annotation) with its author.
public struct Comment: Sendable, Hashable, Codable {
    public var author: String
    public var text: String

    public init(author: String, text: String) {
        self.author = author
        self.text = text
    }
}

/// A table: rows of cells, each cell holding blocks (nested tables included).
public struct Table: Sendable, Hashable {
    public var rows: [[TableCell]]
    public var location: SourceLocation

    public init(rows: [[TableCell]], location: SourceLocation) {
        self.rows = rows
        self.location = location
    }
}

public struct TableCell: Sendable, Hashable {
    public var blocks: [Block]
    /// How many grid columns the cell spans (horizontal merge).
    public var columnSpan: Int
    /// True for the lower parts of a vertically merged cell, which show nothing of their own.
    public var continuesMergeAbove: Bool

    public init(blocks: [Block], columnSpan: Int = 1, continuesMergeAbove: Bool = false) {
        self.blocks = blocks
        self.columnSpan = columnSpan
        self.continuesMergeAbove = continuesMergeAbove
    }

    /// The cell's paragraphs joined by newlines.
    public var text: String {
        blocks.map { block in
            switch block {
            case .paragraph(let paragraph): [paragraph.listLabel, paragraph.text].compactMap { $0 }.joined(separator: " ")
            case .table(let table): table.rows.map { $0.map(\.text).joined(separator: "\t") }.joined(separator: "\n")
            }
        }.joined(separator: "\n")
    }
}
