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

    public var cycle: String
    public var links: [Link]

    public init(cycle: String, links: [Link]) {
        self.cycle = cycle
        self.links = links
    }
}
