import QTrackBase
public import QTrackModel

/// Finds which question of one version is which question of the next, and what changed.
///
/// The passes run in this order, each taking only what the ones before left: a reviewer's decisions →
/// identical text → identical once dates are masked → the same name (survey labels) → (the candidate table of what is left, built once) →
/// best assignment on similarity → splits and merges → probable pairs on context (in rounds) → probable
/// splits and merges → the result, with added and removed questions and their suggested counterparts.
public struct VersionMatcher: Sendable {
    public var decisions: ReviewedDecisions?
    /// The file the decisions came from, named in the evidence of the pairs they made.
    public var decisionsFile: String?
    /// Words that mean the same in the questionnaires' field (`Mappings/vocabulary.yaml`).
    public var vocabulary: Vocabulary
    public var options: MatchingOptions

    public init(
        decisions: ReviewedDecisions? = nil, decisionsFile: String? = nil, vocabulary: Vocabulary = .empty,
        options: MatchingOptions = MatchingOptions()
    ) {
        self.decisions = decisions
        self.decisionsFile = decisionsFile
        self.vocabulary = vocabulary
        self.options = options
    }

    public func compare(_ old: Questionnaire, _ new: Questionnaire) -> VersionComparison {
        let features = VersionFeatures(old: old, new: new, vocabulary: vocabulary)
        var alignment = Alignment(oldCount: features.oldQuestions.count, newCount: features.newQuestions.count)
        var diagnostics: [Diagnostic] = []
        if let decisions {
            diagnostics += DecisionPass(decisions: decisions, file: decisionsFile ?? "decisions").run(features, &alignment)
        }
        IdenticalTextPass.identical.run(features, &alignment)
        IdenticalTextPass.dateMasked.run(features, &alignment)
        NamedLabelPass(options: options).run(features, &alignment)
        let candidates = CandidateTable(features, leftBy: alignment, options: options)
        SimilarityPass(options: options).run(features, candidates, &alignment)
        SplitMergePass(options: options).run(features, candidates, &alignment)
        ProbablePass(options: options).run(features, &alignment)
        ProbableSplitMergePass(options: options).run(features, &alignment)
        let context = PairContext(features, anchors: alignment.links.map(\.pair), options: options)
        let comparison = ComparisonBuilder(
            features: features, candidates: candidates, alignment: alignment, context: context, options: options
        ).build(diagnostics: diagnostics)
        // What only the matching needed (features, indexes, candidates) goes while the caller writes its report.
        BackgroundRelease.release((consume features, consume candidates, consume alignment, consume context))
        return comparison
    }
}
