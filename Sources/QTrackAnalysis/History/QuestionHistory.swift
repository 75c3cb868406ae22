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
            let cycle = register.cycles.first { $0.lowercased() == reference.cycle.rawValue.lowercased() } ?? reference.cycle.rawValue
            let wanted = reference.question.rawValue.lowercased()
            let id = questionnaires[cycle]?.questions.first { $0.id.lowercased() == wanted }?.id ?? reference.question.rawValue
            return register.lineages(of: id, in: cycle)
        }
        // Words: the question sharing most of them, latest cycle first on a tie.
        let wanted = Set(TextFeatures(query).words)
        guard !wanted.isEmpty else { return [] }
        var best: (score: Int, cycle: String, id: String)?
        for cycle in register.cycles.reversed() {
            for question in questionnaires[cycle]?.questions ?? [] {
                let score = wanted.intersection(TextFeatures(question.fullText).wordSet).count
                if score > (best?.score ?? 0) { best = (score, cycle, question.id) }
            }
        }
        guard let best else { return [] }
        return register.lineages(of: best.id, in: best.cycle)
    }
}
