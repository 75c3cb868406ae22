import ArgumentParser
import Foundation
import QTrackAnalysis
import QTrackDocuments
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

    @Option(
        name: .shortAndLong, help: "Write to this file instead of standard output (- for standard output).", transform: OutputPath.checked)
    var output: String?

    @OptionGroup var read: ReadOptions

    func run() async throws {
        read.startWatchdog(subject: repository.questionnaires)
        do {
            let destination = OutputDestination(path: output)
            let layout = try repository.layout()
            try destination.checkNotOverwriting(RepositoryOptions.inputs(of: layout))
            let (check, register) = try await RegisterLoading.load(layout, loading: read.loading)
            if update {
                let file = MappingsLocation(root: repository.mappings).register
                try OutputDestination(path: file).write(try register.yaml())
                Diagnostics.printWarning("\(file): \(register.lineages.count) lineages over \(register.cycles.joined(separator: ", "))")
            }
            let report = RegisterReport(register, check: check)
            switch format {
            case .text: try destination.write(report.text())
            case .markdown: try destination.write(report.markdown())
            case .csv: try destination.write(report.csv())
            case .json: try destination.write(report.json())
            }
        } catch {
            try rethrowAsExitStatus(error)
        }
    }
}

/// The parts of the repository a register needs, and its register: as kept in Mappings/, extended with any new cycle.
enum RegisterLoading {
    static func load(
        _ layout: RepositoryLayout, loading: DocumentLoading, parts: RepositoryCheck.Parts = [.diffs, .register]
    ) async throws -> (CheckResult, QuestionRegister) {
        let check = try await RepositoryCheck.run(layout, loading: loading, parts: parts)
        return (check, RepositoryCheck.extendedRegister(check))
    }
}
