public import Foundation

/// Headless Chromium, to see the HTML reports as a browser does: the DOM after the scripts ran, and a screenshot.
public enum Chromium {
    public static var executable: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// The DOM of `url` after its scripts ran.
    public static func dumpDOM(_ url: URL) throws -> String? {
        try run(["--dump-dom", url.absoluteString]).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Saves a screenshot of `url` to `png`; true when the file was written.
    public static func screenshot(_ url: URL, to png: URL, width: Int = 1400, height: Int = 1800) throws -> Bool {
        _ = try run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars", url.absoluteString])
        return FileManager.default.fileExists(atPath: png.path)
    }

    private static func run(_ arguments: [String]) throws -> Data? {
        guard let executable else { return nil }
        let profile = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments =
            ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)", "--virtual-time-budget=2000"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
