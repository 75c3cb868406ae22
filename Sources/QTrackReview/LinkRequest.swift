/// The body of `POST /api/links`: `{"verdict": "link", "recommendation": "2009/complicity", "question": "4",
/// "note": "…"}`. `link` records that the question asks about the recommendation (with its text's
/// fingerprint), `unlink` removes a reviewed link, `undo` takes back the last link decision.
public struct LinkRequest: Decodable, Sendable {
    public var verdict: String
    public var recommendation: String?
    public var question: String?
    public var note: String?

    public init(verdict: String, recommendation: String? = nil, question: String? = nil, note: String? = nil) {
        self.verdict = verdict
        self.recommendation = recommendation
        self.question = question
        self.note = note
    }
}
