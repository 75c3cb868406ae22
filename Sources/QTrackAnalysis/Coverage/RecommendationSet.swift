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
    /// What it is about, in a reviewer's words ("bonded labor", "complicit officials"): a question that names
    /// one of them is about the recommendation. Older files call them `themes`.
    public var subjects: [String]?
    /// What it asks for: facets of `Mappings/vocabulary.yaml` ("investigations", "victim-care").
    public var facets: [String]?
    /// Where the TIP Report places it: pillars of `Mappings/vocabulary.yaml` ("prosecution"), main one first.
    public var pillars: [String]?
    /// The tag lists still as `recommendations import` proposed them ("subjects", "facets", "pillars"): a person
    /// removes a name once they have checked that list. Coverage reads proposed tags as it reads reviewed ones.
    public var proposed: [String]?

    public init(
        id: String, title: String, text: String, source: String? = nil, subjects: [String]? = nil, facets: [String]? = nil,
        pillars: [String]? = nil, proposed: [String]? = nil
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.source = source
        self.subjects = subjects
        self.facets = facets
        self.pillars = pillars
        self.proposed = proposed
    }

    /// The tag lists a recommendation carries, by the names `proposed` uses.
    public static let tagFields = ["subjects", "facets", "pillars"]

    /// True when a person has checked at least one of its tag lists (a hand-written recommendation has no `proposed`).
    public var hasReviewedTags: Bool {
        !Set(Self.tagFields).isSubset(of: Set(proposed ?? []))
    }

    enum CodingKeys: String, CodingKey {
        case id, title, text, source, subjects, themes, facets, pillars, proposed
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        text = try container.decode(String.self, forKey: .text)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        let subjects = try container.decodeIfPresent([String].self, forKey: .subjects)
        let themes = try container.decodeIfPresent([String].self, forKey: .themes)
        self.subjects = subjects == nil && themes == nil ? nil : (subjects ?? []) + (themes ?? [])
        facets = try container.decodeIfPresent([String].self, forKey: .facets)
        pillars = try container.decodeIfPresent([String].self, forKey: .pillars)
        proposed = try container.decodeIfPresent([String].self, forKey: .proposed)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(subjects, forKey: .subjects)
        try container.encodeIfPresent(facets, forKey: .facets)
        try container.encodeIfPresent(pillars, forKey: .pillars)
        try container.encodeIfPresent(proposed, forKey: .proposed)
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
