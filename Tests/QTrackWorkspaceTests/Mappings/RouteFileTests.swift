import Foundation
import QTrackAnalysis
import QTrackBase
import QTrackModel
import QTrackTestSupport
import Testing

@testable import QTrackWorkspace

/// `Mappings/routes/<cycle>.yaml` is a file a person reviews and edits by hand while review pages and `route --save`
/// write to it: every write must change only the route it is about, under the Mappings lock, and keep what qtrack
/// does not understand.
@Suite("Routes files")
struct RouteFileTests {
    static let directory = AgencyDirectory(agencies: [
        Agency(id: "fia", name: "Federal Investigation Agency", names: ["FIA"], coordinator: true),
        Agency(id: "mofa", name: "Ministry of Foreign Affairs", names: ["MoFA"]),
        Agency(id: "mohr", name: "Ministry of Human Rights", names: ["MoHR"]),
    ])

    static func table(_ count: Int) -> RoutingTable {
        let questions = (1...count).map { number in
            Question(
                id: "\(number)", section: nil, number: "\(number)", label: "\(number).", text: "Question \(number)?",
                location: SourceLocation(file: "q"))
        }
        let routes = Dictionary(
            uniqueKeysWithValues: questions.map { ($0.id, Route(question: $0.id, lead: "fia", origin: .proposed, basis: "its subjects")) })
        return RoutingTable(cycle: "2025", questions: questions, routes: routes)
    }

    static func folder() throws -> URL { try TestPaths.temporaryFolder().appendingPathComponent("Mappings") }

    @Test("a decision rewrites its own route in place; a comment, a made-up key and the other routes stay byte for byte")
    func keepsWhatItDoesNotKnow() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let path = root.appendingPathComponent("routes/2025.yaml").path
        let written = """
            # Routes of 2025, checked by the FIA desk officer.
            cycle: "2025"
            routes:
              - question: "1"
                lead: fia
                origin: proposed
                basis: its subjects
                # asked MoFA by phone on 3 March
                follow_up: call again in April
              - question: "2"
                lead: mohr
                contributing: [mofa]
                origin: reviewed
                basis: "reviewed: by hand"
                desk: Islamabad
            future_field: kept

            """
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(written.utf8).write(to: URL(fileURLWithPath: path))

        let problems = MappingsSchema.problems(routesFile: path)
        #expect(problems.map(\.key) == ["follow_up", "desk", "future_field"], "each unknown key named")
        #expect(problems.map(\.line) == [9, 15, 16], "with its line")

        let decision = RouteDecision(question: "1", action: .change(lead: "mofa", contributing: ["fia"]))
        _ = try RouteFile.apply(decision, table: Self.table(2), directory: Self.directory, path: path)
        let after = try String(contentsOfFile: path, encoding: .utf8)
        let lines = after.components(separatedBy: "\n")
        #expect(lines.prefix(3) == written.components(separatedBy: "\n").prefix(3), "the comment and cycle as written")
        #expect(
            after.contains("    # asked MoFA by phone on 3 March\n    follow_up: call again in April\n"), "its own comment and key kept")
        #expect(after.hasSuffix(written.components(separatedBy: "\n").suffix(8).joined(separator: "\n")), "route 2 and the rest untouched")
        let route = try RouteFile.load(path: path).routes.first
        #expect(route?.lead == "mofa" && route?.contributing == ["fia"] && route?.origin == .reviewed)
        #expect(MappingsSchema.problems(routesFile: path).map(\.key) == ["follow_up", "desk", "future_field"], "still reported")
    }

    @Test("twenty writers deciding twenty routes at once: every decision is in the file")
    func concurrentWriters() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let path = root.appendingPathComponent("routes/2025.yaml").path
        let table = Self.table(20)
        try RouteFile(table).save(to: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for question in table.questions {
                group.addTask {
                    let decision = RouteDecision(question: question.id, action: .change(lead: "mohr", contributing: []))
                    _ = try RouteFile.apply(decision, table: table, directory: Self.directory, path: path)
                }
            }
            try await group.waitForAll()
        }
        let reviewed = try RouteFile.reviewed(path: path)
        #expect(reviewed.count == 20, "no decision lost to another writer")
        #expect(reviewed.map(\.question) == table.questions.map(\.id), "in questionnaire order, each edited in place")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(MappingsLock.fileName).path), "Mappings/.qtrack.lock")
    }

    @Test("route --save recomputes proposals but never replaces a person's reviewed route")
    func saveKeepsReviewed() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let path = root.appendingPathComponent("routes/2025.yaml").path
        var table = Self.table(3)
        _ = try RouteFile.apply(
            RouteDecision(question: "2", action: .change(lead: "mofa", contributing: [])), table: table, directory: Self.directory,
            path: path)
        table.routes["3"] = Route(question: "3", lead: "mohr", origin: .proposed, basis: "neighbours")
        try RouteFile(table).save(to: path)
        let routes = try RouteFile.load(path: path).routes
        #expect(routes.map(\.question) == ["2", "1", "3"], "the reviewed route where it was, the others added")
        #expect(routes[0].lead == "mofa" && routes[0].origin == .reviewed)
        #expect(routes[2].lead == "mohr")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try RouteFile(table).save(to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "saving the same routes again changes no byte")
    }
}
