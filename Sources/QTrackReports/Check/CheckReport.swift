import Foundation
public import QTrackAnalysis
import QTrackModel

/// What `qtrack check` says: one summary of the repository, the verdict, then the findings by check; where
/// there is room, the diffs, coverage and answers it checked, each whole.
public struct CheckReport: Sendable, DocumentReport {
    public var check: CheckResult
    /// Findings that fail the run: errors in JUnit, SARIF and GitHub annotations.
    public var failOn: Set<Finding.Kind>

    public init(_ check: CheckResult, failOn: Set<Finding.Kind> = []) {
        self.check = check
        self.failOn = failOn
    }

    /// The findings for CI formats.
    public var findings: FindingsReport {
        FindingsReport(findings: check.findings, checks: check.checks, failOn: failOn, name: "qtrack check")
    }

    func cycleLines() -> [String] {
        check.cycleFolders.map { folder in
            let questionnaire = check.questionnaires[folder.name]
            var line = "\(folder.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(questionnaire?.questionCount ?? 0) questions"
            line += "  (" + folder.questionnaires.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ") + ")"
            if !folder.responses.isEmpty { line += "  \(folder.responses.count) response\(folder.responses.count == 1 ? "" : "s")" }
            return line
        }
    }

    /// The summary, a heading and its lines for each part of the check.
    func summaryParts() -> [(heading: String, lines: [String])] {
        var parts = [("Cycles", cycleLines())]
        if !check.formatChecks.isEmpty {
            parts.append(
                (
                    "Formats",
                    check.formatChecks.map { comparison in
                        let substantive = comparison.changes.filter { $0.kinds.contains(where: \.isSubstantive) }.count
                        return "\(comparison.old.file) and \(comparison.new.file): "
                            + (substantive == 0 ? "agree" : "\(substantive) questions differ")
                    }
                ))
        }
        if !check.diffs.isEmpty {
            parts.append(
                (
                    "Changes",
                    check.diffs.map { diff in
                        "\(diff.old.cycleLabel) → \(diff.new.cycleLabel): " + TextWriter.summary(DiffReport.counts(diff))
                    }
                ))
        }
        if !check.coverages.isEmpty {
            parts.append(
                (
                    "Coverage",
                    check.coverages.map { entry in
                        let years = Set(entry.coverage.items.map(\.set.year)).sorted().map(String.init).joined(separator: ", ")
                        return "\(entry.cycle) (\(entry.coverage.items.count) recommendations of \(years)): "
                            + TextWriter.summary(CoverageReport.counts(entry.coverage))
                    }
                ))
        }
        if !check.responses.isEmpty {
            parts.append(
                (
                    "Answers",
                    check.responses.map { entry in "\(entry.status.response.file): " + TextWriter.summary(StatusReport.counts(entry.status))
                    }
                ))
        }
        return parts
    }

    func verdict() -> String {
        let failing = check.findings.filter { failOn.contains($0.kind) }
        if failOn.isEmpty { return "\(check.checks.count) checks, \(check.findings.count) findings (none fails the run: see --fail-on)" }
        return
            "\(check.checks.count) checks, \(check.findings.count) findings, \(failing.count) failing (--fail-on \(failOn.map(\.rawValue).sorted().joined(separator: ",")))"
    }

    public func document() -> ReportDocument {
        var document = ReportDocument(
            title: "qtrack check", subtitle: "\(check.questionnairesFolder) and \(check.mappingsFolder)")
        for part in summaryParts() {
            document.blocks.append(.heading(part.heading))
            document.blocks.append(.facts(part.lines))
        }

        let kinds = Finding.Kind.allCases.filter { kind in check.findings.contains { $0.kind == kind } }
        // Failing findings first, so that what breaks the run is what a reader sees first.
        let ordered = check.findings.filter { failOn.contains($0.kind) } + check.findings.filter { !failOn.contains($0.kind) }
        let findings = ordered.map { finding in
            let failing = failOn.contains(finding.kind)
            return ReportEntry(
                mark: failing ? "✗" : "·", kinds: [finding.kind.rawValue], label: finding.kind.rawValue, reference: finding.message,
                figures: finding.location.description, needsAttention: failing,
                group: failing ? "Failing: \(finding.check)" : finding.check, section: finding.check)
        }
        document.blocks.append(.heading("Findings"))
        document.blocks.append(.line(ReportLine(verdict(), tone: check.findings.contains { failOn.contains($0.kind) } ? .warning : .plain)))
        document.blocks.append(
            .entries(
                ReportEntries(
                    columns: ["Finding", "What and where"],
                    filters: ReportEntries.Filters(kinds: kinds.map { ($0.rawValue, $0.rawValue, true) }, sections: check.checks),
                    anchor: "f", items: findings)))
        for (index, diff) in check.diffs.enumerated() {
            var part = DiffReport(diff).document()
            part.blocks = part.blocks.map { block in
                guard case .entries(var entries) = block else { return block }
                entries.anchor = "d\(index)"
                return .entries(entries)
            }
            document.blocks.append(.appendix(part))
        }
        for entry in check.coverages { document.blocks.append(.appendix(CoverageReport(entry.coverage).document())) }
        for entry in check.responses { document.blocks.append(.appendix(StatusReport(entry.status).document())) }
        return document
    }
}
