/// `GET /api/routes` and the answer to `POST /api/routes`: the new version's routes, the ones a person should
/// look at first (no agency yet, then proposed), then the others in questionnaire order, reviewed last.
public struct RoutesDocument: Encodable, Sendable {
    public struct AgencyEntry: Encodable, Sendable, Hashable {
        public var id: String
        public var name: String
        /// The short form a table shows ("MoFA").
        public var short: String
        public var names: [String]
    }

    public struct RouteEntry: Encodable, Sendable, Hashable {
        public var question: CardQuestion
        public var lead: String?
        public var contributing: [String]
        /// `unrouted` (no agency yet), `proposed`, `questionnaire`, `carried` or `reviewed`.
        public var origin: String
        /// Where the route comes from, in plain words.
        public var says: String
        /// The machine's reason, as `qtrack route` prints it.
        public var basis: String
    }

    public var schemaVersion: Int
    public var cycle: String
    /// The question the last action decided, in answers to `POST /api/routes`.
    public var done: String?
    public var agencies: [AgencyEntry]
    public var routes: [RouteEntry]
    /// What a person should know about the table (a routing line naming an unknown agency, …).
    public var notes: [String]
}
