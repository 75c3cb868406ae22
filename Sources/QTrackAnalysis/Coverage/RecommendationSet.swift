public import QTrackModel

/// One TIP Report's recommendations, as kept in `Mappings/recommendations/<year>.yaml`.
public struct RecommendationSet: Sendable, Hashable, Codable {
    public var report: String
    public var year: Int
    /// Where the texts were found: a document and its paragraphs, or an address.
    public var source: String
    /// False when the list found was cut off; `missing` then says what is not recorded.
    public var complete: Bool
    public var missing: String?
    public var recommendations: [Recommendation]
    /// The file the set was read from (not stored in the YAML).
    public var file: String = ""

    enum CodingKeys: String, CodingKey {
        case report, year, source, complete, missing, recommendations
    }

    public init(
        report: String, year: Int, source: String, complete: Bool, missing: String? = nil, recommendations: [Recommendation],
        file: String = ""
    ) {
        self.report = report
        self.year = year
        self.source = source
        self.complete = complete
        self.missing = missing
        self.recommendations = recommendations
        self.file = file
    }
}

/// One recommendation of a TIP Report.
public struct Recommendation: Sendable, Hashable, Codable {
    /// Unique within its set; `<year>/<id>` across sets ("2009/complicity").
    public var id: String
    public var title: String
    public var text: String
    /// Where in the set's source this recommendation stands ("¶16").
    public var source: String?
    /// Extra words a reviewer added to help find the questions that ask about it.
    public var themes: [String]?

    public init(id: String, title: String, text: String, source: String? = nil, themes: [String]? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.source = source
        self.themes = themes
    }
}

extension RecommendationSet {
    /// True when the set's report was published by the start of `cycle`: a questionnaire is answered on
    /// the recommendations of the reports before it, not on those of later years. Without a cycle, every set applies.
    public func applies(to cycle: Cycle?) -> Bool {
        guard let cycle else { return true }
        return year <= cycle.startYear
    }
}
