import Foundation
import QTrackModel

/// What coverage knows of one questionnaire, worked out once for all the recommendations: each question's
/// terms, the questions that use each word, phrase, facet and subject (a recommendation is scored only
/// against those), the facets and pillars each question asks about, and how rare each word is.
struct CoverageIndex {
    let questions: [Question]
    let documents: [QuestionTerms]
    /// Each question's section pillar and the facets its section is named for ("LAW ENFORCEMENT TRAINING": training).
    private(set) var sectionPillars: [String?] = []
    private(set) var sectionFacets: [Set<String>] = []
    /// The questions where a term could stand (those using its first word, as read or as written).
    private var firstWordPostings: [String: [Int]] = [:]
    /// The questions asking for each facet, and the facets each question asks for, whichever recommendation names them.
    private(set) var facetPostings: [String: Set<Int>] = [:]
    private(set) var askedFacets: [Set<String>]
    /// The pillars whose subject each question's first sentence names (victims: protection).
    private(set) var leadPillars: [Set<String>]
    private var documentFrequency: [String: Int] = [:]
    private(set) var wordPostings: [String: [Int]] = [:]
    private(set) var phrasePostings: [String: [Int]] = [:]
    /// Every recommendation's subjects, each once, with the questions naming it, and which of them each
    /// question names (in all of it, and in its first sentence).
    private(set) var subjectIDs: [TermPattern: Int] = [:]
    private(set) var subjects: [(term: TermPattern, isForm: Bool)] = []
    private(set) var subjectPostings: [Set<Int>] = []
    private(set) var named: [Set<Int>]
    private(set) var namedFirst: [Set<Int>]

    init(_ questionnaire: Questionnaire, queries: [RecommendationQuery], vocabulary compiled: CompiledVocabulary) {
        questions = questionnaire.questions
        var documents: [QuestionTerms] = []
        var stems = StemMemo()
        var sections: [String: (words: Set<String>, pillar: String?, facets: Set<String>)] = [:]
        for question in questions {
            let title = question.section ?? ""
            if sections[title] == nil {
                let written = stems.contentWords(TextFeatures.tokens(TextNormalizer.comparable(title)))
                let positions = TermPositions(read: compiled.rewriter.rewrite(written), written: written)
                let facets = compiled.facets.filter { $0.terms.contains { $0.occurs(in: positions) } }.map(\.id)
                sections[title] = (Set(written), compiled.sectionPillars.pillar(ofTitle: written), Set(facets))
            }
            sectionPillars.append(sections[title]!.pillar)
            sectionFacets.append(sections[title]!.facets)
            documents.append(QuestionTerms(question, section: sections[title]!.words, compiled.rewriter, stems: &stems))
        }
        self.documents = documents
        askedFacets = Array(repeating: [], count: documents.count)
        leadPillars = Array(repeating: [], count: documents.count)
        named = Array(repeating: [], count: documents.count)
        namedFirst = Array(repeating: [], count: documents.count)
        indexWords()
        indexFacetsAndPillars(compiled)
        indexSubjects(queries)
    }

    private mutating func indexWords() {
        for (index, document) in documents.enumerated() {
            for word in document.positions.read.keys { firstWordPostings[word, default: []].append(index) }
            if let written = document.positions.written {
                for word in written.keys { firstWordPostings[word, default: []].append(index) }
            }
            for word in document.words.union(document.section) {
                documentFrequency[word, default: 0] += 1
                wordPostings[word, default: []].append(index)
            }
            for phrase in document.phrases { phrasePostings[phrase, default: []].append(index) }
        }
    }

    private mutating func indexFacetsAndPillars(_ compiled: CompiledVocabulary) {
        for facet in compiled.facets {
            let asking = facet.terms.reduce(into: Set<Int>()) { $0.formUnion(questionsUsing($1)) }
            facetPostings[facet.id] = asking
            for index in asking { askedFacets[index].insert(facet.id) }
        }
        for (pillar, terms) in compiled.pillarSubjects {
            for term in terms {
                for index in questionsUsing(term, firstSentenceOnly: true) { leadPillars[index].insert(pillar) }
            }
        }
    }

    /// The subjects of every recommendation that are not trafficking or a form of it ("complicit officials"):
    /// a question about one of them is not a general question.
    private mutating func indexSubjects(_ queries: [RecommendationQuery]) {
        for subject in queries.flatMap(\.subjects) where subjectIDs[subject.term] == nil {
            subjectIDs[subject.term] = subjects.count
            subjects.append(subject)
        }
        subjectPostings = subjects.map { questionsUsing($0.term) }
        for (id, subject) in subjects.enumerated() {
            for index in subjectPostings[id] { named[index].insert(id) }
            guard !subject.isForm else { continue }
            for index in questionsUsing(subject.term, firstSentenceOnly: true) { namedFirst[index].insert(id) }
        }
    }

    /// The questions that use `term`, looked for only where its first word stands.
    func questionsUsing(_ term: TermPattern, firstSentenceOnly: Bool = false) -> Set<Int> {
        let possible = Set((firstWordPostings[term.words[0]] ?? []) + (firstWordPostings[term.writtenWords[0]] ?? []))
        return possible.filter { term.occurs(in: documents[$0].positions, before: firstSentenceOnly ? documents[$0].leadLength : nil) }
    }

    /// True when some question uses `word`.
    func isUsed(_ word: String) -> Bool { documentFrequency[word] != nil }

    /// A word's weight: the rarer among the questions, the more it says.
    func weight(_ word: String) -> Double {
        log((Double(questions.count) + 1) / (Double(documentFrequency[word] ?? 0) + 0.5))
    }
}
