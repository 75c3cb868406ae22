import Foundation

/// qtrack's JSON as a test reads it: decoded into the test's own `Decodable` structs (one per document, in this
/// folder), so a renamed or retyped field fails by name instead of reading as nil.
enum OutputJSON {
    static func decode<Document: Decodable>(_ type: Document.Type, from text: String) throws -> Document {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    static func decode<Document: Decodable>(_ type: Document.Type, from file: URL) throws -> Document {
        try JSONDecoder().decode(type, from: try Data(contentsOf: file))
    }
}

/// The keys an object holds, present even when their value is null: what a contract promises to write.
struct JSONKeys: Decodable {
    var keys: Set<String>

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        keys = Set(try decoder.container(keyedBy: Key.self).allKeys.map(\.stringValue))
    }
}

/// A question as the reports name it.
struct QuestionRefJSON: Decodable, Equatable {
    var id: String
    var section: String?
    var number: String?
}

/// One step of a word diff.
struct DiffOperationJSON: Decodable {
    var op: String
    var text: String
}
