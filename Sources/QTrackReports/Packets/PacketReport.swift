public import Foundation
public import QTrackAnalysis
public import QTrackModel

/// One agency's packet: a Word document with a cover page (agency, cycle, reporting period, due date, its
/// questions), then its questions in questionnaire order, numbered as in the full questionnaire, each with
/// last cycle's answer carried (marked as last year's) or an empty answer slot in the Answer style.
/// The packet says what it is inside the file (`PacketIdentity`), so a renamed or re-saved one is recognised.
public struct PacketReport: Sendable {
    public var agency: Agency
    public var table: RoutingTable
    public var directory: AgencyDirectory
    public var questionnaire: Questionnaire
    /// Last cycle's answers, by new question id, when a response was given.
    public var draft: DraftPlan?
    /// The date the agency should answer by (ISO 8601), when given.
    public var due: String?

    public init(
        agency: Agency, table: RoutingTable, directory: AgencyDirectory, questionnaire: Questionnaire, draft: DraftPlan?, due: String?
    ) {
        self.agency = agency
        self.table = table
        self.directory = directory
        self.questionnaire = questionnaire
        self.draft = draft
        self.due = due
    }

    public var questions: [Question] { table.questions(for: agency.id) }

    public var identity: PacketIdentity { PacketIdentity(agency: agency.id, cycle: table.cycle, questions: questions.map(\.id)) }

    /// "2025-mofa.docx".
    public var fileName: String { "\(table.cycle)-\(agency.id).docx" }

    /// Who else receives a question, in words for the agency reading it.
    func role(_ route: Route?) -> String? {
        guard let route else { return nil }
        let others = route.agencies.filter { $0 != agency.id }.map(directory.shortName)
        if route.lead == agency.id {
            return others.isEmpty
                ? "qtrack: your agency answers this question."
                : "qtrack: your agency leads this question; \(others.joined(separator: ", ")) also contribute."
        }
        return "qtrack: \(route.lead.map(directory.shortName) ?? "another agency") leads this question; please give your agency's part."
    }

    public func docx() throws -> Data {
        var document = WordDocument()
        let cycle = table.cycle
        document.header = "\(agency.shortName) · \(cycle) · \(questionnaire.headline)"
        document.pageNumbers = true
        document.customProperties = identity.properties
        document.append(WordParagraph(style: .title, text: PacketIdentity.title(agencyName: agency.name)))
        var facts = [
            "qtrack: agency: \(agency.name) (\(agency.shortName))", "qtrack: questionnaire: \(questionnaire.headline), cycle \(cycle)",
        ]
        if let period = questionnaire.reportingPeriod { facts.append("qtrack: reporting period: \(period.start) to \(period.end)") }
        if let due = due ?? questionnaire.deadline { facts.append("qtrack: please answer by \(due)") }
        facts.append(
            "qtrack: write each answer in the empty paragraph under its question (or over last year's answer). Leave the grey qtrack lines as they are; you may rename the file."
        )
        facts.append("qtrack: your \(questions.count) questions: " + questions.map { $0.number ?? $0.id }.joined(separator: ", "))
        for line in facts { document.append(WordParagraph(style: .guidance, text: line)) }
        document.append(WordParagraph(style: .guidance, text: identity.line))
        let previous = Dictionary((draft?.entries ?? []).map { ($0.question.id, $0) }, uniquingKeysWith: { first, _ in first })
        var section: String?? = .none
        var first = true
        for question in questions {
            if section != .some(question.section), let title = question.section {
                var heading = WordParagraph(style: .heading, text: title)
                heading.pageBreakBefore = first
                first = false
                document.append(heading)
            }
            section = .some(question.section)
            var paragraph = WordParagraph(style: .question, text: [question.label, question.text].compactMap { $0 }.joined(separator: " "))
            paragraph.pageBreakBefore = first
            first = false
            document.append(paragraph)
            for item in question.subItems { document.append(WordParagraph(style: .questionItem, text: "\(item.label) \(item.text)")) }
            if let role = role(table.route(question.id)) { document.append(WordParagraph(style: .guidance, text: role)) }
            guard let answer = previous[question.id]?.previousAnswer, !answer.isEmpty else {
                document.append(WordParagraph(style: .answer, text: ""))
                continue
            }
            let from = draft.map { $0.previous.cycle?.description ?? $0.previous.file } ?? "last cycle"
            document.append(WordParagraph(style: .guidance, text: "qtrack: last year's answer (\(from)): update it or type over it."))
            for text in answer.paragraphs {
                var carried = WordParagraph(style: .answer, text: text)
                carried.tag = DraftMarks.carriedTag(for: text)
                document.append(carried)
            }
            for table in answer.tables {
                document.blocks.append(.table(table.rows.map { row in row.map { [WordParagraph(text: $0)] } }))
            }
        }
        return try WordPackage.data(document)
    }
}
