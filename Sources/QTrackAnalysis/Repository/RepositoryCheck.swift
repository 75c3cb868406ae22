import Foundation
import QTrackBase
public import QTrackDocuments
public import QTrackModel

/// Checks a whole repository: diffs each pair of consecutive cycles, covers every recommendation set
/// against the questionnaires that follow it, and judges every response. Documents are read and
/// analysed in parallel; the result's order depends only on the repository.
public struct RepositoryCheck: Sendable {
    public struct Coverages: Sendable {
        public var cycle: String
        public var coverage: Coverage
    }

    public struct Responses: Sendable {
        public var cycle: String
        public var status: ResponseStatus
    }

    public var layout: RepositoryLayout
    public var questionnaires: [String: Questionnaire] = [:]
    public var diffs: [VersionComparison] = []
    /// The .txt against the .docx of cycles that have both.
    public var formatChecks: [VersionComparison] = []
    public var coverages: [Coverages] = []
    public var responses: [Responses] = []
    /// `Mappings/register.yaml`, when the repository has one.
    public var register: QuestionRegister?
    public var findings: [Finding] = []
    /// Every check that ran, in order, whether it found anything or not.
    public var checks: [String] = []

    /// Reads and analyses everything. `progress` is told how many documents are read, for a progress line.
    public static func run(
        _ layout: RepositoryLayout, loader: DocumentLoader, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> RepositoryCheck {
        var check = RepositoryCheck(layout: layout)
        let paths = layout.cycles.flatMap { $0.questionnaires + $0.responses }
        let documents = try await readAll(paths, loader: loader, progress: progress)

        var primary: [String: Questionnaire] = [:]
        for folder in layout.cycles {
            let versions = folder.questionnaires.compactMap { documents[$0] }.map { QuestionnaireRecognizer().recognize($0) }
            guard let main = versions.first else { continue }
            primary[folder.name] = main
            check.questionnaires[folder.name] = main
            if versions.count == 2 {
                let name = "format \(folder.name)"
                check.checks.append(name)
                let comparison = VersionMatcher().compare(versions[0], versions[1])
                check.formatChecks.append(comparison)
                for change in comparison.changes where change.kind != .unchanged && change.kinds.contains(where: \.isSubstantive) {
                    let location = (change.new ?? change.old)?.location ?? SourceLocation(file: versions[1].file)
                    check.findings.append(
                        Finding(
                            kind: .formatMismatch, check: name,
                            message:
                                "\(DiffWords.reference(change)) differs between \(versions[0].file) and \(versions[1].file) (\(change.kind.rawValue))",
                            location: location))
                }
            }
        }
        let analysed = try await analyse(layout: layout, primary: primary, documents: documents)
        check.diffs = analysed.diffs
        check.coverages = analysed.coverages
        check.responses = analysed.responses
        check.checks += analysed.checks
        check.findings += analysed.findings
        try check.checkRegister()
        return check
    }

    /// The cycles in order, each with its main questionnaire.
    public var cycles: [LineageBuilder.Cycle] {
        layout.cycles.compactMap { folder in questionnaires[folder.name].map { LineageBuilder.Cycle(label: folder.name, questionnaire: $0) }
        }
    }

    /// Aligns two cycles as `diff` would, honouring the reviewed decisions.
    public func compare(_ old: Questionnaire, _ new: Questionnaire) -> VersionComparison {
        if let done = diffs.first(where: { $0.old.file == old.file && $0.new.file == new.file }) { return done }
        let file = layout.mapping("decisions/" + ReviewedDecisions.fileName(old: old.cycleLabel, new: new.cycleLabel))
        let decisions = FileManager.default.fileExists(atPath: file) ? try? ReviewedDecisions.load(path: file) : nil
        return VersionMatcher(decisions: decisions, decisionsFile: file).compare(old, new)
    }

    /// Reads the register, if any, and reports where the matcher now pairs differently.
    private mutating func checkRegister() throws {
        let file = layout.mapping("register.yaml")
        guard FileManager.default.fileExists(atPath: file) else { return }
        let register = try QuestionRegister.load(path: file)
        self.register = register
        let name = "register"
        checks.append(name)
        let check = self
        for disagreement in LineageBuilder().disagreements(register, cycles: cycles, compare: { check.compare($0, $1) }) {
            let register = disagreement.register.isEmpty ? "nothing" : disagreement.register.joined(separator: ", ")
            let matcher = disagreement.matcher.isEmpty ? "nothing" : disagreement.matcher.joined(separator: ", ")
            findings.append(
                Finding(
                    kind: .lineageDisagreement, check: name,
                    message:
                        "\(QuestionReference(cycle: CycleID(disagreement.fromCycle), question: QuestionID(disagreement.question))) → \(disagreement.toCycle): the register says \(register), the matcher now says \(matcher)",
                    location: SourceLocation(file: file)))
        }
    }

    /// Reads every document on all cores; a document that cannot be read stops the check with its error.
    static func readAll(_ paths: [String], loader: DocumentLoader, progress: (@Sendable (Int, Int) -> Void)?) async throws -> [String:
        BlockDocument]
    {
        try await withThrowingTaskGroup(of: (String, BlockDocument).self) { group in
            for path in paths {
                group.addTask {
                    (
                        path,
                        try Questionnaire.withinTime(path, limits: loader.limits) { () throws(DocumentReadError) in
                            try loader.load(path: path)
                        }
                    )
                }
            }
            var documents: [String: BlockDocument] = [:]
            for try await (path, document) in group {
                documents[path] = document
                progress?(documents.count, paths.count)
            }
            return documents
        }
    }

    private struct Analysed: Sendable {
        var diffs: [VersionComparison] = []
        var coverages: [Coverages] = []
        var responses: [Responses] = []
        var checks: [String] = []
        var findings: [Finding] = []
    }

    /// The analyses, each an independent task; results are put back in the repository's order.
    private static func analyse(layout: RepositoryLayout, primary: [String: Questionnaire], documents: [String: BlockDocument]) async throws
        -> Analysed
    {
        let sets =
            FileManager.default.fileExists(atPath: layout.mapping("recommendations"))
            ? try RecommendationSet.loadAll(layout.mapping("recommendations")) : []
        let cycles = layout.cycles.filter { primary[$0.name] != nil }
        var jobs: [@Sendable () throws -> Analysed] = []

        for (earlier, later) in zip(cycles, cycles.dropFirst()) {
            let old = primary[earlier.name]!
            let new = primary[later.name]!
            let decisionsFile = layout.mapping("decisions/" + ReviewedDecisions.fileName(old: earlier.name, new: later.name))
            jobs.append {
                let decisions =
                    FileManager.default.fileExists(atPath: decisionsFile) ? try ReviewedDecisions.load(path: decisionsFile) : nil
                let comparison = VersionMatcher(decisions: decisions, decisionsFile: decisionsFile).compare(old, new)
                return diffFindings(comparison, name: "diff \(earlier.name) → \(later.name)", decisionsFile: decisionsFile)
            }
        }
        for folder in cycles {
            let questionnaire = primary[folder.name]!
            let following = sets.filter { $0.year <= folder.cycle.startYear }
            if !following.isEmpty {
                let linksFile = layout.mapping("links/\(folder.name).yaml")
                jobs.append {
                    let links = FileManager.default.fileExists(atPath: linksFile) ? try RecommendationLinks.load(path: linksFile) : nil
                    let coverage = CoverageAnalyzer().analyze(questionnaire, sets: following, links: links, linksFile: linksFile)
                    return coverageFindings(coverage, cycle: folder.name, linksFile: linksFile)
                }
            }
            for response in folder.responses {
                guard let document = documents[response] else { continue }
                jobs.append {
                    let read = QuestionnaireRecognizer().recognizeResponse(document, template: questionnaire)
                    return statusFindings(ResponseStatus(response: read, template: questionnaire), cycle: folder.name)
                }
            }
        }

        let results = try await withThrowingTaskGroup(of: (Int, Analysed).self) { group in
            for (index, job) in jobs.enumerated() {
                group.addTask { (index, try job()) }
            }
            var results: [Int: Analysed] = [:]
            for try await (index, result) in group { results[index] = result }
            return results
        }
        var combined = Analysed()
        for index in jobs.indices {
            guard let result = results[index] else { continue }
            combined.diffs += result.diffs
            combined.coverages += result.coverages
            combined.responses += result.responses
            combined.checks += result.checks
            combined.findings += result.findings
        }
        return combined
    }

    private static func diffFindings(_ comparison: VersionComparison, name: String, decisionsFile: String) -> Analysed {
        var result = Analysed(diffs: [comparison], checks: [name])
        for change in comparison.changes where change.kind != .unchanged {
            guard let question = change.new ?? change.old, let kind = Finding.Kind(rawValue: change.kind.rawValue) else { continue }
            let words = question.text.split(separator: " ").prefix(8).joined(separator: " ")
            var message = "\(DiffWords.reference(change)) \(change.kinds.map(\.rawValue).joined(separator: " and ")): “\(words)…”"
            if change.ambiguous { message += " (ambiguous pairing)" }
            result.findings.append(Finding(kind: kind, check: name, message: message, location: question.location))
        }
        for diagnostic in comparison.diagnostics {
            result.findings.append(
                Finding(kind: .staleMapping, check: name, message: diagnostic.message, location: SourceLocation(file: decisionsFile)))
        }
        return result
    }

    private static func coverageFindings(_ coverage: Coverage, cycle: String, linksFile: String) -> Analysed {
        var result = Analysed(coverages: [Coverages(cycle: cycle, coverage: coverage)])
        for item in coverage.items {
            let name = "coverage \(item.qualifiedID) in \(cycle)"
            result.checks.append(name)
            let file = SourceLocation(file: coverage.questionnaire.file)
            if item.status == .uncovered {
                result.findings.append(
                    Finding(
                        kind: .uncovered, check: name,
                        message: "\(item.qualifiedID) (\(item.recommendation.title)) is not asked about in \(cycle)", location: file))
            } else if item.status == .weak {
                let best = item.questions.first.map { " (best: \($0.id))" } ?? ""
                result.findings.append(
                    Finding(
                        kind: .weak, check: name,
                        message: "\(item.qualifiedID) (\(item.recommendation.title)) is asked about only weakly in \(cycle)\(best)",
                        location: file))
            }
            for question in item.questions where question.suspect || question.broken {
                let kind: Finding.Kind = question.broken ? .broken : .suspect
                let message =
                    question.broken
                    ? "the link from \(item.qualifiedID) to \(question.id) is broken: \(cycle) has no such question"
                    : "the link from \(item.qualifiedID) to \(question.id) is suspect: the question changed since the review (qtrack coverage --accept-links clears it)"
                result.findings.append(
                    Finding(
                        kind: kind, check: name, message: message, location: question.question?.location ?? SourceLocation(file: linksFile))
                )
            }
        }
        for diagnostic in coverage.diagnostics {
            result.findings.append(
                Finding(kind: .staleMapping, check: "coverage in \(cycle)", message: diagnostic.message, location: diagnostic.location))
        }
        return result
    }

    private static func statusFindings(_ status: ResponseStatus, cycle: String) -> Analysed {
        let name = "answers in \(status.response.file)"
        var result = Analysed(responses: [Responses(cycle: cycle, status: status)], checks: [name])
        for item in status.items where item.state != .answered {
            guard let kind = Finding.Kind(rawValue: item.state.rawValue) else { continue }
            var message = "\(item.question.id) is \(item.state.rawValue)"
            if !item.missing.isEmpty { message += ": " + item.missing.joined(separator: "; ") }
            result.findings.append(Finding(kind: kind, check: name, message: message, location: item.question.location))
        }
        return result
    }
}

/// How checks and reports refer to a change in words.
public enum DiffWords {
    public static func reference(_ change: QuestionChange) -> String {
        switch (change.old, change.new) {
        case (let old?, let new?): old.id == new.id ? new.id : "\(old.id) → \(new.id)"
        case (let old?, nil): old.id
        case (nil, let new?): new.id
        case (nil, nil): "?"
        }
    }
}
