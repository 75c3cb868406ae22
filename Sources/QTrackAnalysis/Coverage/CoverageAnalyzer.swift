import Foundation
public import QTrackBase
public import QTrackModel

/// Finds the questions that ask about each recommendation: words weighted by their rarity among the
/// questionnaire's questions, phrases ("bonded labor"), the question's sub-items and its section title.
/// Reviewed links add to these; a link's question may since have changed (suspect) or gone (broken).
public struct CoverageAnalyzer: Sendable {
    /// A question scoring at least this covers the recommendation.
    public var coveredScore: Double
    /// A question scoring at least this is listed, and alone makes the coverage weak.
    public var weakScore: Double
    /// The most automatic matches listed per recommendation.
    public var maxQuestions: Int
    /// Wordings that mean the same (`Mappings/vocabulary.yaml`), shared with the matcher.
    public let vocabulary: Vocabulary
    /// The vocabulary's terms as patterns, worked out once: a repository check analyses every cycle with it.
    private let compiled: CompiledVocabulary
    private let queryMemo = QueryMemo()
    /// Terms of two vocabulary groups that read alike, each a warning on the vocabulary file: about the
    /// vocabulary, not about one questionnaire, so a check reports them once rather than with every cycle.
    public let vocabularyDiagnostics: [Diagnostic]
    /// An automatic match is never as sure as a reviewed link (1.00).
    static let maxAutomaticScore = 0.99

