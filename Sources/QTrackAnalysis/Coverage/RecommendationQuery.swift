import QTrackBase

/// A recommendation compiled for scoring questions against it: the words of its text, title and subjects; the
/// facets it asks for and the subjects it is about, as term patterns; the pillars it belongs to.
struct RecommendationQuery {
    /// Content words of the text, title and subjects, less the generic words and the facets' words (a facet
    /// counts once, as a facet).
    let words: Set<String>
    let phrases: Set<String>
    let facets: [(id: String, terms: [TermPattern])]
    /// Its subjects, each marked when it names trafficking or one of its forms.
    let subjects: [(term: TermPattern, isForm: Bool)]
    let pillars: Set<String>
    /// A subject names trafficking or one of its forms: a question about all trafficking cases answers it
    /// ("the number of new investigations" answers a recommendation on bonded labor cases).
    let reachesGeneralQuestions: Bool
    /// Facets and pillars the vocabulary does not define, for a warning.
    let unknownNames: [String]

    init(_ recommendation: Recommendation, _ vocabulary: CompiledVocabulary) {
        let rewriter = vocabulary.rewriter
        var unknown: [String] = []
        var facets: [(id: String, terms: [TermPattern])] = []
        for id in recommendation.facets ?? [] {
            if let terms = vocabulary.facetTerms[id] { facets.append((id, terms)) } else { unknown.append("facet '\(id)'") }
        }
        for id in recommendation.pillars ?? [] where !vocabulary.pillarIDs.contains(id) { unknown.append("pillar '\(id)'") }
        unknownNames = unknown
        self.facets = facets
        pillars = Set(recommendation.pillars ?? [])
        subjects = (recommendation.subjects ?? []).compactMap { TermPattern($0, rewriter) }.map { ($0, vocabulary.isForm($0)) }
        reachesGeneralQuestions = subjects.contains(where: \.isForm)

        let facetWords = Set(facets.flatMap { $0.terms.flatMap(\.words) })
        let query = rewriter.rewrite(
            TextFeatures.contentWords(
                ([recommendation.text, recommendation.title] + (recommendation.subjects ?? [])).joined(separator: ". ")))
        phrases = CoverageAnalyzer.phrases(query)
        words = Set(query).filter { !CoverageAnalyzer.genericWords.contains($0) && !facetWords.contains($0) }
    }
}

/// The parts of a vocabulary coverage uses, compiled once for all recommendations.
struct CompiledVocabulary {
    let rewriter: VocabularyRewriter
    /// In the vocabulary's order.
    let facets: [(id: String, terms: [TermPattern])]
    let facetTerms: [String: [TermPattern]]
    let pillarIDs: Set<String>
    let forms: [TermPattern]
    let sectionPillars: SectionPillars
    /// Whom each pillar's questions are about, for the pillars that say.
    let pillarSubjects: [(id: String, terms: [TermPattern])]

    init(_ vocabulary: Vocabulary) {
        rewriter = VocabularyRewriter(vocabulary)
        var facetTerms: [String: [TermPattern]] = [:]
        var order: [String] = []
        for facet in vocabulary.facets {
            if facetTerms[facet.id] == nil { order.append(facet.id) }
            facetTerms[facet.id, default: []] += facet.terms.compactMap { [rewriter] in TermPattern($0, rewriter) }
        }
        self.facetTerms = facetTerms
        facets = order.map { ($0, facetTerms[$0] ?? []) }
        pillarIDs = Set(vocabulary.pillars.map(\.id))
        forms = vocabulary.forms.compactMap { [rewriter] in TermPattern($0, rewriter) }
        sectionPillars = SectionPillars(vocabulary, rewriter)
        pillarSubjects = vocabulary.pillars.compactMap { [rewriter] pillar in
            pillar.about.map { about in (pillar.id, about.compactMap { TermPattern($0, rewriter) }) }
        }
    }

    /// True when `subject` names trafficking or one of its forms ("sex trafficking victims", "bonded labor").
    func isForm(_ subject: TermPattern) -> Bool {
        forms.contains { subject.includes($0) }
    }
}
