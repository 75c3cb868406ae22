import ArgumentParser
import Foundation
import QTrackAnalysis
import QTrackReports
import QTrackWorkspace

struct RouteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Route each question of a cycle to its agencies, and write one Word packet per agency.",
        discussion: """
            Routes come from the questionnaire's routing lines ("*For input from …"), from last cycle's routes \
            carried along the pairs, and from a person's reviewed routes in MAPPINGS/routes/<cycle>.yaml; the rest \
            are proposed from the question's subjects, neighbours or section (agencies in MAPPINGS/agencies.yaml). \
            With --packets DIR, writes DIR/<cycle>-<agency>.docx for every agency that receives a question.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, csv, html
    }

    @Option(help: "The cycle to route, as Questionnaires/ names it (2025).")
    var cycle: String

    @Option(help: "text, markdown, json, csv or html.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write the table to this file instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp("Write one Word packet per agency into this folder.", valueName: "DIR"))
    var packets: String?

    @Option(help: ArgumentHelp("The date the agencies should answer by, on each packet's cover.", valueName: "YYYY-MM-DD"))
    var due: String?

    @Option(help: "Last cycle's filled-in response: its answers are carried into the packets.")
    var response: String?

    @Flag(help: "Write the routes to MAPPINGS/routes/<cycle>.yaml (reviewed routes kept as they are).")
    var save = false

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var read: ReadOptions

    func validate() throws {
        if let due, !Self.isDate(due) {
            throw ValidationError("--due must be a date written YYYY-MM-DD, not '\(due)'")
        }
        if (due != nil || response != nil) && packets == nil { throw ValidationError("--due and --response go with --packets DIR") }
    }

    /// "2025-04-30", a real day.
    static func isDate(_ text: String) -> Bool {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return text.count == 10 && formatter.date(from: text) != nil
    }

    func run() async throws {
        try await CommandRun.run(read, subject: repository.questionnaires, output: output) { destination in
            let layout = try repository.layout()
            try destination.checkNotOverwriting(layout.inputs + (response.map { [$0] } ?? []))
            let result = try await RouteJob(layout: layout, cycle: cycle, loading: read.loading).run(response: response, save: save)
            if let packets { try PacketFiles(result: result, due: due).write(into: packets) }
            try destination.write(render(RouteReport(result.table, directory: result.directory)))
        }
    }

    private func render(_ report: RouteReport) -> String {
        switch format {
        case .text: report.text(style: TerminalStyle.forOutput(output))
        case .markdown: report.markdown()
        case .json: report.json()
        case .csv: report.csv()
        case .html: report.html()
        }
    }
}

/// Every agency's packet, made in memory first so that a failure writes none, then each written whole.
struct PacketFiles {
    var result: RouteJob.Result
    var due: String?

    func write(into folder: String) throws {
        let reports = result.table.agencies.compactMap(result.directory.agency).map { agency in
            PacketReport(
                agency: agency, table: result.table, directory: result.directory, questionnaire: result.questionnaire, draft: result.draft,
                due: due)
        }
        let files = try reports.map { ($0.fileName, try $0.docx()) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(file: folder, reason: "cannot be made as the packets' folder")
        }
        for (name, data) in files { try AtomicFile.write(data, to: (folder as NSString).appendingPathComponent(name)) }
        Diagnostics.printWarning(
            "wrote \(files.count) packets to \(folder): "
                + reports.map { "\($0.agency.shortName) \($0.questions.count)" }.joined(separator: " · "))
    }
}
