/// A person's decision on one question's route, as the review page makes it: confirm the route as it is,
/// or set its agencies. Applying it changes that one route and nothing else.
public struct RouteDecision: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        /// The route as proposed or carried is right.
        case confirm
        /// These agencies answer it instead.
        case change(lead: String, contributing: [String])
    }

    public var question: String
    public var action: Action
    /// The person's reason, kept with the route.
    public var note: String?

    public init(question: String, action: Action, note: String? = nil) {
        self.question = question
        self.action = action
        self.note = note
    }
}

/// A route decision that cannot be applied, in words a person can act on.
public struct RouteDecisionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}

extension RoutingTable {
    /// The table with `decision` applied: that question's route becomes reviewed; every other route is as it was.
    public func applying(_ decision: RouteDecision, directory: AgencyDirectory) throws(RouteDecisionError) -> RoutingTable {
        guard questions.contains(where: { $0.id == decision.question }) else {
            throw RouteDecisionError(reason: "question \(decision.question) is not in cycle \(cycle)")
        }
        var table = self
        let basis = decision.note.map { "reviewed: \($0)" } ?? "reviewed"
        switch decision.action {
        case .confirm:
            guard let route = routes[decision.question], !route.agencies.isEmpty else {
                throw RouteDecisionError(reason: "question \(decision.question) has no route to confirm; choose its agencies")
            }
            table.routes[decision.question] = route.moved(to: decision.question, origin: .reviewed, basis: basis)
        case .change(let lead, let contributing):
            for id in [lead] + contributing where directory.agency(id) == nil {
                throw RouteDecisionError(reason: "no agency '\(id)' in agencies.yaml")
            }
            table.routes[decision.question] = Route(
                question: decision.question, lead: lead, contributing: contributing, origin: .reviewed, basis: basis)
        }
        return table
    }
}
