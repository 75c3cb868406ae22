import ArgumentParser
import Foundation
import QTrackWorkspace

/// `qtrack recommendations import REPORT --country NAME`: a country narrative's recommendations, as published,
/// with tags proposed from the vocabulary for a person to confirm.
struct RecommendationsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a TIP Report country narrative's recommendations, with proposed tags.",
        discussion: """
            REPORT is a web page saved from a browser, a PDF (read with poppler's pdftotext), a .docx or plain text, \
            holding one country's narrative or a whole report. The recommendations are taken exactly as published \
            (one per bullet, or one per clause of a "RECOMMENDATIONS FOR …:" paragraph); subjects, facets and pillars \
            are proposed from MAPPINGS/vocabulary.yaml and listed under `proposed` until a person checks them. \
            Example: qtrack recommendations import narrative.html --country Pakistan -o Mappings/recommendations/2023.yaml
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case yaml, json
    }

    @Argument(help: "The report or narrative (.html, .pdf, .docx or .txt).")
    var report: String

    @Option(help: "The country whose narrative to read, as its heading names it (\"Pakistan\").")
    var country: String

    @Option(help: "The report's year, when the document does not say it (or says it wrongly).")
    var year: Int?

    @Option(help: "yaml (the Mappings file, the default) or json.")
    var format: Format = .yaml

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace an output file a person has reviewed, keeping their tags where a recommendation's text is unchanged.")
    var force = false

    @OptionGroup var mappings: MappingsOptions

    @OptionGroup var read: ReadOptions

    func validate() throws {
        guard !country.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--country needs a country's name") }
        if let year, !(2001...2100).contains(year) { throw ValidationError("--year must be a report's year, 2001 to 2100") }
    }

    func run() async throws {
        let result = try await CommandRun.run(read, subject: report, output: output) { destination in
            let request = ImportJob.Request(
                report: report, country: country, year: year, format: format == .json ? .json : .yaml, output: output, force: force,
                mappings: try mappings.location())
            try destination.checkNotOverwriting(request.inputs)
            let result = try ImportJob.run(request, limits: read.limits)
            if output == nil { try destination.write(result.bytes) }
            return result
        }
        for warning in result.warnings { Diagnostics.printWarning(warning) }
        guard let output else { return }
        let count = result.set.recommendations.count
        Diagnostics.printWarning(
            "\(output): \(count) recommendation\(count == 1 ? "" : "s") of the \(result.set.report) to \(country)"
                + (result.set.complete ? "" : " (the list is cut off: complete: false)")
                + "; \(result.withProposedTags) with proposed tags to check (remove a list from `proposed` once checked)")
    }
}
