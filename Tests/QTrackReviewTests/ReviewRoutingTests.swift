import Foundation
import QTrackAnalysis
import QTrackReview
import QTrackWorkspace
import Testing

/// The review's routing part and imported recommendations' tags: each action changes one route or one tag list
/// in its file, nothing else; undo is the inverse applied to the file as it is now.
@Suite("Review: routes and tags")
struct ReviewRoutingTests {
    @Test("routes: the ones to check first; confirm and change write one route each; a stale confirm is 409; undo")
    func routes() async throws {
        let fixture = try ReviewFixture(routingAndTags: true)
        defer { fixture.remove() }
        let session = fixture.session
        let start = try await session.routes()
        #expect(start.cycle == "2025")
        #expect(start.routes.count == ReviewFixture.new.questions.count)
        let ranks = start.routes.map { ["unrouted": 0, "proposed": 1, "reviewed": 3][$0.origin] ?? 2 }
        #expect(ranks == ranks.sorted(), "no agency yet and proposed come first, reviewed last")
        #expect(start.agencies.contains { $0.id == "mofa" && $0.short == "MoFA" })
        let proposed = try #require(start.routes.first { $0.origin == "proposed" })
        let unrouted = try #require(start.routes.first { $0.origin == "unrouted" })

        // Confirming a route as the page showed it makes it reviewed.
        _ = try await session.decideRoute(
            RouteRequest(verdict: .confirm, question: proposed.question.ref, lead: proposed.lead, contributing: proposed.contributing))
        let afterConfirm = try RouteFile.load(path: fixture.routesFile)
        let confirmed = try #require(afterConfirm.routes.first { $0.question == proposed.question.ref })
        #expect(confirmed.origin == .reviewed)
        #expect(confirmed.lead == proposed.lead)

        // Choosing the agencies of a question without any changes that route and no other.
        _ = try await session.decideRoute(
            RouteRequest(verdict: .change, question: unrouted.question.ref, lead: "mofa", contributing: ["mohr"]))
        let afterChange = try RouteFile.load(path: fixture.routesFile)
        let changed = try #require(afterChange.routes.first { $0.question == unrouted.question.ref })
        #expect(changed.lead == "mofa" && changed.contributing == ["mohr"] && changed.origin == .reviewed)
        #expect(
            afterChange.routes.filter { $0.question != unrouted.question.ref }
                == afterConfirm.routes.filter { $0.question != unrouted.question.ref }, "one action, one route")
        let routed = try await session.routes()
        #expect(routed.routes.first { $0.question.ref == unrouted.question.ref }?.origin == "reviewed")

