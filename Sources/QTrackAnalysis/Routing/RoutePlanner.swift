public import QTrackModel

/// Works out a cycle's routes, in the order a person would trust them: a person's reviewed routes; the
/// questionnaire's own routing lines; last cycle's routes carried along the pairs (a split sends every
/// part to the same agencies, a merge the union of theirs); and, for what is left, proposals from the
/// question's subjects, its neighbours, its section, or the questionnaire's addressee — marked proposed.
public struct RoutePlanner: Sendable {
    public var directory: AgencyDirectory

    public init(directory: AgencyDirectory) {
        self.directory = directory
    }

    /// `previous` is last cycle's table and `comparison` the diff from last cycle's questionnaire to
    /// `questionnaire`; `reviewed` the routes a person decided for this cycle (`Mappings/routes/<cycle>.yaml`).
    public func plan(
        _ questionnaire: Questionnaire, previous: RoutingTable? = nil, comparison: VersionComparison? = nil, reviewed: [Route] = []
    ) -> RoutingTable {
        var table = RoutingTable(cycle: questionnaire.cycleLabel, questions: questionnaire.questions)
        readRoutingLines(questionnaire, into: &table)
        if let previous, let comparison { carry(previous, along: comparison, into: &table) }
        let ids = Set(table.questions.map(\.id))
        for route in reviewed {
            guard ids.contains(route.question) else {
                table.notes.append("a reviewed route names question \(route.question), which cycle \(table.cycle) does not have")
                continue
            }
            table.routes[route.question] = route
        }
        propose(questionnaire, into: &table)
        return table
    }

    /// Each section's routing lines, for each of its questions.
    private func readRoutingLines(_ questionnaire: Questionnaire, into table: inout RoutingTable) {
        for section in questionnaire.sections where !section.routing.isEmpty {
            let lines = section.routing.map { RoutingLine($0, directory: directory) }
            for line in lines where !line.unknown.isEmpty {
                table.notes.append("the routing line “\(line.text)” names “\(line.unknown)”, which agencies.yaml does not know")
            }
            let lead = lines.compactMap(\.lead).first
            let contributing = lines.flatMap { [$0.lead].compactMap { $0 } + $0.contributing }
            guard lead != nil else { continue }
            let basis = "routing line under \(section.title ?? "the questionnaire"): “\(section.routing.joined(separator: " / "))”"
            for question in section.questions {
                table.routes[question.id] = Route(
                    question: question.id, lead: lead, contributing: unique(contributing), origin: .questionnaire, basis: basis)
            }
        }
    }

    /// Last cycle's routes, onto the questions paired with theirs that have no route of their own.
    private func carry(_ previous: RoutingTable, along comparison: VersionComparison, into table: inout RoutingTable) {
        var sources: [String: [(change: QuestionChange, route: Route)]] = [:]
        for change in comparison.changes {
            guard let old = change.old, let new = change.new, let route = previous.routes[old.id], !route.agencies.isEmpty else { continue }
            sources[new.id, default: []].append((change, route))
        }
        for question in table.questions where table.routes[question.id] == nil {
            guard let found = sources[question.id], let first = found.first else { continue }
            // Carried as settled only when every pair is certain and every route it comes from was settled.
            let settled = found.allSatisfy { $0.change.certainty == .certain && $0.route.origin != .proposed }
            let places = found.compactMap { $0.change.old.map { Self.place($0, cycle: previous.cycle) } }.joined(separator: " and ")
            let why = found.contains { $0.change.certainty == .probable } ? " (a probable pair: check it)" : ""
            let was = found.contains { $0.route.origin == .proposed } ? " (where it was proposed)" : ""
            table.routes[question.id] = Route(
                question: question.id, lead: first.route.lead, contributing: unique(found.flatMap(\.route.agencies)),
                origin: settled ? .carried : .proposed, basis: "carried from \(places)\(why)\(was)")
        }
    }

