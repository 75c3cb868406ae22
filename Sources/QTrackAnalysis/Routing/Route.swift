/// Who answers one question: the lead agency and the ones that contribute, and where the route came from.
public struct Route: Sendable, Hashable, Codable {
    public enum Origin: String, Sendable, Hashable, Codable, CaseIterable {
        /// Read from the questionnaire's own routing line ("*For input from …").
        case questionnaire
        /// Carried from last cycle's route along a certain or reviewed pair.
        case carried
        /// The machine's suggestion, for a person to confirm: from a probable pair, the question's subjects,
        /// its neighbours or its section.
        case proposed
        /// Confirmed or set by a person; nothing but a person changes it.
        case reviewed
    }

    /// The question's id in its cycle.
    public var question: String
    public var lead: String?
    public var contributing: [String]
    public var origin: Origin
    /// Why, in words: "routing line under PROTECTION", "carried from 2020-2021 PROTECTION 3".
    public var basis: String

    public init(question: String, lead: String?, contributing: [String] = [], origin: Origin, basis: String) {
        self.question = question
        self.lead = lead
        self.contributing = contributing.filter { $0 != lead }
        self.origin = origin
        self.basis = basis
    }

    enum CodingKeys: String, CodingKey {
        case question, lead, contributing, origin, basis
    }

    /// A route written by hand may leave out `contributing` and `basis`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            question: try container.decode(String.self, forKey: .question), lead: try container.decodeIfPresent(String.self, forKey: .lead),
            contributing: try container.decodeIfPresent([String].self, forKey: .contributing) ?? [],
            origin: try container.decode(Origin.self, forKey: .origin),
            basis: try container.decodeIfPresent(String.self, forKey: .basis) ?? "")
    }

    /// Every agency that receives the question, the lead first.
    public var agencies: [String] { (lead.map { [$0] } ?? []) + contributing }

    /// The same agencies sent elsewhere: for carrying a route to another question.
    func moved(to question: String, origin: Origin, basis: String) -> Route {
        Route(question: question, lead: lead, contributing: contributing, origin: origin, basis: basis)
    }
}
