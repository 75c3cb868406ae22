/// Reviewed links from recommendations to the questions of one cycle, kept in `Mappings/links/<cycle>.yaml`.
/// Each link records the fingerprint of the question text it was reviewed against: when the text
/// changes the link becomes suspect, and when the question goes the link is broken.
public struct RecommendationLinks: Sendable, Hashable, Codable {
    public struct Link: Sendable, Hashable, Codable {
        /// `<year>/<id>`, such as `2009/complicity`.
        public var recommendation: String
        /// The question id in the cycle's questionnaire.
        public var question: String
        /// The question's fingerprint when the link was last reviewed.
        public var fingerprint: String?
        public var note: String?

        public init(recommendation: String, question: String, fingerprint: String? = nil, note: String? = nil) {
            self.recommendation = recommendation
            self.question = question
            self.fingerprint = fingerprint
            self.note = note
        }
    }

    /// A recommendation a reviewer says this cycle's questionnaire does not ask about.
    public struct NotAsked: Sendable, Hashable, Codable {
        public var recommendation: String
        public var note: String?

        public init(recommendation: String, note: String? = nil) {
            self.recommendation = recommendation
            self.note = note
        }
    }

    public var cycle: String
    public var links: [Link]
    public var notAsked: [NotAsked]

    public init(cycle: String, links: [Link], notAsked: [NotAsked] = []) {
        self.cycle = cycle
        self.links = links
        self.notAsked = notAsked
    }

    enum CodingKeys: String, CodingKey {
        case cycle, links, notAsked
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        cycle = try container.decode(String.self, forKey: .cycle)
        links = try container.decodeIfPresent([Link].self, forKey: .links) ?? []
        notAsked = try container.decodeIfPresent([NotAsked].self, forKey: .notAsked) ?? []
    }

    /// `notAsked` is left out when empty, so that a file without it reads as it always did.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(cycle, forKey: .cycle)
        try container.encode(links, forKey: .links)
        if !notAsked.isEmpty { try container.encode(notAsked, forKey: .notAsked) }
    }
}
