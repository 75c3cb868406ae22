public import QTrackAnalysis
public import QTrackBase
import QTrackModel

/// Plans next year's draft response: the new questionnaire with last year's answers carried forward.
public enum PrepareJob {
    public struct Request: Sendable {
        /// Last year's filled-in response.
        public var previous: String
        /// Last year's blank questionnaire.
        public var template: String?
        /// The new questionnaire.
        public var questionnaire: String
        /// Prepare even from a response with no answers, or from a cycle later than the questionnaire's.
        public var force: Bool
        public var mappings: MappingsLocation

        public init(previous: String, template: String? = nil, questionnaire: String, force: Bool = false, mappings: MappingsLocation) {
            self.previous = previous
            self.template = template
            self.questionnaire = questionnaire
            self.force = force
            self.mappings = mappings
        }

        public var inputs: [String] { [previous, questionnaire] + (template.map { [$0] } ?? []) + mappings.files() }
    }

    public static func run(_ request: Request, loading: DocumentLoading) async throws -> DraftPlan {
        // Both read at once; a failure of the response is reported first, as when reading one after the other.
        let (previousPath, templatePath, nextPath) = (request.previous, request.template, request.questionnaire)
        async let responseRead = loading.response(previousPath, templatePath: templatePath)
        async let nextRead = loading.questionnaire(nextPath)
        let (response, _) = try await responseRead
        let next = try await nextRead
        if !request.force { try refuseUnlikely(response: response, next: next, request: request) }
        let comparison = try request.mappings.matcher(old: response, new: next).compare(response, next)
        return DraftPlan(comparison)
    }

    /// A blank questionnaire given as last year's response, or the two years swapped, is a mistake to stop
    /// before a draft with nothing in it goes to the ministries.
    private static func refuseUnlikely(response: Questionnaire, next: Questionnaire, request: Request) throws(PrepareRefusal) {
        if ResponseStatus(response: response).count(.answered) == 0 {
            throw PrepareRefusal(file: request.previous, reason: "has no answers: is it a blank questionnaire? (--force to prepare anyway)")
        }
        if let old = response.cycle, let new = next.cycle, old > new {
            throw PrepareRefusal(
                file: request.previous,
                reason: "is of cycle \(old), later than \(request.questionnaire)'s \(new): are the two swapped? (--force to prepare anyway)"
            )
        }
    }
}

/// A response `prepare` will not work from without `force`.
public struct PrepareRefusal: FileProblem {
    public var file: String
    public var reason: String
}
