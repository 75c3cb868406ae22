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

    @Option(
        name: .shortAndLong, help: "Write to this file instead of standard output (- for standard output).", transform: OutputPath.checked)
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Exit with status 1 on these findings (comma-separated: uncovered, weak, suspect, broken).", valueName: "findings"))
    var failOn: KindList<Finding>?

    @Option(name: .customLong("mappings"), help: "The mappings folder.")
    var mappingsOption: String?

    /// The folder given, or Mappings/ when it exists; a folder given that does not exist is an error, not
    /// an empty set of mappings (a typo must not pass a CI check).
    var mappings: String { mappingsOption ?? "Mappings" }

    @OptionGroup var read: ReadOptions

    func run() async throws {
        read.startWatchdog(subject: questionnaire)
        let location = MappingsLocation(root: mappings)
        var coverage: Coverage
        do {
            try MappingsFolder.check(mappingsOption)
            let destination = OutputDestination(path: output)
            // Everything it reads: the documents, the mappings, and recommendations given from elsewhere.
            let given = [questionnaire, previous, response, links, recommendations].compactMap { $0 }
            try destination.checkNotOverwriting(
                given + location.files() + (recommendations.map { MappingsLocation(root: $0).files() } ?? []))
            let current = try await read.loading.questionnaire(questionnaire)
            let sets = try RecommendationSet.loadAll(recommendations ?? location.recommendations).filter {
                includeLater || $0.applies(to: current.cycle)
            }
            let linksFile = links ?? location.links(for: current.cycleLabel)
            let reviewedLinks = try FileProbe.exists(linksFile) ? try RecommendationLinks.load(path: linksFile) : nil
            if links != nil && reviewedLinks == nil {
                throw MappingError(file: linksFile, reason: "no such file")
            }
            let analyzer = CoverageAnalyzer(vocabulary: try location.loadVocabulary(), vocabularyFile: location.vocabulary)
            coverage = analyzer.analyze(current, sets: sets, links: reviewedLinks, linksFile: linksFile)
            coverage.diagnostics = analyzer.vocabularyDiagnostics + coverage.diagnostics
            var comparison: CoverageComparison?
            if let previous {
                let earlier = try await read.loading.questionnaire(previous)
                let earlierLinksFile = location.links(for: earlier.cycleLabel)
                let earlierLinks = try location.loadLinks(for: earlier.cycleLabel)
                let earlierCoverage = analyzer.analyze(earlier, sets: sets, links: earlierLinks, linksFile: earlierLinksFile)
                let diff = try location.matcher(old: earlier, new: current, vocabulary: analyzer.vocabulary).compare(earlier, current)
                comparison = CoverageComparison(previous: earlierCoverage, current: coverage, diff: diff)
            }
            if acceptLinks, let reviewedLinks {
                try acceptFingerprints(reviewedLinks, of: current, file: linksFile)
            }
            var status: ResponseStatus?
            if let response {
                let answers = try await read.loading.response(response, template: current)
                // Answers to another year's questionnaire would be shown against questions they do not answer.
                if let answered = answers.cycle, let asked = current.cycle, answered != asked {
                    throw ResponseMismatch(
                        file: response, reason: "is a response to the \(answered) questionnaire, not to \(asked) (\(questionnaire))")
                }
                status = ResponseStatus(response: answers, template: current)
            }
            let report = CoverageReport(coverage, comparison: comparison, response: status)
            switch format {
            case .text: try destination.write(report.text(style: TerminalStyle.forOutput(output)))
            case .markdown: try destination.write(report.markdown())
            case .json: try destination.write(report.json())
            case .csv: try destination.write(report.csv())
            case .html: try destination.write(report.html())
            case .junit, .sarif, .github:
                let findings = FindingsReport(
                    CheckFindings.coverage(coverage, cycle: current.cycleLabel, linksFile: linksFile), failOn: failOn.findingKinds(),
                    name: "qtrack coverage")
                try destination.write(findings.rendered(FindingsReport.Format(rawValue: format.rawValue) ?? .github))
            }
        } catch {
            try rethrowAsExitStatus(error)
        }
        let findings = failOn?.kinds ?? []
        let found: [Finding: Int] = [
            .uncovered: coverage.count(.uncovered), .weak: coverage.count(.weak), .suspect: coverage.suspectLinks,
            .broken: coverage.brokenLinks,
        ]
        if let exit = ExitStatus.failing(Finding.allCases.filter(findings.contains).map { ($0.rawValue, found[$0] ?? 0) }) { throw exit }
    }

    /// Clears suspect links by recording each linked question's current fingerprint; broken links stay as they are.
    private func acceptFingerprints(_ links: RecommendationLinks, of questionnaire: Questionnaire, file: String) throws {
        var updated = links
        var accepted = 0
        for index in updated.links.indices {
            guard let question = questionnaire.question(id: updated.links[index].question) else { continue }
            if updated.links[index].fingerprint != question.fingerprint {
                updated.links[index].fingerprint = question.fingerprint
                accepted += 1
            }
        }
        // Nothing changed: the file, and the reviewer's comments in it, stay as they are.
        guard accepted > 0 else { return Diagnostics.printWarning("\(file): every linked question is as reviewed; nothing to record") }
        try OutputDestination(path: file).write(try updated.yaml())
        Diagnostics.printWarning("\(file): recorded the current text of \(accepted) linked question\(accepted == 1 ? "" : "s")")
    }
}

/// A response given to `coverage` that answers another cycle's questionnaire.
struct ResponseMismatch: FileProblem {
    var file: String
    var reason: String
}
