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

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
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
            let lineages = QuestionHistory.resolve(question, register: register, questionnaires: check.questionnaires)
            guard !lineages.isEmpty else {
                // Not a usage error: the words were fine, nothing in the register answers them.
                Diagnostics.printError(
                    "no question matches '\(question)'; give a cycle and id (2020-2021:protection/6), a lineage (L0012) or other words")
                throw ExitStatus.unreadableInput
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
}
