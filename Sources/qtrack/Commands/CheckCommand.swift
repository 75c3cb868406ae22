import ArgumentParser
import Foundation
import QTrackAnalysis
import QTrackReports
import QTrackWorkspace

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a repository of questionnaires, responses and mappings in one run (the main job, and CI's).",
        discussion: """
            Finds the cycles under --questionnaires, orders them by their years, diffs each consecutive pair, \
            covers every recommendation set against the questionnaires that follow it, and judges every response.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, junit, sarif, github, html
        /// One screen for a manager: what changed, coverage lost, answers missing.
        case summary
    }

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "text, markdown, json, junit, sarif, github (workflow annotations), html, or summary (one screen, Markdown).")
    var format: Format = .text

    @Option(
        name: .shortAndLong, help: "Write to this file instead of standard output (- for standard output).", transform: OutputPath.checked)
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Exit with status 1 when a finding of these kinds occurs (comma-separated: \(Finding.Kind.allCases.map(\.rawValue).joined(separator: ", "))).",
            valueName: "kinds"))
    var failOn: KindList<Finding.Kind>?

    @Option(
        help: ArgumentHelp(
            "Report and fail only on findings about these cycles (repeatable; the register concerns every cycle).", valueName: "years"))
    var cycle: [String] = []

    @OptionGroup var read: ReadOptions

    func run() async throws {
        read.startWatchdog(subject: repository.questionnaires)
        let failing = failOn?.kinds ?? []
        let check: CheckResult
        do {
            let layout = try repository.layout()
            let destination = OutputDestination(path: output)
            try destination.checkNotOverwriting(RepositoryOptions.inputs(of: layout))
            let progress = ProgressLine()
            if let unknown = cycle.first(where: { name in !layout.cycles.contains { $0.name == name } }) {
                throw MappingError(
                    file: repository.questionnaires,
                    reason: "has no cycle '\(unknown)' (there are \(layout.cycles.map(\.name).joined(separator: ", ")))")
            }
            var result = try await RepositoryCheck.run(layout, loading: read.loading, progress: progress.report)
            if !cycle.isEmpty { result.findings.removeAll { finding in finding.cycle.map { !cycle.contains($0) } ?? false } }
            check = result
            progress.finish()
            let report = CheckReport(check, failOn: failing)
            switch format {
            case .text: try destination.write(report.text(style: TerminalStyle.forOutput(output)))
            case .markdown: try destination.write(report.markdown())
            case .json: try destination.write(report.json())
            case .junit: try destination.write(report.findings.junit())
            case .sarif: try destination.write(report.findings.sarif())
            case .github: try destination.write(report.findings.github())
            case .html: try destination.write(report.html())
            case .summary: try destination.write(CheckSummary(check).markdown())
            }
        } catch {
            try rethrowAsExitStatus(error)
        }
        let counts = Finding.Kind.allCases.filter(failing.contains).map { kind in
            (kind.rawValue, check.findings.filter { $0.kind == kind }.count)
        }
        if let exit = ExitStatus.failing(counts) { throw exit }
    }
}
