import Foundation
import QTrackTestSupport
import Testing

/// The reviewer's key of 2020–2021 → 2025 (`Tests/Keys/2020-2021--2025.tsv`, made by reading) played through the
/// review server's API as a person would, on the real queue with the repository's committed decisions: the
/// proposals the key agrees with confirmed in one bulk action, the key's other groups built, wrong proposals
/// rejected. The file must then hold exactly the key's pairs, and no reviewed card may come back.
@Suite("Review: the reviewer's key replayed")
struct ReviewKeyReplayTests {
    /// A group of the key or of a card: its old and new question refs.
    struct Group: Hashable {
        var old: Set<String>
        var new: Set<String>
    }

    /// A card as the queue's JSON gives it.
    struct Card {
        var id: String
        var kind: String
        var tier: String
        var state: String
        var group: Group
        var candidates: [(ref: String, score: Double)]
    }

    struct Queue {
        var total: Int
        var reviewed: Int
        var cards: [Card]
    }

    /// The key's `pair` rows, as `old>new`.
    static func keyPairs() throws -> Set<String> {
        let text = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("Tests/Keys/2020-2021--2025.tsv"), encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { $0.split(separator: "\t") }
        return Set(rows.filter { $0.count >= 3 && $0[2] == "pair" }.map { "\($0[0])>\($0[1])" })
    }

    /// The key's pairs joined by shared questions: the groups a person confirms at once.
    static func groups(of pairs: Set<String>) -> Set<Group> {
        var groups: [Group] = []
        for pair in pairs.sorted() {
            let sides = pair.split(separator: ">").map(String.init)
            var merged = Group(old: [sides[0]], new: [sides[1]])
            groups.removeAll { group in
                guard !group.old.isDisjoint(with: merged.old) || !group.new.isDisjoint(with: merged.new) else { return false }
                merged.old.formUnion(group.old)
                merged.new.formUnion(group.new)
                return true
            }
            groups.append(merged)
        }
        return Set(groups)
    }

    static func queue(_ body: String) throws -> Queue {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        let cards = (root["cards"] as? [[String: Any]] ?? []).map { card in
            func refs(_ key: String) -> Set<String> { Set((card[key] as? [[String: Any]] ?? []).compactMap { $0["ref"] as? String }) }
            return Card(
                id: card["id"] as? String ?? "", kind: card["kind"] as? String ?? "", tier: card["tier"] as? String ?? "",
                state: card["state"] as? String ?? "", group: Group(old: refs("old"), new: refs("new")),
                candidates: (card["candidates"] as? [[String: Any]] ?? []).map {
                    ($0["ref"] as? String ?? "", $0["score"] as? Double ?? 0)
                })
        }
        return Queue(total: root["total"] as? Int ?? -1, reviewed: root["reviewed"] as? Int ?? -1, cards: cards)
    }

