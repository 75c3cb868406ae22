public import HTTPTypes
public import Hummingbird

/// A request the review cannot take, said in one line a person can read: 400 (malformed or impossible), 409
/// (it would change a reviewed decision the person did not name: `conflicts` are those decisions' cards).
public struct ReviewError: Error, Sendable, CustomStringConvertible, HTTPResponseError {
    public var description: String
    public var status: HTTPResponse.Status
    public var conflicts: [String]

    init(_ description: String, status: HTTPResponse.Status = .badRequest, conflicts: [String] = []) {
        self.description = description
        self.status = status
        self.conflicts = conflicts
    }

    struct Body: Encodable {
        var error: String
        var conflicts: [String]?
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try context.responseEncoder.encode(
            Body(error: description, conflicts: conflicts.isEmpty ? nil : conflicts), from: request, context: context)
        response.status = status
        return response
    }
}
