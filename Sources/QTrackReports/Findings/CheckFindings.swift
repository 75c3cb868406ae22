public import QTrackAnalysis
public import QTrackBase
import QTrackModel

/// What one check of a repository contributes: its results, its name, and its findings in words.
public struct CheckFindings: Sendable {
    public var diffs: [VersionComparison] = []
    public var coverages: [CheckResult.Coverages] = []
    public var responses: [CheckResult.Responses] = []
    public var checks: [String] = []
    public var findings: [Finding] = []

    public init() {}

    /// The same findings, each marked as being about `cycle`.
    public func about(_ cycle: String) -> CheckFindings {
        var marked = self
        for index in marked.findings.indices { marked.findings[index].cycle = cycle }
        return marked
    }

    /// The .txt and .docx of one cycle: every substantive difference is a finding.
    public static func format(_ comparison: VersionComparison, cycle: String) -> CheckFindings {
        let name = "format \(cycle)"
        var result = CheckFindings()
        result.checks = [name]
        for change in comparison.changes where change.kind != .unchanged && change.kinds.contains(where: \.isSubstantive) {
            let location = (change.new ?? change.old)?.location ?? SourceLocation(file: comparison.new.file)
            result.findings.append(
                Finding(
                    kind: .formatMismatch, check: name,
                    message:
                        "\(DiffWords.reference(change)) differs between \(comparison.old.file) and \(comparison.new.file) (\(change.kind.rawValue))",
                    location: location))
        }
        return result.about(cycle)
    }

    /// Two consecutive cycles: every change is a finding, and every stale decision.
    public static func diff(_ comparison: VersionComparison, name: String, decisionsFile: String) -> CheckFindings {
        var result = CheckFindings()
        result.diffs = [comparison]
        result.checks = [name]
        for change in comparison.changes where change.kind != .unchanged {
            guard let question = change.new ?? change.old, let kind = Finding.Kind(rawValue: change.kind.rawValue) else { continue }
            let words = question.text.split(separator: " ").prefix(8).joined(separator: " ")
            var message = "\(DiffWords.reference(change)) \(change.kinds.map(\.rawValue).joined(separator: " and ")): “\(words)…”"
            if change.certainty == .probable { message += " (probable pairing: check it)" }
            if let suggestion = DiffWords.suggestion(change) { message += " — \(suggestion)" }
            result.findings.append(Finding(kind: kind, check: name, message: message, location: question.location))
        }
        for diagnostic in comparison.diagnostics {
            result.findings.append(
                Finding(kind: .staleMapping, check: name, message: diagnostic.message, location: SourceLocation(file: decisionsFile)))
        }
        return result
    }

    /// One cycle's coverage: uncovered and weak recommendations, suspect and broken links.
    public static func coverage(_ coverage: Coverage, cycle: String, linksFile: String) -> CheckFindings {
        var result = CheckFindings()
        result.coverages = [CheckResult.Coverages(cycle: cycle, coverage: coverage)]
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
        return result.about(cycle)
    }

    /// Warnings about a mappings file itself (the vocabulary's clashing terms), not about one cycle.
    public static func mappings(_ diagnostics: [Diagnostic], check name: String) -> CheckFindings {
        var result = CheckFindings()
        result.checks = [name]
        result.findings = diagnostics.map { Finding(kind: .staleMapping, check: name, message: $0.message, location: $0.location) }
        return result
    }

    /// One response: every question not answered.
    public static func status(_ status: ResponseStatus, cycle: String) -> CheckFindings {
        let name = "answers in \(status.response.file)"
        var result = CheckFindings()
        result.responses = [CheckResult.Responses(cycle: cycle, status: status)]
        result.checks = [name]
        for item in status.items where item.state != .answered {
            guard let kind = Finding.Kind(rawValue: item.state.rawValue) else { continue }
            var message = "\(item.question.id) is \(item.state.rawValue)"
            if !item.missing.isEmpty { message += ": " + item.missing.joined(separator: "; ") }
            result.findings.append(Finding(kind: kind, check: name, message: message, location: item.question.location))
        }
        return result.about(cycle)
    }

    /// One cycle's routes: every question no agency receives, and what the routes file names that does not exist.
    public static func routes(_ table: RoutingTable, file: String) -> CheckFindings {
        let name = "routes in \(table.cycle)"
        var result = CheckFindings()
        result.checks = [name]
        for question in table.unrouted {
            // As a person looks it up ("question 3 of PROTECTION"), with its id where that says more.
            let printed = question.number.map { "question \($0)" + (question.section.map { " of \($0)" } ?? "") }
            let reference = printed.map { $0 + (question.id == question.number ? "" : " (\(question.id))") } ?? question.id
            result.findings.append(
                Finding(
                    kind: .unrouted, check: name,
                    message:
                        "\(reference) goes to no agency: no routing line, pair, subject or neighbour to go by; choose its agencies in qtrack review or \(file)",
                    location: question.location))
        }
        for note in table.notes {
            result.findings.append(Finding(kind: .staleMapping, check: name, message: note, location: SourceLocation(file: file)))
        }
        return result.about(table.cycle)
    }

    /// Files found in the repository but not read: each is a finding, so that nothing is left out unsaid.
    public static func skipped(_ files: [(file: String, reason: String)]) -> CheckFindings {
        let name = "files"
        var result = CheckFindings()
        result.checks = [name]
        result.findings = files.map {
            Finding(kind: .skippedFile, check: name, message: $0.reason, location: SourceLocation(file: $0.file))
        }
        return result
    }

    /// Where the register and the matcher now pair a question differently.
    public static func register(_ disagreements: [LineageBuilder.Disagreement], file: String) -> CheckFindings {
        let name = "register"
        var result = CheckFindings()
        result.checks = [name]
        for disagreement in disagreements {
            let register = disagreement.register.isEmpty ? "nothing" : disagreement.register.joined(separator: ", ")
            let matcher = disagreement.matcher.isEmpty ? "nothing" : disagreement.matcher.joined(separator: ", ")
            let question = QuestionReference(cycle: disagreement.fromCycle, question: disagreement.question)
            result.findings.append(
                Finding(
                    kind: .lineageDisagreement, check: name,
                    message: "\(question) → \(disagreement.toCycle): the register says \(register), the matcher now says \(matcher)",
                    location: SourceLocation(file: file)))
        }
        return result
    }
}

extension CheckResult {
    /// Adds what one check found.
    public mutating func add(_ part: CheckFindings) {
        diffs += part.diffs
        coverages += part.coverages
        responses += part.responses
        checks += part.checks
        findings += part.findings
    }
}
