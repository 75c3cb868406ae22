/// Scores the questions of an indexed questionnaire against one recommendation: only those sharing two of
/// its words, a phrase, a facet or a subject are scored at all (see `Evidence`).
struct CoverageScorer {
    /// A question that earned a place in the recommendation's list, before the list is cut to `maxQuestions`.
    struct Scored {
        var index: Int
        var score: Double
        var evidence: Evidence
        var matched: [(String, Double)]
        var sharedPhrases: Set<String>
    }

    let index: CoverageIndex
    let query: RecommendationQuery
    let options: CoverageOptions

    /// The questions listed, best first (equal scores in the questionnaire's order), those in `linked` left out.
    func scored(excluding linked: Set<String>) -> [Scored] {
        let ownSubjects = query.subjects.compactMap { index.subjectIDs[$0.term] }
        // Another wording of one of its own subjects is not another subject.
        let ownWords = Set(query.subjects.map(\.term.words))
        let otherSubjects = Set(index.subjects.indices.filter { !ownWords.contains(index.subjects[$0].term.words) })
        let total = totalWeight()
        // Each word's weight once, in a fixed order (a Set's order changes with the hash seed).
        let queryWeights = query.words.sorted().map { ($0, index.weight($0)) }
        let queryFacets = Set(query.facets.map(\.id))
        var scored: [Scored] = []
        for candidate in candidates(ownSubjects: ownSubjects).sorted() where !linked.contains(index.questions[candidate].id) {
            let (wording, matched, sharedPhrases) = self.wording(of: candidate, weights: queryWeights, total: total)
            let evidence = self.evidence(
                for: candidate, ownSubjects: ownSubjects, otherSubjects: otherSubjects, queryFacets: queryFacets, wording: wording,
                sharesTwoWords: matched.count >= 2 || !sharedPhrases.isEmpty)
            guard let score = evidence.score(for: query, options: options), score >= options.weakScore else { continue }
            scored.append(
                Scored(
                    index: candidate, score: (min(options.maxAutomaticScore, score) * 1000).rounded() / 1000, evidence: evidence,
                    matched: matched, sharedPhrases: sharedPhrases))
        }
        scored.sort { ($0.score, $1.index) > ($1.score, $0.index) }
        return scored
    }

    /// The weight of all the recommendation's words. A word no question uses still counts against the
    /// recommendation (nothing asks about it), with the weight of an average word of the recommendation
    /// rather than the rarest possible.
    private func totalWeight() -> Double {
        let seen = query.words.filter(index.isUsed)
        let averageSeen = seen.isEmpty ? 1 : seen.reduce(0) { $0 + index.weight($1) } / Double(seen.count)
        return seen.reduce(0) { $0 + index.weight($1) } + Double(query.words.count - seen.count) * averageSeen
    }

    /// The questions sharing two of the words, a phrase, a facet or one of its own subjects.
    private func candidates(ownSubjects: [Int]) -> Set<Int> {
        var sharedWordCount: [Int: Int] = [:]
        for word in query.words {
            for question in index.wordPostings[word] ?? [] { sharedWordCount[question, default: 0] += 1 }
        }
        var candidates = Set(sharedWordCount.filter { $0.value >= 2 }.keys)
        for phrase in query.phrases { candidates.formUnion(index.phrasePostings[phrase] ?? []) }
        for facet in query.facets { candidates.formUnion(index.facetPostings[facet.id] ?? []) }
        for id in ownSubjects { candidates.formUnion(index.subjectPostings[id]) }
        return candidates
    }

    /// How much of the recommendation's wording the question shares, 0...1, rare words weighing more, a word
    /// of its section title less, each shared phrase a little more; with the words matched.
    private func wording(
        of question: Int, weights: [(String, Double)], total: Double
    ) -> (wording: Double, matched: [(String, Double)], sharedPhrases: Set<String>) {
        let document = index.documents[question]
        var wording = 0.0
        var matched: [(String, Double)] = []
        for (word, weight) in weights {
            if document.words.contains(word) {
                wording += weight
                matched.append((word, weight))
            } else if document.section.contains(word) {
                wording += weight * options.sectionWordShare
                matched.append((word + " (section)", weight * options.sectionWordShare))
            }
        }
        wording = total > 0 ? wording / total : 0
        let sharedPhrases = query.phrases.intersection(document.phrases)
        wording = min(1, wording + min(options.maxPhraseBonus, options.phraseBonus * Double(sharedPhrases.count)))
        return (wording, matched, sharedPhrases)
    }

    private func evidence(
        for question: Int, ownSubjects: [Int], otherSubjects: Set<Int>, queryFacets: Set<String>, wording: Double, sharesTwoWords: Bool
    ) -> Evidence {
        let subjects = ownSubjects.filter { index.named[question].contains($0) }.map { index.subjects[$0] }
        let facets = query.facets.map(\.id).filter { index.askedFacets[question].contains($0) }
        let leadPillars = index.leadPillars[question]
        let otherPillar = !query.pillars.isEmpty && !leadPillars.isEmpty && leadPillars.isDisjoint(with: query.pillars)
        // A section on other facets than the recommendation's, one of which the question asks for.
        let sectionFacets = index.sectionFacets[question]
        let sectionFacet =
            sectionFacets.isDisjoint(with: queryFacets) && !sectionFacets.isDisjoint(with: index.askedFacets[question])
        return Evidence(
            facets: facets, otherFacets: index.askedFacets[question].count - facets.count, subjects: subjects,
            aboutOtherSubject: subjects.isEmpty && !index.namedFirst[question].isDisjoint(with: otherSubjects),
            belongsElsewhere: otherPillar || sectionFacet, pillar: index.sectionPillars[question], wording: wording,
            sharesTwoWords: sharesTwoWords)
    }
}
