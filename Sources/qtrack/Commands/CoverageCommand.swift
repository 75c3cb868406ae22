import ArgumentParser
import Foundation
import QTrackAnalysis
import QTrackBase
import QTrackModel
import QTrackReports
import QTrackWorkspace

struct CoverageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Check that the recommendations of past TIP Reports are asked about, and which links went stale.",
        discussion: """
            Recommendations come from --recommendations (default MAPPINGS/recommendations/); reviewed links \
            from --links (default MAPPINGS/links/<cycle>.yaml when it exists).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case markdown
        case json
        case csv
        case html
        /// Uncovered and weak recommendations, suspect and broken links, as findings for CI.
        case junit, sarif, github
    }

    enum Finding: String, FailOnKind {
        case uncovered
        case weak
        case suspect
        case broken

        func count(in coverage: Coverage) -> Int {
            switch self {
            case .uncovered: coverage.count(.uncovered)
            case .weak: coverage.count(.weak)
            case .suspect: coverage.suspectLinks
            case .broken: coverage.brokenLinks
            }
        }
    }

    @Argument(help: "The questionnaire (.docx or .txt).")
    var questionnaire: String

    @Option(help: "A recommendations YAML file, or a folder of them.")
    var recommendations: String?

    @Option(help: "The questionnaire's previous version, to say which recommendations gained or lost coverage.")
    var previous: String?

    @Option(help: "A filled-in response to this questionnaire: says which of each recommendation's questions are answered.")
    var response: String?

    @Option(help: "A links YAML file (recommendation → question, with the reviewed fingerprint).")
    var links: String?

    @Flag(help: "Record the current fingerprints of the linked questions in the links file, after a review.")
    var acceptLinks = false

    @Flag(
        help:
            "Also check the recommendations of reports published after the questionnaire's cycle began (left out by default, as in check).")
    var includeLater = false

    @Option(
        help:
            "text, markdown, json, csv (the recommendation × question matrix), html (with a matrix by section), or junit, sarif, github (for CI)."
    )
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Exit with status 1 on these findings (comma-separated: uncovered, weak, suspect, broken).", valueName: "findings"))
    var failOn: KindList<Finding>?

    @OptionGroup var mappings: MappingsOptions

    @OptionGroup var read: ReadOptions

    func run() async throws {
        let result = try await CommandRun.run(read, subject: questionnaire, output: output) { destination in
            let request = CoverageJob.Request(
                questionnaire: questionnaire, recommendations: recommendations, previous: previous, response: response, links: links,
                acceptLinks: acceptLinks, includeLater: includeLater, mappings: try mappings.location())
            try destination.checkNotOverwriting(request.inputs)
            let result = try await CoverageJob.run(request, loading: read.loading)
            if let accepted = result.acceptedLinks { Self.tellAccepted(accepted, file: result.linksFile) }
            try destination.write(render(result))
            return result
        }
        try CommandRun.failOn(failOn) { $0.count(in: result.coverage) }
    }

    private func render(_ result: CoverageJob.Result) -> String {
        let report = CoverageReport(result.coverage, comparison: result.comparison, response: result.response)
        switch format {
        case .text: return report.text(style: TerminalStyle.forOutput(output))
        case .markdown: return report.markdown()
        case .json: return report.json()
        case .csv: return report.csv()
        case .html: return report.html()
        case .junit, .sarif, .github:
            let findings = FindingsReport(
                CheckFindings.coverage(result.coverage, cycle: result.cycle, linksFile: result.linksFile), failOn: failOn.findingKinds(),
                name: "qtrack coverage")
            return findings.rendered(FindingsReport.Format(rawValue: format.rawValue) ?? .github)
        }
    }

    private static func tellAccepted(_ accepted: Int, file: String) {
        guard accepted > 0 else { return Diagnostics.printWarning("\(file): every linked question is as reviewed; nothing to record") }
        Diagnostics.printWarning("\(file): recorded the current text of \(accepted) linked question\(accepted == 1 ? "" : "s")")
    }
}
