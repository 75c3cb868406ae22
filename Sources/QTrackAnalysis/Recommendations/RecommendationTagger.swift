/// The subjects, facets and pillars a recommendation's own words name, proposed from the vocabulary for a
/// person to confirm: nothing is proposed that the vocabulary does not hold, and the text is read as coverage
/// reads a question (stemmed, through the vocabulary's groups, a term's words within a few words of each other).
public struct RecommendationTagger: Sendable {
    /// Tags proposed for one recommendation, each list in the vocabulary's order.
    public struct Proposal: Sendable, Hashable {
        public var subjects: [String]
        public var facets: [String]
        public var pillars: [String]

        public init(subjects: [String], facets: [String], pillars: [String]) {
            self.subjects = subjects
            self.facets = facets
            self.pillars = pillars
        }
    }

    private let compiled: CompiledVocabulary
    /// Candidate subjects in the vocabulary's order: its `subjects`, trafficking's forms, then each group's first
    /// term (not the spelling variants, nor trafficking itself, which every recommendation names).
    private let subjectCandidates: [TermPattern]
    private let pillarCues: [(id: String, terms: [TermPattern])]

    public init(vocabulary: Vocabulary) {
        let compiled = CompiledVocabulary(vocabulary)
        self.compiled = compiled
        let rewriter = compiled.rewriter
        let trafficking = TermPattern("trafficking", rewriter)
        var texts = vocabulary.subjects + vocabulary.forms
        for group in vocabulary.groups {
            guard let first = group.terms.first else { continue }
            let isSpelling = group.terms.count == 2 && group.terms.allSatisfy { !$0.contains(" ") }
            if isSpelling { continue }
            if let trafficking, let pattern = TermPattern(first, rewriter), pattern.words == trafficking.words { continue }
            texts.append(first)
        }
        var seen: Set<String> = []
        subjectCandidates = texts.filter { seen.insert($0.lowercased()).inserted }.compactMap { TermPattern($0, rewriter) }
        // A word counts once however many of its forms a pillar lists ("investigate", "investigation").
        pillarCues = vocabulary.pillars.map { pillar in
            var seenWords: Set<[String]> = []
            let terms = (pillar.recommends ?? []).compactMap { TermPattern($0, rewriter) }.filter { seenWords.insert($0.words).inserted }
            return (pillar.id, terms)
        }
    }

    public func propose(for text: String) -> Proposal {
        let written = TextFeatures.contentWords(text)
        let positions = TermPositions(read: compiled.rewriter.rewrite(written), written: written)
        let facets = compiled.facets.filter { facet in facet.terms.contains { $0.occurs(in: positions) } }.map(\.id)
        return Proposal(subjects: subjects(in: positions), facets: facets, pillars: pillars(in: positions))
    }

    /// The candidates that occur, less those a longer one already says ("labor" within "bonded labor"); of two
    /// that read alike ("labor recruiters", "recruitment agencies"), the one in the recommendation's own words.
    private func subjects(in positions: TermPositions) -> [String] {
        let found = subjectCandidates.enumerated().filter { $0.element.occurs(in: positions) }.map { candidate in
            (index: candidate.offset, term: candidate.element, ownWords: candidate.element.occursAsWritten(in: positions) ? 1 : 0)
        }
        var chosen: [(index: Int, term: TermPattern)] = []
        let preferred = found.sorted { ($0.ownWords, $0.term.words.count, -$0.index) > ($1.ownWords, $1.term.words.count, -$1.index) }
        for (index, term, _) in preferred {
            if chosen.contains(where: { $0.term.includes(term) }) { continue }
            chosen.append((index, term))
        }
        return chosen.sorted { $0.index < $1.index }.map(\.term.text)
    }

    /// The pillars whose words the recommendation uses most (several on a tie), the vocabulary's first first.
    private func pillars(in positions: TermPositions) -> [String] {
        let scores = pillarCues.map { pillar in (pillar.id, pillar.terms.filter { $0.occurs(in: positions) }.count) }
        guard let best = scores.map(\.1).max(), best > 0 else { return [] }
        return scores.filter { $0.1 == best }.map(\.0)
    }
}
