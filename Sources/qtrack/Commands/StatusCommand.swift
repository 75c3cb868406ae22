import ArgumentParser
import QTrackAnalysis
import QTrackModel
import QTrackReports
import QTrackWorkspace

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say which questions of a filled-in response are answered, placeholders, partial or unanswered.",
        discussion: """
            Answers are found after markers ("Ans:", "Answer:", "Response:", "Reply:", "Comments:"), in another \
            style, colour or italics than the questions, in tables, and in Word comments. With --template (the \
            blank questionnaire of the same cycle) everything the template does not contain is answer text.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case markdown
        case json
        case html
        /// Questions not answered, as findings for CI.
        case junit, sarif, github
    }

    @Argument(help: "The filled-in response (.docx or .txt).")
    var response: String

    @Option(help: "The blank questionnaire of the same cycle.")
    var template: String?

    @Option(help: "text, markdown, json, html, or junit, sarif, github (for CI).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Exit with status 1 on these states (comma-separated: unanswered, placeholder, partial, carried).", valueName: "states"))
    var failOn: KindList<ResponseStatus.State>?

    @OptionGroup var read: ReadOptions

    func run() async throws {
        let result = try await CommandRun.run(read, subject: response, output: output) { destination in
            let request = StatusJob.Request(response: response, template: template)
            try destination.checkNotOverwriting(request.inputs)
            let result = try await StatusJob.run(request, loading: read.loading)
            try destination.write(render(result))
            return result
        }
        try CommandRun.failOn(failOn) { result.status.count($0) }
    }

    private func render(_ result: StatusJob.Result) -> String {
        let report = StatusReport(result.status)
        switch format {
        case .text: return report.text(style: TerminalStyle.forOutput(output))
        case .markdown: return report.markdown()
        case .json: return report.json()
        case .html: return report.html()
        case .junit, .sarif, .github:
            let findings = FindingsReport(
                CheckFindings.status(result.status, cycle: result.cycle), failOn: failOn.findingKinds(), name: "qtrack status")
            return findings.rendered(FindingsReport.Format(rawValue: format.rawValue) ?? .github)
        }
    }
}
