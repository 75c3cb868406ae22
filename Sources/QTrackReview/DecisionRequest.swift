public import QTrackAnalysis
public import QTrackModel

/// The body of `POST /api/decisions`: `{"verdict": "pair", "old": ["protection/1"], "new": ["25"], "note": "…"}`,
/// with `card`, `take` and `reply` as `docs/review-api.md` says. Old questions are named by id; new ones by id
/// or number, as the alignment JSON shows them.
public struct DecisionRequest: Decodable, Sendable {
    public enum Verdict: String, Decodable, Sendable, CaseIterable {
        case pair, unrelated, split, merge, removed, added, confirm, confirmAll, withdraw, undo
    }

    public var verdict: Verdict
    public var old: [String]
    public var new: [String]
    public var note: String?
    /// The card the action settles (a reviewed card's id for `withdraw`, a proposed one's for `confirm`).
    public var card: String?
    /// The proposed cards `confirmAll` confirms as they stand.
    public var cards: [String]
    /// What to do with a question of another reviewed decision; refused (409) when absent.
    public var take: TakePolicy?
    /// `queue`: answer with the queue instead of the alignment.
    public var reply: String?

    public init(
        verdict: Verdict, old: [String] = [], new: [String] = [], note: String? = nil, card: String? = nil, cards: [String] = [],
        take: TakePolicy? = nil, reply: String? = nil
    ) {
        self.cards = cards
        self.verdict = verdict
        self.old = old
        self.new = new
        self.note = note
        self.card = card
        self.take = take
        self.reply = reply
    }

    enum CodingKeys: String, CodingKey {
        case verdict, old, new, note, card, cards, take, reply
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        verdict = try container.decodeVerdict(Verdict.self, forKey: .verdict)
        old = try container.decodeIfPresent([String].self, forKey: .old) ?? []
        new = try container.decodeIfPresent([String].self, forKey: .new) ?? []
        note = try container.decodeIfPresent(String.self, forKey: .note)
        card = try container.decodeIfPresent(String.self, forKey: .card)
        cards = try container.decodeIfPresent([String].self, forKey: .cards) ?? []
        let take = try container.decodeIfPresent(String.self, forKey: .take)
        if let take, TakePolicy(rawValue: take) == nil { throw ReviewError("unknown take '\(take)' (move or refuse)") }
        self.take = take.flatMap(TakePolicy.init(rawValue:))
        reply = try container.decodeIfPresent(String.self, forKey: .reply)
    }

    /// The verdict it asks for, with every question resolved to its id; nil for the verdicts that name cards.
    func verdict(old oldVersion: Questionnaire, new newVersion: Questionnaire) throws(ReviewError) -> ReviewVerdict? {
        let oldIDs = try old.map { id throws(ReviewError) in try Self.resolve(id, in: oldVersion, side: "old") }
        let newIDs = try new.map { id throws(ReviewError) in try Self.resolve(id, in: newVersion, side: "new") }
        for (side, ids) in [("old", oldIDs), ("new", newIDs)] {
            if let twice = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
                throw ReviewError("the \(side) question \(twice) is named twice")
            }
        }
        switch (verdict, oldIDs.count, newIDs.count) {
        case (.undo, 0, 0), (.withdraw, 0, 0), (.confirm, 0, 0), (.confirmAll, 0, 0): return nil
        case (.pair, 1, 1): return .pair(old: oldIDs[0], new: newIDs[0])
        case (.unrelated, 1, 1...), (.unrelated, 2..., 1): return .unrelated(old: oldIDs, new: newIDs)
        case (.split, 1, 2...): return .split(old: oldIDs[0], new: newIDs)
        case (.merge, 2..., 1): return .merge(old: oldIDs, new: newIDs[0])
        case (.removed, 1, 0): return .removed(old: oldIDs[0])
        case (.added, 0, 1): return .added(new: newIDs[0])
        case (.pair, _, _): throw ReviewError("pair takes one old and one new question")
        case (.unrelated, _, _): throw ReviewError("unrelated takes one old question and new ones, or old ones and one new question")
        case (.split, _, _): throw ReviewError("split takes one old question and two or more new ones")
        case (.merge, _, _): throw ReviewError("merge takes two or more old questions and one new one")
        case (.removed, _, _): throw ReviewError("removed takes one old question and no new one")
        case (.added, _, _): throw ReviewError("added takes one new question and no old one")
        case (.undo, _, _), (.withdraw, _, _), (.confirm, _, _), (.confirmAll, _, _):
            throw ReviewError("\(verdict.rawValue) takes no questions")
        }
    }

    static func resolve(_ name: String, in questionnaire: Questionnaire, side: String) throws(ReviewError) -> String {
        if let question = questionnaire.questions.first(where: { $0.id == name }) { return question.id }
        let byNumber = questionnaire.questions.filter { $0.number == name }
        if side == "new", byNumber.count == 1 { return byNumber[0].id }
        throw ReviewError("the \(side) version has no question '\(name)'")
    }
}
