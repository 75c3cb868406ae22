/// The body of `POST /api/tags`: `{"verdict": "remove", "recommendation": "2021/increase-prosecutions", "field":
/// "subjects", "tag": "perpetrators"}`. `confirm` marks the list as checked (it leaves `proposed`), `remove` takes a
/// tag out of it and `add` puts one of `Mappings/vocabulary.yaml` in (both also mark it checked); `undo` takes back
/// the last tag decision of this session.
public struct TagRequest: Decodable, Sendable {
    public enum Verdict: String, Decodable, Sendable, CaseIterable {
        case confirm, remove, add, undo
    }

    public var verdict: Verdict
    public var recommendation: String?
    public var field: String?
    public var tag: String?
    /// `queue`: answer with the queue instead of the coverage.
    public var reply: String?

    public init(verdict: Verdict, recommendation: String? = nil, field: String? = nil, tag: String? = nil, reply: String? = nil) {
        self.verdict = verdict
        self.recommendation = recommendation
        self.field = field
        self.tag = tag
        self.reply = reply
    }

    enum CodingKeys: String, CodingKey {
        case verdict, recommendation, field, tag, reply
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        verdict = try container.decodeVerdict(Verdict.self, forKey: .verdict)
        recommendation = try container.decodeIfPresent(String.self, forKey: .recommendation)
        field = try container.decodeIfPresent(String.self, forKey: .field)
        tag = try container.decodeIfPresent(String.self, forKey: .tag)
        reply = try container.decodeIfPresent(String.self, forKey: .reply)
    }
}

/// `GET /api/vocabulary`: the tags a person may add to a recommendation, per list.
public struct TagVocabulary: Encodable, Sendable {
    public var schemaVersion: Int
    public var subjects: [String]
    public var facets: [String]
    public var pillars: [String]
}
