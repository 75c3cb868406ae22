/// `qtrack check --format json`, the parts the tests read.
struct CheckJSON: Decodable {
    var schemaVersion: Int
    var responses: [Response]
    var findings: [Finding]

    struct Response: Decodable {
        var cycle: String
        var path: String
    }

    struct Finding: Decodable {
        var kind: String
        var check: String
        var message: String
        var failing: Bool
    }
}
