/// Every number that tunes the matcher, each with the reason for its value. The defaults were set on
/// generated variants of the real questionnaire and checked against the pairs a reviewer made by reading.
public struct MatchingOptions: Sendable, Hashable {
    /// Pairs less alike than this are left added and removed rather than forced together…
    public var minimumSimilarity = 0.40
    /// …unless they are at least this alike, each the other's clear best, and share a rare word.
    public var weakSimilarity = 0.28
    /// How far ahead of every rival such a weak pair must be to count as clear.
    public var clearMargin = 0.06
    /// A runner-up within this margin makes a pair ambiguous.
    public var ambiguityMargin = 0.05
    /// Old questions scored for each new one: enough for a runner-up and for split and merge parts.
    public var candidatesKept = 8
    /// Old questions looked up by shared rare words before scoring: keeps large versions sub-quadratic.
    public var candidatesLookedUp = 24
    /// Credit for staying in the corresponding section: a tie-breaker, never enough to make a pair.
    public var sameSectionBonus = 0.03
    /// More credit for also keeping the number there.
    public var sameSectionAndNumberBonus = 0.05
    /// Rounds of pair swapping after the greedy assignment; the gain after three is nil in practice.
    public var swapRounds = 3
    /// Share of a part's weighted words that must come from one question of the other version to be a split or merge piece.
    public var partContainment = 0.8
    /// Share of the whole's weighted words the pieces must carry together.
    public var wholeCoverage = 0.6
    /// Questions with the same name (`[riskProfile3]`, `B2c`) pair from this similarity: an author's id is
    /// strong evidence, but releases do reuse a name for another question.
    public var namedLabelSimilarity = 0.3
    /// Date-masked identity is near certain; only a reviewer's decision or identical text is more.
    public var dateMaskedConfidence = 0.98

    /// Context (see PairContext) only ever adds to words already shared; these are its credits.
    /// A question between two paired neighbours, and a candidate between their counterparts: the order
    /// around them held, which a reviewer reads as strong evidence.
    public var anchoredBonus = 0.08
    /// A candidate right after the counterpart of the question before (or right before that of the one after).
    public var adjacentBonus = 0.05
    /// A candidate where most of the old question's section went.
    public var sectionAffinityBonus = 0.05
    /// The share of a section's pairs that defines where it went: most, not all (one question may move far).
    public var sectionAffinityShare = 0.75
    /// A probable pair needs similarity and context together at least this high…
    public var probableSimilarity = 0.28
    /// …and is found in rounds, each round's pairs anchoring the next; a fourth round finds nothing in practice.
    public var probableRounds = 3
    /// Share of a probable split or merge part's weighted words that the other side must take from it and
    /// not from the question already paired: what the part contributes.
    public var partContribution = 0.2
    /// A merged new question less like its paired old question than this was rewritten as a broader one, and
    /// other old questions may be parts of it without bringing words of their own. Above it the new question is
    /// its partner asked again: SOEP's questions kept word for word (1.0), AIA's lightly reworded ones (0.77).
    public var rewrittenWhole = 0.6
    /// A probable split or merge part less alike than `probableSimilarity` still counts when this share of its
    /// weighted words sits inside the other question: half, where a certain part needs `partContainment`.
    public var probablePartContainment = 0.5
    /// Suggested counterparts of an added or removed question below this score are noise, not suggestions.
    public var suggestionFloor = 0.12
    /// How many suggested counterparts an added or removed question shows.
    public var suggestionsShown = 3

    public init() {}
}
