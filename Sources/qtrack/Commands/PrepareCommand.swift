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

    @Option(name: .shortAndLong, help: "The draft to write: .docx (a Word document to work in) or .md (Markdown).")
    var output: String?

    @Option(help: "docx or markdown; by default the output's extension decides, and Markdown goes to standard output.")
    var format: Format?

    @Flag(help: "Prepare even from a response with no answers, or from a cycle later than the questionnaire's.")
    var force = false

    @OptionGroup var mappings: MappingsOptions

    @OptionGroup var read: ReadOptions

    /// The format the output's extension names; nil without an output.
    private var formatOfOutput: Format? {
        guard let output else { return nil }
        switch (output as NSString).pathExtension.lowercased() {
        case "docx": return .docx
        case "md", "markdown": return .markdown
        default: return nil
        }
    }

    private var resolvedFormat: Format { formatOfOutput ?? format ?? .markdown }

    func validate() throws {
        if let output, formatOfOutput == nil, !OutputDestination.isDevice(output) {
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
        try await CommandRun.run(read, subject: questionnaire, output: output) { destination in
            let request = PrepareJob.Request(
                previous: previous, template: template, questionnaire: questionnaire, force: force, mappings: try mappings.location())
            try destination.checkNotOverwriting(request.inputs)
            let report = DraftReport(try await PrepareJob.run(request, loading: read.loading))
            switch resolvedFormat {
            case .docx: try destination.write(try report.docx())
            case .markdown: try destination.write(report.markdown())
            }
            if let output { StandardOutput.writeError("qtrack: " + report.doneLine(file: output) + "\n") }
        }
    }
}
