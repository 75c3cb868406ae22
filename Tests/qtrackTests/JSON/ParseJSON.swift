/// `qtrack parse --format json`, the parts the tests read.
struct ParseJSON: Decodable {
    var schemaVersion: Int
    var title: String?
    var sections: [Section]

    struct Section: Decodable {
        var slug: String
        var title: String?
        var questions: [Question]
    }

    struct Question: Decodable {
        var id: String
        var section: String?
        var number: String?
        var notes: [Note]
    }

    struct Note: Decodable {
        var kind: String
        var text: String
    }
}
