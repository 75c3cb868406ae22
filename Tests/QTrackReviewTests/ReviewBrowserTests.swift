import Foundation
import QTrackAnalysis
import QTrackReview
import QTrackTestSupport
import Testing

/// A whole review of 2020–2021 → 2025 in real headless Chromium at 1366×768, driven through chromium-driver as a
/// person (or a script following the page's contract) drives it; the decisions file is checked after each step.
extension ReviewBrowser {
    @Suite("a whole review")
    struct ReviewBrowserTests {
        @Test("a whole review: bulk confirm, a 3-way merge, a pick that takes a reviewed question, withdraw, undo, server stopped")
        func wholeReview() async throws {
            let fixture = try ReviewFixture()
            defer { fixture.remove() }
            let page = try await ReviewBrowserHarness.start(fixture)
            do {
                try await review(page)
            } catch {
                try? await page.screenshot("failure")
                await page.close()
                throw error
            }
            await page.close()
        }

        private func review(_ page: ReviewBrowserHarness) async throws {
            let start = try await page.progress()
            #expect(start.hasPrefix("0 of "), "the page starts at 0 reviewed: \(start)")
            let total = start
            try await page.screenshot("review-start")

            // Certain pairs: one left out, the rest confirmed with one press.
            let certain = try await page.cards().filter { $0.tier == "certain" && $0.state == "proposed" }
            try #require(certain.count >= 3, "the 2020–2021 → 2025 queue has certain pairs to confirm in bulk")
            let leftOut = try #require(certain.first { $0.old == ["laws-and-prosecution/13"] } ?? certain.last)
            try await page.click("\(ReviewBrowserHarness.card(leftOut.id)) [data-action=\"leave-out\"]")
            try await page.click("[data-action=\"confirm-all\"]")
            let bulk = Set(
                certain.filter { $0.id != leftOut.id }.flatMap { card in card.old.flatMap { o in card.new.map { "\(o)>\($0)" } } })
            #expect(try page.savedPairs() == bulk, "Confirm all records exactly the certain pairs not left out")
            #expect(try await page.progress() == "\(certain.count - 1) of \(Self.total(total)) reviewed", "the total does not move")
            let afterBulk = try page.savedPairs()

            // Keys act on the open card only, and never with Ctrl held: Ctrl+C copies, it does not confirm.
            try await page.browser.press("c", holding: ["control"])
            try await page.settle()
            #expect(try page.savedPairs() == afterBulk, "Ctrl+C changed the decisions")

            // A 3-way merge built on a card: three old training questions into new 13.
            let merge: Set<String> = ["law-enforcement-training/1", "law-enforcement-training/2", "law-enforcement-training/4"]
            let mergeCard = try #require(
                try await page.cards().filter { $0.state == "proposed" && (!$0.old.isDisjoint(with: merge) || $0.new.contains("13")) }
                    .max { $0.old.intersection(merge).count < $1.old.intersection(merge).count })
            try await page.confirmGroup(old: merge, new: ["13"], on: mergeCard.id, screenshot: "review-merge")
            let merged = try page.savedPairs().filter { $0.hasSuffix(">13") }
            #expect(merged == Set(merge.map { "\($0)>13" }), "the merge is recorded whole: \(merged)")
            #expect(try page.savedPairs().subtracting(merged) == afterBulk, "building the merge changed no other decision")

