import Foundation
import QTrackBase
import Yams

/// Reviewed links from recommendations to the questions of one cycle, kept in `Mappings/links/<cycle>.yaml`.
/// Each link records the fingerprint of the question text it was reviewed against: when the text
/// changes the link becomes suspect, and when the question goes the link is broken.
public struct RecommendationLinks: Sendable, Hashable, Codable {
    public struct Link: Sendable, Hashable, Codable {
        /// `<year>/<id>`, such as `2009/complicity`.
        public var recommendation: String
        /// The question id in the cycle's questionnaire.
        public var question: String
        /// The question's fingerprint when the link was last reviewed.
        public var fingerprint: String?
        public var note: String?

        public init(recommendation: String, question: String, fingerprint: String? = nil, note: String? = nil) {
            self.recommendation = recommendation
            self.question = question
            self.fingerprint = fingerprint
            self.note = note
        }
    }

    public var cycle: String
    public var links: [Link]

    public init(cycle: String, links: [Link]) {
        self.cycle = cycle
        self.links = links
    }

    public static func load(path: String) throws(MappingError) -> RecommendationLinks {
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return try YAMLDecoder().decode(RecommendationLinks.self, from: text)
        } catch {
            throw MappingError(file: path, reason: MappingError.describe(error))
        }
    }

    /// YAML for a reviewer, links in a stable order.
    public func yaml() -> String {
        var lines = [
            "# Reviewed links from recommendations to questions of this cycle. A link whose question text changed",
            "# since its fingerprint was recorded is suspect; `qtrack coverage --accept-links` records the new one.",
            "cycle: \(YAMLScalar.quoted(cycle))",
            "links:",
        ]
        for link in links.sorted(by: { ($0.recommendation, $0.question) < ($1.recommendation, $1.question) }) {
            lines.append("  - recommendation: \(YAMLScalar.quoted(link.recommendation))")
            lines.append("    question: \(YAMLScalar.quoted(link.question))")
            if let fingerprint = link.fingerprint { lines.append("    fingerprint: \(YAMLScalar.quoted(fingerprint))") }
            if let note = link.note { lines.append("    note: \(YAMLScalar.quoted(note))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

}
