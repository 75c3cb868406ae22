public import QTrackBase

/// One version of a questionnaire, as the recognizer understood it.
public struct Questionnaire: Sendable, Hashable, Codable {
    public var file: String
    public var title: String?
    public var cycle: Cycle?
    public var reportingPeriod: DateRange?
    /// The date answers are due, ISO 8601 ("2021-01-05").
    public var deadline: String?
    /// Paragraphs before the first section or question, other than the title.
    public var preamble: [String]
    /// In document order. A document without section headings has one section whose `title` is nil.
    public var sections: [Section]
    public var diagnostics: [Diagnostic]
    /// True when the source Word file carries tracked changes (read as accepted unless asked otherwise).
    public var hasTrackedChanges: Bool

    public init(
        file: String, title: String? = nil, cycle: Cycle? = nil, reportingPeriod: DateRange? = nil, deadline: String? = nil,
        preamble: [String] = [], sections: [Section] = [], diagnostics: [Diagnostic] = [], hasTrackedChanges: Bool = false
    ) {
        self.file = file
        self.title = title
        self.cycle = cycle
        self.reportingPeriod = reportingPeriod
        self.deadline = deadline
        self.preamble = preamble
        self.sections = sections
        self.diagnostics = diagnostics
        self.hasTrackedChanges = hasTrackedChanges
    }

    /// Every question in document order.
    public var questions: [Question] { sections.flatMap(\.questions) }

    /// How many questions there are, without gathering them into one array as `questions` does.
    public var questionCount: Int { sections.reduce(0) { $0 + $1.questions.count } }

    /// True when the document has section headings.
    public var hasSections: Bool { sections.contains { $0.title != nil } }

    public func question(id: String) -> Question? {
        questions.first { $0.id == id }
    }
}

/// The years a questionnaire covers, from its title ("2020 – 2021") or its folder name.
public struct Cycle: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var startYear: Int
    public var endYear: Int

    public init(startYear: Int, endYear: Int? = nil) {
        self.startYear = startYear
        self.endYear = endYear ?? startYear
    }

    /// "2020-2021" or "2025", as the folders under `Questionnaires/` are named.
    public var description: String {
        startYear == endYear ? "\(startYear)" : "\(startYear)-\(endYear)"
    }

    public static func < (lhs: Cycle, rhs: Cycle) -> Bool {
        (lhs.startYear, lhs.endYear) < (rhs.startYear, rhs.endYear)
    }

    /// Reads "2020-2021", "2020 – 2021" or "2025".
    public init?(parsing text: String) {
        let years = text.split { !$0.isNumber }.compactMap { Int($0) }.filter { (1900...2199).contains($0) }
        guard let first = years.first, years.count <= 2 else { return nil }
        self.init(startYear: first, endYear: years.count == 2 ? years[1] : first)
    }
}

/// A closed range of dates, ISO 8601.
public struct DateRange: Sendable, Hashable, Codable {
    public var start: String
    public var end: String

    public init(start: String, end: String) {
        self.start = start
        self.end = end
    }
}
