/// One report as every writer sees it: what to say, in headings, counts, lines, entries and tables, with
/// no format in it. Text, Markdown and HTML writers render the same document, so a report is written once.
public struct ReportDocument: Sendable {
    public var title: String
    /// What the report is about, in a line: the files compared, the questionnaire covered.
    public var subtitle: String?
    public var blocks: [ReportBlock]

    public init(title: String, subtitle: String? = nil, blocks: [ReportBlock] = []) {
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
    }
}

public enum ReportBlock: Sendable {
    /// Counts by kind, in a fixed order: "added 60 · removed 111".
    case summary([ReportCount])
    /// A line of running text.
    case line(ReportLine)
    /// Short statements under a heading: "cycle: 2020-2021 → 2025", a cycle's counts.
    case facts([String])
    /// The title of what follows.
    case heading(String)
    /// The items a reader scans (changes, answers, recommendations, findings), filterable in HTML.
    case entries(ReportEntries)
    /// Rows and columns: a matrix or a register.
    case table(ReportTable)
    /// A whole report within this one, shown where there is room for details (HTML), left out of a terminal.
    case appendix(ReportDocument)
}

extension ReportBlock {
    var isAppendix: Bool {
        if case .appendix = self { true } else { false }
    }
}

public struct ReportCount: Sendable {
    public var label: String
    public var count: Int
    /// The kind the count is of, for linking and filtering; nil for a count of nothing filterable.
    public var key: String?

    public init(_ label: String, _ count: Int, key: String? = nil) {
        self.label = label
        self.count = count
        self.key = key
    }
}

/// Inline content: text with word-level changes, code and emphasis.
public enum ReportSpan: Sendable, Hashable {
    case text(String)
    case inserted(String)
    case deleted(String)
    /// An id or a path, shown as code.
    case code(String)
    case strong(String)
}

public struct ReportLine: Sendable {
    public enum Tone: Sendable {
        case plain
        /// Something to look at: an error, a weak spot, a diagnostic.
        case warning
        /// Secondary: where, why.
        case quiet
    }

    public var spans: [ReportSpan]
    public var tone: Tone

    public init(_ spans: [ReportSpan], tone: Tone = .plain) {
        self.spans = spans
        self.tone = tone
    }

    public init(_ text: String, tone: Tone = .plain) {
        self.init([.text(text)], tone: tone)
    }
}
