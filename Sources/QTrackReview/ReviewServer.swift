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
        router.get("/api/alignment") { _, _ in
            do {
                return json(try await session.alignmentJSON())
            } catch {
                return json(#"{"error":"# + jsonString(String(describing: error)) + "}", status: .internalServerError)
            }
        }
        router.get("/api/questions") { _, _ in json(await session.questionsJSON()) }
        router.get("/api/coverage") { _, _ in
            do {
                return json(try await session.coverageJSON())
            } catch {
                return json(#"{"error":"# + jsonString(String(describing: error)) + "}", status: .internalServerError)
            }
        }
        router.post("/api/links") { request, _ in
            var request = request
            guard let body = try? await request.collectBody(upTo: maxRequestBytes) else {
                return json(#"{"error":"the request is larger than \#(maxRequestBytes) bytes"}"#, status: .contentTooLarge)
            }
            guard let decision = try? JSONDecoder().decode(LinkRequest.self, from: Data(buffer: body)) else {
                return json(
                    #"{"error":"the body is not a link decision: {\"verdict\": …, \"recommendation\": …, \"question\": …}"}"#,
                    status: .badRequest)
            }
            do {
                return json(try await session.decideLink(decision))
            } catch let error as ReviewError {
                return json(#"{"error":"# + jsonString(error.description) + "}", status: .badRequest)
            } catch {
                return json(#"{"error":"# + jsonString(String(describing: error)) + "}", status: .internalServerError)
            }
        }
        router.post("/api/decisions") { request, _ in
            var request = request
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: maxRequestBytes)
            } catch {
                return json(#"{"error":"the request is larger than \#(maxRequestBytes) bytes"}"#, status: .contentTooLarge)
            }
            let decision: DecisionRequest
            do {
                decision = try JSONDecoder().decode(DecisionRequest.self, from: Data(buffer: body))
            } catch {
                return json(
                    #"{"error":"the body is not a decision: {\"verdict\": …, \"old\": [ids], \"new\": [ids]}"}"#, status: .badRequest)
            }
            do {
                return json(try await session.decide(decision))
            } catch let error as ReviewError {
                return json(#"{"error":"# + jsonString(error.description) + "}", status: .badRequest)
            } catch {
                return json(#"{"error":"# + jsonString(String(describing: error)) + "}", status: .internalServerError)
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

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func html(_ text: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                HTTPField.Name("Content-Security-Policy")!:
                    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `text` as a JSON string literal.
    static func jsonString(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
