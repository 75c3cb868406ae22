/// One card of the review: one group a person decides on at once (see `docs/review-api.md`).
public struct ReviewCard: Encodable, Sendable, Hashable {
    public enum Kind: String, Encodable, Sendable, Hashable {
        case pair, split, merge, noCounterpart, unrelated, group, link
    }

    /// The queue's sections, in their order.
    public enum Tier: String, Encodable, Sendable, Hashable, CaseIterable, Comparable {
        case certain, probable, suggested, noCounterpart, coverage

        public static func < (lhs: Tier, rhs: Tier) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public enum State: String, Encodable, Sendable, Hashable {
        case proposed, reviewed
    }

    public var id: String
    public var kind: Kind
    public var tier: Tier
    public var state: State
    public var old: [CardQuestion]
    public var new: [CardQuestion]
    public var evidence: [String]
    public var diff: [Segment]
    public var candidates: [Candidate]
    public var note: String?
    public var recommendation: CardRecommendation?
    public var links: [CardLink]

    /// A run of the word diff.
    public struct Segment: Encodable, Sendable, Hashable {
        public var op: String
        public var text: String
    }
}

/// A question as a card shows it.
public struct CardQuestion: Encodable, Sendable, Hashable {
    public var ref: String
    public var number: String?
    public var section: String?
    public var label: String
    public var text: String
}

/// A question a card offers to pick, and whether it is already decided elsewhere.
public struct Candidate: Encodable, Sendable, Hashable {
    public var ref: String
    public var side: String
    public var label: String
    public var text: String
    public var score: Double?
    public var evidence: [String]
    public var reviewedIn: Elsewhere?
    public var proposedIn: Elsewhere?
}

/// Where a question already is: the card, its other members, and that said in words.
public struct Elsewhere: Encodable, Sendable, Hashable {
    public var card: String
    public var label: String
    public var says: String
}

/// The recommendation of a coverage card.
public struct CardRecommendation: Encodable, Sendable, Hashable {
    public var ref: String
    public var year: Int
    public var title: String
    public var text: String
    /// `covered`, `weak`, `uncovered`, or `notAsked` when a person said this year does not ask about it.
    public var status: String
    /// Its tags, as its file has them (absent when the file gives none).
    public var subjects: [String]?
    public var facets: [String]?
    public var pillars: [String]?
    /// The tag lists still as `recommendations import` proposed them, not yet checked by a person.
    public var proposed: [String]?
}

/// A reviewed link of a coverage card.
public struct CardLink: Encodable, Sendable, Hashable {
    public var question: CardQuestion?
    public var ref: String
    public var suspect: Bool
    public var broken: Bool
    public var note: String?
}
