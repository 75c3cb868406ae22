import Foundation
import QTrackReview
import Testing

/// The review server is local and guarded: it answers only to its own host, takes decisions only from its
/// own page (token, origin), bounds what it reads, and serves nothing but the page and the API.
@Suite("Review server")
struct ReviewServerTests {
    @Test("the page carries the token; the API gives the alignment and takes a decision")
    func api() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        try await fixture.withServer { port, token in
            let page = try await ReviewFixture.request("GET", port, "/")
            #expect(page.status == 200)
            #expect(page.body.contains("<meta name=\"qtrack-token\" content=\"\(token)\">"))
            #expect(!page.body.contains("src=\"http"), "no external resource")
            let alignment = try await ReviewFixture.request("GET", port, "/api/alignment")
            #expect(alignment.status == 200)
            #expect(alignment.body.contains("\"candidates\""))
            let decided = try await ReviewFixture.request(
                "POST", port, "/api/decisions", body: #"{"verdict":"pair","old":["protection/1"],"new":["25"]}"#,
                headers: ["X-QTrack-Token": token, "Origin": "http://127.0.0.1:\(port)"])
            #expect(decided.status == 200)
            #expect(decided.body.contains("paired by a reviewer's decision"))
            #expect(try fixture.saved().pairs.map(\.old) == ["protection/1"])
        }
    }

    @Test("refused: no token, a wrong token, another origin, another host; too large; anything else is not served")
    func refusals() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        try await fixture.withServer { port, token in
            let decision = #"{"verdict":"removed","old":["protection/1"]}"#
            let noToken = try await ReviewFixture.request("POST", port, "/api/decisions", body: decision)
            #expect(noToken.status == 403)
            let wrongToken = try await ReviewFixture.request(
                "POST", port, "/api/decisions", body: decision, headers: ["X-QTrack-Token": String(token.reversed())])
            #expect(wrongToken.status == 403)
            let otherOrigin = try await ReviewFixture.request(
                "POST", port, "/api/decisions", body: decision, headers: ["X-QTrack-Token": token, "Origin": "http://evil.example"])
            #expect(otherOrigin.status == 403)
            let linkWithoutToken = try await ReviewFixture.request(
                "POST", port, "/api/links", body: #"{"verdict":"link","recommendation":"2009/complicity","question":"2"}"#)
            #expect(linkWithoutToken.status == 403)
            let otherHost = try await ReviewFixture.request("GET", port, "/api/alignment", headers: ["Host": "evil.example:\(port)"])
            #expect(otherHost.status == 403)
            let large = try await ReviewFixture.request(
                "POST", port, "/api/decisions", body: String(repeating: " ", count: 100_000) + decision, headers: ["X-QTrack-Token": token])
            #expect(large.status == 413)
            let bad = try await ReviewFixture.request("POST", port, "/api/decisions", body: "{", headers: ["X-QTrack-Token": token])
            #expect(bad.status == 400)
            #expect(try await ReviewFixture.request("GET", port, "/etc/passwd").status == 404)
            #expect(try await ReviewFixture.request("GET", port, "/../Mappings/register.yaml").status == 404)
            #expect(!FileManager.default.fileExists(atPath: fixture.decisionsFile), "nothing refused was written")
            #expect(!FileManager.default.fileExists(atPath: fixture.linksFile))
        }
    }

    @Test("concurrent POSTs: every decision is saved")
    func concurrentPosts() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        try await fixture.withServer { port, token in
            let ids = (1...12).map { "victim-identification-and-referral/\($0 <= 11 ? $0 : 1)" }
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for id in Set(ids) {
                    group.addTask {
                        try await ReviewFixture.request(
                            "POST", port, "/api/decisions", body: #"{"verdict":"removed","old":["\#(id)"]}"#,
                            headers: ["X-QTrack-Token": token]
                        ).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == 200 })
            #expect(Set(try fixture.saved().alone.compactMap(\.old)) == Set(ids))
        }
    }
}
