import Foundation
import QTrackAnalysis
import QTrackReview
import QTrackTestSupport
import Testing

/// The browser suites, one at a time: each runs a server that recomputes the alignment on every action and a
/// Chromium, and three at once on two cores make page loads time out.
@Suite(
    "Review in a browser", .serialized, .enabled(if: WebDriver.isAvailable, "needs chromium and chromium-driver (.ci/run installs them)"))
struct ReviewBrowser {}

/// The review server of a `ReviewFixture` and a headless Chromium on its page, with what the browser tests
/// need beyond WebDriver: the server can be stopped mid-review (the page must say so), and the page's
/// script contract (`data-card`, `data-action`, `data-busy`) is read the way a script would read it.
final class ReviewBrowserHarness: @unchecked Sendable {
    let fixture: ReviewFixture
    let browser: WebDriver
    let port: Int
    private let server: Task<Void, any Error>
    /// Clicks and key presses made on the page, for the key replay's count.
    private(set) var actions: [String] = []

    /// Starts the server on a free port and opens its page at 1366×768, a common office laptop screen.
    static func start(_ fixture: ReviewFixture) async throws -> ReviewBrowserHarness {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let application = ReviewServer.application(session: fixture.session, port: 0, token: ReviewServer.newToken()) {
            continuation.yield($0)
        }
        let server = Task { try await application.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw WebDriver.Failure(description: "the review server did not start") }
        let browser = try await WebDriver(width: 1366, height: 768)
        let harness = ReviewBrowserHarness(fixture: fixture, browser: browser, port: port, server: server)
        try await browser.go(URL(string: "http://127.0.0.1:\(port)/")!)
        try await harness.settle()
        return harness
    }

    private init(fixture: ReviewFixture, browser: WebDriver, port: Int, server: Task<Void, any Error>) {
        self.fixture = fixture
        self.browser = browser
        self.port = port
        self.server = server
    }

    /// Stops the server (the page stays open); waits until the port no longer answers.
    func stopServer() async throws {
        server.cancel()
        _ = try? await server.value
    }

    /// Closes the browser and the server.
    func close() async {
        await browser.quit()
        server.cancel()
        _ = try? await server.value
    }

    /// Waits until the page has loaded and no request is in flight (`<body data-busy="false">`).
    func settle(seconds: Double = 90) async throws {
        try await browser.wait(
            untilTrue: "return document.body.dataset.busy === 'false'", seconds: seconds, what: "the page to finish saving")
    }

    /// Clicks the element `css` (counted as one action), then waits for the page to settle.
    func click(_ css: String, counted: Bool = true) async throws {
        if counted { actions.append("click \(css)") }
        try await browser.click(css)
        try await settle()
    }

    /// Presses a key (counted as one action), then waits for the page to settle.
    func press(_ key: String) async throws {
        actions.append("key \(key)")
        try await browser.press(key)
        try await settle()
    }

    /// The cards on the page as a script sees them.
    func cards() async throws -> [Card] {
        let raw =
            try await browser.execute(
                """
                return [...document.querySelectorAll('[data-card]')].map(c => ({id: c.dataset.card, old: c.dataset.old || '',
                  new: c.dataset.new || '', state: c.dataset.state, tier: c.dataset.tier || ''}));
                """) as? [[String: Any]] ?? []
        return raw.map {
            Card(
                id: $0["id"] as? String ?? "", old: Self.words($0["old"]), new: Self.words($0["new"]),
                state: $0["state"] as? String ?? "", tier: $0["tier"] as? String ?? "")
        }
    }

    /// The CSS selector of the card with this id.
    static func card(_ id: String) -> String { "[data-card=\"\(id)\"]" }

    /// The text of the page's alert, or "" when it shows none.
    func alert() async throws -> String {
        try await browser.execute("return document.getElementById('alert').textContent.trim();") as? String ?? ""
    }

