import Foundation
import QTrackReview
import QTrackTestSupport
import Testing

/// axe-core (the copy PyPI's axe-selenium-python carries) on the review page in the states a person meets: no
/// serious or critical finding in any. Screenshots of each state at 1366×768 are kept in $QTRACK_SCREENSHOTS.
extension ReviewBrowser {
    @Suite("The review page is accessible")
    struct ReviewBrowserAccessibilityTests {
        @Test("no serious or critical axe-core finding: start, a card, a merge being built, coverage, the legend, reviewed, the alert")
        func axeClean() async throws {
            let fixture = try ReviewFixture()
            defer { fixture.remove() }
            let page = try await ReviewBrowserHarness.start(fixture)
            var findings: [String: [String]] = [:]
            do {
                findings["start"] = try await AxeCore.findings(page.browser)

                try await page.click("[data-action=\"confirm-all\"]")
                let card = try #require(try await page.cards().first { $0.state == "proposed" && $0.tier == "probable" })
                try await page.open(card.id)
                try await page.screenshot("a11y-card")
                findings["a card"] = try await AxeCore.findings(page.browser)

                let side = card.old.count > 1 ? "new" : "old"
                try await page.browser.type("training", into: "\(ReviewBrowserHarness.card(card.id)) input[data-search=\"\(side)\"]")
                let add = "\(ReviewBrowserHarness.card(card.id)) .results [data-action=\"add-member\"]"
                try await page.browser.wait(untilTrue: "return !!document.querySelector(arguments[0])", [add], what: "search results")
                findings["search results"] = try await AxeCore.findings(page.browser)
                try await page.click(add)
                findings["a merge being built"] = try await AxeCore.findings(page.browser)

                let coverage = try #require(try await page.cards().first { $0.tier == "coverage" })
                try await page.open(coverage.id)
                try await page.screenshot("a11y-coverage")
                findings["coverage"] = try await AxeCore.findings(page.browser)

                try await page.click("#legend-toggle", counted: false)
                try await page.screenshot("a11y-legend")
                findings["the legend"] = try await AxeCore.findings(page.browser)

                let reviewed = try #require(try await page.cards().first { $0.state == "reviewed" })
                try await page.open(reviewed.id)
                findings["reviewed"] = try await AxeCore.findings(page.browser)

                try await page.stopServer()
                try await page.browser.wait(
                    untilTrue: "return document.getElementById('alert').textContent.includes('stopped')", what: "the alert")
                try await page.screenshot("a11y-alert")
                findings["the alert"] = try await AxeCore.findings(page.browser)
            } catch {
                await page.close()
                throw error
            }
            await page.close()
            for (state, found) in findings.sorted(by: { $0.key < $1.key }) {
                #expect(found.isEmpty, "axe-core, \(state): \(found.joined(separator: "; "))")
            }
            #expect(findings.count == 8, "every state was checked")
        }
    }
}

/// axe-core's script, from the Python package that carries it (installed by `.ci/run`).
enum AxeCore {
    static let source: String? = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import axe_selenium_python, os; print(os.path.join(os.path.dirname(axe_selenium_python.__file__), 'node_modules/axe-core/axe.min.js'))",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0 else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }()

    /// The serious and critical violations on the page as it is now, one line each.
    static func findings(_ browser: WebDriver) async throws -> [String] {
        guard let source else { return ["axe-core is missing"] }
        try await browser.execute(source)
        let found =
            try await browser.executeAsync(
                """
                const done = arguments[arguments.length - 1];
                axe.run(document).then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe-core failed: ' + e]));
                """) as? [String]
        return found ?? ["axe-core gave no answer"]
    }
}
