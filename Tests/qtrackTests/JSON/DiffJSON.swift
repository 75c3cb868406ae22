/// `qtrack diff --format json`.
struct DiffJSON: Decodable {
    var schemaVersion: Int
    var old: Version
    var new: Version
    var summary: [String: Int]
    var changes: [Change]

    struct Version: Decodable {
        var cycle: String
        var path: String
        var questionCount: Int
    }

    struct Change: Decodable {
        var kind: String
        var kinds: [String]
        var old: QuestionRefJSON?
        var new: QuestionRefJSON?
        var certainty: String?
        var similarity: Double?
        var confidence: Double?
        var ambiguous: Bool
        var diff: [DiffOperationJSON]
    }
}
