/// A list of entries under common column titles, with the filters HTML offers over them.
public struct ReportEntries: Sendable {
    /// Column titles where the entries are a table: the first is the entry's kind, the rest its cells.
    public var columns: [String]
    /// The kinds to filter by (value, label, shown at first) and the sections; nil for no filters.
    public var filters: Filters?
    /// A name for links to the first entry of each kind (`#d-added`); unique within a page.
    public var anchor: String
    public var items: [ReportEntry]

    public struct Filters: Sendable {
        public var kinds: [(value: String, label: String, checked: Bool)]
        public var sections: [String]

        public init(kinds: [(value: String, label: String, checked: Bool)], sections: [String]) {
            self.kinds = kinds
            self.sections = sections
        }
    }

    public init(columns: [String], filters: Filters? = nil, anchor: String, items: [ReportEntry]) {
        self.columns = columns
        self.filters = filters
        self.anchor = anchor
        self.items = items
    }
}

/// One change, answer, recommendation or finding.
public struct ReportEntry: Sendable {
    /// A mark that does not rely on colour: `+`, `-`, `~`, `✓`, `✗`.
    public var mark: String
    /// The kinds it is of, first the main one: filters and styles key on them.
    public var kinds: [String]
    /// The kinds in words: "reworded, renumbered".
    public var label: String
    /// What it is about: "protection/4 → 36".
    public var reference: String
    /// Figures beside the reference: "similarity 0.42, confidence 0.54".
    public var figures: String?
    /// A word of warning beside it: "ambiguous".
    public var flag: String?
    /// Shown as needing attention.
    public var needsAttention: Bool
    /// Its text, a line each: a word diff, an excerpt, the questions that cover a recommendation.
    public var body: [[ReportSpan]]
    /// Why: the evidence behind it, shown on request.
    public var details: [String]
    /// Its cells where the entries are a table (after the kind column).
    public var cells: [ReportCell]
    /// The heading it is listed under where entries are listed rather than tabled.
    public var group: String?
    /// The section it stands in, for filtering.
    public var section: String?
    /// True for what is fine (an answered question): listed where there is room, left out of a terminal.
    public var isRoutine: Bool

    public init(
        mark: String, kinds: [String], label: String, reference: String, figures: String? = nil, flag: String? = nil,
        needsAttention: Bool = false, body: [[ReportSpan]] = [], details: [String] = [], cells: [ReportCell] = [],
        group: String? = nil, section: String? = nil, isRoutine: Bool = false
    ) {
        self.group = group
        self.mark = mark
        self.kinds = kinds
        self.label = label
        self.reference = reference
        self.figures = figures
        self.flag = flag
        self.needsAttention = needsAttention
        self.body = body
        self.details = details
        self.cells = cells
        self.section = section
        self.isRoutine = isRoutine
    }
}

/// One cell of an entry: a question (its id, text or word diff, where it stands) or an answer.
public struct ReportCell: Sendable {
    /// The id shown above the text; nil for a cell with no question.
    public var reference: String?
    /// Nil for an empty cell (the question has no counterpart, the answer is missing).
    public var spans: [ReportSpan]?
    /// Small print under it: where the question stands.
    public var note: String?
    /// The question it came from, when that had another id.
    public var from: String?

    public init(reference: String? = nil, spans: [ReportSpan]?, note: String? = nil, from: String? = nil) {
        self.reference = reference
        self.spans = spans
        self.note = note
        self.from = from
    }

    public static let empty = ReportCell(spans: nil)
}

extension ReportEntry {
    /// Whether two entries belong under one heading. Groups are often named after a file, and two files
    /// whose names differ only in Unicode normalisation (NFC and NFD) are two files: compared as bytes,
    /// not as canonically equivalent strings.
    static func sameGroup(_ first: ReportEntry, _ second: ReportEntry) -> Bool {
        switch (first.group, second.group) {
        case (nil, nil): true
        case (let one?, let other?): one.utf8.elementsEqual(other.utf8)
        default: false
        }
    }
}
