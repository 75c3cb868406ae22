import ArgumentParser
import Foundation
import QTrackAnalysis
import QTrackBase
import QTrackModel
import QTrackReports
import QTrackWorkspace

struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a questionnaire: what is new, changed, moved and removed.",
        discussion: """
            Pairs every question of OLD with its counterpart in NEW. Reviewed decisions are read from \
            --decisions, or from MAPPINGS/decisions/<old>--<new>.yaml when that file exists.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case markdown
        case json
        /// The new version with the changes as Word tracked changes (a redline).
        case docx
        /// One self-contained page, side by side, with filters.
        case html
        /// The changes as findings for CI.
        case junit, sarif, github
    }

    @Argument(help: "The earlier version (.docx or .txt).")
    var old: String

    @Argument(help: "The later version (.docx or .txt).")
    var new: String

    @Option(
        help:
            "text (for a terminal), markdown, json, html (one page, side by side), docx (a Word redline; needs --output), or junit, sarif, github (for CI)."
    )
    var format: Format = .text

    @Option(help: "The author of the tracked changes in a Word redline.")
    var author: String = "qtrack"

    @Option(help: "The date of the tracked changes in a Word redline (ISO 8601, such as 2025-02-01T00:00:00Z); none by default.")
    var date: String?

    @Option(
        name: .shortAndLong, help: "Write to this file instead of standard output (- for standard output).", transform: OutputPath.checked)
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Exit with status 1 when a change of one of these kinds occurs (comma-separated: \(ChangeKind.allCases.map(\.rawValue).joined(separator: ", ")), or 'substantive').",
            valueName: "kinds"))
    var failOn: KindList<ChangeKind>?

    @Flag(help: "Show why each pair was made.")
    var explain = false

    @Option(help: "A reviewed-decisions YAML file to honour.")
    var decisions: String?

    @OptionGroup var mappings: MappingsOptions

    @OptionGroup var read: ReadOptions

    func validate() throws {
        if format == .docx && output == nil { throw ValidationError("--format docx writes a Word file: give it --output FILE.docx") }
        if let date, !RevisionDate.isValid(date) {
            throw ValidationError(
                "--date takes an ISO 8601 date and time such as 2025-02-01T00:00:00Z, not '\(PrintableText.escaped(date))'")
        }
    }

    func run() async throws {
        let result = try await CommandRun.run(read, subject: new, output: output) { destination in
            let request = DiffJob.Request(old: old, new: new, decisionsFile: decisions, mappings: try mappings.location())
            try destination.checkNotOverwriting(request.inputs)
            let result = try await DiffJob.run(request, loading: read.loading)
            try destination.write(try render(result))
            return result
        }
        try CommandRun.failOn(failOn) { kind in result.comparison.changes.filter { $0.kinds.contains(kind) }.count }
        // The process ends now: the comparison need not be freed piece by piece first (a hundredth of a large diff).
        BackgroundRelease.release(consume result)
    }

    private func render(_ result: DiffJob.Result) throws -> Data {
        let report = DiffReport(result.comparison)
        switch format {
        case .text: return Data(report.text(style: TerminalStyle.forOutput(output), details: explain).utf8)
        case .markdown: return Data(report.markdown(details: explain).utf8)
        case .json: return report.jsonData()
        case .docx: return try Redline(result.comparison, author: author, date: date).docx()
        case .html: return Data(report.html().utf8)
        case .junit, .sarif, .github:
            let name = "diff \(result.old.cycleLabel) → \(result.new.cycleLabel)"
            let findings = FindingsReport(
                CheckFindings.diff(result.comparison, name: name, decisionsFile: result.decisionsFile ?? ""), failOn: failOn.findingKinds(),
                name: "qtrack diff")
            return Data(findings.rendered(FindingsReport.Format(rawValue: format.rawValue) ?? .github).utf8)
        }
    }
}
