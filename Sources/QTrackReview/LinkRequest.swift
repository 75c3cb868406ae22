public import QTrackAnalysis

/// The body of `POST /api/links`: `{"verdict": "link", "recommendation": "2009/complicity", "question": "4",
/// "note": "…"}`. `link` records that the question asks about the recommendation (with its text's
/// fingerprint), `unlink` removes a reviewed link, `notAsked` records that this year's questionnaire does not
/// ask about the recommendation, `withdraw` takes that back, `undo` takes back the last link decision.
public struct LinkRequest: Decodable, Sendable {
    public enum Verdict: String, Decodable, Sendable, CaseIterable {
        case link, unlink, notAsked, withdraw, undo
    }

    public var verdict: Verdict
    public var recommendation: String?
    public var question: String?
    public var note: String?
    public var take: TakePolicy?
    /// `queue`: answer with the queue instead of the coverage.
    public var reply: String?

    public init(
        verdict: Verdict, recommendation: String? = nil, question: String? = nil, note: String? = nil, take: TakePolicy? = nil,
        reply: String? = nil
    ) {
        self.verdict = verdict
        self.recommendation = recommendation
        self.question = question
        self.note = note
        self.take = take
        self.reply = reply
    }

    enum CodingKeys: String, CodingKey {
        case verdict, recommendation, question, note, take, reply
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        verdict = try container.decodeVerdict(Verdict.self, forKey: .verdict)
        recommendation = try container.decodeIfPresent(String.self, forKey: .recommendation)
        question = try container.decodeIfPresent(String.self, forKey: .question)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        let take = try container.decodeIfPresent(String.self, forKey: .take)
        if let take, TakePolicy(rawValue: take) == nil { throw ReviewError("unknown take '\(take)' (move or refuse)") }
        self.take = take.flatMap(TakePolicy.init(rawValue:))
        reply = try container.decodeIfPresent(String.self, forKey: .reply)
    }
}
