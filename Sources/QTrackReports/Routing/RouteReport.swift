public import QTrackAnalysis
import QTrackModel

/// `qtrack route`: the routing table, one row per question — who answers it and where that came from.
public struct RouteReport: Sendable, DocumentReport {
    public var table: RoutingTable
    public var directory: AgencyDirectory

    public init(_ table: RoutingTable, directory: AgencyDirectory) {
        self.table = table
        self.directory = directory
    }

    /// "questionnaire 62 · carried 20 · proposed 30 · reviewed 1 · unrouted 3".
    var counts: [ReportCount] {
        Route.Origin.allCases.map { ReportCount($0.rawValue, table.count($0), key: $0.rawValue) }
            + [ReportCount("unrouted", table.unrouted.count, key: "unrouted")]
    }

    /// "FIA 80 · MoFA 20 …": how many questions each agency receives.
    var agencyFacts: [String] {
        table.agencies.map {
            "\(directory.shortName($0)) (\(directory.agency($0)?.name ?? $0)): \(table.questions(for: $0).count) questions"
        }
    }

    func agencies(_ route: Route?) -> (lead: String, contributing: String) {
        guard let route, !route.agencies.isEmpty else { return ("—", "") }
        return (route.lead.map(directory.shortName) ?? "—", route.contributing.map(directory.shortName).joined(separator: ", "))
    }

    public func document() -> ReportDocument {
        let rows = table.questions.map { question in
            let route = table.route(question.id)
            let (lead, contributing) = agencies(route)
            let origin = route.flatMap { $0.agencies.isEmpty ? nil : $0.origin.rawValue } ?? "unrouted"
            return [
                ReportTable.Cell(question.number ?? question.id, note: question.section, tooltip: question.text),
                ReportTable.Cell(Excerpt.shorten(question.text, to: 60)),
                ReportTable.Cell(lead), ReportTable.Cell(contributing),
                ReportTable.Cell(origin, strength: origin == "unrouted" ? "weak" : origin == "proposed" ? nil : "strong"),
                ReportTable.Cell(route?.basis ?? "no routing line, pair, subject or neighbour to go by"),
            ]
        }
        var blocks: [ReportBlock] = [
            .summary(counts), .heading("Agencies"), .facts(agencyFacts),
            .table(ReportTable(header: ["question", "text", "lead", "contributing", "from", "why"], rows: rows)),
            .line(
                ReportLine(
                    "from: questionnaire = its routing line · carried = last cycle's route along a pair · proposed = to confirm · reviewed = a person's decision · unrouted = no agency yet",
                    tone: .quiet)),
        ]
        for note in table.notes { blocks.append(.line(ReportLine(note, tone: .warning))) }
        return ReportDocument(title: "Routes of cycle \(table.cycle)", subtitle: "\(table.questions.count) questions", blocks: blocks)
    }

    public func csv() -> String {
        var lines = [["question", "section", "number", "lead", "contributing", "origin", "basis"].joined(separator: ",")]
        for question in table.questions {
            let route = table.route(question.id)
            let origin = route.flatMap { $0.agencies.isEmpty ? nil : $0.origin.rawValue } ?? "unrouted"
            lines.append(
                [
                    question.id, question.section ?? "", question.number ?? "", route?.lead ?? "",
                    (route?.contributing ?? []).joined(separator: " "), origin, route?.basis ?? "",
                ].map(CSV.field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    public func json() -> String {
        JSONOutput.render(
            RouteJSON(
                cycle: table.cycle,
                agencies: directory.agencies.filter { table.agencies.contains($0.id) }.map {
                    RouteJSON.Agency(id: $0.id, name: $0.name, questions: table.questions(for: $0.id).count)
                },
                questions: table.questions.map { question in
                    let route = table.route(question.id)
                    let routed = !(route?.agencies.isEmpty ?? true)
                    return RouteJSON.Question(
                        id: question.id, section: question.section, number: question.number, lead: routed ? route?.lead : nil,
                        contributing: route?.contributing ?? [], origin: routed ? route!.origin.rawValue : "unrouted", basis: route?.basis)
                },
                notes: table.notes))
    }
}

/// `qtrack route --format json`.
struct RouteJSON: Encodable, Sendable {
    struct Agency: Encodable, Sendable {
        var id: String
        var name: String
        var questions: Int
    }

    struct Question: Encodable, Sendable {
        var id: String
        @Nullable var section: String?
        @Nullable var number: String?
        @Nullable var lead: String?
        var contributing: [String]
        var origin: String
        @Nullable var basis: String?
    }

    var schemaVersion = JSONOutput.schemaVersion
    var cycle: String
    var agencies: [Agency]
    var questions: [Question]
    var notes: [String]
}