    /// Proposals for the questions still without a route; the routes made above are their evidence.
    private func propose(_ questionnaire: Questionnaire, into table: inout RoutingTable) {
        let settled = table.routes
        let hasRoutingLines = questionnaire.sections.contains { !$0.routing.isEmpty }
        let addressed =
            directory.coordinator.map { coordinator in
                directory.agencies(namedIn: questionnaire.title ?? "").ids.contains(coordinator.id)
            } ?? false
        for section in questionnaire.sections {
            for (index, question) in section.questions.enumerated() where settled[question.id] == nil {
                if hasRoutingLines, section.routing.isEmpty, addressed, let coordinator = directory.coordinator {
                    table.routes[question.id] = Route(
                        question: question.id, lead: coordinator.id, origin: .proposed,
                        basis: "the questionnaire is addressed to \(coordinator.shortName) and this section has no routing line")
                } else if let route = bySubjects(question) {
                    table.routes[question.id] = route
                } else if let route = byNeighbours(question, index: index, in: section, settled: settled) {
                    table.routes[question.id] = route
                } else if let route = bySection(question, in: section, settled: settled) {
                    table.routes[question.id] = route
                }
            }
        }
    }

    /// The agencies whose subjects the question's text names; the coordinator leads when there is one.
    private func bySubjects(_ question: Question) -> Route? {
        let text = " " + AgencyDirectory.words(question.fullText).joined(separator: " ") + " "
        var matched: [(id: String, words: [String])] = []
        for agency in directory.agencies {
            let words = agency.subjects.filter { subject in
                text.contains(" " + AgencyDirectory.words(subject).joined(separator: " "))
            }
            if !words.isEmpty { matched.append((agency.id, words)) }
        }
        guard !matched.isEmpty else { return nil }
        let coordinator = directory.coordinator?.id
        let lead = coordinator ?? matched[0].id
        let named = matched.map { "\(directory.shortName($0.id)) (\($0.words.joined(separator: ", ")))" }.joined(separator: "; ")
        return Route(question: question.id, lead: lead, contributing: matched.map(\.id), origin: .proposed, basis: "its subjects: \(named)")
    }

    /// The route of the questions just before and after, when both have the same settled one.
    private func byNeighbours(_ question: Question, index: Int, in section: Section, settled: [String: Route]) -> Route? {
        guard index > 0, index + 1 < section.questions.count, let before = settled[section.questions[index - 1].id],
            let after = settled[section.questions[index + 1].id], before.agencies == after.agencies, before.origin != .proposed,
            after.origin != .proposed
        else { return nil }
        return before.moved(to: question.id, origin: .proposed, basis: "the questions before and after it go to the same agencies")
    }

    /// The route most of its section's questions have, when the section has a title.
    private func bySection(_ question: Question, in section: Section, settled: [String: Route]) -> Route? {
        guard let title = section.title else { return nil }
        let routes = section.questions.compactMap { settled[$0.id] }.filter { $0.origin != .proposed }
        var counts: [[String]: Int] = [:]
        for route in routes { counts[route.agencies, default: 0] += 1 }
        guard let (agencies, count) = counts.max(by: { ($0.value, $1.key.joined()) < ($1.value, $0.key.joined()) }),
            count * 2 > section.questions.count, let model = routes.first(where: { $0.agencies == agencies })
        else { return nil }
        return model.moved(to: question.id, origin: .proposed, basis: "most questions of \(title) go to these agencies")
    }

    /// "2020-2021 PROTECTION 3": where a question stood, as a person looks it up.
    static func place(_ question: Question, cycle: String) -> String {
        ([cycle] + [question.section, question.number].compactMap { $0 }).joined(separator: " ")
            + (question.number == nil ? " \(question.id)" : "")
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen: [String] = []
        for id in ids where !seen.contains(id) { seen.append(id) }
        return seen
    }
}
