import Foundation
public import QTrackBase
public import QTrackModel

/// Finds the questions that ask about each recommendation: words weighted by their rarity among the
/// questionnaire's questions, phrases ("bonded labor"), the question's sub-items and its section title.
/// Reviewed links add to these; a link's question may since have changed (suspect) or gone (broken).
public struct CoverageAnalyzer: Sendable {
    public var options: CoverageOptions
    /// A question scoring at least this covers the recommendation.
    public var coveredScore: Double {
        get { options.coveredScore }
        set { options.coveredScore = newValue }
    }
    /// A question scoring at least this is listed, and alone makes the coverage weak.
    public var weakScore: Double {
        get { options.weakScore }
        set { options.weakScore = newValue }
    }
    /// The most automatic matches listed per recommendation.
    public var maxQuestions: Int {
        get { options.maxQuestions }
        set { options.maxQuestions = newValue }
    }
    /// Wordings that mean the same (`Mappings/vocabulary.yaml`), shared with the matcher.
    public let vocabulary: Vocabulary
    /// The vocabulary's terms as patterns, worked out once: a repository check analyses every cycle with it.
    private let compiled: CompiledVocabulary
    private let queryMemo = QueryMemo()
    /// Terms of two vocabulary groups that read alike, each a warning on the vocabulary file: about the
    /// vocabulary, not about one questionnaire, so a check reports them once rather than with every cycle.
    public let vocabularyDiagnostics: [Diagnostic]

    public init(options: CoverageOptions = CoverageOptions(), vocabulary: Vocabulary = .empty, vocabularyFile: String? = nil) {
        self.options = options
        self.vocabulary = vocabulary
        compiled = CompiledVocabulary(vocabulary)
        vocabularyDiagnostics = VocabularyAmbiguity.messages(vocabulary).map {
            Diagnostic(.warning, $0, at: SourceLocation(file: vocabularyFile ?? "vocabulary"))
        }
    }

    /// Words that say how much or how hard, not what about: they never make a match. "Law enforcement
    /// activity against …" is how the reports ask for action; what follows it is the subject.
    static let genericWords: Set<String> = Set(
        [
            "increase", "increased", "activity", "effort", "efforts", "government", "governments", "more", "expand", "expanded", "ensure",
            "improve", "strengthen", "vigorously", "level", "levels", "both", "federal", "provincial", "human", "trafficking", "work",
            "take",
            "steps", "implement", "measures", "number", "particularly", "including", "all", "forms", "address", "against", "law",
            "enforcement", "result", "acts", "committed",
        ].map(TextFeatures.stem))

