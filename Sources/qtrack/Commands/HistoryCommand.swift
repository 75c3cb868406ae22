import ArgumentParser
import QTrackAnalysis
import QTrackReports
import QTrackWorkspace

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

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var read: ReadOptions

    func run() async throws {
        try await CommandRun.run(read, subject: repository.questionnaires, output: output) { destination in
            let layout = try repository.layout()
            try destination.checkNotOverwriting(layout.inputs)
            let result = try await HistoryJob.run(HistoryJob.Request(question: question, layout: layout), loading: read.loading)
            guard !result.lineages.isEmpty else {
                // Not a usage error: the words were fine, nothing in the register answers them.
                Diagnostics.printError(
                    "no question matches '\(question)'; give a cycle and id (2020-2021:protection/6), a lineage (L0012) or other words")
                throw ExitStatus.unreadableInput
            }
            try destination.write(render(result))
        }
    }

    /// The timelines; for words that match several questions, the ranked list to choose from, not a wall of timelines.
    private func render(_ result: HistoryJob.Result) -> String {
        if let choices = result.choices, format != .json { return Self.list(choices, query: question, markdown: format == .markdown) }
        let reports = result.histories.map(HistoryReport.init)
        switch format {
        case .text: return reports.map { $0.text(style: TerminalStyle.forOutput(output)) }.joined(separator: "\n")
        case .markdown: return reports.map { $0.markdown() }.joined(separator: "\n")
        case .json: return HistoryReport.json(reports)
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
