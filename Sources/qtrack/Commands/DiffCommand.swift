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

    @Option(name: .customLong("mappings"), help: "The mappings folder holding decisions/ (default: Mappings when it exists).")
    var mappingsOption: String?

    /// The folder given, or Mappings/ when it exists; a folder given that does not exist is an error, not
    /// an empty set of mappings (a typo must not pass a CI check).
    var mappings: String { mappingsOption ?? "Mappings" }

    @OptionGroup var read: ReadOptions

    func validate() throws {
        if format == .docx && output == nil { throw ValidationError("--format docx writes a Word file: give it --output FILE.docx") }
        if let date, !RevisionDate.isValid(date) {
            throw ValidationError(
                "--date takes an ISO 8601 date and time such as 2025-02-01T00:00:00Z, not '\(PrintableText.escaped(date))'")
        }
    }

    func run() async throws {
        read.startWatchdog(subject: new)
        let comparison: VersionComparison
        do {
            try MappingsFolder.check(mappingsOption)
            let destination = OutputDestination(path: output)
            try destination.checkNotOverwriting([old, new] + (decisions.map { [$0] } ?? []) + MappingsLocation(root: mappings).files())
            // Both read at once; a failure of the old one is reported first, as when reading one after the other.
            let (loading, oldPath, newPath) = (read.loading, old, new)
            async let oldRead = loading.questionnaire(oldPath)
            async let newRead = loading.questionnaire(newPath)
            let oldQuestionnaire = try await oldRead
            let newQuestionnaire = try await newRead
            let matcher = try MappingsLocation(root: mappings).matcher(
                old: oldQuestionnaire, new: newQuestionnaire, decisionsFile: decisions)
            let file = matcher.decisionsFile
            comparison = matcher.compare(oldQuestionnaire, newQuestionnaire)
            let report = DiffReport(comparison)
            switch format {
            case .text: try destination.write(report.text(style: TerminalStyle.forOutput(output), details: explain))
            case .markdown: try destination.write(report.markdown(details: explain))
            case .json: try destination.write(report.json())
            case .docx: try destination.write(try Redline(comparison, author: author, date: date).docx())
            case .html: try destination.write(report.html())
            case .junit, .sarif, .github:
                let name = "diff \(oldQuestionnaire.cycleLabel) → \(newQuestionnaire.cycleLabel)"
                let findings = FindingsReport(
                    CheckFindings.diff(comparison, name: name, decisionsFile: file ?? ""), failOn: failOn.findingKinds(),
                    name: "qtrack diff")
                try destination.write(findings.rendered(FindingsReport.Format(rawValue: format.rawValue) ?? .github))
            }
        } catch {
            try rethrowAsExitStatus(error)
        }
        if let failOn {
            let counts = ChangeKind.allCases.sorted().filter(failOn.kinds.contains).map { kind in
                (kind.rawValue, comparison.changes.filter { $0.kinds.contains(kind) }.count)
            }
            if let exit = ExitStatus.failing(counts) { throw exit }
        }
    }
}
