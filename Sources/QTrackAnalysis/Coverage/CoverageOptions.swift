/// Every number that tunes coverage, each with the reason for its value. The defaults were set against a
/// reviewer's key for eight recommendations on both real questionnaires (`Tests/Keys/coverage.tsv`, made
/// by reading before tuning; see docs/measurements.md).
public struct CoverageOptions: Sendable, Hashable {
    /// A question scoring at least this covers the recommendation: a facet asked about the recommendation's
    /// subject (0.55 and up) or about all trafficking (0.45 and up), not words alone.
    public var coveredScore = 0.45
    /// A question scoring at least this is listed, and alone makes the coverage weak.
    public var weakScore = 0.3
    /// The most automatic matches listed per recommendation: a reviewer reads the list, and the key's core
    /// questions fit in it.
    public var maxQuestions = 16
    /// An automatic match is never as sure as a reviewed link (1.00).
    public var maxAutomaticScore = 0.99

    /// A word found only in the question's section title counts half: the section is context, not the question.
    public var sectionWordShare = 0.5
    /// Each phrase shared ("bonded labor") adds this to the wording…
    public var phraseBonus = 0.12
    /// …up to this: phrases confirm words, they do not replace them.
    public var maxPhraseBonus = 0.3

    /// A question asking for a facet about the recommendation's own subject starts here…
    public var specificFacetScore = 0.55
    /// …and one asking for it about all trafficking here, just enough to cover.
    public var generalFacetScore = 0.45
    /// Each further facet of the recommendation asked for adds this (up to `maxFurtherFacets`)…
    public var furtherFacetBonus = 0.05
    public var maxFurtherFacets = 3
    /// …and each facet asked for that the recommendation does not ask for takes this away (up to `maxOtherFacets`).
    public var otherFacetPenalty = 0.05
    public var maxOtherFacets = 2
    /// How much the shared wording adds to a question with facets or a subject.
    public var wordingWeight = 0.25
    /// A question naming the recommendation's own subject without asking for its facet: related, not covering.
    public var subjectOnlyScore = 0.4
    /// A question sharing only words scores this share of its wording: listed when the words are many, never covering.
    public var wordsOnlyWeight = 0.45
    /// A section of the recommendation's pillar adds this, another pillar's takes it away.
    public var pillarContext = 0.1

    public init() {}
}
