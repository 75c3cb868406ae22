import ArgumentParser
import QTrackModel
import QTrackReports
import QTrackWorkspace

struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show how qtrack reads a questionnaire: sections, questions, sub-items, notes and tables."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case outline
        case json
    }

    @Argument(help: "The questionnaire (.docx or .txt).")
    var file: String

    @Option(help: "outline (a tree to read) or json.")
    var format: Format = .outline

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    enum TrackedChanges: String, ExpressibleByArgument, CaseIterable {
        case accept
        case reject
    }

    @Option(help: "How to read a Word file's tracked changes: accept (as if all were accepted) or reject.")
    var trackedChanges: TrackedChanges = .accept

    @OptionGroup var read: ReadOptions

    func run() async throws {
        try await CommandRun.run(read, subject: file, output: output) { destination in
            try destination.checkNotOverwriting([file])
            var loader = read.loader
            loader.trackedChanges = trackedChanges == .accept ? .accept : .reject
            let report = ParseReport(try await DocumentLoading(loader: loader).questionnaire(file))
            switch format {
            case .outline: try destination.write(report.outline())
            case .json: try destination.write(report.json())
            }
        }
    }
}
