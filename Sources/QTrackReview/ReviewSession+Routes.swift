import Foundation
public import QTrackAnalysis
import QTrackModel
import QTrackWorkspace

/// The routing part: who answers each question of the new version. Routes are worked out as `qtrack route`
/// works them out (the old version's routing lines and reviewed routes, carried along the pairs, then
/// proposals), and each decision changes one route of `Mappings/routes/<cycle>.yaml` through `RouteFile.apply`,
/// under the Mappings lock.
extension ReviewSession {
    /// The new version's routing table, with the decisions and reviewed routes on disk now.
    func routingTable(_ routing: ReviewRouting) throws -> RoutingTable {
        let planner = RoutePlanner(directory: routing.directory)
        let oldTable = planner.plan(old, reviewed: try RouteFile.reviewed(path: routing.oldRoutesFile))
        return planner.plan(
            new, previous: oldTable, comparison: try comparison(), reviewed: try RouteFile.reviewed(path: routing.routesFile))
    }

    /// `GET /api/routes`.
    public func routes(done: String? = nil) throws -> RoutesDocument {
        guard let routing else { throw ReviewError("this review has no agencies to route to (Mappings/agencies.yaml)", status: .notFound) }
        let table = try routingTable(routing)
        let entries = table.questions.map { question -> RoutesDocument.RouteEntry in
            let route = table.routes[question.id]
            let origin = route.map { $0.agencies.isEmpty ? "unrouted" : $0.origin.rawValue } ?? "unrouted"
            return RoutesDocument.RouteEntry(
                question: ReviewQueue.cardQuestion(question), lead: route?.lead, contributing: route?.contributing ?? [],
                origin: origin, says: Self.routeWords(origin), basis: route?.basis ?? "")
        }
        let rank = ["unrouted": 0, "proposed": 1, "questionnaire": 2, "carried": 2, "reviewed": 3]
        let ordered = entries.enumerated().sorted { (rank[$0.element.origin] ?? 2, $0.offset) < (rank[$1.element.origin] ?? 2, $1.offset) }
        return RoutesDocument(
            schemaVersion: 1, cycle: table.cycle, done: done,
            agencies: routing.directory.agencies.map { .init(id: $0.id, name: $0.name, short: $0.shortName, names: $0.names) },
            routes: ordered.map(\.element), notes: table.notes)
    }

    static func routeWords(_ origin: String) -> String {
        switch origin {
        case "questionnaire": "read from the questionnaire (a line under its section says who answers)"
        case "carried": "carried from last year: the same question went to these agencies"
        case "proposed": "proposed by the machine: check it"
        case "reviewed": "reviewed: a person decided it"
        default: "no agency yet: choose who answers it"
        }
    }

    /// `POST /api/routes`: one route decision, changing that question's route and nothing else.
    public func decideRoute(_ request: RouteRequest) throws -> RoutesDocument {
        guard let routing else { throw ReviewError("this review has no agencies to route to (Mappings/agencies.yaml)", status: .notFound) }
        if request.verdict == .undo {
            guard let last = routesUndoStack.popLast() else { throw ReviewError("no route decision to undo") }
            // The inverse of that one decision, on the file as it is now: every other route stays as it is.
            try RouteFile.restore(question: last.question, to: last.before, cycle: new.cycleLabel, path: routing.routesFile)
            return try routes(done: last.question)
        }
        guard let id = request.question else { throw ReviewError("\(request.verdict.rawValue) takes a question") }
        guard let question = new.question(id: id) ?? new.questions.first(where: { $0.number == id }) else {
            throw ReviewError("the new version has no question '\(id)'")
        }
        let table = try routingTable(routing)
        let current = table.routes[question.id]
        let action: RouteDecision.Action
        switch request.verdict {
        case .confirm:
            // The person confirms what they saw: a route changed on disk meanwhile is not confirmed unseen.
            if let lead = request.lead, current?.lead != lead || Set(current?.contributing ?? []) != Set(request.contributing ?? []) {
                throw ReviewError(
                    "the route of \(QuestionLabel.label(question)) changed since the page showed it (now: \(agencyWords(current, routing))); look again",
                    status: .conflict, conflicts: ["route:" + question.id])
            }
            action = .confirm
        case .change:
            guard let lead = request.lead, !lead.isEmpty else { throw ReviewError("change takes a lead agency") }
            let contributing = (request.contributing ?? []).filter { $0 != lead }
            if Set(contributing).count != contributing.count { throw ReviewError("an agency is named twice") }
            action = .change(lead: lead, contributing: contributing)
        case .undo:
            throw ReviewError("undo takes no question")
        }
        let decision = RouteDecision(question: question.id, action: action, note: Self.note(request.note))
        do {
            _ = try table.applying(decision, directory: routing.directory)
        } catch {
            throw ReviewError(error.reason)
        }
        let before = try MappingsLock.withLock(for: routing.routesFile) { () throws -> Route? in
            let exists = FileManager.default.fileExists(atPath: routing.routesFile)
            let before = exists ? try RouteFile.load(path: routing.routesFile).routes.first { $0.question == question.id } : current
            _ = try RouteFile.apply(decision, table: table, directory: routing.directory, path: routing.routesFile)
            return before
        }
        routesUndoStack.append(RouteUndo(question: question.id, before: before))
        return try routes(done: question.id)
    }

    private func agencyWords(_ route: Route?, _ routing: ReviewRouting) -> String {
        guard let route, !route.agencies.isEmpty else { return "no agency" }
        return route.agencies.map(routing.directory.shortName).joined(separator: ", ")
    }
}
