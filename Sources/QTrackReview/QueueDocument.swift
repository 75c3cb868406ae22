public import QTrackWorkspace

/// `GET /api/queue`: the cards, the session's fixed total and how many of its cards are settled.
public struct QueueDocument: Encodable, Sendable {
    public struct Version: Encodable, Sendable {
        public var cycle: String
        public var file: String
    }

    public struct TierCount: Encodable, Sendable {
        public var tier: String
        public var title: String
        public var open: Int
    }

    public var schemaVersion: Int
    public var old: Version
    public var new: Version
    /// The cards of the queue when the session started; it never moves.
    public var total: Int
    /// How many of those are settled now.
    public var reviewed: Int
    public var tiers: [TierCount]
    public var cards: [ReviewCard]
    public var problems: [MappingProblem]
}

/// The answer to a decision asked with `"reply": "queue"`: the card now holding it, and the queue.
public struct QueueReply: Encodable, Sendable {
    public struct Done: Encodable, Sendable {
        public var card: String?
        public var verdict: String
    }

    public var schemaVersion: Int
    public var done: Done
    public var queue: QueueDocument
}

/// `GET /api/search`: questions of one side matching a number or words.
public struct SearchDocument: Encodable, Sendable {
    public var schemaVersion: Int
    public var side: String
    public var query: String
    public var questions: [Candidate]
}
