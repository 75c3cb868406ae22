import ArgumentParser
import Foundation
import QTrackAnalysis
import QTrackModel
import QTrackReports
import QTrackWorkspace

struct PrepareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prepare",
        abstract: "Prepare next year's draft response: the new questionnaire with last year's answers carried forward.",
        discussion: """
            Unchanged, renumbered, moved and date-shifted questions get last year's answer (with a reminder to \
            update figures and years); reworded ones get it with the change to review; new ones are marked. \
            Removed questions are listed at the end with their answers.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case docx
        case markdown
    }

    @Option(help: "Last year's filled-in response (.docx or .txt).")
    var previous: String

    @Option(help: "Last year's blank questionnaire, to tell its answers apart exactly.")
    var template: String?

    @Option(help: "The new questionnaire (.docx or .txt).")
    var questionnaire: String

    @Option(name: .shortAndLong, help: "The draft to write (required for docx).")
    var output: String?

    @Option(help: "docx (a Word document to work in) or markdown.")
    var format: Format = .docx

    @Option(name: .customLong("mappings"), help: "The mappings folder holding decisions/.")
    var mappingsOption: String?

    /// The folder given, or Mappings/ when it exists; a folder given that does not exist is an error, not
    /// an empty set of mappings (a typo must not pass a CI check).
    var mappings: String { mappingsOption ?? "Mappings" }

    @OptionGroup var read: ReadOptions

    func validate() throws {
        if format == .docx && output == nil {
            throw ValidationError("--output is required for a Word draft (or use --format markdown)")
        }
    }

    func run() async throws {
        read.startWatchdog(subject: questionnaire)
        do {
            try MappingsFolder.check(mappingsOption)
            let destination = OutputDestination(path: output)
            try destination.checkNotOverwriting(
                [previous, questionnaire] + (template.map { [$0] } ?? []) + MappingsLocation(root: mappings).files())
            let (response, _) = try await read.loading.response(previous, templatePath: template)
            let next = try await read.loading.questionnaire(questionnaire)
            let comparison = try MappingsLocation(root: mappings).matcher(old: response, new: next).compare(response, next)
            let report = DraftReport(DraftPlan(comparison))
            switch format {
            case .docx: try destination.write(try report.docx())
            case .markdown: try destination.write(report.markdown())
            }
        } catch {
            try rethrowAsExitStatus(error)
        }
    }
}
