import Foundation
import QTrackBase
public import QTrackModel

/// A lineage's path through the cycles: each cycle's question, how it changed, the recommendations it
/// answers to, and whether responses answered it.
public struct QuestionHistory: Sendable {
    public struct Entry: Sendable {
        public var cycle: String
        public var question: Question
        /// The change from the cycle before; nil where the lineage starts.
        public var change: QuestionChange?
        public var recommendations: [String]
        /// The state in each response of the cycle, with the answer's first words.
        public var answers: [(response: String, state: ResponseStatus.State, answer: String?)]
    }

    public var lineage: QuestionRegister.Lineage
    public var entries: [Entry]

    /// The timeline of `lineage` from what a repository check found.
    public init(lineage: QuestionRegister.Lineage, register: QuestionRegister, check: CheckResult) {
        self.lineage = lineage
        var entries: [Entry] = []
        for cycle in register.cycles {
            guard let questionnaire = check.questionnaires[cycle] else { continue }
            for id in lineage.members[cycle] ?? [] {
                guard let question = questionnaire.question(id: id) else { continue }
                let change = check.diffs.first { $0.new.cycleLabel == cycle }?.changes.first { $0.new?.id == id && $0.old != nil }
                let recommendations = check.coverages.filter { $0.cycle == cycle }.flatMap { entry in
                    entry.coverage.items.filter { item in item.questions.contains { $0.id == id && !$0.broken } }.map(\.qualifiedID)
                }
                let answers = check.responses.filter { $0.cycle == cycle }.compactMap { entry -> (String, ResponseStatus.State, String?)? in
                    guard let item = entry.status.items.first(where: { $0.question.id == id }) else { return nil }
                    let text = item.question.answer?.text.split(separator: " ").prefix(12).joined(separator: " ")
                    return (entry.status.response.file, item.state, text?.isEmpty == false ? text : nil)
                }
                entries.append(Entry(cycle: cycle, question: question, change: change, recommendations: recommendations, answers: answers))
            }
        }
        self.entries = entries
    }

    /// Finds the lineage a person means: "2020-2021:protection/6", "L0012", or words from the question.
    public static func resolve(_ query: String, register: QuestionRegister, questionnaires: [String: Questionnaire]) -> [QuestionRegister
        .Lineage]
    {
        if let lineage = register.lineage(id: query) { return [lineage] }
        if let reference = QuestionReference(parsing: query) {
            // Ids as a person types them: `2020-2021:PROTECTION/6` is `protection/6`.
            let cycle = register.cycles.first { $0.lowercased() == reference.cycle.lowercased() } ?? reference.cycle
            let wanted = reference.question.lowercased()
            let id = questionnaires[cycle]?.questions.first { $0.id.lowercased() == wanted }?.id ?? reference.question
            return register.lineages(of: id, in: cycle)
        }
        if let named = sectionAndNumber(query, register: register, questionnaires: questionnaires) { return named }
        return search(query, register: register, questionnaires: questionnaires).map(\.lineage)
    }

    /// "protection 6": the question numbered 6 in a section whose title starts with those words, latest cycle first.
    static func sectionAndNumber(_ query: String, register: QuestionRegister, questionnaires: [String: Questionnaire]) -> [QuestionRegister
        .Lineage]?
    {
        let words = query.lowercased().split(separator: " ").map(String.init)
        guard words.count >= 2, let number = words.last, number.contains(where: \.isNumber) else { return nil }
        let section = words.dropLast().joined(separator: " ")
        for cycle in register.cycles.reversed() {
            let found = questionnaires[cycle]?.questions.first { question in
                question.number?.lowercased() == number && (question.section?.lowercased().hasPrefix(section) ?? false)
            }
            if let found { return register.lineages(of: found.id, in: cycle) }
        }
        return nil
    }

    /// A lineage that words from a question found, with how well they match (0…1).
    public struct Match: Sendable {
        public var lineage: QuestionRegister.Lineage
        public var score: Double
        public var cycle: String
        public var question: Question
    }

    /// Every lineage with a question that shares the query's words, best first: the share of the words'
    /// weight a question carries (rare words weigh more), the latest cycle first and the questionnaire's
    /// order on a tie. At most `limit`.
    public static func search(_ query: String, register: QuestionRegister, questionnaires: [String: Questionnaire], limit: Int = 15)
        -> [Match]
    {
        let wanted = Set(TextFeatures(query).words)
        guard !wanted.isEmpty else { return [] }
        var frequency: [String: Int] = [:]
        var documents: [(cycle: String, order: Int, question: Question, words: Set<String>)] = []
        for (cycleIndex, cycle) in register.cycles.reversed().enumerated() {
            for (index, question) in (questionnaires[cycle]?.questions ?? []).enumerated() {
                let words = TextFeatures(question.text, items: question.subItems.map(\.text)).wordSet
                for word in wanted where words.contains(word) { frequency[word, default: 0] += 1 }
                documents.append((cycle, cycleIndex * 1_000_000 + index, question, words))
            }
        }
        let count = Double(max(1, documents.count))
        let weight = { (word: String) in log((count + 1) / Double((frequency[word] ?? 0) + 1)) + 0.1 }
        let total = wanted.reduce(0) { $0 + weight($1) }
        var scored: [(score: Double, order: Int, cycle: String, question: Question)] = []
        for document in documents {
            let score = wanted.filter(document.words.contains).reduce(0) { $0 + weight($1) } / total
            if score > 0 { scored.append((score, document.order, document.cycle, document.question)) }
        }
        scored.sort { ($0.score, $1.order) > ($1.score, $0.order) }
        var seen: Set<String> = []
        var matches: [Match] = []
        for entry in scored where matches.count < limit {
            for lineage in register.lineages(of: entry.question.id, in: entry.cycle) where seen.insert(lineage.id).inserted {
                matches.append(
                    Match(lineage: lineage, score: (entry.score * 100).rounded() / 100, cycle: entry.cycle, question: entry.question))
            }
        }
        return matches
    }

    /// True when `query` names one question (a lineage, a cycle and id, or a section and number) rather than words to search.
    public static func namesOne(_ query: String, register: QuestionRegister, questionnaires: [String: Questionnaire]) -> Bool {
        register.lineage(id: query) != nil || QuestionReference(parsing: query) != nil
            || sectionAndNumber(query, register: register, questionnaires: questionnaires) != nil
    }
}
