/// `qtrack recommendations import --format json`.
struct RecommendationsJSON: Decodable {
    var schemaVersion: Int
    var year: Int
    var complete: Bool
    var recommendations: [Recommendation]

    struct Recommendation: Decodable {
        var id: String
        var title: String
        var text: String
    }
}
