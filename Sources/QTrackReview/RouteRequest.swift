/// The body of `POST /api/routes`: `{"verdict": "confirm", "question": "4", "lead": "fia", "contributing":
/// ["mofa"]}`. `confirm` makes the route as the page showed it (`lead`, `contributing`) reviewed, refused (409)
/// when the route changed meanwhile; `change` sets the question's agencies; `undo` takes back the last route
/// decision of this session.
public struct RouteRequest: Decodable, Sendable {
    public enum Verdict: String, Decodable, Sendable, CaseIterable {
        case confirm, change, undo
    }

    public var verdict: Verdict
    public var question: String?
    public var lead: String?
    public var contributing: [String]?
    public var note: String?

    public init(verdict: Verdict, question: String? = nil, lead: String? = nil, contributing: [String]? = nil, note: String? = nil) {
        self.verdict = verdict
        self.question = question
        self.lead = lead
        self.contributing = contributing
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case verdict, question, lead, contributing, note
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        verdict = try container.decodeVerdict(Verdict.self, forKey: .verdict)
        question = try container.decodeIfPresent(String.self, forKey: .question)
        lead = try container.decodeIfPresent(String.self, forKey: .lead)
        contributing = try container.decodeIfPresent([String].self, forKey: .contributing)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        if let contributing, contributing.count > 50 { throw ReviewError("a route names at most 50 agencies") }
    }
}