    public func analyze(
        _ questionnaire: Questionnaire, sets: [RecommendationSet], links: RecommendationLinks? = nil, linksFile: String? = nil
    ) -> Coverage {
        let queries = sets.map { set in set.recommendations.map { queryMemo.query($0, compiled) } }
        let index = CoverageIndex(questionnaire, queries: queries.flatMap { $0 }, vocabulary: compiled)
        let byID = Dictionary(index.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // The forms each listed question writes its stems in, for its reasons: worked out for the questions listed only.
        let writtenForms = WrittenForms()
        var diagnostics = Self.unknownRecommendations(in: links, sets: sets, linksFile: linksFile)
        var items: [Coverage.Item] = []
        var reached: Set<String> = []
        let notAsked = Set((links?.notAsked ?? []).map(\.recommendation))
        for (set, setQueries) in zip(sets, queries) {
            for (recommendation, query) in zip(set.recommendations, setQueries) {
                let qualified = RecommendationSet.key(year: set.year, id: recommendation.id)
                for name in query.unknownNames {
                    diagnostics.append(
                        Diagnostic(
                            .warning, "recommendation '\(qualified)' names \(name), which the vocabulary does not define",
                            at: SourceLocation(file: set.file.isEmpty ? "recommendations" : set.file)))
                }
                var found = Self.reviewed(links, of: qualified, questions: byID)
                let scored = CoverageScorer(index: index, query: query, options: options).scored(excluding: Set(found.map(\.id)))
                found += scored.prefix(maxQuestions).map { listed($0, index: index, forms: writtenForms) }
                reached.formUnion(found.filter { !$0.broken }.map(\.id))
                // A reviewer's "not asked this year" is the status while no reviewed link says otherwise.
                let marked = notAsked.contains(qualified) && !found.contains { $0.origin == .link && !$0.broken }
                items.append(
                    Coverage.Item(
                        set: set, recommendation: recommendation, status: marked ? .notAsked : status(of: found), questions: found))
            }
        }
        return Coverage(
            questionnaire: questionnaire, items: items,
            questionsWithoutRecommendation: index.questions.filter { !reached.contains($0.id) }, diagnostics: diagnostics,
            coveredScore: coveredScore)
    }

    /// A warning for each link to a recommendation no set has.
    private static func unknownRecommendations(
        in links: RecommendationLinks?, sets: [RecommendationSet], linksFile: String?
    ) -> [Diagnostic] {
        let known = Set(sets.flatMap { set in set.recommendations.map { RecommendationSet.key(year: set.year, id: $0.id) } })
        return (links?.links ?? []).filter { !known.contains($0.recommendation) }.map { link in
            Diagnostic(
                .warning, "link names recommendation '\(link.recommendation)', which no recommendation set has",
                at: SourceLocation(file: linksFile ?? "links"))
        }
    }

    /// The reviewed links of one recommendation: suspect when the question's text changed since the review,
    /// broken when the question is gone.
    private static func reviewed(
        _ links: RecommendationLinks?, of qualified: String, questions: [String: Question]
    ) -> [Coverage.CoveringQuestion] {
        (links?.links ?? []).filter { $0.recommendation == qualified }.map { link in
            guard let question = questions[link.question] else {
                return .init(
                    id: link.question, question: nil, score: 0, origin: .link, suspect: false, broken: true,
                    reason: "reviewed link to a question this version does not have")
            }
            let suspect = link.fingerprint.map { $0 != question.fingerprint } ?? false
            let reason =
                suspect
                ? "reviewed link; the question's text changed since the review" : "reviewed link" + (link.note.map { ": \($0)" } ?? "")
            return .init(id: question.id, question: question, score: 1, origin: .link, suspect: suspect, broken: false, reason: reason)
        }
    }

    /// A listed question with its reason, in words as the question writes them, not stems.
    private func listed(
        _ match: CoverageScorer.Scored, index: CoverageIndex, forms writtenForms: WrittenForms
    ) -> Coverage.CoveringQuestion {
        let question = index.questions[match.index]
        let forms = writtenForms.forms(match.index, of: [question.fullText, question.section ?? ""])
        let words = match.matched.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(5).map { QuestionTerms.written($0.0, forms: forms) }
        let phraseText = match.sharedPhrases.sorted().map { phrase in
            "\"" + phrase.split(separator: " ").map { QuestionTerms.written(String($0), forms: forms) }.joined(separator: " ") + "\""
        }
        return .init(
            id: question.id, question: question, score: match.score, origin: .auto, suspect: false, broken: false,
            reason: match.evidence.reason(sharing: phraseText + words))
    }

    /// Covered by a sound link or a match scoring enough; weak with only lesser ones; uncovered with none.
    private func status(of found: [Coverage.CoveringQuestion]) -> Coverage.Status {
        let sound = found.filter { !$0.broken }
        if sound.contains(where: { Coverage.covers($0, coveredScore: coveredScore) }) { return .covered }
        return sound.isEmpty ? .uncovered : .weak
    }

    /// Adjacent content-word pairs in either order ("bond labor"; "complicit official" also from
    /// "officials complicit"), the generic words left out.
    static func phrases(_ terms: [String]) -> Set<String> {
        var phrases: Set<String> = []
        for (first, second) in zip(terms, terms.dropFirst()) where !genericWords.contains(first) && !genericWords.contains(second) {
            phrases.insert(first < second ? "\(first) \(second)" : "\(second) \(first)")
        }
        return phrases
    }
}
