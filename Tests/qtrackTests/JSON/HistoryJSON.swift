/// `qtrack history --format json`.
struct HistoryJSON: Decodable {
    var schemaVersion: Int
    var entries: [Entry]

    struct Entry: Decodable {
        var cycle: String
        var id: String
        var kind: String?
        var section: String?
        var number: String?
        var diff: [DiffOperationJSON]
        /// Absent where the cycle has no response.
        var answered: Bool?
    }
}
