public import QTrackAnalysis

extension RecommendationLinks {
    public static func load(path: String) throws(MappingError) -> RecommendationLinks {
        try MappingsYAML.decode(RecommendationLinks.self, path: path)
    }

    /// YAML for a reviewer, links in a stable order.
    public func yaml() throws -> String {
        var sorted = self
        sorted.links.sort { ($0.recommendation, $0.question) < ($1.recommendation, $1.question) }
        return try MappingsYAML.encode(
            sorted,
            header: [
                "Reviewed links from recommendations to questions of this cycle. A link whose question text changed",
                "since its fingerprint was recorded is suspect; `qtrack coverage --accept-links` records the new one.",
            ])
    }
}