    public init(
        coveredScore: Double = 0.45, weakScore: Double = 0.3, maxQuestions: Int = 16, vocabulary: Vocabulary = .empty,
        vocabularyFile: String? = nil
    ) {
        self.coveredScore = coveredScore
        self.weakScore = weakScore
        self.maxQuestions = maxQuestions
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
        let questions = questionnaire.questions
        let rewriter = compiled.rewriter
        // Each question's words, section words and phrases, worked out once for all recommendations.
        var stems = StemMemo()
        // The forms each listed question writes its stems in (its text, then its section's title), for its
        // reasons: worked out for the questions listed only.
        let writtenForms = WrittenForms()
        // Questions share their section's title: its words, its pillar and the facets it names ("LAW
        // ENFORCEMENT TRAINING": training) are worked out once per section.
        var sections: [String: (words: Set<String>, pillar: String?, facets: Set<String>)] = [:]
        var sectionPillars: [String?] = []
        var sectionFacets: [Set<String>] = []
        let documents = questions.map { question in
            let title = question.section ?? ""
            if sections[title] == nil {
                let written = stems.contentWords(TextFeatures.tokens(TextNormalizer.comparable(title)))
                let positions = TermPositions(read: rewriter.rewrite(written), written: written)
                let facets = compiled.facets.filter { $0.terms.contains { $0.occurs(in: positions) } }.map(\.id)
                sections[title] = (Set(written), compiled.sectionPillars.pillar(ofTitle: written), Set(facets))
            }
            sectionPillars.append(sections[title]!.pillar)
            sectionFacets.append(sections[title]!.facets)
            return QuestionTerms(question, section: sections[title]!.words, rewriter, stems: &stems)
        }
        // The questions where a term could stand (those using its first word, as read or as written), so that
        // a term is looked for only there.
        var firstWordPostings: [String: [Int]] = [:]
        for (index, document) in documents.enumerated() {
            for word in document.positions.read.keys { firstWordPostings[word, default: []].append(index) }
            if let written = document.positions.written {
                for word in written.keys { firstWordPostings[word, default: []].append(index) }
            }
        }
        func questionsUsing(_ term: TermPattern, firstSentenceOnly: Bool = false) -> Set<Int> {
            let possible = Set((firstWordPostings[term.words[0]] ?? []) + (firstWordPostings[term.writtenWords[0]] ?? []))
            return possible.filter { term.occurs(in: documents[$0].positions, before: firstSentenceOnly ? documents[$0].leadLength : nil) }
        }
        // The questions asking for each facet, and the facets each question asks for, whichever recommendation
        // names them.
        var facetPostings: [String: Set<Int>] = [:]
        var askedFacets = [Set<String>](repeating: [], count: documents.count)
        for facet in compiled.facets {
            let asking = facet.terms.reduce(into: Set<Int>()) { $0.formUnion(questionsUsing($1)) }
            facetPostings[facet.id] = asking
            for index in asking { askedFacets[index].insert(facet.id) }
        }
        // The pillars whose subject each question's first sentence names (victims: protection).
        var leadPillars = [Set<String>](repeating: [], count: documents.count)
        for (pillar, terms) in compiled.pillarSubjects {
            for term in terms {
                for index in questionsUsing(term, firstSentenceOnly: true) { leadPillars[index].insert(pillar) }
            }
        }
        var documentFrequency: [String: Int] = [:]
        // The questions that use each word or phrase: a recommendation is scored only against those.
        var wordPostings: [String: [Int]] = [:]
        var phrasePostings: [String: [Int]] = [:]
        for (index, document) in documents.enumerated() {
            for word in document.words.union(document.section) {
                documentFrequency[word, default: 0] += 1
                wordPostings[word, default: []].append(index)
            }
            for phrase in document.phrases { phrasePostings[phrase, default: []].append(index) }
        }
        let count = Double(questions.count)
        func weight(_ word: String) -> Double {
            log((count + 1) / (Double(documentFrequency[word] ?? 0) + 0.5))
        }

        let byID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var diagnostics: [Diagnostic] = []
        var items: [Coverage.Item] = []
        var reached: Set<String> = []
        let knownRecommendations = Set(sets.flatMap { set in set.recommendations.map { "\(set.year)/\($0.id)" } })
        for link in links?.links ?? [] where !knownRecommendations.contains(link.recommendation) {
            diagnostics.append(
                Diagnostic(
                    .warning, "link names recommendation '\(link.recommendation)', which no recommendation set has",
                    at: SourceLocation(file: linksFile ?? "links")))
        }
        let queries = sets.map { set in set.recommendations.map { queryMemo.query($0, compiled) } }
        // The subjects of every recommendation that are not trafficking or a form of it ("complicit officials"):
        // a question about one of them is not a general question.
        // Every recommendation's subjects, each once, and which of them each question names (in all of it, and
        // in its first sentence): worked out once per question, not once per recommendation.
        var subjectIDs: [TermPattern: Int] = [:]
        var allSubjects: [(term: TermPattern, isForm: Bool)] = []
        for subject in queries.joined().flatMap(\.subjects) where subjectIDs[subject.term] == nil {
            subjectIDs[subject.term] = allSubjects.count
            allSubjects.append(subject)
        }
        let subjectPostings = allSubjects.map { questionsUsing($0.term) }
        var named = [Set<Int>](repeating: [], count: documents.count)
        var namedFirst = [Set<Int>](repeating: [], count: documents.count)
        for (id, subject) in allSubjects.enumerated() {
            for index in subjectPostings[id] { named[index].insert(id) }
            guard !subject.isForm else { continue }
            for index in questionsUsing(subject.term, firstSentenceOnly: true) { namedFirst[index].insert(id) }
        }

        for (set, setQueries) in zip(sets, queries) {
            for (recommendation, query) in zip(set.recommendations, setQueries) {
                let qualified = "\(set.year)/\(recommendation.id)"
                for name in query.unknownNames {
                    diagnostics.append(
                        Diagnostic(
                            .warning, "recommendation '\(qualified)' names \(name), which the vocabulary does not define",
                            at: SourceLocation(file: set.file.isEmpty ? "recommendations" : set.file)))
                }
                var found: [Coverage.CoveringQuestion] = []
                for link in links?.links ?? [] where link.recommendation == qualified {
                    if let question = byID[link.question] {
                        let suspect = link.fingerprint.map { $0 != question.fingerprint } ?? false
                        let reason =
                            suspect
                            ? "reviewed link; the question's text changed since the review"
                            : "reviewed link" + (link.note.map { ": \($0)" } ?? "")
                        found.append(
                            .init(
                                id: question.id, question: question, score: 1, origin: .link, suspect: suspect, broken: false,
                                reason: reason))
                        reached.insert(question.id)
                    } else {
                        found.append(
                            .init(
                                id: link.question, question: nil, score: 0, origin: .link, suspect: false, broken: true,
                                reason: "reviewed link to a question this version does not have"))
                    }
                }
                let linked = Set(found.map(\.id))
                let ownSubjects = query.subjects.compactMap { subjectIDs[$0.term] }
                // Another wording of one of its own subjects is not another subject.
                let ownWords = Set(query.subjects.map(\.term.words))
                let otherSubjects = Set(allSubjects.indices.filter { !ownWords.contains(allSubjects[$0].term.words) })
                // A word no question uses still counts against the recommendation (nothing asks about it),
                // with the weight of an average word of the recommendation rather than the rarest possible.
                let seen = query.words.filter { documentFrequency[$0] != nil }
                let averageSeen = seen.isEmpty ? 1 : seen.reduce(0) { $0 + weight($1) } / Double(seen.count)
                let total = seen.reduce(0) { $0 + weight($1) } + Double(query.words.count - seen.count) * averageSeen
                // Only a question sharing two of the words, a phrase, a facet or a subject can be listed (see
                // Evidence): the others are not scored at all.
                var sharedWordCount: [Int: Int] = [:]
                for word in query.words {
                    for index in wordPostings[word] ?? [] { sharedWordCount[index, default: 0] += 1 }
                }
                var candidates = Set(sharedWordCount.filter { $0.value >= 2 }.keys)
                for phrase in query.phrases { candidates.formUnion(phrasePostings[phrase] ?? []) }
                for facet in query.facets { candidates.formUnion(facetPostings[facet.id] ?? []) }
                for id in ownSubjects { candidates.formUnion(subjectPostings[id]) }
                // Each word's weight once, in a fixed order (a Set's order changes with the hash seed).
                let queryWeights = query.words.sorted().map { ($0, weight($0)) }
                let queryFacets = Set(query.facets.map(\.id))
                var scored: [Scored] = []
                for index in candidates.sorted() where !linked.contains(questions[index].id) {
                    let document = documents[index]
                    var wording = 0.0
                    var matched: [(String, Double)] = []
                    for (word, weight) in queryWeights {
                        if document.words.contains(word) {
                            wording += weight
                            matched.append((word, weight))
                        } else if document.section.contains(word) {
                            wording += weight * 0.5
                            matched.append((word + " (section)", weight * 0.5))
                        }
                    }
                    wording = total > 0 ? wording / total : 0
                    let sharedPhrases = query.phrases.intersection(document.phrases)
                    wording = min(1, wording + min(0.3, 0.12 * Double(sharedPhrases.count)))
                    let subjects = ownSubjects.filter { named[index].contains($0) }.map { allSubjects[$0] }
                    let facets = query.facets.map(\.id).filter { askedFacets[index].contains($0) }
                    let otherPillar =
                        !query.pillars.isEmpty && !leadPillars[index].isEmpty && leadPillars[index].isDisjoint(with: query.pillars)
                    // A section on other facets than the recommendation's, one of which the question asks for.
                    let sectionFacet =
                        sectionFacets[index].isDisjoint(with: queryFacets) && !sectionFacets[index].isDisjoint(with: askedFacets[index])
                    let evidence = Evidence(
                        facets: facets, otherFacets: askedFacets[index].count - facets.count,
                        subjects: subjects,
                        aboutOtherSubject: subjects.isEmpty && !namedFirst[index].isDisjoint(with: otherSubjects),
                        belongsElsewhere: otherPillar || sectionFacet,
                        pillar: sectionPillars[index], wording: wording, sharesTwoWords: matched.count >= 2 || !sharedPhrases.isEmpty)
                    guard let score = evidence.score(for: query), score >= weakScore else { continue }
                    scored.append(
                        Scored(
                            index: index, score: (min(Self.maxAutomaticScore, score) * 1000).rounded() / 1000, evidence: evidence,
                            matched: matched, sharedPhrases: sharedPhrases))
                }
                // Best first; equal scores in the questionnaire's order. Reasons are written for those listed only.
                scored.sort { ($0.score, $1.index) > ($1.score, $0.index) }
                found += scored.prefix(maxQuestions).map { match in
                    // Words as the question writes them, not stems.
                    let question = questions[match.index]
                    let forms = writtenForms.forms(match.index, of: [question.fullText, question.section ?? ""])
                    let words = match.matched.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(5).map {
                        QuestionTerms.written($0.0, forms: forms)
                    }
                    let phraseText = match.sharedPhrases.sorted().map { phrase in
                        "\"" + phrase.split(separator: " ").map { QuestionTerms.written(String($0), forms: forms) }.joined(separator: " ")
                            + "\""
                    }
                    return .init(
                        id: questions[match.index].id, question: questions[match.index], score: match.score, origin: .auto,
                        suspect: false, broken: false, reason: match.evidence.reason(sharing: phraseText + words))
                }
                for match in found where match.origin == .auto { reached.insert(match.id) }

                let sound = found.filter { !$0.broken }
                let status: Coverage.Status
                if sound.contains(where: { Coverage.covers($0, coveredScore: coveredScore) }) {
                    status = .covered
                } else if !sound.isEmpty {
                    status = .weak
                } else {
                    status = .uncovered
                }
                items.append(Coverage.Item(set: set, recommendation: recommendation, status: status, questions: found))
            }
        }
        return Coverage(
            questionnaire: questionnaire, items: items, questionsWithoutRecommendation: questions.filter { !reached.contains($0.id) },
            diagnostics: diagnostics, coveredScore: coveredScore)
    }

    /// A question that earned a place in a recommendation's list, before the list is cut to `maxQuestions`.
    private struct Scored {
        var index: Int
        var score: Double
        var evidence: Evidence
        var matched: [(String, Double)]
        var sharedPhrases: Set<String>
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
