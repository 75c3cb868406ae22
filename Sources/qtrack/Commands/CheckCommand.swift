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

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
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
        let check = try await CommandRun.run(read, subject: repository.questionnaires, output: output) { destination in
            let layout = try repository.layout()
            try destination.checkNotOverwriting(layout.inputs)
            try layout.requireCycles(cycle)
            let progress = ProgressLine()
            let check = try await RepositoryCheck.run(layout, loading: read.loading, progress: progress.report).onlyAbout(cycle)
            progress.finish()
            try destination.write(render(check))
            return check
        }
        try CommandRun.failOn(failOn) { kind in check.findings.filter { $0.kind == kind }.count }
    }

    private func render(_ check: CheckResult) -> String {
        let report = CheckReport(check, failOn: failOn?.kinds ?? [])
        switch format {
        case .text: return report.text(style: TerminalStyle.forOutput(output))
        case .markdown: return report.markdown()
        case .json: return report.json()
        case .junit: return report.findings.junit()
        case .sarif: return report.findings.sarif()
        case .github: return report.findings.github()
        case .html: return report.html()
        case .summary: return CheckSummary(check).markdown()
        }
    }
}
