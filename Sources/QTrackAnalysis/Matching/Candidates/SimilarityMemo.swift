/// What a `SimilarityIndex` has already worked out, kept for the one comparison it serves.
///
/// A class, so that the index stays a value every pass reads while the answers it gives are remembered: the
/// passes, the context and the report's suggestions ask for the same pairs and candidate lists many times
/// (on the real 2020–2021 → 2025 diff, scoring pairs was a tenth of the whole run). One comparison runs on
/// one thread, so no lock is needed; the index is not `Sendable`. (Work the index spreads over several threads, such
/// as `scoredCandidates`, computes without the memo and hands its answers to it on the calling thread.)
final class SimilarityMemo {
    struct CandidateKey: Hashable {
        var isOld: Bool
        var index: Int
        var limit: Int
    }

    typealias Row = [(other: Int, scores: SimilarityIndex.Scores)]

    private var scores: [Int: SimilarityIndex.Scores] = [:]
    /// The scored candidates of questions, worked out many at once (`SimilarityIndex.scoredCandidates`): a pair's
    /// scores are found in its question's row of 24 at most, and a row costs one store where its scores cost one
    /// each.
    private var rowsOfNew: [Int: Row] = [:]
    private var rowsOfOld: [Int: Row] = [:]
    private var candidates: [CandidateKey: [Int]] = [:]
    /// The candidate lookup's working space: the weight shared with each question (zero when untouched) and
    /// the questions touched; the lookup leaves both empty again.
    private var sharedWeights: [Double] = []
    private var touched: [Int] = []

    func scores(old: Int, new: Int, key: Int, compute: () -> SimilarityIndex.Scores) -> SimilarityIndex.Scores {
        if let row = rowsOfNew[new], let known = row.first(where: { $0.other == old }) { return known.scores }
        if let row = rowsOfOld[old], let known = row.first(where: { $0.other == new }) { return known.scores }
        if let known = scores[key] { return known }
        let value = compute()
        scores[key] = value
        return value
    }

    func withSharedWeights<Result>(count: Int, _ body: (inout [Double], inout [Int]) -> Result) -> Result {
        if sharedWeights.count < count { sharedWeights = [Double](repeating: 0, count: count) }
        return body(&sharedWeights, &touched)
    }

    /// `row` as the candidates of question `key.index`, and their scores.
    func remember(_ row: Row, for key: CandidateKey) {
        candidates[key] = row.map(\.other)
        if key.isOld { rowsOfOld[key.index] = row } else { rowsOfNew[key.index] = row }
    }

    func remember(scores value: SimilarityIndex.Scores, for key: Int) { scores[key] = value }

    func candidates(_ key: CandidateKey, compute: () -> [Int]) -> [Int] {
        if let known = candidates[key] { return known }
        let value = compute()
        candidates[key] = value
        return value
    }
}
