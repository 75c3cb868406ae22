public import Foundation

#if canImport(FoundationNetworking)
    public import FoundationNetworking
#endif

/// A small WebDriver client for chromium-driver: enough to load a page, find elements by CSS, click,
/// type, read text and take a screenshot, in real headless Chromium.
public final class WebDriver: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    private let process: Process
    private let base: URL
    private let session: String
    private let profile: URL

    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") && Chromium.executable != nil
    }

    /// Starts chromium-driver on a free port and a headless browser session whose window is `width`×`height`.
    public init(width: Int = 1400, height: Int = 1800) async throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chromedriver")
        // Port 0: the driver binds a port the system knows is free and prints it. A port picked at random here
        // could be taken (a connection's ephemeral port), and the driver would exit at once.
        process.arguments = ["--port=0"]
        let announcement = Pipe()
        process.standardOutput = announcement
        process.standardError = FileHandle.nullDevice
        try process.run()
        let port = try await Self.announcedPort(announcement, of: process)
        base = URL(string: "http://127.0.0.1:\(port)")!
        profile = try TestPaths.temporaryFolder()
        var ready = false
        for _ in 0..<300 where !ready {
            ready = (try? await Self.send("GET", base.appendingPathComponent("status"), nil)) != nil
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        guard ready else { throw Failure(description: "chromium-driver did not answer on port \(port)") }
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": Chromium.executable ?? "/usr/bin/chromium",
                        "args": [
                            "--headless", "--no-sandbox", "--disable-gpu", "--window-size=\(width),\(height)", "--hide-scrollbars",
                            "--user-data-dir=\(profile.path)",
                        ],
                    ],
                ]
            ]
        ]
        let reply = try await Self.send("POST", base.appendingPathComponent("session"), capabilities)
        guard let value = reply["value"] as? [String: Any], let id = value["sessionId"] as? String else {
            throw Failure(description: "no browser session: \(reply)")
        }
        session = id
    }

    /// The port chromium-driver says it listens on ("… started successfully on port 40619."), waiting up to 30 s
    /// on a loaded machine; the rest of what it prints is read and dropped so that it never blocks on a full pipe.
    private static func announcedPort(_ pipe: Pipe, of process: Process) async throws -> Int {
        let printed = PrintedText()
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let more = handle.availableData
            if more.isEmpty { handle.readabilityHandler = nil } else { printed.append(more) }
        }
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let port = printed.port { return port }
            guard process.isRunning else {
                throw Failure(description: "chromium-driver stopped at start (status \(process.terminationStatus)): \(printed.text)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        kill(process.processIdentifier, SIGKILL)
        throw Failure(description: "chromium-driver did not say its port within 30 s: \(printed.text)")
    }

    /// What chromium-driver has printed so far, appended from the pipe's reading thread.
    private final class PrintedText: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        func append(_ more: Data) { lock.withLock { if data.count < 65_536 { data.append(more) } } }

        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

        var port: Int? {
            guard let line = text.split(separator: "\n").first(where: { $0.contains("started successfully on port ") }),
                let number = line.split(separator: " ").last?.trimmingCharacters(in: CharacterSet(charactersIn: ".\r"))
            else { return nil }
            return Int(number)
        }
    }

    /// Ends the browser session and the driver.
    public func quit() async {
        _ = try? await Self.send("DELETE", base.appendingPathComponent("session/\(session)"), nil)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: profile)
    }

    private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        let reply = try await Self.send(
            method, base.appendingPathComponent("session/\(session)/\(path)"), body ?? (method == "POST" ? [:] : nil))
        if let value = reply["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure(description: "\(path): \(error): \(value["message"] ?? "")")
        }
        return reply["value"]
    }

    public func go(_ url: URL) async throws { _ = try await command("POST", "url", ["url": url.absoluteString]) }

    /// The first element matching `css`, waiting up to `seconds` for it to appear.
    public func element(_ css: String, seconds: Double = 10) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let found = try? await command("POST", "element", ["using": "css selector", "value": css]) as? [String: Any],
                let id = found.values.first as? String
            {
                return id
            }
            if Date() > deadline { throw Failure(description: "no element matches \(css)") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    public func click(_ css: String) async throws { _ = try await command("POST", "element/\(try await element(css))/click") }

    public func type(_ text: String, into css: String) async throws {
        _ = try await command("POST", "element/\(try await element(css))/value", ["text": text])
    }

    /// Presses keys on the page (the active element).
    public func press(_ keys: String) async throws {
        let actions = keys.unicodeScalars.flatMap { key in
            [["type": "keyDown", "value": String(key)], ["type": "keyUp", "value": String(key)]]
        }
        _ = try await command("POST", "actions", ["actions": [["type": "key", "id": "keyboard", "actions": actions]]])
    }

    /// Presses one key with modifiers held (`control`, `alt`, `meta`, `shift`), as a person does for Ctrl+C.
    public func press(_ key: String, holding modifiers: [String]) async throws {
        let codes = ["control": "\u{E009}", "alt": "\u{E00A}", "meta": "\u{E03D}", "shift": "\u{E008}"]
        let held = modifiers.compactMap { codes[$0] }
        let actions =
            held.map { ["type": "keyDown", "value": $0] } + [["type": "keyDown", "value": key], ["type": "keyUp", "value": key]]
            + held.reversed().map { ["type": "keyUp", "value": $0] }
        _ = try await command("POST", "actions", ["actions": [["type": "key", "id": "keyboard", "actions": actions]]])
        _ = try await command("DELETE", "actions")
    }

    /// Runs `script` (a function body: `arguments` holds `arguments`) in the page and returns its JSON-able result.
    @discardableResult
    public func execute(_ script: String, _ arguments: [Any] = []) async throws -> Any? {
        try await command("POST", "execute/sync", ["script": script, "args": arguments])
    }

    /// Runs `script` in the page; it calls `arguments[arguments.length - 1]` with its result when done.
    public func executeAsync(_ script: String, _ arguments: [Any] = []) async throws -> Any? {
        _ = try await command("POST", "timeouts", ["script": 60_000])
        return try await command("POST", "execute/async", ["script": script, "args": arguments])
    }

    /// Waits until `script` returns true in the page.
    public func wait(untilTrue script: String, _ arguments: [Any] = [], seconds: Double = 10, what: String) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if (try? await execute(script, arguments)) as? Bool == true { return }
            if Date() > deadline { throw Failure(description: "waited \(Int(seconds)) s for \(what)") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    public func text(_ css: String) async throws -> String {
        (try await command("GET", "element/\(try await element(css))/text") as? String) ?? ""
    }

    /// Waits until the text of `css` satisfies `condition`.
    public func wait(for css: String, seconds: Double = 10, until condition: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let current = (try? await text(css)) ?? ""
            if condition(current) { return current }
            if Date() > deadline { throw Failure(description: "\(css) still reads “\(current)”") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    public func screenshot(to png: URL) async throws {
        guard let base64 = try await command("GET", "screenshot") as? String, let data = Data(base64Encoded: base64) else {
            throw Failure(description: "no screenshot")
        }
        try data.write(to: png)
    }

    /// Talks to chromium-driver through curl: Foundation's URLSession on Linux fails on its replies' headers
    /// ("Failed writing header").
    private static func send(_ method: String, _ url: URL, _ body: [String: Any]?) async throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments =
            ["-s", "--max-time", "30", "-X", method, "-H", "Content-Type: application/json"]
            + (body == nil ? [] : ["--data-binary", "@-"]) + [url.absoluteString]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let finished = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { finished.continuation.yield($0.terminationStatus) }
        try process.run()
        if let body { input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: body)) }
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        var statuses = finished.stream.makeAsyncIterator()
        guard await statuses.next() == 0 else { throw Failure(description: "\(method) \(url.path): no answer") }
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }
}

/// An HTTP request, for tests that talk to a local server.
public enum HTTP {
    public static func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        try await withCheckedThrowingContinuation { continuation in
            URLSession.shared.dataTask(with: request) { data, response, error in
                if let error {
                    continuation.resume(throwing: error)
                } else if let data, let response = response as? HTTPURLResponse {
                    continuation.resume(returning: (data, response))
                } else {
                    continuation.resume(throwing: WebDriver.Failure(description: "no response from \(request.url?.absoluteString ?? "")"))
                }
            }.resume()
        }
    }
}
