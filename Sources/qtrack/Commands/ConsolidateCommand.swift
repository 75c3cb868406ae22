import ArgumentParser
import Foundation
import QTrackAnalysis
import QTrackReports
import QTrackWorkspace

struct ConsolidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "Put the packets the agencies sent back together into one response.",
        discussion: """
            Reads each returned packet (renamed, re-saved or freely edited), writes one response in the full \
            questionnaire's order with each answer marked with its agency, and reports each agency's figures, \
            conflicts (kept, none chosen), gaps, and text outside any answer slot (kept at the end). Of two packets \
            of one agency, the one saved later is used.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, html
    }

    @Option(help: "The cycle the packets are of (2025).")
    var cycle: String

    @Argument(help: "The returned packets (.docx).")
    var files: [String]

    @Option(name: .shortAndLong, help: "The consolidated response to write (.docx).")
    var output: String

    @Option(help: "The report's format on standard output: text, markdown, json or html.")
    var format: Format = .text

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var read: ReadOptions

    func validate() throws {
        guard output.lowercased().hasSuffix(".docx") || OutputDestination.isDevice(output) else {
            throw ValidationError("--output must end in .docx, not '\(output)'")
        }
        guard !files.isEmpty else { throw ValidationError("give the returned packets to consolidate") }
    }

    func run() async throws {
        try await CommandRun.run(read, subject: files.first ?? cycle, output: output) { destination in
            let layout = try repository.layout()
            try destination.checkNotOverwriting(layout.inputs + files)
            let consolidation = try await ConsolidateJob(layout: layout, cycle: cycle, loading: read.loading).run(files: files)
            let directory = try MappingsLocation(root: layout.mappingsFolder).loadAgencies()
            let report = ConsolidationReport(consolidation, directory: directory)
            try destination.write(try ConsolidatedResponse(consolidation, directory: directory).docx())
            try OutputDestination(path: nil).write(render(report))
            Diagnostics.printWarning(report.doneLine(file: output))
        }
    }

    private func render(_ report: ConsolidationReport) -> String {
        switch format {
        case .text: report.text(style: TerminalStyle.forOutput(nil))
        case .markdown: report.markdown()
        case .json: report.json()
        case .html: report.html()
        }
    }
}