        // Refused, nothing written: a confirm of agencies that are no longer the route's, an unknown agency, no lead.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: fixture.routesFile))
        await #expect {
            _ = try await session.decideRoute(
                RouteRequest(verdict: .confirm, question: unrouted.question.ref, lead: "fia", contributing: []))
        } throws: { ($0 as? ReviewError)?.status == .conflict }
        await #expect {
            _ = try await session.decideRoute(RouteRequest(verdict: .change, question: unrouted.question.ref, lead: "nasa"))
        } throws: { ($0 as? ReviewError)?.description.contains("no agency 'nasa'") == true }
        await #expect(throws: ReviewError.self) {
            _ = try await session.decideRoute(RouteRequest(verdict: .change, question: "999", lead: "fia"))
        }
        await #expect(throws: ReviewError.self) { _ = try await session.decideRoute(RouteRequest(verdict: .change, question: "3")) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.routesFile)) == bytes, "nothing refused was written")

        // An edit made on disk meanwhile survives the undo, which takes back only the last decision.
        // (The file holds only the routes a person decided: a third question's route is added by hand.)
        let other = try #require(
            routed.routes.first { $0.question.ref != unrouted.question.ref && $0.question.ref != proposed.question.ref })
        var edited = try RouteFile.load(path: fixture.routesFile)
        edited.routes.append(Route(question: other.question.ref, lead: "labour", origin: .reviewed, basis: "by hand"))
        try edited.save(to: fixture.routesFile)
        _ = try await session.decideRoute(RouteRequest(verdict: .undo))
        let undone = try RouteFile.load(path: fixture.routesFile)
        #expect(undone.routes.first { $0.question == unrouted.question.ref }?.origin != .reviewed)
        #expect(undone.routes.first { $0.question == other.question.ref }?.lead == "labour", "the hand edit survives the undo")
        #expect(undone.routes.first { $0.question == proposed.question.ref }?.origin == .reviewed, "the earlier decision stays")
    }

    @Test("tags: confirm a proposed list, remove a tag, add one from the vocabulary, undo; the rest of the file byte for byte")
    func tags() async throws {
        let fixture = try ReviewFixture(routingAndTags: true)
        defer { fixture.remove() }
        let session = fixture.session
        let ref = "2024/prosecute-complicit-officials"
        let card = try #require(try await session.queue().cards.first { $0.id == "r:" + ref })
        #expect(card.recommendation?.proposed == ["subjects", "facets", "pillars"])
        #expect(card.recommendation?.subjects == ["complicit officials", "perpetrators"])

        _ = try await session.decideTags(TagRequest(verdict: .confirm, recommendation: ref, field: "pillars"))
        var text = try String(contentsOfFile: fixture.importedFile, encoding: .utf8)
        #expect(text == ReviewFixture.importedText.replacingOccurrences(of: "  - facets\n  - pillars\n", with: "  - facets\n"))

        _ = try await session.decideTags(TagRequest(verdict: .remove, recommendation: ref, field: "subjects", tag: "perpetrators"))
        _ = try await session.decideTags(TagRequest(verdict: .add, recommendation: ref, field: "facets", tag: "sentences"))
        let set = try RecommendationSet.load(path: fixture.importedFile)
        let edited = try #require(set.recommendations.first)
        #expect(edited.subjects == ["complicit officials"])
        #expect(edited.facets == ["prosecutions", "convictions", "sentences"])
        #expect(edited.proposed == nil, "every list is checked: the recommendation reads as reviewed")
        text = try String(contentsOfFile: fixture.importedFile, encoding: .utf8)
        #expect(text.contains("  # checked against the printed Report\n") && text.contains("  reviewerTag: keep me\n"))
        #expect(text.hasSuffix(ReviewFixture.importedText.components(separatedBy: "- id: train-front-line-responders")[1]))
        let reread = try await session.queue().cards.first { $0.id == "r:" + ref }?.recommendation
        #expect(reread?.facets?.contains("sentences") == true, "the card shows the tags as the file has them now")

        // Refused, nothing written: a tag the vocabulary lacks, a tag not on the list, a list that is no tag list.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: fixture.importedFile))
        for request in [
            TagRequest(verdict: .add, recommendation: ref, field: "facets", tag: "astrology"),
            TagRequest(verdict: .remove, recommendation: ref, field: "subjects", tag: "perpetrators"),
            TagRequest(verdict: .confirm, recommendation: ref, field: "title"),
            TagRequest(verdict: .confirm, recommendation: "2024/nothing", field: "subjects"),
        ] {
            await #expect(throws: ReviewError.self) { _ = try await session.decideTags(request) }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.importedFile)) == bytes)

        // Undo twice: the facet added and the subject removed come back as they were, still proposed.
        _ = try await session.decideTags(TagRequest(verdict: .undo))
        _ = try await session.decideTags(TagRequest(verdict: .undo))
        let back = try #require(try RecommendationSet.load(path: fixture.importedFile).recommendations.first)
        #expect(back.subjects == ["complicit officials", "perpetrators"])
        #expect(back.facets == ["prosecutions", "convictions"])
        #expect(back.proposed == ["subjects", "facets"])
    }

    @Test("the new endpoints: token, origin and host as for decisions; malformed bodies 400")
    func guarded() async throws {
        let fixture = try ReviewFixture(routingAndTags: true)
        defer { fixture.remove() }
        try await fixture.withServer { port, token in
            let route = #"{"verdict":"change","question":"3","lead":"fia"}"#
            let tag = #"{"verdict":"confirm","recommendation":"2024/prosecute-complicit-officials","field":"subjects"}"#
            #expect(try await ReviewFixture.request("POST", port, "/api/routes", body: route).status == 403)
            #expect(try await ReviewFixture.request("POST", port, "/api/tags", body: tag).status == 403)
            let foreign = ["X-QTrack-Token": token, "Origin": "http://evil.example"]
            #expect(try await ReviewFixture.request("POST", port, "/api/routes", body: route, headers: foreign).status == 403)
            #expect(
                try await ReviewFixture.request("GET", port, "/api/routes", headers: ["Host": "evil.example:\(port)"]).status == 403)
            let good = ["X-QTrack-Token": token, "Origin": "http://127.0.0.1:\(port)"]
            #expect(try await ReviewFixture.request("POST", port, "/api/routes", body: #"{"verdict":"fly"}"#, headers: good).status == 400)
            #expect(try await ReviewFixture.request("POST", port, "/api/tags", body: "[", headers: good).status == 400)
            #expect(!FileManager.default.fileExists(atPath: fixture.routesFile), "nothing refused was written")
            let routed = try await ReviewFixture.request("POST", port, "/api/routes", body: route, headers: good)
            #expect(routed.status == 200)
            #expect(routed.body.contains(#""done":"3""#))
            let stale = #"{"verdict":"confirm","question":"3","lead":"mofa","contributing":[]}"#
            #expect(try await ReviewFixture.request("POST", port, "/api/routes", body: stale, headers: good).status == 409)
            let tagged = try await ReviewFixture.request("POST", port, "/api/tags", body: tag, headers: good)
            #expect(tagged.status == 200)
            let vocabulary = try await ReviewFixture.request("GET", port, "/api/vocabulary")
            #expect(vocabulary.body.contains(#""pillars":["prosecution","protection","prevention","partnership"]"#))
        }
    }
}
