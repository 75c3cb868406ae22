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

    @Option(
        name: .shortAndLong, help: "Write to this file instead of standard output (- for standard output).", transform: OutputPath.checked)
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Exit with status 1 on these states (comma-separated: unanswered, placeholder, partial, carried).", valueName: "states"))
    var failOn: KindList<ResponseStatus.State>?

    @OptionGroup var read: ReadOptions

    func run() async throws {
        read.startWatchdog(subject: response)
        let status: ResponseStatus
        do {
            let destination = OutputDestination(path: output)
            try destination.checkNotOverwriting([response] + (template.map { [$0] } ?? []))
            let (read, blank) = try await read.loading.response(response, templatePath: template)
            status = ResponseStatus(response: read, template: blank)
            let report = StatusReport(status)
            switch format {
            case .text: try destination.write(report.text(style: TerminalStyle.forOutput(output)))
            case .markdown: try destination.write(report.markdown())
            case .json: try destination.write(report.json())
            case .html: try destination.write(report.html())
            case .junit, .sarif, .github:
                let findings = FindingsReport(
                    CheckFindings.status(status, cycle: read.cycleLabel), failOn: failOn.findingKinds(), name: "qtrack status")
                try destination.write(findings.rendered(FindingsReport.Format(rawValue: format.rawValue) ?? .github))
            }
        } catch {
            try rethrowAsExitStatus(error)
        }
        let failing = failOn?.kinds ?? []
        if let exit = ExitStatus.failing(ResponseStatus.State.allCases.filter(failing.contains).map { ($0.rawValue, status.count($0)) }) {
            throw exit
        }
    }
}
