import Foundation
import HTTPTypes
public import Hummingbird
import Logging
public import NIOCore
import QTrackWorkspace

/// The review app's server: the page, its JSON API, and nothing else, on 127.0.0.1 only.
public enum ReviewServer {
    /// A decision is a few hundred bytes, a bulk confirmation a few kilobytes; anything much larger is not one.
    static let maxRequestBytes = 64 * 1024
    /// A connection left idle this long is closed: a page polls far more often, a stalled client holds nothing.
    public static let idleTimeout = TimeAmount.seconds(30)

    /// A fresh token for one run: 32 random bytes as hex.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// The application, bound to 127.0.0.1:`port` (0: any free port); `onRunning` is told the port once it listens.
    public static func application(
        session: ReviewSession, port: Int, token: String, idleTimeout: TimeAmount = idleTimeout,
        onRunning: @escaping @Sendable (Int) async -> Void
    ) -> some ApplicationProtocol {
        let bound = BoundPort()
        let router = Router(context: ReviewContext.self)
        router.middlewares.add(SafeHeadersMiddleware())
        router.middlewares.add(LocalOnlyMiddleware(port: bound, token: token))
        router.get("/") { _, _ in
            Asset(
                text: ReviewPage.html(token: token, old: session.old.cycleLabel, new: session.new.cycleLabel),
                type: "text/html; charset=utf-8")
        }
        router.get("/review.css") { _, _ in Asset(text: ReviewPage.style, type: "text/css; charset=utf-8") }
        router.get("/review.js") { _, _ in Asset(text: ReviewPage.script, type: "text/javascript; charset=utf-8") }
        router.get("/api/alignment") { _, _ in JSONText(text: try await session.alignmentJSON()) }
        router.get("/api/questions") { _, _ in JSONText(text: await session.questionsJSON()) }
        router.get("/api/coverage") { _, _ in JSONText(text: try await session.coverageJSON()) }
        router.get("/api/queue") { _, _ in try await session.queue() }
        router.get("/api/problems") { _, _ in ProblemsDocument(schemaVersion: 1, problems: await session.problems()) }
        router.get("/api/search") { request, _ in
            try await session.search(
                side: request.uri.queryParameters["side"].map(String.init) ?? "",
                query: request.uri.queryParameters["q"].map(String.init) ?? "")
        }
        router.post("/api/decisions") { request, context in
            let body = try await decode(DecisionRequest.self, from: request, context: context)
            return try await ReplyResponse(reply: session.decide(body))
        }
        router.post("/api/links") { request, context in
            let body = try await decode(LinkRequest.self, from: request, context: context)
            return try await ReplyResponse(reply: session.decideLink(body))
        }
        router.get("/api/routes") { _, _ in try await session.routes() }
        router.post("/api/routes") { request, context in
            let body = try await decode(RouteRequest.self, from: request, context: context)
            return try await session.decideRoute(body)
        }
        router.get("/api/vocabulary") { _, _ in await session.tagVocabulary() }
        router.post("/api/tags") { request, context in
            let body = try await decode(TagRequest.self, from: request, context: context)
            return try await ReplyResponse(reply: session.decideTags(body))
        }
        return Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: idleTimeout)),
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

    /// A state-changing request's body, read within bounds and decoded; what cannot be is a 400 or 413 with a reason.
    static func decode<Body: Decodable>(_ type: Body.Type, from request: Request, context: ReviewContext) async throws -> Body {
        var request = request
        let bytes: ByteBuffer
        do {
            bytes = try await request.collectBody(upTo: maxRequestBytes)
        } catch {
            throw ReviewError("the request is larger than \(maxRequestBytes) bytes", status: .contentTooLarge)
        }
        do {
            return try JSONDecoder().decode(Body.self, from: Data(buffer: bytes))
        } catch let error as ReviewError {
            throw error
        } catch {
            throw ReviewError("the body is not a JSON object of the form docs/review-api.md gives (\(Self.reason(error)))")
        }
    }

    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "'\(key.stringValue)' is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        default: "not JSON"
        }
    }
}

/// The review's request context: JSON answers with sorted keys (same state, same bytes), bounded uploads.
struct ReviewContext: RequestContext {
    var coreContext: CoreRequestContextStorage

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    var maxUploadSize: Int { ReviewServer.maxRequestBytes }

    var responseEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

/// The page, its style or its script; the policy allows nothing but this server's own files, and no framing.
struct Asset: ResponseGenerator {
    var text: String
    var type: String

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: type,
                HTTPField.Name("Content-Security-Policy")!:
                    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                    + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// A JSON document a report already rendered (the `diff` and `coverage` JSON), sent as it is.
struct JSONText: ResponseGenerator {
    var text: String

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// What a decision answers: the alignment or coverage document as before, or the queue when asked for.
struct ReplyResponse: ResponseGenerator {
    var reply: ReviewSession.Reply

    func response(from request: Request, context: some RequestContext) throws -> Response {
        switch reply {
        case .alignment(let text), .coverage(let text): try JSONText(text: text).response(from: request, context: context)
        case .queue(let queue): try context.responseEncoder.encode(queue, from: request, context: context)
        }
    }
}

/// `GET /api/problems`.
struct ProblemsDocument: ResponseEncodable {
    var schemaVersion: Int
    var problems: [MappingProblem]
}

extension QueueDocument: ResponseEncodable {}
extension QueueReply: ResponseEncodable {}
extension SearchDocument: ResponseEncodable {}
extension RoutesDocument: ResponseEncodable {}
extension TagVocabulary: ResponseEncodable {}
