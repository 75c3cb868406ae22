import ArgumentParser
import Foundation
import QTrackAnalysis
import QTrackBase
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

    @Option(
        name: .shortAndLong, help: "The draft to write: .docx (a Word document to work in) or .md (Markdown).",
        transform: OutputPath.checked)
    var output: String?

    @Option(help: "docx or markdown; by default the output's extension decides, and Markdown goes to standard output.")
    var format: Format?

    @Flag(help: "Prepare even from a response with no answers, or from a cycle later than the questionnaire's.")
    var force = false

    @Option(name: .customLong("mappings"), help: "The mappings folder holding decisions/.")
    var mappingsOption: String?

    /// The folder given, or Mappings/ when it exists; a folder given that does not exist is an error, not
    /// an empty set of mappings (a typo must not pass a CI check).
    var mappings: String { mappingsOption ?? "Mappings" }

    @OptionGroup var read: ReadOptions

    /// The format the output's extension names; nil without an output.
    private var formatOfOutput: Format? {
        guard let output, output != "-" else { return nil }
        switch (output as NSString).pathExtension.lowercased() {
        case "docx": return .docx
        case "md", "markdown": return .markdown
        default: return nil
        }
    }

    private var resolvedFormat: Format { formatOfOutput ?? format ?? .markdown }

    func validate() throws {
        if let output, output != "-", formatOfOutput == nil, !OutputDestination.isDevice(output) {
            throw ValidationError("--output must end in .docx (a Word draft) or .md (Markdown), not '\(output)'")
        }
        if let format, let formatOfOutput, format != formatOfOutput {
            throw ValidationError("--format \(format.rawValue) does not match --output '\(output ?? "")'")
        }
        if resolvedFormat == .docx && output == nil {
            throw ValidationError("--output FILE.docx is required for a Word draft (or use --format markdown)")
        }
    }

    func run() async throws {
        read.startWatchdog(subject: questionnaire)
        do {
            try MappingsFolder.check(mappingsOption)
            let destination = OutputDestination(path: output)
            try destination.checkNotOverwriting(
                [previous, questionnaire] + (template.map { [$0] } ?? []) + MappingsLocation(root: mappings).files())
            // Both read at once; a failure of the response is reported first, as when reading one after the other.
            let (loading, previousPath, templatePath, nextPath) = (read.loading, previous, template, questionnaire)
            async let responseRead = loading.response(previousPath, templatePath: templatePath)
            async let nextRead = loading.questionnaire(nextPath)
            let (response, _) = try await responseRead
            let next = try await nextRead
            if !force { try refuseUnlikely(response: response, next: next) }
            let comparison = try MappingsLocation(root: mappings).matcher(old: response, new: next).compare(response, next)
            let report = DraftReport(DraftPlan(comparison))
            switch resolvedFormat {
            case .docx: try destination.write(try report.docx())
            case .markdown: try destination.write(report.markdown())
            }
            if let output, output != "-" { Diagnostics.printWarning(report.doneLine(file: output)) }
        } catch {
            try rethrowAsExitStatus(error)
        }
    }

    /// A blank questionnaire given as last year's response, or the two years swapped, is a mistake to stop
    /// before a draft with nothing in it goes to the ministries.
    private func refuseUnlikely(response: Questionnaire, next: Questionnaire) throws {
        if ResponseStatus(response: response).count(.answered) == 0 {
            throw PrepareRefusal(file: previous, reason: "has no answers: is it a blank questionnaire? (--force to prepare anyway)")
        }
        if let old = response.cycle, let new = next.cycle, old > new {
            throw PrepareRefusal(
                file: previous,
                reason: "is of cycle \(old), later than \(questionnaire)'s \(new): are the two swapped? (--force to prepare anyway)")
        }
    }
}

/// A response `prepare` will not work from without --force.
struct PrepareRefusal: FileProblem {
    var file: String
    var reason: String
}
