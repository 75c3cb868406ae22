/// The scored candidates of every question the exact passes left free, built once and read by the
/// similarity pass, the split and merge pass, and the certainty of each pair.
struct CandidateTable {
    typealias Scores = SimilarityIndex.Scores

    /// For each free new question, its best old candidates, best first.
    let forNew: [Int: [(old: Int, scores: Scores)]]
    /// The same pairs from the old side, in the new questions' order.
    let forOld: [Int: [(new: Int, scores: Scores)]]
    /// Every candidate score of each question, best first: its rivals, paired or not.
    private let rivalsOfNew: [Int: [Double]]
    private let rivalsOfOld: [Int: [Double]]

    init(_ features: VersionFeatures, leftBy alignment: Alignment, options: MatchingOptions) {
        var forNew: [Int: [(old: Int, scores: Scores)]] = [:]
        // Only questions still free need candidates: a pair by identical text needs no runner-up.
        let free = features.newQuestions.indices.filter { !alignment.newTaken[$0] }
        let rows = features.index.scoredCandidates(forNew: free, limit: options.candidatesLookedUp)
        for (newIndex, row) in zip(free, rows) {
            var scored = row.map { (old: $0.other, scores: $0.scores) }
            scored.sort { ($0.scores.combined, $1.old) > ($1.scores.combined, $0.old) }
            forNew[newIndex] = Array(scored.prefix(options.candidatesKept))
        }
        var forOld: [Int: [(new: Int, scores: Scores)]] = [:]
        var rivalsOfNew: [Int: [Double]] = [:]
        var rivalsOfOld: [Int: [Double]] = [:]
        for newIndex in features.newQuestions.indices {
            for (oldIndex, scores) in forNew[newIndex] ?? [] {
                forOld[oldIndex, default: []].append((newIndex, scores))
                rivalsOfNew[newIndex, default: []].append(scores.combined)
                rivalsOfOld[oldIndex, default: []].append(scores.combined)
            }
        }
        self.forNew = forNew
        self.forOld = forOld
        self.rivalsOfNew = rivalsOfNew.mapValues { $0.sorted(by: >) }
        self.rivalsOfOld = rivalsOfOld.mapValues { $0.sorted(by: >) }
    }

    /// True when `score` is the best of both questions' candidates and no rival of either comes within `margin`.
    func isClear(_ pair: IndexPair, score: Double, margin: Double) -> Bool {
        let ofNew = rivalsOfNew[pair.new] ?? []
        let ofOld = rivalsOfOld[pair.old] ?? []
        guard ofNew.first == score, ofOld.first == score else { return false }
        let next = max(ofNew.dropFirst().first ?? 0, ofOld.dropFirst().first ?? 0)
        return score - next >= margin
    }
}
