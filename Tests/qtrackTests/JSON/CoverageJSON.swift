/// `qtrack coverage --format json`.
struct CoverageJSON: Decodable {
    var schemaVersion: Int
    var summary: [String: Int]
    var recommendations: [Recommendation]
    var questionsWithoutRecommendation: [QuestionRefJSON]

    struct Recommendation: Decodable {
        var id: String
        var qualifiedId: String
        var set: Int
        var status: String
        var questions: [Question]
    }

    struct Question: Decodable {
        var id: String
        var section: String?
        var number: String?
        var score: Double
        var suspect: Bool
        var broken: Bool
        var reason: String
        var origin: String
        /// With `--response`: answered, placeholder, partial or unanswered.
        var answer: String?
    }
}
