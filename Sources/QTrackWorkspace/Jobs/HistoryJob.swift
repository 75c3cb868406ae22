public import QTrackAnalysis

/// A question's timeline across the cycles, found from a cycle and id, a lineage id, or words.
public enum HistoryJob {
    public struct Request: Sendable {
        /// "2020-2021:protection/6", "L0012", or words from the question.
        public var question: String
        public var layout: RepositoryLayout

        public init(question: String, layout: RepositoryLayout) {
            self.question = question
            self.layout = layout
        }
    }

    public struct Result: Sendable {
        /// The questions meant; none when nothing in the register answers the words.
        public var lineages: [QuestionRegister.Lineage]
        /// Words that match several questions with none standing out: the ranked list to choose from.
        public var choices: [QuestionHistory.Match]?
        var register: QuestionRegister
        var check: CheckResult

        /// One timeline for each question meant.
        public var histories: [QuestionHistory] {
            lineages.map { QuestionHistory(lineage: $0, register: register, check: check) }
        }
    }

    public static func run(_ request: Request, loading: DocumentLoading) async throws -> Result {
        let parts: RepositoryCheck.Parts = [.diffs, .coverage, .responses, .register]
        let found = try await RegisterJob.run(RegisterJob.Request(layout: request.layout, parts: parts), loading: loading)
        let (check, register, query) = (found.check, found.register, request.question)
        var lineages = QuestionHistory.resolve(query, register: register, questionnaires: check.questionnaires)
        var choices: [QuestionHistory.Match]?
        if lineages.count > 1, !QuestionHistory.namesOne(query, register: register, questionnaires: check.questionnaires) {
            let matches = QuestionHistory.search(query, register: register, questionnaires: check.questionnaires)
            // One question carries every word and no other does: that is the one meant.
            if matches.count >= 2, matches[0].score == 1, matches[1].score < 1 {
                lineages = [matches[0].lineage]
            } else {
                choices = matches
            }
        }
        return Result(lineages: lineages, choices: choices, register: register, check: check)
    }
}
