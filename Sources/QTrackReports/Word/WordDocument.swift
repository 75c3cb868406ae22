/// A Word document to write: paragraphs of formatted runs, tables, comments, and tracked changes.
/// Small on purpose: what qtrack's drafts and redlines need, nothing more.
public struct WordDocument: Sendable {
    public enum Block: Sendable {
        case paragraph(WordParagraph)
        case table([[[WordParagraph]]])
    }

    public var blocks: [Block] = []
    public var comments: [WordComment] = []
    /// Author and date of tracked changes and comments (ISO 8601, or nil to leave the date out).
    public var author: String = "qtrack"
    public var date: String?
    /// The running header's text (the title and cycle), on every page; none when nil.
    public var header: String?
    /// "Page X of Y" in the footer of every page.
    public var pageNumbers = false
    /// Custom document properties (docProps/custom.xml), as text: how a program recognises its own file later.
    public var customProperties: [(name: String, value: String)] = []

    public init() {}

    public mutating func append(_ paragraph: WordParagraph) {
        blocks.append(.paragraph(paragraph))
    }

    /// Adds a comment and returns its id, to anchor it on a paragraph.
    public mutating func comment(_ text: String) -> Int {
        comments.append(WordComment(id: comments.count, text: text))
        return comments.count - 1
    }
}

public struct WordParagraph: Sendable {
    public enum Style: String, Sendable {
        case title = "Title"
        case heading = "Heading2"
        case question = "Question"
        case questionItem = "QuestionItem"
        case answer = "Answer"
        case guidance = "Guidance"
    }

    public var style: Style?
    public var runs: [WordRun]
    /// Starts a new page.
    public var pageBreakBefore = false
    /// Wraps the paragraph in a content control with this tag, for a later reader to recognise it.
    public var tag: String?
    /// Comment ids anchored on the whole paragraph.
    public var comments: [Int]
    /// A tracked change of the paragraph mark itself: an inserted paragraph goes away on "Reject All",
    /// a deleted one on "Accept All".
    public var mark: WordRun.Change

    public init(style: Style? = nil, _ runs: [WordRun], comments: [Int] = [], mark: WordRun.Change = .none) {
        self.style = style
        self.runs = runs
        self.comments = comments
        self.mark = mark
    }

    public init(style: Style? = nil, text: String) {
        self.init(style: style, [WordRun(text)])
    }
}

public struct WordRun: Sendable {
    public enum Change: Sendable {
        case none
        /// A tracked insertion: "accept all" keeps it.
        case inserted
        /// A tracked deletion: "reject all" keeps it.
        case deleted
    }

    public var text: String
    public var bold = false
    public var italic = false
    public var strike = false
    public var underline = false
    /// Hex colour ("C00000").
    public var color: String?
    public var change: Change = .none

    public init(
        _ text: String, bold: Bool = false, italic: Bool = false, strike: Bool = false, underline: Bool = false, color: String? = nil,
        change: Change = .none
    ) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.strike = strike
        self.underline = underline
        self.color = color
        self.change = change
    }
}

public struct WordComment: Sendable {
    public var id: Int
    public var text: String
}
