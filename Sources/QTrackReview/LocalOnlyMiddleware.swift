import Foundation
import HTTPTypes
import Hummingbird

/// A local server is still a server: every request must name this server as its host, once (a page on another
/// site that rebinds its DNS name to 127.0.0.1 names its own; two `Host` headers are a smuggling attempt), and
/// every state-changing request must come from this server's page (no other Origin) and carry the run's token,
/// which only that page holds. A body declared larger than the server takes is refused before it is read.
struct LocalOnlyMiddleware<Context: RequestContext>: RouterMiddleware {
    let port: BoundPort
    let token: String

    static var tokenHeader: HTTPField.Name { HTTPField.Name("X-QTrack-Token")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let port = port.value
        let allowedHosts = ["127.0.0.1:\(port)", "localhost:\(port)"]
        // HTTP/1 `Host` becomes the authority; a second `Host` header stays among the fields.
        if request.headers[HTTPField.Name("Host")!] != nil && request.head.authority != nil {
            throw ReviewError("a request names one host, not several")
        }
        let host = request.head.authority ?? request.headers[HTTPField.Name("Host")!]
        guard let host, allowedHosts.contains(host.lowercased()) else {
            throw ReviewError("this review answers only to 127.0.0.1:\(port) and localhost:\(port)", status: .forbidden)
        }
        if let declared = request.headers[.contentLength] {
            guard let length = Int(declared), length >= 0 else { throw ReviewError("the Content-Length is not a number") }
            if length > ReviewServer.maxRequestBytes {
                throw ReviewError("the request is larger than \(ReviewServer.maxRequestBytes) bytes", status: .contentTooLarge)
            }
        }
        if request.method != .get && request.method != .head {
            if let origin = request.headers[.origin], !allowedHosts.map({ "http://" + $0 }).contains(origin.lowercased()) {
                throw ReviewError("requests from another site are refused", status: .forbidden)
            }
            guard let sent = request.headers[Self.tokenHeader], Self.same(sent, token) else {
                throw ReviewError("the review's token is missing or wrong: reload the page", status: .forbidden)
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
}

/// Headers on every answer, errors included: never framed (clickjacking), never sniffed as another type, never
/// cached. An error the review did not foresee is a 500 with its reason in one line, as JSON.
struct SafeHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            response = try ReviewError("\(error)", status: .internalServerError).response(from: request, context: context)
        }
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        if response.status == .contentTooLarge { response.headers[.connection] = "close" }
        return response
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
