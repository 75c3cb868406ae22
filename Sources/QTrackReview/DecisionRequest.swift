import QTrackAnalysis
import QTrackModel

/// The body of `POST /api/decisions`: `{"verdict": "pair", "old": ["protection/1"], "new": ["25"], "note": "…"}`.
/// Old questions are named by id; new ones by id or number, as the alignment JSON shows them.
public struct DecisionRequest: Decodable, Sendable {
    public var verdict: String
    public var old: [String]
    public var new: [String]
    public var note: String?

    public init(verdict: String, old: [String] = [], new: [String] = [], note: String? = nil) {
        self.verdict = verdict
        self.old = old
        self.new = new
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case verdict, old, new, note
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        verdict = try container.decode(String.self, forKey: .verdict)
        old = try container.decodeIfPresent([String].self, forKey: .old) ?? []
        new = try container.decodeIfPresent([String].self, forKey: .new) ?? []
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    /// The verdict it asks for, with every question resolved to its id; nil for `undo`.
    func verdict(old oldVersion: Questionnaire, new newVersion: Questionnaire) throws(ReviewError) -> ReviewVerdict? {
        let oldIDs = try old.map { id throws(ReviewError) in try Self.resolve(id, in: oldVersion, side: "old") }
        let newIDs = try new.map { id throws(ReviewError) in try Self.resolve(id, in: newVersion, side: "new") }
        switch (verdict, oldIDs.count, newIDs.count) {
        case ("undo", 0, 0): return nil
        case ("pair", 1, 1): return .pair(old: oldIDs[0], new: newIDs[0])
        case ("unrelated", 1, 1): return .unrelated(old: oldIDs[0], new: newIDs[0])
        case ("split", 1, 2...): return .split(old: oldIDs[0], new: newIDs)
        case ("merge", 2..., 1): return .merge(old: oldIDs, new: newIDs[0])
        case ("removed", 1, 0): return .removed(old: oldIDs[0])
        case ("added", 0, 1): return .added(new: newIDs[0])
        case ("pair", _, _), ("unrelated", _, _): throw ReviewError("\(verdict) takes one old and one new question")
        case ("split", _, _): throw ReviewError("split takes one old question and two or more new ones")
        case ("merge", _, _): throw ReviewError("merge takes two or more old questions and one new one")
        case ("removed", _, _): throw ReviewError("removed takes one old question and no new one")
        case ("added", _, _): throw ReviewError("added takes one new question and no old one")
        case ("undo", _, _): throw ReviewError("undo takes no questions")
        default:
            throw ReviewError("unknown verdict '\(verdict)' (pair, unrelated, split, merge, removed, added or undo)")
        }
    }

    private static func resolve(_ name: String, in questionnaire: Questionnaire, side: String) throws(ReviewError) -> String {
        if let question = questionnaire.questions.first(where: { $0.id == name }) { return question.id }
        let byNumber = questionnaire.questions.filter { $0.number == name }
        if side == "new", byNumber.count == 1 { return byNumber[0].id }
        throw ReviewError("the \(side) version has no question '\(name)'")
    }
}

/// A request the review cannot take, said in one line (400 Bad Request).
public struct ReviewError: Error, Sendable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
