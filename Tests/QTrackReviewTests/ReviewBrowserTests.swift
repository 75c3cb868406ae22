import Foundation
import QTrackAnalysis
import QTrackReview
import QTrackTestSupport
import Testing

/// A review from start to end in real headless Chromium, driven through chromium-driver: confirm a
/// probable pair, refuse one, pick a suggestion, record a split, undo; then the matcher honours the file.
@Suite("Review in a browser", .enabled(if: WebDriver.isAvailable, "needs chromium and chromium-driver (.ci/run installs them)"))
struct ReviewBrowserTests {
    @Test("a review from start to end")
    func review() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.remove() }
        try await fixture.withServer { port, _ in
            let browser = try await WebDriver()
            do {
                try await browser.go(URL(string: "http://127.0.0.1:\(port)/")!)
                _ = try await browser.wait(for: "#progress") { $0.hasPrefix("0 of ") }
                #expect(try await browser.text(".item.current .what").hasPrefix("probable pair"))

                try await browser.press("c")
                _ = try await browser.wait(for: "#progress") { $0.hasPrefix("1 of ") }
                #expect(try fixture.saved().pairs.count == 1)

                // A refusal leaves both questions to review again: the count stays, the pair is gone.
                try await browser.press("r")
                _ = try await browser.wait(for: "#status") { $0 == "saved: unrelated" }
                #expect(try fixture.saved().unrelated.count == 1)

                try await browser.click("[data-action=\"pick\"]")
                _ = try await browser.wait(for: "#status") { $0 == "saved: pair" }
                #expect(try fixture.saved().pairs.count == 2)

                try await browser.press("g")
                #expect(try await browser.text(".item.current .what").hasPrefix("probable pair"))
                try await browser.click(".item.current [data-action=\"split\"]")
                try await browser.type("85", into: ".item.current input[type=search]")
                try await browser.click(".item.current .picks button")
                _ = try await browser.wait(for: "#status") { $0 == "saved: split" }
                let split = try fixture.saved().pairs.filter { $0.new == "85" }
                #expect(split.count == 1)
                #expect(try fixture.saved().pairs.filter { $0.old == split.first?.old }.count == 2)

                let screenshot = fixture.folder.appendingPathComponent("review.png")
                try await browser.screenshot(to: screenshot)
                if let keep = ProcessInfo.processInfo.environment["QTRACK_SCREENSHOTS"] {
                    try? FileManager.default.copyItem(at: screenshot, to: URL(fileURLWithPath: keep).appendingPathComponent("review.png"))
                }

                try await browser.click("#undo")
                _ = try await browser.wait(for: "#status") { $0 == "undone" }
                #expect(try fixture.saved().pairs.filter { $0.new == "85" }.isEmpty)

                // Coverage: confirm that a question asks about a weakly covered recommendation.
                try await browser.click("#links [data-action=\"link\"]")
                _ = try await browser.wait(for: "#status") { $0 == "saved: link" }
                #expect(try fixture.savedLinks().links.count == 1)
            } catch {
                await browser.quit()
                throw error
            }
            await browser.quit()
        }
        let decisions = try fixture.saved()
        let comparison = VersionMatcher(decisions: decisions, decisionsFile: fixture.decisionsFile, vocabulary: ReviewFixture.vocabulary)
            .compare(ReviewFixture.old, ReviewFixture.new)
        for pair in decisions.pairs {
            #expect(comparison.changes.contains { $0.old?.id == pair.old && $0.new?.id == pair.new && $0.origin == .decision })
        }
        for refused in decisions.unrelated {
            #expect(!comparison.changes.contains { $0.old?.id == refused.old && $0.new?.id == refused.new })
        }
    }
}
