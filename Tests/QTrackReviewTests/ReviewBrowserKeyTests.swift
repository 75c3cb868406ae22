import Foundation
import QTrackReview
import QTrackTestSupport
import Testing

/// The reviewer's key of 2020–2021 → 2025 (`Tests/Keys/2020-2021--2025.tsv`, 46 pairs made by reading) played
/// through the page as a person would: confirm the certain pairs in bulk (leaving out those that are not the
/// key's), then settle each key group the machine did not propose exactly. The decisions file must end up holding
/// exactly the key's pairs, no reviewed card may come back, and the count of actions stays within the issue's bound.
extension ReviewBrowser {
    @Suite("The reviewer's key through the page")
    struct ReviewBrowserKeyTests {
        /// A key group: pairs joined by shared questions (a pair, a split or a merge).
        struct Group: Hashable {
            var old: Set<String>
            var new: Set<String>
            var pairs: Set<String> { Set(old.flatMap { o in new.map { "\(o)>\($0)" } }) }
        }

        /// The key's `pair` rows (not the `acceptable` ones), joined into groups.
        static func keyGroups() throws -> (pairs: Set<String>, groups: [Group]) {
            let key = TestPaths.packageRoot.appendingPathComponent("Tests/Keys/2020-2021--2025.tsv")
            let rows = try String(contentsOf: key, encoding: .utf8).split(separator: "\n")
                .filter { !$0.hasPrefix("#") && !$0.hasPrefix("old\t") }
                .map { $0.split(separator: "\t").map(String.init) }
                .filter { $0.count >= 3 && $0[2] == "pair" }
            var groups: [Group] = []
            for row in rows {
                var group = Group(old: [row[0]], new: [row[1]])
                for other in groups where !other.old.isDisjoint(with: group.old) || !other.new.isDisjoint(with: group.new) {
                    group.old.formUnion(other.old)
                    group.new.formUnion(other.new)
                }
                groups.removeAll { !$0.old.isDisjoint(with: group.old) || !$0.new.isDisjoint(with: group.new) }
                groups.append(group)
            }
            return (Set(rows.map { "\($0[0])>\($0[1])" }), groups.sorted { $0.pairs.sorted().first ?? "" < $1.pairs.sorted().first ?? "" })
        }

        @Test("replaying the key gives a decisions file holding exactly the key, within the issue's bound of actions")
        func replayKey() async throws {
            let (keyPairs, groups) = try Self.keyGroups()
            #expect(keyPairs.count == 46, "the key has 46 pairs")
            let fixture = try ReviewFixture()
            defer { fixture.remove() }
            let page = try await ReviewBrowserHarness.start(fixture)
            do {
                try await replay(page, keyPairs: keyPairs, groups: groups)
            } catch {
                try? await page.screenshot("key-failure")
                await page.close()
                throw error
            }
            await page.close()
        }

        private func replay(_ page: ReviewBrowserHarness, keyPairs: Set<String>, groups: [Group]) async throws {
            let total = try await page.progress()
            var everReviewed: Set<String> = []
            var decisions = 0
            // The issue's bound, from the queue as it starts: one action per key group the machine did not propose,
            // one per wrong proposal (a proposed pair, split or merge that is not a key group), one bulk confirmation.
            let proposals = Set(
                try await page.cards().filter { !$0.old.isEmpty && !$0.new.isEmpty }.map { Group(old: $0.old, new: $0.new) })
            let unproposed = groups.filter { !proposals.contains($0) }.count
            let wrong = proposals.filter { !groups.contains($0) }.count
            /// After each action: no reviewed card is back in the queue, the file holds only key pairs, the total holds.
            func check(_ step: String) async throws {
                let cards = try await page.cards()
                let back = cards.filter { $0.state == "proposed" && everReviewed.contains($0.id) }
                #expect(back.isEmpty, "after \(step), reviewed cards came back: \(back.map(\.id))")
                everReviewed.formUnion(cards.filter { $0.state == "reviewed" }.map(\.id))
                let extra = try page.savedPairs().subtracting(keyPairs)
                #expect(extra.isEmpty, "after \(step), the file holds pairs outside the key: \(extra.sorted())")
                #expect(
                    try await page.progress().split(separator: " ").dropFirst(2).first == total.split(separator: " ").dropFirst(2).first)
            }

            // Certain pairs: leave out each that is not exactly a key group, confirm the rest with one press.
            let cards = try await page.cards()
            for card in cards where card.tier == "certain" && card.state == "proposed" {
                if !groups.contains(Group(old: card.old, new: card.new)) {
                    try await page.click("\(ReviewBrowserHarness.card(card.id)) [data-action=\"leave-out\"]")
                    decisions += 1
                }
            }
            try await page.click("[data-action=\"confirm-all\"]")
            decisions += 1
            try await check("Confirm all")

            // Each key group not yet in the file: confirm the card proposing it, pick it among a card's suggestions,
            // or build it on a card holding one of its questions.
            for group in groups where !group.pairs.isSubset(of: try page.savedPairs()) {
                let cards = try await page.cards().filter { $0.state == "proposed" }
                if let exact = cards.first(where: { $0.old == group.old && $0.new == group.new }) {
                    try await page.click("\(ReviewBrowserHarness.card(exact.id)) .quick [data-action=\"confirm\"]")
                    decisions += 1
                } else if group.old.count == 1, group.new.count == 1, let pick = try await pickButton(page, cards, group) {
                    try await page.click(pick)
                    decisions += 1
                } else {
                    let holder = try #require(
                        cards.filter { !$0.old.isDisjoint(with: group.old) || !$0.new.isDisjoint(with: group.new) }
                            .max { overlap($0, group) < overlap($1, group) }, "no card holds a question of \(group.pairs.sorted())")
                    try await page.confirmGroup(old: group.old, new: group.new, on: holder.id)
                    decisions += 1
                }
                try await check("settling \(group.pairs.sorted())")
            }

            let saved = try page.savedPairs()
            #expect(saved == keyPairs, "missing: \(keyPairs.subtracting(saved).sorted()); extra: \(saved.subtracting(keyPairs).sorted())")
            let bound = unproposed + wrong + 1
            let interactions = page.actions.count
            print(
                "key replay through the page: \(groups.count) key groups, \(decisions) decisions pressed (bound: \(unproposed) unproposed "
                    + "+ \(wrong) wrong proposals + 1 bulk = \(bound)), \(interactions) clicks and typed searches in all; "
                    + "\(try await page.progress())")
            #expect(decisions <= bound, "the page needed \(decisions) decisions where the issue allows \(bound)")
        }

        /// A suggestion's pick button that makes exactly this pair, on the card of either of its questions.
        private func pickButton(_ page: ReviewBrowserHarness, _ cards: [ReviewBrowserHarness.Card], _ group: Group) async throws -> String?
        {
            for card in cards where card.old == group.old && card.new.isEmpty || card.new == group.new && card.old.isEmpty {
                let css =
                    "\(ReviewBrowserHarness.card(card.id)) [data-action=\"pick\"][data-old=\"\(group.old.first!)\"][data-new=\"\(group.new.first!)\"]"
                if try await page.browser.execute("return !!document.querySelector(arguments[0])", [css]) as? Bool == true { return css }
            }
            return nil
        }

        private func overlap(_ card: ReviewBrowserHarness.Card, _ group: Group) -> Int {
            card.old.intersection(group.old).count + card.new.intersection(group.new).count
        }
    }
}
