import Synchronization

/// Each recommendation's query, built once per analyzer: a repository check analyses every cycle against
/// the same recommendations, from several tasks at once.
final class QueryMemo: Sendable {
    private let queries = Mutex<[Recommendation: RecommendationQuery]>([:])

    func query(_ recommendation: Recommendation, _ vocabulary: CompiledVocabulary) -> RecommendationQuery {
        if let known = queries.withLock({ $0[recommendation] }) { return known }
        // Built outside the lock; two tasks may build the same query, and either result is the same.
        let query = RecommendationQuery(recommendation, vocabulary)
        queries.withLock { $0[recommendation] = query }
        return query
    }
}
