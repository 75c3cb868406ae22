import Foundation
import HTTPTypes
public import Hummingbird
import Logging
import NIOCore

/// The review app's server: the page, its JSON API, and nothing else, on 127.0.0.1 only.
public enum ReviewServer {
    /// A decision is a few hundred bytes; anything much larger is not one.
    static let maxRequestBytes = 64 * 1024

    /// A fresh token for one run: 32 random bytes as hex.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// The application, bound to 127.0.0.1:`port` (0: any free port); `onRunning` is told the port once it listens.
    public static func application(
        session: ReviewSession, port: Int, token: String, onRunning: @escaping @Sendable (Int) async -> Void
    ) -> some ApplicationProtocol {
        let bound = BoundPort()
        let router = Router()
        router.middlewares.add(LocalOnlyMiddleware(port: bound, token: token))
        router.get("/") { _, _ in
            html(ReviewPage.html(token: token, old: session.old.cycleLabel, new: session.new.cycleLabel))
        }
        router.get("/review.css") { _, _ in asset(ReviewPage.style, type: "text/css; charset=utf-8") }
        router.get("/review.js") { _, _ in asset(ReviewPage.script, type: "text/javascript; charset=utf-8") }
        router.get("/api/alignment") { _, _ in await answer { try await session.alignmentJSON() } }
        router.get("/api/questions") { _, _ in json(await session.questionsJSON()) }
        router.get("/api/coverage") { _, _ in await answer { try await session.coverageJSON() } }
        router.post("/api/decisions") { request, _ in
            await post(request, as: DecisionRequest.self, shape: #"{\"verdict\": …, \"old\": [ids], \"new\": [ids]}"#) {
                try await session.decide($0)
            }
        }
        router.post("/api/links") { request, _ in
            await post(request, as: LinkRequest.self, shape: #"{\"verdict\": …, \"recommendation\": …, \"question\": …}"#) {
                try await session.decideLink($0)
            }
        }
        return Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "qtrack review"),
            onServerRunning: { channel in
                let actual = channel.localAddress?.port ?? port
                bound.set(actual)
                await onRunning(actual)
            },
            logger: {
                var logger = Logger(label: "qtrack review")
                logger.logLevel = .critical
                return logger
            }())
    }

    /// A state-changing request: its body read within bounds and decoded as `Body`, then acted on.
    static func post<Body: Decodable>(
        _ request: Request, as: Body.Type, shape: String, act: (Body) async throws -> String
    ) async -> Response {
        var request = request
        guard let bytes = try? await request.collectBody(upTo: maxRequestBytes) else {
            return json(#"{"error":"the request is larger than \#(maxRequestBytes) bytes"}"#, status: .contentTooLarge)
        }
        guard let body = try? JSONDecoder().decode(Body.self, from: Data(buffer: bytes)) else {
            return json(#"{"error":"the body is not of the form "# + shape + #""}"#, status: .badRequest)
        }
        return await answer { try await act(body) }
    }

    /// The JSON `work` makes; a request the review cannot take is 400 with its reason, anything else 500.
    static func answer(_ work: () async throws -> String) async -> Response {
        do {
            return json(try await work())
        } catch let error as ReviewError {
            return json(#"{"error":"# + jsonString(error.description) + "}", status: .badRequest)
        } catch {
            return json(#"{"error":"# + jsonString(String(describing: error)) + "}", status: .internalServerError)
        }
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func html(_ text: String) -> Response {
        asset(text, type: "text/html; charset=utf-8")
    }

    /// The page, its style or its script; the policy allows nothing but this server's own files, and no framing.
    static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: type, .cacheControl: "no-store",
                HTTPField.Name("Content-Security-Policy")!:
                    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                    + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
                HTTPField.Name("X-Frame-Options")!: "DENY",
                HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `text` as a JSON string literal.
    static func jsonString(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
