import Foundation
public import QTrackWorkspace

extension ReviewServer {
    /// Serves `session` on 127.0.0.1:`port` (0: any free port) with a fresh token until the process is stopped;
    /// prints "Reviewing at ADDRESS" on standard output once it listens, and opens the page if asked.
    public static func serve(_ session: ReviewSession, port: Int, openBrowser: Bool) async throws(OutputError) {
        let application = application(session: session, port: port, token: newToken()) { port in
            let address = "http://127.0.0.1:\(port)/"
            // Unbuffered: the first line reaches a script or a test reading the pipe at once.
            try? StandardOutput.write(Data("Reviewing at \(address)\n".utf8))
            if openBrowser { Self.openInBrowser(address) }
        }
        do {
            try await application.runService()
        } catch {
            throw OutputError(file: "127.0.0.1:\(port)", reason: "cannot serve the review (\(error))")
        }
    }

    /// The default browser, told to open `address`; nothing happens where there is none.
    private static func openInBrowser(_ address: String) {
        let process = Process()
        #if os(macOS)
            process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        #else
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xdg-open")
        #endif
        process.arguments = [address]
        try? process.run()
    }
}
