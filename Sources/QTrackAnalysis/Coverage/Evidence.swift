/// What ties one question to one recommendation, and the score it earns.
///
/// A question that asks for what the recommendation asks for (a facet: investigations, shelter and care) about
/// what it is about (a subject: bonded labor, complicit officials) covers it. So does one asking for a facet of
/// a recommendation on trafficking or a form of it, when the question is about all trafficking ("the number of
/// new investigations"), not about another subject. A question that names a subject without asking for a facet
/// is related at least; one that only shares words is listed only when they are many, and never covers alone.
/// The section's pillar is context: the same pillar adds a little, another takes a little away.
struct Evidence {
    /// The recommendation's facets the question asks about.
    var facets: [String]
    /// How many facets it asks about that the recommendation does not ("training" in a question on training
    /// investigators).
    var otherFacets: Int
    /// The recommendation's subjects the question names; forms of trafficking are marked.
    var subjects: [(term: TermPattern, isForm: Bool)]
    /// It names none of the recommendation's subjects but, in its first sentence, another recommendation's.
    var aboutOtherSubject: Bool
    /// It is another pillar's question (its first sentence names victims, and the recommendation is not on
    /// protection) or its section's (it asks for the facet its section is named for, training, which the
    /// recommendation does not ask for): the recommendation's facet is mentioned in passing.
    var belongsElsewhere: Bool
    /// The pillar of the question's section.
    var pillar: String?
    /// How much of the recommendation's wording the question shares, 0...1, rare words weighing more.
    var wording: Double
    /// Two words or a phrase in common: one shared word is not evidence.
    var sharesTwoWords: Bool

    /// The score, or nil when the question should not be listed at all.
    func score(for query: RecommendationQuery, options: CoverageOptions) -> Double? {
        // A recommendation without facets (an older file) is matched on its wording alone.
        guard !query.facets.isEmpty else { return sharesTwoWords ? wording : nil }
        var context = 0.0
        if let pillar, !query.pillars.isEmpty { context = query.pillars.contains(pillar) ? options.pillarContext : -options.pillarContext }
        let specific = subjects.contains { !$0.isForm }
        // A question asking more for other facets than for the recommendation's is about those.
        let general =
            !specific && query.reachesGeneralQuestions && !aboutOtherSubject && !belongsElsewhere && otherFacets <= facets.count
        if !facets.isEmpty && (specific || general) {
            let base = specific ? options.specificFacetScore : options.generalFacetScore
            let further = options.furtherFacetBonus * Double(min(options.maxFurtherFacets, facets.count - 1))
            let other = options.otherFacetPenalty * Double(min(options.maxOtherFacets, otherFacets))
            return base + further - other + options.wordingWeight * wording + context
        }
        // A form of trafficking is named in passing by many questions; a specific subject is not.
        if subjects.contains(where: { !$0.isForm }) { return options.subjectOnlyScore + options.wordingWeight * wording + context }
        return sharesTwoWords ? options.wordsOnlyWeight * wording + min(0, context) : nil
    }

    /// "asks for investigations, prosecutions; names complicit officials; shares "bonded labor", brick; in a
    /// prosecution section".
    func reason(sharing words: [String]) -> String {
        var parts: [String] = []
        if !facets.isEmpty { parts.append("asks for " + facets.joined(separator: ", ")) }
        if !subjects.isEmpty { parts.append("names " + subjects.map(\.term.text).joined(separator: ", ")) }
        if !words.isEmpty { parts.append((parts.isEmpty ? "matched " : "shares ") + words.prefix(5).joined(separator: ", ")) }
        if let pillar { parts.append("in a \(pillar) section") }
        return parts.joined(separator: "; ")
    }
}
