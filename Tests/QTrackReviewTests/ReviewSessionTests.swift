import Foundation
import QTrackAnalysis
import QTrackReview
import QTrackWorkspace
import Testing

/// Decisions taken in a review: saved at once in the file `diff` reads, honoured by the matcher, and never
/// changing a decision the person did not name.
@Suite("Review decisions")
struct ReviewSessionTests {
    @Test("confirm, refuse, split, merge, no counterpart and undo: each saved and honoured by the next alignment")
    func verdicts() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        let session = fixture.session
        _ = try await session.decide(DecisionRequest(verdict: .pair, old: ["human-trafficking-trends/1"], new: ["76"], note: "trends"))
        _ = try await session.decide(
            DecisionRequest(verdict: .unrelated, old: ["human-trafficking-related-complicity-and-corruption/6"], new: ["84"]))
        _ = try await session.decide(DecisionRequest(verdict: .split, old: ["human-trafficking-trends/5"], new: ["77", "78"]))
        _ = try await session.decide(
            DecisionRequest(verdict: .merge, old: ["law-enforcement-training/1", "law-enforcement-training/2"], new: ["13"]))
        _ = try await session.decide(DecisionRequest(verdict: .removed, old: ["protection/15"]))
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
        #expect(comparison.changes.first { $0.old?.id == "protection/15" }?.kind == .removed)
        #expect(comparison.diagnostics.isEmpty)

