import Foundation
import QTrackAnalysis
import QTrackFixtures
import QTrackModel
import QTrackReview
import QTrackTestSupport
import QTrackWorkspace

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A review of the repository's 2020–2021 → 2025 questionnaires, writing its decisions to a fresh folder.
struct ReviewFixture {
    static let old = try! Questionnaire(loading: TestPaths.questionnaire("2020-2021"))
    static let new = try! Questionnaire(loading: TestPaths.questionnaire("2025"))
    static let vocabulary = try! MappingsLocation(root: TestPaths.mappings.path).loadVocabulary()
    static let recommendations = try! RecommendationSet.loadAll(MappingsLocation(root: TestPaths.mappings.path).recommendations)

    let folder: URL
    let session: ReviewSession

    var decisionsFile: String { folder.appendingPathComponent("decisions/2020-2021--2025.yaml").path }

    /// `routingAndTags`: the review also routes 2025's questions to the repository's agencies (routes written
    /// to this folder's `routes/`), and holds an imported recommendations file with proposed tags (`importedFile`).
    init(routingAndTags: Bool = false) throws {
        folder = try TestPaths.temporaryFolder()
        var recommendations = Self.recommendations
        var routing: ReviewRouting?
        if routingAndTags {
            let imported = folder.appendingPathComponent("recommendations/2024.yaml")
            try FileManager.default.createDirectory(at: imported.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(Self.importedText.utf8).write(to: imported)
            recommendations.append(try RecommendationSet.load(path: imported.path))
            routing = ReviewRouting(
                directory: try MappingsLocation(root: TestPaths.mappings.path).loadAgencies(),
                oldRoutesFile: folder.appendingPathComponent("routes/2020-2021.yaml").path,
                routesFile: folder.appendingPathComponent("routes/2025.yaml").path)
        }
        session = ReviewSession(
            old: Self.old, new: Self.new, decisionsFile: folder.appendingPathComponent("decisions/2020-2021--2025.yaml").path,
            linksFile: folder.appendingPathComponent("links/2025.yaml").path, vocabulary: Self.vocabulary,
            recommendations: recommendations, routing: routing)
    }

    var importedFile: String { folder.appendingPathComponent("recommendations/2024.yaml").path }
    var routesFile: String { folder.appendingPathComponent("routes/2025.yaml").path }

    /// Recommendations as `qtrack recommendations import` writes them (tags proposed), with a comment and a key
    /// qtrack does not know, which every tag edit must keep byte for byte.
    static let importedText = """
        # The recommendations of the 2024 TIP Report to Pakistan, imported by `qtrack recommendations import`.
        report: 2024 TIP Report
        year: 2024
        source: a test narrative
        complete: true
        recommendations:
        - id: prosecute-complicit-officials
          title: Prosecute complicit officials
          text: Increase investigations and prosecutions of officials complicit in trafficking, and convict perpetrators.
          source: line 3
          # checked against the printed Report
          subjects:
          - complicit officials
          - perpetrators
          facets:
          - prosecutions
          - convictions
          pillars:
          - prosecution
          reviewerTag: keep me
          proposed:
          - subjects
          - facets
          - pillars
        - id: train-front-line-responders
          title: Train front-line responders
          text: Train front-line responders to identify victims among vulnerable populations.
          subjects: [front-line responders, vulnerable populations]
          facets: [training, identification]
          pillars: [protection]
          proposed: [subjects, facets, pillars]

        """

    func saved() throws -> ReviewedDecisions { try ReviewedDecisions.load(path: decisionsFile) }

    var linksFile: String { folder.appendingPathComponent("links/2025.yaml").path }

    func savedLinks() throws -> RecommendationLinks { try RecommendationLinks.load(path: linksFile) }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Runs the review server on a free port for the length of `body`.
    func withServer(idleSeconds: Int64 = 30, _ body: (_ port: Int, _ token: String) async throws -> Void) async throws {
        let token = ReviewServer.newToken()
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let application = ReviewServer.application(session: session, port: 0, token: token, idleTimeout: .seconds(idleSeconds)) {
            continuation.yield($0)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await application.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { return }
            defer { group.cancelAll() }
            try await body(port, token)
        }
    }

    /// A request to the server, with the headers given.
    static func request(
        _ method: String, _ port: Int, _ path: String, body: String? = nil, headers: [String: String] = [:]
    ) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!, timeoutInterval: 30)
        request.httpMethod = method
        request.httpBody = body.map { Data($0.utf8) }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await HTTP.send(request)
        return (response.statusCode, String(decoding: data, as: UTF8.self))
    }
}