    /// The progress the page shows ("12 of 171 reviewed").
    func progress() async throws -> String { try await browser.text("#progress") }

    /// The pairs in the decisions file, as `old>new`; none when there is no file yet.
    func savedPairs() throws -> Set<String> {
        guard FileManager.default.fileExists(atPath: fixture.decisionsFile) else { return [] }
        return Set(try fixture.saved().pairs.map { "\($0.old)>\($0.new)" })
    }

    /// The refusals in the decisions file, as `old>new`.
    func savedRefusals() throws -> Set<String> {
        guard FileManager.default.fileExists(atPath: fixture.decisionsFile) else { return [] }
        return Set(try fixture.saved().unrelated.map { "\($0.old)>\($0.new)" })
    }

    /// Opens the card `id` by clicking its title, as a person does (not counted: it decides nothing).
    func open(_ id: String) async throws {
        try await click("\(Self.card(id)) .summary", counted: false)
        try await browser.wait(
            untilTrue: "return document.querySelector(arguments[0]).classList.contains('in-focus')", [Self.card(id)],
            what: "card \(id) to open")
    }

    /// Adds a question to the open card `id` as a person does: types its ref into that side's search box and
    /// presses the result's Add.
    func addMember(_ ref: String, side: String, to id: String) async throws {
        let card = Self.card(id)
        actions.append("type \(ref)")
        try await browser.type(ref, into: "\(card) input[data-search=\"\(side)\"]")
        let result = "\(card) .results [data-action=\"add-member\"][data-\(side)=\"\(ref)\"]"
        try await browser.wait(untilTrue: "return !!document.querySelector(arguments[0])", [result], what: "\(ref) among the results")
        try await click(result)
    }

    /// Removes a question from the open card `id`.
    func removeMember(_ ref: String, side: String, from id: String) async throws {
        try await click("\(Self.card(id)) [data-action=\"remove-member\"][data-\(side)=\"\(ref)\"]")
    }

    /// Makes card `id` hold exactly `old` → `new` and confirms it: the page's way to build a split or merge of any size.
    /// `screenshot` names a picture taken just before the confirmation (the group built, not yet saved).
    func confirmGroup(old: Set<String>, new: Set<String>, on id: String, screenshot name: String? = nil) async throws {
        guard let card = try await cards().first(where: { $0.id == id }) else { throw WebDriver.Failure(description: "no card \(id)") }
        try await open(id)
        for ref in card.old.subtracting(old).sorted() { try await removeMember(ref, side: "old", from: id) }
        for ref in card.new.subtracting(new).sorted() { try await removeMember(ref, side: "new", from: id) }
        // A question with no counterpart is first given one on the other side; then either side can grow.
        let additions = [("old", old.subtracting(card.old).sorted()), ("new", new.subtracting(card.new).sorted())]
        for (side, refs) in card.new.isEmpty ? additions.reversed() : additions {
            for ref in refs { try await addMember(ref, side: side, to: id) }
        }
        if let name { try await screenshot(name) }
        try await click("\(Self.card(id)) .quick [data-action=\"confirm\"]")
    }

    /// Saves a screenshot as `name`.png in the fixture's folder, and in $QTRACK_SCREENSHOTS when set.
    func screenshot(_ name: String) async throws {
        let png = fixture.folder.appendingPathComponent("\(name).png")
        try await browser.screenshot(to: png)
        if let keep = ProcessInfo.processInfo.environment["QTRACK_SCREENSHOTS"] {
            let target = URL(fileURLWithPath: keep).appendingPathComponent("\(name).png")
            try? FileManager.default.removeItem(at: target)
            try? FileManager.default.copyItem(at: png, to: target)
        }
    }

    private static func words(_ value: Any?) -> Set<String> {
        Set(((value as? String) ?? "").split(separator: " ").map(String.init))
    }

    struct Card: Hashable {
        var id: String
        var old: Set<String>
        var new: Set<String>
        var state: String
        var tier: String
    }
}
