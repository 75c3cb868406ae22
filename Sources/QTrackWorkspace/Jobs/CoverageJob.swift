import Foundation
public import QTrackAnalysis
public import QTrackBase
import QTrackModel

/// Checks a questionnaire against the recommendations of past TIP Reports: which are asked about, which
/// reviewed links went stale, and, given them, what changed since the previous version and which of the
/// questions a response answers.
public enum CoverageJob {
    public struct Request: Sendable {
        public var questionnaire: String
        /// A recommendations file or folder; by default the mappings folder's `recommendations/`.
        public var recommendations: String?
        public var previous: String?
        public var response: String?
        /// A links file; by default the mappings folder's file for the questionnaire's cycle, if any.
        public var links: String?
        /// Record the current fingerprints of the linked questions in the links file.
        public var acceptLinks: Bool
        /// Also the recommendations of reports published after the questionnaire's cycle began.
        public var includeLater: Bool
        public var mappings: MappingsLocation

        public init(
            questionnaire: String, recommendations: String? = nil, previous: String? = nil, response: String? = nil, links: String? = nil,
            acceptLinks: Bool = false, includeLater: Bool = false, mappings: MappingsLocation
        ) {
            self.questionnaire = questionnaire
            self.recommendations = recommendations
            self.previous = previous
            self.response = response
            self.links = links
            self.acceptLinks = acceptLinks
            self.includeLater = includeLater
            self.mappings = mappings
        }

        /// Everything it reads: the documents, the mappings, and recommendations given from elsewhere.
        public var inputs: [String] {
            let given = [questionnaire, previous, response, links, recommendations].compactMap { $0 }
            return given + mappings.files() + (recommendations.map { MappingsLocation(root: $0).files() } ?? [])
        }
    }

    public struct Result: Sendable {
        public var coverage: Coverage
        public var comparison: CoverageComparison?
        public var response: ResponseStatus?
        /// The questionnaire's cycle, as its folder is named.
        public var cycle: String
        public var linksFile: String
        /// How many linked questions had their fingerprint recorded (`acceptLinks`); nil when not asked.
        public var acceptedLinks: Int?
    }

    public static func run(_ request: Request, loading: DocumentLoading) async throws -> Result {
        let mappings = request.mappings
        let current = try await loading.questionnaire(request.questionnaire)
        let sets = try RecommendationSet.loadAll(request.recommendations ?? mappings.recommendations).filter {
            request.includeLater || $0.applies(to: current.cycle)
        }
        let (links, linksFile) = try mappings.loadLinks(given: request.links, for: current.cycleLabel)
        let analyzer = CoverageAnalyzer(vocabulary: try mappings.loadVocabulary(), vocabularyFile: mappings.vocabulary)
        var coverage = analyzer.analyze(current, sets: sets, links: links, linksFile: linksFile)
        coverage.diagnostics = analyzer.vocabularyDiagnostics + coverage.diagnostics
        var result = Result(coverage: coverage, cycle: current.cycleLabel, linksFile: linksFile)
        if let previous = request.previous {
            let earlier = try await loading.questionnaire(previous)
            let earlierLinks = try mappings.loadLinks(given: nil, for: earlier.cycleLabel)
            let earlierCoverage = analyzer.analyze(earlier, sets: sets, links: earlierLinks.links, linksFile: earlierLinks.file)
            let diff = try mappings.matcher(old: earlier, new: current, vocabulary: analyzer.vocabulary).compare(earlier, current)
            result.comparison = CoverageComparison(previous: earlierCoverage, current: coverage, diff: diff)
        }
        if let response = request.response {
            result.response = try await status(of: response, answering: current, file: request.questionnaire, loading: loading)
        }
        // Last, so that a run that fails writes nothing.
        if request.acceptLinks, links != nil {
            result.acceptedLinks = try accept(of: current, file: linksFile)
        }
        return result
    }

    /// The response's answers; answers to another year's questionnaire would be shown against questions they do not answer.
    private static func status(
        of path: String, answering questionnaire: Questionnaire, file: String, loading: DocumentLoading
    ) async throws -> ResponseStatus {
        let answers = try await loading.response(path, template: questionnaire)
        if let answered = answers.cycle, let asked = questionnaire.cycle, answered != asked {
            throw ResponseMismatch(file: path, reason: "is a response to the \(answered) questionnaire, not to \(asked) (\(file))")
        }
        return ResponseStatus(response: answers, template: questionnaire)
    }

    /// Clears suspect links by recording each linked question's current fingerprint, editing only those lines of
    /// the file as it is under the Mappings lock (another process's edit made meanwhile is kept); broken links
    /// stay as they are. Nothing changed: the file is not written.
    private static func accept(of questionnaire: Questionnaire, file: String) throws -> Int {
        try RecommendationLinks.acceptFingerprints(path: file, of: questionnaire)
    }
}

/// A response given to `coverage` that answers another cycle's questionnaire.
public struct ResponseMismatch: FileProblem {
    public var file: String
    public var reason: String
}
