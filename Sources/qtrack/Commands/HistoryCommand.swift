import ArgumentParser
import QTrackAnalysis
import QTrackReports

struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "A question's timeline across the cycles: number, section, text, changes, recommendations, answers.",
        discussion: "QUESTION is a question in a cycle (2020-2021:protection/6), a lineage id (L0012), or words to search for."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Argument(help: "2020-2021:protection/6, L0012, or words from the question.")
    var question: String

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "text, markdown or json.")
    var format: Format = .text

    @Option(
        name: .shortAndLong, help: "Write to this file instead of standard output (- for standard output).", transform: OutputPath.checked)
    var output: String?

    @OptionGroup var read: ReadOptions

    func run() async throws {
        read.startWatchdog(subject: repository.questionnaires)
        do {
            let destination = OutputDestination(path: output)
            let layout = try repository.layout()
            try destination.checkNotOverwriting(RepositoryOptions.inputs(of: layout))
            let (check, register) = try await RegisterLoading.load(
                layout, loading: read.loading, parts: [.diffs, .coverage, .responses, .register])
            var lineages = QuestionHistory.resolve(question, register: register, questionnaires: check.questionnaires)
            guard !lineages.isEmpty else {
                // Not a usage error: the words were fine, nothing in the register answers them.
                Diagnostics.printError(
                    "no question matches '\(question)'; give a cycle and id (2020-2021:protection/6), a lineage (L0012) or other words")
                throw ExitStatus.unreadableInput
            }
            // Words that match several questions: the ranked list to choose from, not a wall of timelines.
            if lineages.count > 1, !QuestionHistory.namesOne(question, register: register, questionnaires: check.questionnaires) {
                let matches = QuestionHistory.search(question, register: register, questionnaires: check.questionnaires)
                // One question carries every word and no other does: that is the one meant.
                if matches.count >= 2, matches[0].score == 1, matches[1].score < 1 {
                    lineages = [matches[0].lineage]
                } else if format != .json {
                    try destination.write(Self.list(matches, query: question, markdown: format == .markdown))
                    return
                }
            }
            let reports = lineages.map { HistoryReport(QuestionHistory(lineage: $0, register: register, check: check)) }
            switch format {
            case .text:
                try destination.write(reports.map { $0.text(style: TerminalStyle.forOutput(output)) }.joined(separator: "\n"))
            case .markdown: try destination.write(reports.map { $0.markdown() }.joined(separator: "\n"))
            case .json: try destination.write(HistoryReport.json(reports))
            }
        } catch {
            try rethrowAsExitStatus(error)
        }
    }

    /// The questions words matched, best first, each with what to type to see its timeline.
    static func list(_ matches: [QuestionHistory.Match], query: String, markdown: Bool) -> String {
        var lines = [
            markdown
                ? "# Questions matching “\(query)”" : "\(matches.count) questions match “\(query)”; `qtrack history LINEAGE` shows one:",
            "",
        ]
        for match in matches {
            let place = [match.cycle, match.question.section, match.question.number.map { "question \($0)" }].compactMap { $0 }
                .joined(separator: ", ")
            let text = match.question.text.split(separator: " ").prefix(12).joined(separator: " ")
            let score = String(format: "%.2f", match.score)
            lines.append(
                markdown ? "- `\(match.lineage.id)` \(score) \(place): \(text)…" : "  \(match.lineage.id)  \(score)  \(place): \(text)…")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