            // A pick that takes a question already in a reviewed decision: the page asks, the person chooses.
            let reviewedPair = try #require(
                afterBulk.first { $0.hasSuffix(">5") }, "laws-and-prosecution/12 → 5 is among the certain pairs")
            let taker = try #require(
                try await page.cards().first { $0.state == "proposed" && $0.new.isEmpty && $0.old == ["laws-and-prosecution/9"] },
                "laws-and-prosecution/9 waits for a counterpart")
            let pick = "\(ReviewBrowserHarness.card(taker.id)) [data-action=\"pick\"][data-new=\"5\"]"
            try await page.click(pick)
            let before = try page.savedPairs()
            let asked = try await page.browser.text("\(ReviewBrowserHarness.card(taker.id)) .choice")
            #expect(asked.contains("already paired with"), "the page says the question is taken: \(asked)")
            #expect(try page.savedPairs() == before, "nothing is saved before the person chooses")
            let why = try await page.browser.text("\(ReviewBrowserHarness.card(taker.id)) .evidence")
            #expect(why.contains("No 2025 question was matched with it") && !why.contains(".."), "plain words, one full stop: \(why)")
            try await page.screenshot("review-choice")
            try await page.click("\(ReviewBrowserHarness.card(taker.id)) [data-action=\"cancel\"]")
            #expect(try page.savedPairs() == before, "Cancel saves nothing")
            try await page.click(pick)
            try await page.click("\(ReviewBrowserHarness.card(taker.id)) [data-action=\"make-group\"]")
            let intoFive = try page.savedPairs().filter { $0.hasSuffix(">5") }
            #expect(intoFive == [reviewedPair, "laws-and-prosecution/9>5"], "one merge into 5 of both old questions: \(intoFive)")
            #expect(try page.savedPairs().subtracting(intoFive) == before.subtracting([reviewedPair]), "no other decision changed")

            // Withdraw the merge from the Reviewed list: exactly its pairs leave the file, its questions come back.
            let reviewedMerge = try #require(try await page.cards().first { $0.state == "reviewed" && $0.new == ["13"] })
            try await page.click("#sections li:last-child button", counted: false)
            try await page.screenshot("review-reviewed")
            try await page.click("\(ReviewBrowserHarness.card(reviewedMerge.id)) [data-action=\"withdraw\"]")
            #expect(try page.savedPairs() == before.subtracting(merged).union(intoFive), "withdraw removed exactly the merge")
            #expect(
                try await page.cards().contains { $0.state == "proposed" && (!$0.old.isDisjoint(with: merge) || $0.new.contains("13")) },
                "the merge's questions are back in the queue")

            // Undo after an edit on disk: the edit survives, the last action (the withdraw) is taken back.
            let edited = try String(contentsOfFile: page.fixture.decisionsFile, encoding: .utf8)
            let diskEdit = "unrelated:\n  - old: protection/15\n    new: \"85\"\n"
            #expect(try page.savedRefusals().isEmpty, "the file has no refusal yet")
            try (edited + diskEdit).write(toFile: page.fixture.decisionsFile, atomically: true, encoding: .utf8)
            try await page.click("#undo")
            #expect(try page.savedPairs() == before.subtracting([reviewedPair]).union(intoFive).union(merged), "undo put the merge back")
            #expect(try page.savedRefusals() == ["protection/15>85"], "the refusal written on disk meanwhile survived the undo")
            #expect(try await page.progress().hasSuffix("of \(Self.total(total)) reviewed"), "the total never moves")

            // The server stops: the page says so at once, in its alert, and saves nothing.
            let last = try page.savedPairs()
            try await page.stopServer()
            try await page.browser.wait(
                untilTrue: "return document.getElementById('alert').textContent.includes('stopped')", seconds: 10,
                what: "the alert that the server has stopped")
            try await page.screenshot("review-alert")
            let open = try #require(try await page.cards().first { $0.state == "proposed" && !$0.old.isEmpty && !$0.new.isEmpty })
            try await page.click("\(ReviewBrowserHarness.card(open.id)) .quick [data-action=\"confirm\"]")
            #expect(try await page.alert().contains("stopped"), "a click while the server is stopped shows the alert")
            #expect(try await page.browser.text("#status") != "Saving…", "nothing says saving for ever")
            #expect(try page.savedPairs() == last)
        }

        /// "0 of 171 reviewed" → "171".
        static func total(_ progress: String) -> String {
            String(progress.split(separator: " ").dropFirst(2).first ?? "")
        }
    }
}
