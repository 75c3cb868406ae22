import ArgumentParser
import Foundation
import QTrackAnalysis
import QTrackReports
import QTrackWorkspace

struct QuestionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "The question register: every question's lineage across the cycles, present, changed or absent.",
        discussion: """
            Reads MAPPINGS/register.yaml. With --update, adds the cycles it does not have yet (creating it if \
            needed) and writes it back; lineage ids already given never change.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, csv, json
    }

    @OptionGroup var repository: RepositoryOptions

    @Flag(help: "Extend the register with new cycles and write it.")
    var update = false

    @Option(help: "text, markdown, csv or json.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var read: ReadOptions

    func run() async throws {
        try await CommandRun.run(read, subject: repository.questionnaires, output: output) { destination in
            let layout = try repository.layout()
            try destination.checkNotOverwriting(layout.inputs)
            let result = try await RegisterJob.run(RegisterJob.Request(layout: layout, update: update), loading: read.loading)
            if let file = result.written {
                let register = result.register
                Diagnostics.printWarning("\(file): \(register.lineages.count) lineages over \(register.cycles.joined(separator: ", "))")
            }
            try destination.write(render(RegisterReport(result.register, check: result.check)))
        }
    }

    private func render(_ report: RegisterReport) -> String {
        switch format {
        case .text: report.text()
        case .markdown: report.markdown()
        case .csv: report.csv()
        case .json: report.json()
        }
    }
}
