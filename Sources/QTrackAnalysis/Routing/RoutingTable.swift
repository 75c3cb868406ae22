public import QTrackModel

/// One cycle's routes: for every question of its questionnaire, the agencies that answer it, or none yet.
public struct RoutingTable: Sendable, Hashable {
    public var cycle: String
    /// The questionnaire's questions, in its order.
    public var questions: [Question]
    /// By question id; a question without a route has no agency yet.
    public var routes: [String: Route]
    /// What a person should know: a routing line naming an agency the directory lacks, a reviewed route
    /// whose question no longer exists.
    public var notes: [String]

    public init(cycle: String, questions: [Question], routes: [String: Route] = [:], notes: [String] = []) {
        self.cycle = cycle
        self.questions = questions
        self.routes = routes
        self.notes = notes
    }

    public func route(_ questionID: String) -> Route? { routes[questionID] }

    /// Questions no agency receives.
    public var unrouted: [Question] { questions.filter { routes[$0.id]?.agencies.isEmpty ?? true } }

    /// Every agency that receives at least one question, in the order first met.
    public var agencies: [String] {
        var seen: [String] = []
        for question in questions {
            for agency in routes[question.id]?.agencies ?? [] where !seen.contains(agency) { seen.append(agency) }
        }
        return seen
    }

    /// The questions an agency receives, as lead or contributor, in questionnaire order.
    public func questions(for agency: String) -> [Question] {
        questions.filter { routes[$0.id]?.agencies.contains(agency) == true }
    }

    public func count(_ origin: Route.Origin) -> Int { routes.values.filter { $0.origin == origin && !$0.agencies.isEmpty }.count }
}
