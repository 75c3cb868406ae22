import Foundation
import QTrackAnalysis
import QTrackReview
import QTrackWorkspace
import Testing

/// Decisions taken in a review: saved at once, in the file `diff` reads, and honoured by the matcher.
@Suite("Review decisions")
struct ReviewSessionTests {
    @Test("confirm, refuse, split, merge, no counterpart and undo: each saved and honoured by the next alignment")
    func verdicts() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        let session = fixture.session
        _ = try await session.decide(DecisionRequest(verdict: "pair", old: ["human-trafficking-trends/1"], new: ["76"], note: "trends"))
        _ = try await session.decide(
            DecisionRequest(verdict: "unrelated", old: ["human-trafficking-related-complicity-and-corruption/6"], new: ["84"]))
        _ = try await session.decide(DecisionRequest(verdict: "split", old: ["human-trafficking-trends/5"], new: ["77", "78"]))
        _ = try await session.decide(
            DecisionRequest(verdict: "merge", old: ["law-enforcement-training/1", "law-enforcement-training/2"], new: ["13"]))
        _ = try await session.decide(DecisionRequest(verdict: "removed", old: ["protection/15"]))
        let saved = try fixture.saved()
        #expect(saved.pairs.map { [$0.old, $0.new] }.contains(["human-trafficking-trends/1", "76"]))
        #expect(saved.pairs.first { $0.old == "human-trafficking-trends/1" }?.note == "trends")
        #expect(saved.unrelated.map(\.new) == ["84"])
        #expect(saved.alone.map(\.old) == ["protection/15"])

        let comparison = try await session.comparison()
        func partners(ofOld id: String) -> Set<String> {
            Set(comparison.changes.filter { $0.old?.id == id }.compactMap(\.new?.id))
        }
        #expect(partners(ofOld: "human-trafficking-trends/1") == ["76"])
        #expect(partners(ofOld: "human-trafficking-trends/5") == ["77", "78"])
        #expect(partners(ofOld: "law-enforcement-training/1") == ["13"])
        #expect(partners(ofOld: "law-enforcement-training/2") == ["13"])
        #expect(comparison.changes.contains { $0.old?.id == "human-trafficking-trends/5" && $0.kinds.contains(.split) })
        #expect(comparison.changes.first { $0.old?.id == "protection/15" }?.kind == .removed)
        #expect(
            !comparison.changes.contains { $0.old?.id == "human-trafficking-related-complicity-and-corruption/6" && $0.new?.id == "84" })
        #expect(comparison.diagnostics.isEmpty)

        _ = try await session.decide(DecisionRequest(verdict: "undo"))
        #expect(try fixture.saved().alone.isEmpty, "undo takes back the last decision")
        #expect(try fixture.saved().pairs.count == 5)
    }

    @Test("a decision replaces what was decided before about the same questions")
    func changeOfMind() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        _ = try await fixture.session.decide(DecisionRequest(verdict: "pair", old: ["protection/1"], new: ["26"]))
        _ = try await fixture.session.decide(DecisionRequest(verdict: "pair", old: ["protection/1"], new: ["25"]))
        _ = try await fixture.session.decide(DecisionRequest(verdict: "unrelated", old: ["protection/1"], new: ["25"]))
        let saved = try fixture.saved()
        #expect(saved.pairs.isEmpty)
        #expect(saved.unrelated.map { [$0.old, $0.new] } == [["protection/1", "25"]])
    }

    @Test("a wrong request is refused with a reason, and nothing is written")
    func refusals() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        let cases: [(DecisionRequest, String)] = [
            (DecisionRequest(verdict: "pair", old: ["protection/99"], new: ["1"]), "the old version has no question 'protection/99'"),
            (
                DecisionRequest(verdict: "split", old: ["protection/1"], new: ["25"]),
                "split takes one old question and two or more new ones"
            ),
            (DecisionRequest(verdict: "marry", old: ["protection/1"], new: ["25"]), "unknown verdict 'marry'"),
            (DecisionRequest(verdict: "undo"), "nothing to undo"),
        ]
        for (request, message) in cases {
            await #expect {
                try await fixture.session.decide(request)
            } throws: { error in
                String(describing: error).hasPrefix(message)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.decisionsFile))
    }

    @Test("concurrent decisions: none is lost")
    func concurrent() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        let removed = (1...19).map { "protection/\($0)" }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for id in removed {
                group.addTask { _ = try await fixture.session.decide(DecisionRequest(verdict: "removed", old: [id])) }
            }
            try await group.waitForAll()
        }
        #expect(Set(try fixture.saved().alone.compactMap(\.old)) == Set(removed))
    }

    @Test("the file's comments are kept, and a change made on disk meanwhile is built upon, not overwritten")
    func fileKept() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(
            atPath: (fixture.decisionsFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let start = "# Reviewed by the FIA team, 2025.\n# Questions: ask Sana.\nold: 2020-2021\nnew: \"2025\"\n"
        try start.write(toFile: fixture.decisionsFile, atomically: true, encoding: .utf8)
        _ = try await fixture.session.decide(DecisionRequest(verdict: "pair", old: ["protection/1"], new: ["25"]))
        // Someone edits the file while the app runs.
        var edited = try fixture.saved()
        edited.unrelated.append(.init(old: "protection/3", new: "25"))
        try edited.save(to: fixture.decisionsFile)
        _ = try await fixture.session.decide(DecisionRequest(verdict: "pair", old: ["protection/3"], new: ["26"]))
        let text = try String(contentsOfFile: fixture.decisionsFile, encoding: .utf8)
        #expect(text.hasPrefix("# Reviewed by the FIA team, 2025.\n# Questions: ask Sana.\nold: 2020-2021\n"))
        let saved = try fixture.saved()
        #expect(saved.pairs.map(\.new) == ["25", "26"])
        #expect(saved.unrelated.map(\.old) == ["protection/3"])
    }

    @Test("coverage links: confirmed with the question's fingerprint, removed, undone; the coverage that follows counts them")
    func links() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        let session = fixture.session
        let coverage = try await session.decideLink(
            LinkRequest(
                verdict: "link", recommendation: "2015/identify-victims-among-vulnerable-populations", question: "16", note: "screening"))
        #expect(coverage.contains("\"qualifiedId\" : \"2015/identify-victims-among-vulnerable-populations\""))
        let saved = try fixture.savedLinks()
        #expect(saved.cycle == "2025")
        #expect(saved.links.map(\.question) == ["16"])
        #expect(saved.links.first?.fingerprint == ReviewFixture.new.question(id: "16")?.fingerprint)
        let analyzed = CoverageAnalyzer(vocabulary: ReviewFixture.vocabulary).analyze(
            ReviewFixture.new, sets: ReviewFixture.recommendations, links: saved)
        #expect(analyzed.items.first { $0.qualifiedID == "2015/identify-victims-among-vulnerable-populations" }?.status == .covered)
        _ = try await session.decideLink(
            LinkRequest(verdict: "unlink", recommendation: "2015/identify-victims-among-vulnerable-populations", question: "16"))
        #expect(try fixture.savedLinks().links.isEmpty)
        _ = try await session.decideLink(LinkRequest(verdict: "undo"))
        #expect(try fixture.savedLinks().links.count == 1)
        await #expect(throws: ReviewError.self) {
            try await session.decideLink(LinkRequest(verdict: "link", recommendation: "2099/nothing", question: "16"))
        }
    }
}
