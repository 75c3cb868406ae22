import Foundation
import QTrackAnalysis
import QTrackReview
import QTrackTestSupport
import QTrackWorkspace
import Testing

/// The page's newer parts in headless Chromium, each checked on disk: Confirm all as one request and one undo
/// step, a route confirmed and one chosen by hand, an imported recommendation's tags checked; axe-core in each state.
extension ReviewBrowser {
    @Suite("routes, tags and Confirm all on the page")
    struct ReviewBrowserRoutingTests {
        @Test("Confirm all is one request and one undo; a route confirmed, one changed, undone; tags removed and confirmed")
        func routesAndTags() async throws {
            let fixture = try ReviewFixture(routingAndTags: true)
            defer { fixture.remove() }
            let page = try await ReviewBrowserHarness.start(fixture)
            do {
                try await run(page, fixture)
            } catch {
                try? await page.screenshot("routing-failure")
                await page.close()
                throw error
            }
            await page.close()
        }

        private func run(_ page: ReviewBrowserHarness, _ fixture: ReviewFixture) async throws {
            var findings: [String: [String]] = [:]
            // Confirm all: one POST, and one press of Undo takes every pair back.
            try await page.browser.execute(
                """
                window.qtrackPosts = 0;
                const fetched = window.fetch;
                window.fetch = (url, options) => { if (options && options.method === 'POST') window.qtrackPosts++; return fetched(url, options); };
                """)
            let certain = try await page.cards().filter { $0.tier == "certain" && $0.state == "proposed" }
            try #require(certain.count > 10)
            try await page.click("[data-action=\"confirm-all\"]")
            #expect(try await page.browser.execute("return window.qtrackPosts;") as? Int == 1, "Confirm all is one request")
            #expect(try page.savedPairs().count == certain.count)
            try await page.click("#undo")
            #expect(try page.savedPairs().isEmpty, "one undo takes Confirm all back whole")

            // The routing part: the questions without an agency and the proposals first.
            let origins =
                try await page.browser.execute(
                    "return [...document.querySelectorAll('[data-kind=\"route\"]')].map(c => c.dataset.origin);") as? [String] ?? []
            #expect(origins.count == ReviewFixture.new.questions.count)
            #expect(
                Array(origins.prefix { $0 == "unrouted" || $0 == "proposed" }).count
                    == origins.filter { $0 == "unrouted" || $0 == "proposed" }.count)
            let proposed = try #require(
                try await page.browser.execute(
                    "return document.querySelector('[data-kind=\"route\"][data-origin=\"proposed\"]').dataset.new;") as? String)
            try await page.click("[data-card=\"route:\(proposed)\"] [data-action=\"confirm\"]")
            #expect(try RouteFile.load(path: fixture.routesFile).routes.first { $0.question == proposed }?.origin == .reviewed)
            let unrouted = try #require(
                try await page.browser.execute(
                    "return document.querySelector('[data-kind=\"route\"][data-origin=\"unrouted\"]').dataset.new;") as? String)
            let card = "[data-card=\"route:\(unrouted)\"]"
            try await page.click("\(card) [data-action=\"change-route\"]")
            try await page.click("\(card) select[data-route=\"lead\"] option[value=\"mophrd\"]")
            try await page.click("\(card) input[data-route=\"contributing\"][value=\"labour\"]")
            try await page.screenshot("routing-change")
            findings["a route being changed"] = try await AxeCore.findings(page.browser)
            try await page.click("\(card) [data-action=\"save-route\"]")
            let changed = try RouteFile.load(path: fixture.routesFile).routes.first { $0.question == unrouted }
            #expect(changed?.lead == "mophrd" && changed?.contributing == ["labour"] && changed?.origin == .reviewed)
            try await page.browser.wait(
                untilTrue: "return document.querySelector(arguments[0]).dataset.origin === 'reviewed'", [card], what: "the route reviewed")
            try await page.click("#undo")
            #expect(try RouteFile.load(path: fixture.routesFile).routes.first { $0.question == unrouted }?.origin != .reviewed)
            #expect(try RouteFile.load(path: fixture.routesFile).routes.first { $0.question == proposed }?.origin == .reviewed)
            try await page.screenshot("routing-part")
            findings["the routing part"] = try await AxeCore.findings(page.browser)

            // An imported recommendation's proposed tags: remove one, say a list is right.
            let recommendation = "r:2024/prosecute-complicit-officials"
            try await page.open(recommendation)
            let tags = "\(ReviewBrowserHarness.card(recommendation)) .tags"
            try await page.screenshot("tags")
            findings["tags to check"] = try await AxeCore.findings(page.browser)
            try await page.click("\(tags) [data-action=\"remove-tag\"][data-tag=\"perpetrators\"]")
            try await page.click("\(tags) [data-action=\"confirm-tags\"][data-field=\"pillars\"]")
            let saved = try #require(try RecommendationSet.load(path: fixture.importedFile).recommendations.first)
            #expect(saved.subjects == ["complicit officials"])
            #expect(saved.proposed == ["facets"], "subjects (a tag removed) and pillars (confirmed) are checked")
            let text = try String(contentsOfFile: fixture.importedFile, encoding: .utf8)
            #expect(text.contains("  # checked against the printed Report\n") && text.contains("  reviewerTag: keep me\n"))
            try await page.screenshot("tags-checked")
            findings["tags checked"] = try await AxeCore.findings(page.browser)

            for (state, found) in findings.sorted(by: { $0.key < $1.key }) {
                #expect(found.isEmpty, "axe-core, \(state): \(found.joined(separator: "; "))")
            }
        }
    }
}