        _ = try await session.decide(DecisionRequest(verdict: .undo))
        #expect(try fixture.saved().alone.isEmpty, "undo takes back the last decision")
        #expect(try fixture.saved().pairs.count == 5)
    }

    @Test("confirming one member of a reviewed merge is refused (409), not a silent undoing of the others")
    func mergeMembersStay() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        let merge = ["law-enforcement-training/1", "law-enforcement-training/2", "law-enforcement-training/4"]
        _ = try await fixture.session.decide(DecisionRequest(verdict: .merge, old: merge, new: ["13"]))
        let before = try String(contentsOfFile: fixture.decisionsFile, encoding: .utf8)
        await #expect {
            _ = try await fixture.session.decide(DecisionRequest(verdict: .pair, old: ["law-enforcement-training/5"], new: ["13"]))
        } throws: { error in
            let refusal = error as? ReviewError
            return refusal?.status == .conflict && refusal?.description.contains("already paired with") == true
                && refusal?.conflicts == ["g:law-enforcement-training/1+law-enforcement-training/2+law-enforcement-training/4>13"]
        }
        #expect(try String(contentsOfFile: fixture.decisionsFile, encoding: .utf8) == before, "nothing written")
        // Growing the merge names the reviewed one whole: accepted, and every member stays.
        _ = try await fixture.session.decide(DecisionRequest(verdict: .merge, old: merge + ["law-enforcement-training/5"], new: ["13"]))
        #expect(Set(try fixture.saved().pairs.map(\.old)) == Set(merge + ["law-enforcement-training/5"]))
    }

    @Test("picking a question already paired by a reviewer: 409 with the reason; move it, or make a merge, when said")
    func takeIsExplicit() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        let session = fixture.session
        _ = try await session.decide(
            DecisionRequest(verdict: .pair, old: ["laws-and-prosecution/12"], new: ["5"], note: "complicit officials"))
        await #expect {
            _ = try await session.decide(DecisionRequest(verdict: .pair, old: ["laws-and-prosecution/9"], new: ["5"]))
        } throws: { error in
            (error as? ReviewError)?.description.hasPrefix("new Question 5 is already paired with old Laws and Prosecution 12 — reviewed")
                == true
        }
        #expect(try fixture.saved().pairs.map(\.old) == ["laws-and-prosecution/12"])
        // A merge that contains the reviewed pair whole keeps it, note and all.
        _ = try await session.decide(
            DecisionRequest(verdict: .merge, old: ["laws-and-prosecution/9", "laws-and-prosecution/12"], new: ["5"]))
        #expect(
            try fixture.saved().pairs.map { "\($0.old)>\($0.new):\($0.note ?? "-")" }.sorted()
                == ["laws-and-prosecution/12>5:complicit officials", "laws-and-prosecution/9>5:-"])
        // Moving: the question leaves the other decision, whose other items stay.
        _ = try await session.decide(DecisionRequest(verdict: .pair, old: ["protection/1"], new: ["5"], take: .move))
        #expect(try fixture.saved().pairs.map { "\($0.old)>\($0.new)" } == ["protection/1>5"])
    }

    @Test("a split or merge naming a question twice is refused, and so is any malformed request; nothing is written")
    func refusals() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        let cases: [(DecisionRequest, String)] = [
            (DecisionRequest(verdict: .pair, old: ["protection/99"], new: ["1"]), "the old version has no question 'protection/99'"),
            (DecisionRequest(verdict: .split, old: ["protection/1"], new: ["25"]), "split takes one old question and two or more new ones"),
            (DecisionRequest(verdict: .split, old: ["protection/1"], new: ["25", "25"]), "the new question 25 is named twice"),
            (
                DecisionRequest(verdict: .merge, old: ["protection/1", "protection/1"], new: ["25"]),
                "the old question protection/1 is named twice"
            ),
            (DecisionRequest(verdict: .undo), "nothing to undo"),
            (DecisionRequest(verdict: .withdraw, card: "g:protection/1>25"), "there is no reviewed decision 'g:protection/1>25'"),
        ]
        for (request, message) in cases {
            await #expect {
                try await fixture.session.decide(request)
            } throws: { error in
                String(describing: error).hasPrefix(message)
            }
        }
        #expect(throws: ReviewError.self) { try JSONDecoder().decode(DecisionRequest.self, from: Data(#"{"verdict":"marry"}"#.utf8)) }
        #expect(!FileManager.default.fileExists(atPath: fixture.decisionsFile))
    }

    @Test("undo is the inverse of the last action on the file as it is now: an edit made on disk meanwhile survives")
    func undoKeepsDiskEdits() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        _ = try await fixture.session.decide(DecisionRequest(verdict: .pair, old: ["protection/1"], new: ["25"]))
        _ = try await fixture.session.decide(DecisionRequest(verdict: .pair, old: ["protection/3"], new: ["26"]))
        // Someone edits the file while the app runs: a pair and a comment of their own.
        var text = try String(contentsOfFile: fixture.decisionsFile, encoding: .utf8)
        text += "  - old: protection/9\n    new: \"30\"\n    note: added by hand # checked with Sana\n"
        try text.write(toFile: fixture.decisionsFile, atomically: true, encoding: .utf8)
        _ = try await fixture.session.decide(DecisionRequest(verdict: .undo))
        let after = try String(contentsOfFile: fixture.decisionsFile, encoding: .utf8)
        #expect(after.contains("    note: added by hand # checked with Sana\n"), "the hand edit survives")
        #expect(try fixture.saved().pairs.map(\.old) == ["protection/1", "protection/9"])
        // Withdraw, then undo it: the decision comes back as it was.
        _ = try await fixture.session.decide(DecisionRequest(verdict: .withdraw, card: "g:protection/1>25"))
        #expect(try fixture.saved().pairs.map(\.old) == ["protection/9"])
        _ = try await fixture.session.decide(DecisionRequest(verdict: .undo))
        #expect(Set(try fixture.saved().pairs.map(\.old)) == ["protection/1", "protection/9"])
    }

    @Test("unknown and misspelled keys are reported with their line and kept byte for byte by every save")
    func unknownKeysKept() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        let original = """
            \u{FEFF}# Reviewed by the FIA team.
            old: 2020-2021
            new: "2025"
            future_field: {reviewer: Sana, round: 2}
            pairs:
              - old: protection/6
                new: "36"
                note: null
                unrealted: true
              - old: protection/5
                new: "34"
                note: ~
              - old: protection/12
                new: "29"
                note: "\u{FEFF}starts with a BOM, “quoted”: kept"
              - old: prevention/9
                new: '56'
                note: 'single ''quotes'''

            """
        try FileManager.default.createDirectory(
            atPath: (fixture.decisionsFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try original.write(toFile: fixture.decisionsFile, atomically: true, encoding: .utf8)
        let problems = await fixture.session.problems()
        #expect(problems.map { "\($0.line) \($0.key)" } == ["4 future_field", "9 unrealted"])
        #expect(
            problems.last?.message == "unknown key 'unrealted' in an item of 'pairs' (did you mean 'unrelated'?): kept as written, not used"
        )
        _ = try await fixture.session.decide(DecisionRequest(verdict: .pair, old: ["protection/1"], new: ["25"], note: "null"))
        _ = try await fixture.session.decide(DecisionRequest(verdict: .pair, old: ["protection/3"], new: ["26"], note: "\u{FEFF}~"))
        let after = try Data(contentsOf: URL(fileURLWithPath: fixture.decisionsFile))
        #expect(after.starts(with: Data(original.utf8)), "everything that was there stays, byte for byte")
        let saved = try fixture.saved()
        // The file keeps every byte (above); read back, libyaml drops a BOM inside a text, and a quoted "null" or
        // "~" is that text, not "no note".
        #expect(saved.pairs.map(\.note) == [nil, nil, "starts with a BOM, “quoted”: kept", "single 'quotes'", "null", "~"])
        #expect(
            String(decoding: after, as: UTF8.self).hasSuffix(
                "    note: \"null\"\n  - old: protection/3\n    new: '26'\n    note: \"\\uFEFF~\"\n"))
        _ = try await fixture.session.decide(DecisionRequest(verdict: .undo))
        _ = try await fixture.session.decide(DecisionRequest(verdict: .undo))
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.decisionsFile)) == Data(original.utf8), "undo all: the file as it was")
    }

    @Test("two sessions on one Mappings folder, deciding concurrently, lose nothing")
    func twoSessions() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        let other = ReviewSession(
            old: ReviewFixture.old, new: ReviewFixture.new, decisionsFile: fixture.decisionsFile, linksFile: fixture.linksFile,
            vocabulary: ReviewFixture.vocabulary, recommendations: ReviewFixture.recommendations)
        let olds = ReviewFixture.old.questions.map(\.id).prefix(60)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, id) in olds.enumerated() {
                let session = index.isMultiple(of: 2) ? fixture.session : other
                group.addTask { _ = try await session.decide(DecisionRequest(verdict: .removed, old: [id])) }
            }
            try await group.waitForAll()
        }
        #expect(try fixture.saved().alone.compactMap(\.old).sorted() == olds.sorted())
    }

    @Test("the queue: one card per group, a fixed total, and a reviewed card never comes back as proposed")
    func queue() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        let session = fixture.session
        let start = try await session.queue()
        #expect(start.reviewed == 0)
        let merge = try #require(start.cards.first { $0.kind == .merge && $0.new.map(\.ref) == ["13"] })
        #expect(merge.old.count == 5, "the five old questions proposed into new 13 are one card")
        #expect(merge.old.first?.label == "Law Enforcement Training 1")
        let certain = start.cards.filter { $0.tier == .certain && $0.state == .proposed }.map(\.id)
        #expect(certain.count > 10)
        _ = try await session.decide(DecisionRequest(verdict: .confirmAll, cards: certain))
        _ = try await session.decide(DecisionRequest(verdict: .confirm, card: merge.id))
        let after = try await session.queue()
        #expect(after.total == start.total, "the total does not move")
        #expect(after.reviewed == certain.count + 1)
        for id in certain + [merge.id] {
            #expect(after.cards.filter { $0.id == id }.map(\.state) == [.reviewed])
        }
        #expect(try fixture.saved().pairs.count == certain.count + 5)
        // One undo takes back the merge, the next the bulk confirmation whole.
        _ = try await session.decide(DecisionRequest(verdict: .undo))
        _ = try await session.decide(DecisionRequest(verdict: .undo))
        #expect(try fixture.saved().pairs.isEmpty)
        #expect(try await session.queue().reviewed == 0)
    }

    @Test("coverage: link, not asked this year (409 while links exist, unless moved), unlink, undo")
    func links() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        let session = fixture.session
        let recommendation = "2015/identify-victims-among-vulnerable-populations"
        _ = try await session.decideLink(LinkRequest(verdict: .link, recommendation: recommendation, question: "16", note: "screening"))
        let saved = try fixture.savedLinks()
        #expect(saved.cycle == "2025")
        #expect(saved.links.map(\.question) == ["16"])
        #expect(saved.links.first?.fingerprint == ReviewFixture.new.question(id: "16")?.fingerprint)
        let analyzed = CoverageAnalyzer(vocabulary: ReviewFixture.vocabulary).analyze(
            ReviewFixture.new, sets: ReviewFixture.recommendations, links: saved)
        #expect(analyzed.items.first { $0.qualifiedID == recommendation }?.status == .covered)
        await #expect {
            _ = try await session.decideLink(LinkRequest(verdict: .notAsked, recommendation: recommendation))
        } throws: { ($0 as? ReviewError)?.status == .conflict }
        _ = try await session.decideLink(LinkRequest(verdict: .notAsked, recommendation: recommendation, take: .move))
        #expect(try fixture.savedLinks().links.isEmpty)
        #expect(try fixture.savedLinks().notAsked.map(\.recommendation) == [recommendation])
        let card = try await session.queue().cards.first { $0.id == "r:" + recommendation }
        #expect(card?.state == .reviewed)
        #expect(card?.recommendation?.status == "notAsked")
        let marked = CoverageAnalyzer(vocabulary: ReviewFixture.vocabulary).analyze(
            ReviewFixture.new, sets: ReviewFixture.recommendations, links: try fixture.savedLinks())
        #expect(marked.items.first { $0.qualifiedID == recommendation }?.status == .notAsked, "the coverage report says what the card says")
        _ = try await session.decideLink(LinkRequest(verdict: .undo))
        #expect(try fixture.savedLinks().links.map(\.question) == ["16"])
        #expect(try fixture.savedLinks().notAsked.isEmpty)
        _ = try await session.decideLink(LinkRequest(verdict: .unlink, recommendation: recommendation, question: "16"))
        #expect(try fixture.savedLinks().links.isEmpty)
        await #expect(throws: ReviewError.self) {
            try await session.decideLink(LinkRequest(verdict: .link, recommendation: "2099/nothing", question: "16"))
        }
    }
}
