import Foundation
import QTrackBase
import QTrackDocuments
import QTrackModel
import QTrackRecognition
import QTrackReports
import QTrackTestSupport
import QTrackWorkspace
import Testing

@testable import QTrackAnalysis

@Suite("Routing")
struct RoutingTests {
    static let directory = AgencyDirectory(agencies: [
        Agency(id: "fia", name: "Federal Investigation Agency", names: ["FIA", "MOI/FIA"], coordinator: true),
        Agency(id: "mofa", name: "Ministry of Foreign Affairs", names: ["MoFA"], subjects: ["embassies"]),
        Agency(id: "mophrd", name: "Ministry of Overseas Pakistanis and Human Resource Development", names: ["MOPHRD"]),
        Agency(id: "mohr", name: "Ministry of Human Rights", names: ["MoHR"]),
        Agency(id: "social-welfare", name: "Provincial Social Welfare Departments", names: ["Provincial Departments of Social Welfare"]),
    ])

    @Test(
        "the six routing lines of 2020-2021, read as printed",
        arguments: [
            ("*For input multiple agencies, including Ministry of Foreign Affairs", "fia", ["mofa"]),
            (
                "For input from multiple agencies, including MOPHRD, Ministry of Human Rights, and Provincial Social Welfare Departments",
                "fia",
                ["mophrd", "mohr", "social-welfare"]
            ),
            ("For Ministry of Overseas Pakistanis and Human Resource Development", "mophrd", []),
            (
                "For input from multiple agencies, including Provincial Departments of Social Welfare, MoHR, and MoFA", "fia",
                ["social-welfare", "mohr", "mofa"]
            ),
            (
                "For input from multiple agencies including MoFA, MoHR, MOPHRD, and Provincial Social Welfare Departments", "fia",
                ["mofa", "mohr", "mophrd", "social-welfare"]
            ),
            ("For input from multiple agencies including MOPHRD", "fia", ["mophrd"]),
        ])
    func routingLines(_ example: (String, String, [String])) {
        let line = RoutingLine(example.0, directory: Self.directory)
        #expect(line.lead == example.1)
        #expect(line.contributing == example.2)
        #expect(line.unknown.isEmpty, "\(line.unknown)")
    }

    @Test("a name the directory lacks is told, not dropped")
    func unknownName() {
        #expect(RoutingLine("For input from multiple agencies including NACTA", directory: Self.directory).unknown == "nacta")
    }

    static func question(_ id: String, _ text: String, section: String? = nil) -> Question {
        Question(id: id, section: section, number: id, label: "\(id).", text: text, location: SourceLocation(file: "q"))
    }

    static func change(_ old: Question?, _ new: Question?, kinds: [ChangeKind], certainty: Certainty? = nil) -> QuestionChange {
        QuestionChange(kinds: kinds, old: old, new: new, similarity: 0.8, confidence: 0.8, origin: .similarity, certainty: certainty)
    }

    @Test("a split sends both parts to the same agencies, a merge the union, a probable pair only proposes")
    func carrying() {
        let a = Self.question("a", "Old A")
        let b = Self.question("b", "Old B")
        let c = Self.question("c", "Old C")
        let previous = RoutingTable(
            cycle: "2020", questions: [a, b, c],
            routes: [
                "a": Route(question: "a", lead: "fia", contributing: ["mofa"], origin: .questionnaire, basis: "line"),
                "b": Route(question: "b", lead: "mophrd", origin: .questionnaire, basis: "line"),
                "c": Route(question: "c", lead: "mohr", origin: .reviewed, basis: "reviewed"),
            ])
        let one = Self.question("1", "New one")
        let two = Self.question("2", "New two")
        let three = Self.question("3", "New three")
        let four = Self.question("4", "New four")
        let old = Questionnaire(
            file: "2020/q.txt", sections: [Section(title: nil, slug: "", questions: [a, b, c], location: SourceLocation(file: "q"))])
        let new = Questionnaire(
            file: "2021/q.txt",
            sections: [Section(title: nil, slug: "", questions: [one, two, three, four], location: SourceLocation(file: "q"))])
        let comparison = VersionComparison(
            old: old, new: new,
            changes: [
                Self.change(a, one, kinds: [.split]), Self.change(a, two, kinds: [.split]),
                Self.change(b, three, kinds: [.merged]), Self.change(c, three, kinds: [.merged]),
                Self.change(c, four, kinds: [.reworded], certainty: .probable),
            ], sectionChanges: [], headerChanges: [], diagnostics: [])
        let table = RoutePlanner(directory: Self.directory).plan(new, previous: previous, comparison: comparison)
        #expect(table.route("1")?.agencies == ["fia", "mofa"])
        #expect(table.route("2")?.agencies == ["fia", "mofa"])
        #expect(table.route("1")?.origin == .carried)
        #expect(Set(table.route("3")?.agencies ?? []) == ["mophrd", "mohr"])
        #expect(table.route("4")?.agencies == ["mohr"])
        #expect(table.route("4")?.origin == .proposed)
    }

