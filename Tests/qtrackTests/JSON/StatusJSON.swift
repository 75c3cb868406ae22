/// `qtrack status --format json`.
struct StatusJSON: Decodable {
    var schemaVersion: Int
    var summary: [String: Int]
    var items: [Item]

    struct Item: Decodable {
        var id: String
        var section: String?
        var number: String?
        var state: String
        var answer: String?
        var partial: [String]
    }
}
