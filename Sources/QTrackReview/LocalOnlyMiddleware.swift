import Foundation
import HTTPTypes
import Hummingbird

/// A local server is still a server: every request must name this server as its host (a page on another
/// site that rebinds its DNS name to 127.0.0.1 names its own), and every state-changing request must come
/// from this server's page (no other Origin) and carry the run's token, which only that page holds.
struct LocalOnlyMiddleware<Context: RequestContext>: RouterMiddleware {
    let port: BoundPort
    let token: String

    static var tokenHeader: HTTPField.Name { HTTPField.Name("X-QTrack-Token")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let port = port.value
        let allowedHosts = ["127.0.0.1:\(port)", "localhost:\(port)"]
        let host = request.head.authority ?? request.headers[HTTPField.Name("Host")!]
        guard let host, allowedHosts.contains(host.lowercased()) else {
            return Self.refusal(.forbidden, "this review answers only to 127.0.0.1:\(port) and localhost:\(port)")
        }
        if request.method != .get && request.method != .head {
            if let origin = request.headers[.origin], !allowedHosts.map({ "http://" + $0 }).contains(origin.lowercased()) {
                return Self.refusal(.forbidden, "requests from another site are refused")
            }
            guard let sent = request.headers[Self.tokenHeader], Self.same(sent, token) else {
                return Self.refusal(.forbidden, "the review's token is missing or wrong: reload the page")
            }
        }
        return try await next(request, context)
    }

    /// Compares without stopping at the first difference, so that timing says nothing about the token.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func refusal(_ status: HTTPResponse.Status, _ message: String) -> Response {
        ReviewServer.json(#"{"error":"# + ReviewServer.jsonString(message) + "}", status: status)
    }
}

/// The port the server is bound to, known once it runs (`--port 0` lets the system choose).
final class BoundPort: @unchecked Sendable {
    private let lock = NSLock()
    private var port = 0

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return port
    }

    func set(_ value: Int) {
        lock.lock()
        port = value
        lock.unlock()
    }
}