    @Test("applying one route decision changes that route and no other")
    func decision() throws {
        let questions = [Self.question("1", "One"), Self.question("2", "Two")]
        let table = RoutingTable(
            cycle: "2025", questions: questions,
            routes: [
                "1": Route(question: "1", lead: "fia", origin: .proposed, basis: "subjects"),
                "2": Route(question: "2", lead: "mofa", origin: .proposed, basis: "subjects"),
            ])
        let changed = try table.applying(
            RouteDecision(question: "1", action: .change(lead: "mophrd", contributing: ["mohr"])), directory: Self.directory)
        #expect(changed.route("1")?.agencies == ["mophrd", "mohr"])
        #expect(changed.route("1")?.origin == .reviewed)
        #expect(changed.route("2") == table.route("2"))
        #expect(throws: RouteDecisionError.self) {
            try table.applying(RouteDecision(question: "1", action: .change(lead: "nobody", contributing: [])), directory: Self.directory)
        }
        // Through the file: read, that one route changed, written back; a person's other routes kept as they were.
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("routes/2025.yaml").path
        var kept = table
        kept.routes["2"] = Route(question: "2", lead: "mohr", origin: .reviewed, basis: "reviewed: by hand")
        try RouteFile(kept).save(to: path)
        _ = try RouteFile.apply(RouteDecision(question: "1", action: .confirm), table: table, directory: Self.directory, path: path)
        let reviewed = try RouteFile.reviewed(path: path)
        #expect(reviewed.map(\.question) == ["1", "2"])
        #expect(reviewed.last?.lead == "mohr")
    }

    /// The repository's own cycles: 2025 through the pairs from 2020-2021.
    static func repositoryRoutes() async throws -> (RouteJob.Result, CheckResult) {
        let layout = try RepositoryLayout.discover(questionnaires: TestPaths.questionnaires.path, mappings: TestPaths.mappings.path)
        let result = try await RouteJob(layout: layout, cycle: "2025", loading: DocumentLoading()).run(
            response: TestPaths.questionnaire("2020-2021", "response-sample.txt"))
        let check = try await RepositoryCheck.run(layout, loading: DocumentLoading(), parts: [.diffs])
        return (result, check)
    }

    @Test("every 2025 question whose counterpart sat under a routing line goes to that line's agencies")
    func repositoryCarried() async throws {
        let (result, check) = try await Self.repositoryRoutes()
        let old = try #require(check.questionnaires["2020-2021"])
        let lines = Dictionary(
            uniqueKeysWithValues: old.sections.map { section in
                (
                    section.title ?? "",
                    section.routing.flatMap { line in
                        let read = RoutingLine(line, directory: result.directory)
                        return [read.lead].compactMap { $0 } + read.contributing
                    }
                )
            })
        let diff = try #require(check.diffs.first)
        var routed = 0
        for change in diff.changes {
            guard let from = change.old, let to = change.new, let agencies = lines[from.section ?? ""], !agencies.isEmpty else { continue }
            let route = try #require(result.table.route(to.id), "\(to.id)")
            #expect(Set(agencies).isSubset(of: Set(route.agencies)), "\(from.id) → \(to.id)")
            #expect(route.origin != .questionnaire, "2025 has no routing lines of its own")
            routed += 1
        }
        #expect(routed >= 10)
        #expect(result.table.questions.count == 85)
        #expect(result.table.unrouted.allSatisfy { result.table.route($0.id) == nil || result.table.route($0.id)!.agencies.isEmpty })
    }

    @Test("a packet for every agency, each holding exactly its questions, numbered as in the questionnaire")
    func packets() async throws {
        let (result, _) = try await Self.repositoryRoutes()
        #expect(result.table.agencies.count >= 5)
        for id in result.table.agencies {
            let agency = try #require(result.directory.agency(id))
            let report = PacketReport(
                agency: agency, table: result.table, directory: result.directory, questionnaire: result.questionnaire, draft: result.draft,
                due: "2025-04-30")
            let data = try report.docx()
            let document = try DocxReader().read(data: data, file: report.fileName)
            #expect(PacketIdentity(properties: document.properties.custom) == report.identity)
            let read = QuestionnaireRecognizer().recognizeResponse(document, template: result.questionnaire)
            #expect(read.questions.map(\.id) == result.table.questions(for: id).map(\.id), "\(id)")
            #expect(read.questions.map(\.number) == result.table.questions(for: id).map(\.number))
        }
    }
}
