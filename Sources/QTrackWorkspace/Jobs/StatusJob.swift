public import QTrackAnalysis
import QTrackModel

/// Judges a filled-in response: which questions are answered, placeholders, partial or unanswered.
public enum StatusJob {
    public struct Request: Sendable {
        public var response: String
        /// The blank questionnaire of the same cycle, to tell the answers apart exactly.
        public var template: String?

        public init(response: String, template: String? = nil) {
            self.response = response
            self.template = template
        }

        public var inputs: [String] { [response] + (template.map { [$0] } ?? []) }
    }

    public struct Result: Sendable {
        public var status: ResponseStatus
        /// The response's cycle, as its folder is named.
        public var cycle: String
    }

    public static func run(_ request: Request, loading: DocumentLoading) async throws -> Result {
        let (response, template) = try await loading.response(request.response, templatePath: request.template)
        return Result(status: ResponseStatus(response: response, template: template), cycle: response.cycleLabel)
    }
}
