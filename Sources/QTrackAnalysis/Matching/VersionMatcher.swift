import QTrackBase
public import QTrackModel

/// Finds which question of one version is which question of the next, and what changed.
///
/// Passes, each taking only what the ones before left: reviewed decisions → identical text →
/// identical once dates are masked → best assignment on similarity (words weighted by rarity and
/// character trigrams, with section context) → splits and merges among the rest → added and removed.
public struct VersionMatcher: Sendable {
    public var decisions: ReviewedDecisions?
    /// The file the decisions came from, named in the evidence of the pairs they made.
    public var decisionsFile: String?
    /// Pairs less alike than this are left added and removed rather than forced together.
    public var minimumSimilarity: Double
    /// Below `minimumSimilarity` and down to this, a pair is made only when it is clearly the best for both.
    public var weakSimilarity: Double
    /// How far ahead of every rival a weak pair must be to count as clear.
    public var clearMargin: Double
    /// A runner-up within this margin makes a pair ambiguous.
    public var ambiguityMargin: Double

    public init(
        decisions: ReviewedDecisions? = nil, decisionsFile: String? = nil, minimumSimilarity: Double = 0.40, weakSimilarity: Double = 0.28,
        clearMargin: Double = 0.06, ambiguityMargin: Double = 0.05
    ) {
        self.decisions = decisions
        self.decisionsFile = decisionsFile
        self.minimumSimilarity = minimumSimilarity
        self.weakSimilarity = weakSimilarity
        self.clearMargin = clearMargin
        self.ambiguityMargin = ambiguityMargin
    }

    public func compare(_ old: Questionnaire, _ new: Questionnaire) -> VersionComparison {
        var state = MatchState(old: old, new: new)
        var diagnostics: [Diagnostic] = []
        if let decisions { diagnostics += state.applyDecisions(decisions, file: decisionsFile ?? "decisions") }
        state.pairIdentical(key: \.punctuationFree, origin: .identical)
        state.pairIdentical(key: \.dateMasked, origin: .dateMasked)
        state.pairBySimilarity(minimum: minimumSimilarity, weakMinimum: weakSimilarity, clearMargin: clearMargin)
        state.findSplitsAndMerges()
        let comparison = state.comparison(ambiguityMargin: ambiguityMargin, diagnostics: diagnostics)
        return comparison
    }
}
