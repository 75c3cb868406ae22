public import QTrackBase
public import QTrackModel

/// How well a questionnaire asks about each recommendation.
public struct Coverage: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case covered
        case weak
        case uncovered
        /// A reviewer said this year's questionnaire does not ask about it (`notAsked:` in the links file): a decision,
        /// not a gap.
        case notAsked

        /// How a report names it.
        public var words: String {
            switch self {
            case .covered, .weak, .uncovered: rawValue
            case .notAsked: "not asked this year"
            }
        }
    }

    public struct Item: Sendable, Hashable {
        public var set: RecommendationSet
        public var recommendation: Recommendation
        public var status: Status
        /// Best first.
        public var questions: [CoveringQuestion]

        /// `<year>/<id>`.
        public var qualifiedID: String { RecommendationSet.key(year: set.year, id: recommendation.id) }
    }

    public struct CoveringQuestion: Sendable, Hashable {
        public enum Origin: String, Sendable, Hashable, Codable {
            case auto
            case link
        }

        /// The question id (kept for a broken link, whose question no longer exists).
        public var id: String
        public var question: Question?
        public var score: Double
        public var origin: Origin
        /// A link whose question's text changed since it was reviewed.
        public var suspect: Bool
        /// A link whose question no longer exists.
        public var broken: Bool
        public var reason: String
    }

    public var questionnaire: Questionnaire
    public var items: [Item]
    /// Questions no recommendation reached, in document order.
    public var questionsWithoutRecommendation: [Question]
    public var diagnostics: [Diagnostic]
    /// The score from which an automatic match alone covers a recommendation.
    public var coveredScore: Double

    /// True when this question alone covers its recommendation: a sound reviewed link, or a strong enough match.
    public func covers(_ question: CoveringQuestion) -> Bool {
        Self.covers(question, coveredScore: coveredScore)
    }

    static func covers(_ question: CoveringQuestion, coveredScore: Double) -> Bool {
        !question.broken
            && ((question.origin == .link && !question.suspect) || (question.origin == .auto && question.score >= coveredScore))
    }

    public func count(_ status: Status) -> Int { items.filter { $0.status == status }.count }
    public var suspectLinks: Int { items.flatMap(\.questions).filter(\.suspect).count }
    public var brokenLinks: Int { items.flatMap(\.questions).filter(\.broken).count }
}