    /// A fixture whose decisions file starts as the repository's committed one.
    static func fixtureWithCommittedDecisions() throws -> ReviewFixture {
        let fixture = try ReviewFixture()
        let committed = TestPaths.mappings.appendingPathComponent("decisions/2020-2021--2025.yaml")
        try FileManager.default.createDirectory(
            atPath: (fixture.decisionsFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: committed.path, toPath: fixture.decisionsFile)
        return fixture
    }

    static let pairKinds: Set<String> = ["pair", "split", "merge", "group"]

    @Test("the key through the API: exactly its pairs in the file, no card back, within the issue's bound of actions")
    func replay() async throws {
        let key = try Self.keyPairs()
        #expect(key.count == 46, "the key's pair rows")
        let keyGroups = Self.groups(of: key)
        let fixture = try Self.fixtureWithCommittedDecisions()
        defer { fixture.remove() }
        try await fixture.withServer { port, token in
            let headers = ["X-QTrack-Token": token, "Content-Type": "application/json", "Origin": "http://127.0.0.1:\(port)"]
            var everReviewed = Set<String>()
            var actions = 0
            func read() async throws -> Queue {
                let answer = try await ReviewFixture.request("GET", port, "/api/queue")
                #expect(answer.status == 200)
                let queue = try Self.queue(answer.body)
                for card in queue.cards where card.state == "proposed" && everReviewed.contains(card.id) {
                    Issue.record("card \(card.id) came back after it was reviewed")
                }
                everReviewed.formUnion(queue.cards.filter { $0.state == "reviewed" }.map(\.id))
                return queue
            }
            func post(_ body: [String: Any]) async throws {
                actions += 1
                let text = String(decoding: try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]), as: UTF8.self)
                let answer = try await ReviewFixture.request("POST", port, "/api/decisions", body: text, headers: headers)
                #expect(answer.status == 200, "\(text): \(answer.body)")
            }

            let start = try await read()
            let proposals = start.cards.filter { $0.state == "proposed" && Self.pairKinds.contains($0.kind) }
            let reviewedAtStart = Set(start.cards.filter { $0.state == "reviewed" }.map(\.group))
            let agreeing = proposals.filter { keyGroups.contains($0.group) }
            // The issue's bound, from the starting queue: one action per key group the machine did not propose (nor
            // a reviewer before), one per wrong proposal, one bulk confirmation.
            let notProposed = keyGroups.subtracting(proposals.map(\.group)).subtracting(reviewedAtStart)
            let wrong = proposals.filter { !keyGroups.contains($0.group) }
            let bound = notProposed.count + wrong.count + 1

            // 1. Every proposal the key agrees with, confirmed in one action.
            try await post(["verdict": "confirmAll", "cards": agreeing.map(\.id)])
            // 2. The key's other groups, built; 3. what the machine still proposes, rejected; until nothing is left.
            var rejected = 0
            for _ in 0..<5 {
                let queue = try await read()
                let reviewedGroups = Set(queue.cards.filter { $0.state == "reviewed" && Self.pairKinds.contains($0.kind) }.map(\.group))
                let missing = keyGroups.subtracting(reviewedGroups).sorted { $0.old.sorted().lexicographicallyPrecedes($1.old.sorted()) }
                for group in missing {
                    let verdict = group.old.count == 1 ? (group.new.count == 1 ? "pair" : "split") : "merge"
                    try await post(["verdict": verdict, "old": group.old.sorted(), "new": group.new.sorted()])
                }
                let after = try await read()
                let reviewedQuestions = after.cards.filter { $0.state == "reviewed" && Self.pairKinds.contains($0.kind) }
                let reviewedOld = Set(reviewedQuestions.flatMap(\.group.old))
                let reviewedNew = Set(reviewedQuestions.flatMap(\.group.new))
                let left = after.cards.filter { $0.state == "proposed" && Self.pairKinds.contains($0.kind) }
                if left.isEmpty { break }
                for card in left {
                    // A proposal joined to a reviewed group: only its own pairs are refused, never the reviewed ones.
                    var old = card.group.old.subtracting(reviewedOld)
                    var new = card.group.new.subtracting(reviewedNew)
                    if old.isEmpty { old = card.group.old }
                    if new.isEmpty { new = card.group.new }
                    try await post(["verdict": "unrelated", "old": old.sorted(), "new": new.sorted()])
                    rejected += 1
                }
            }

            let end = try await read()
            let saved = Set(try fixture.saved().pairs.map { "\($0.old)>\($0.new)" })
            #expect(saved == key, "missing \(key.subtracting(saved).sorted()); extra \(saved.subtracting(key).sorted())")
            #expect(end.total == start.total, "the total does not move")
            #expect(end.cards.filter { $0.state == "proposed" && Self.pairKinds.contains($0.kind) }.isEmpty, "no proposal left")
            #expect(actions <= bound, "actions \(actions), bound \(bound)")
            print(
                "key replay: \(keyGroups.count) key groups (\(key.count) pairs); \(proposals.count) proposals at start, "
                    + "\(agreeing.count) agreeing (\(agreeing.filter { $0.tier == "certain" }.count) certain), \(wrong.count) wrong; "
                    + "\(notProposed.count) groups built; \(rejected) rejections; \(actions) actions, bound \(bound)")
        }
    }

    /// The suggestion threshold measured with the key: for each setting, the cards of one question shown as
    /// "suggested" (the person's load) and how many of those hold the key's counterpart among their suggestions.
    @Test("the suggestion threshold against the key: recall and load per setting")
    func suggestionThreshold() async throws {
        let key = try Self.keyPairs()
        let fixture = try Self.fixtureWithCommittedDecisions()
        defer { fixture.remove() }
        let document = try await fixture.session.queue()
        let encoder = JSONEncoder()
        let queue = try Self.queue(String(decoding: try encoder.encode(document), as: UTF8.self))
        let singles = queue.cards.filter { $0.state == "proposed" && $0.kind == "noCounterpart" }
        func partners(_ card: Card) -> Set<String> {
            if let old = card.group.old.first {
                return Set(key.compactMap { $0.hasPrefix(old + ">") ? String($0.dropFirst(old.count + 1)) : nil })
            }
            let new = card.group.new.first ?? ""
            return Set(key.compactMap { $0.hasSuffix(">" + new) ? String($0.dropLast(new.count + 1)) : nil })
        }
        let useful = singles.filter { card in !partners(card).isDisjoint(with: card.candidates.map(\.ref)) }
        var table = ["| threshold | suggested cards | of which hold the key's counterpart | recall |", "| --- | --- | --- | --- |"]
        var recallAt: [Int: Double] = [:]
        for step in 4...16 {
            let threshold = Double(step) * 0.025
            let shown = singles.filter { ($0.candidates.first?.score ?? 0) >= threshold - 1e-9 }
            let hits = useful.filter { ($0.candidates.first?.score ?? 0) >= threshold - 1e-9 }
            recallAt[step] = useful.isEmpty ? 1 : Double(hits.count) / Double(useful.count)
            table.append(
                "| \(String(format: "%.3f", threshold)) | \(shown.count) | \(hits.count) of \(useful.count) | "
                    + "\(String(format: "%.0f%%", 100 * (recallAt[step] ?? 0))) |")
        }
        let scores = useful.map { String(format: "%.3f", $0.candidates.first?.score ?? 0) }.sorted()
        print((["suggestion threshold (\(singles.count) cards of one question):"] + table).joined(separator: "\n"))
        print("best suggestion's score on the cards holding the key's counterpart: " + scores.joined(separator: ", "))
        #expect(!useful.isEmpty, "some key counterparts are among the suggestions")
        // `ReviewQueue.suggestionScore` (0.2) was chosen from this table: the highest setting that keeps every
        // counterpart of the key in the suggested tier.
        #expect(recallAt[8] == 1, "at 0.20 every card holding the key's counterpart is suggested")
    }
}
