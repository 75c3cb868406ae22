import Foundation
public import QTrackAnalysis
import QTrackModel

/// What `qtrack check` prints: one summary of the repository, then the details, in the format CI wants.
public struct CheckReport: Sendable {
    public var check: CheckResult
    /// Findings that fail the run: errors in JUnit, SARIF and GitHub annotations.
    public var failOn: Set<Finding.Kind>

    public init(_ check: CheckResult, failOn: Set<Finding.Kind> = []) {
        self.check = check
        self.failOn = failOn
    }

    static func counts<Item>(_ items: [Item], _ pairs: [(String, (Item) -> Bool)]) -> String {
        pairs.map { "\($0.0) \(items.filter($0.1).count)" }.joined(separator: " · ")
    }

    func cycleLines() -> [String] {
        check.layout.cycles.map { folder in
            let questionnaire = check.questionnaires[folder.name]
            var line =
                "  \(folder.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(questionnaire?.questions.count ?? 0) questions"
            line += "  (" + folder.questionnaires.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ") + ")"
            if !folder.responses.isEmpty { line += "  \(folder.responses.count) response\(folder.responses.count == 1 ? "" : "s")" }
            return line
        }
    }

    func summaryLines() -> [String] {
        var lines = ["Cycles"] + cycleLines()
        if !check.formatChecks.isEmpty {
            lines.append("Formats")
            for comparison in check.formatChecks {
                let substantive = comparison.changes.filter { $0.kinds.contains(where: \.isSubstantive) }.count
                lines.append(
                    "  \(comparison.old.file) and \(comparison.new.file): "
                        + (substantive == 0 ? "agree" : "\(substantive) questions differ"))
            }
        }
        if !check.diffs.isEmpty {
            lines.append("Changes")
            for diff in check.diffs {
                let summary = diff.summary
                let parts = ChangeKind.allCases.sorted().compactMap { kind in summary[kind].map { "\(kind.rawValue) \($0)" } }
                lines.append("  \(diff.old.cycleLabel) → \(diff.new.cycleLabel): " + parts.joined(separator: " · "))
            }
        }
        if !check.coverages.isEmpty {
            lines.append("Coverage")
            for entry in check.coverages {
                let coverage = entry.coverage
                let years = Set(coverage.items.map(\.set.year)).sorted().map(String.init).joined(separator: ", ")
                lines.append(
                    "  \(entry.cycle) (\(coverage.items.count) recommendations of \(years)): "
                        + Coverage.Status.allCases.map { "\($0.rawValue) \(coverage.count($0))" }.joined(separator: " · ")
                        + " · suspect \(coverage.suspectLinks) · broken \(coverage.brokenLinks)")
            }
        }
        if !check.responses.isEmpty {
            lines.append("Answers")
            for entry in check.responses {
                let status = entry.status
                lines.append(
                    "  \(status.response.file): "
                        + ResponseStatus.State.allCases.map { "\($0.rawValue) \(status.count($0))" }.joined(separator: " · "))
            }
        }
        return lines
    }

    func verdict() -> String {
        let failing = check.findings.filter { failOn.contains($0.kind) }
        if failOn.isEmpty { return "\(check.checks.count) checks, \(check.findings.count) findings (none fails the run: see --fail-on)" }
        return
            "\(check.checks.count) checks, \(check.findings.count) findings, \(failing.count) failing (--fail-on \(failOn.map(\.rawValue).sorted().joined(separator: ",")))"
    }

    public func text(style: TextStyle = .plain) -> String {
        var lines = [style.heading("qtrack check: \(check.layout.questionnairesFolder) and \(check.layout.mappingsFolder)")]
        lines += summaryLines().map { $0.hasPrefix("  ") ? $0 : style.heading($0) }
        lines.append(verdict())
        var current = ""
        for finding in check.findings {
            if finding.check != current {
                current = finding.check
                lines.append("")
                lines.append(style.heading(current))
            }
            let mark = failOn.contains(finding.kind) ? style.warning("✗ ") : "  "
            lines.append(
                "\(mark)\(finding.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(finding.message)"
                    + style.dim("  \(finding.location)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func markdown() -> String {
        var lines = ["# qtrack check", ""]
        for line in summaryLines() {
            lines.append(line.hasPrefix("  ") ? "- " + Markdown.escape(line.trimmingLeadingSpaces()) : "\n## " + line + "\n")
        }
        lines += [
            "", "_\(Markdown.escape(verdict()))_", "", "## Findings", "", "| check | kind | finding | where |", "| --- | --- | --- | --- |",
        ]
        for finding in check.findings {
            lines.append(
                "| \(Markdown.escape(finding.check)) | \(finding.kind.rawValue)\(failOn.contains(finding.kind) ? " ✗" : "") | \(Markdown.escape(finding.message)) | `\(finding.location)` |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> JSONValue {
        var counts: [String: JSONValue] = [:]
        for kind in Finding.Kind.allCases { counts[kind.rawValue] = .int(check.findings.filter { $0.kind == kind }.count) }
        return [
            "schemaVersion": .int(ModelJSON.schemaVersion),
            "cycles": .array(
                check.layout.cycles.map { folder in
                    [
                        "cycle": .string(folder.name),
                        "questionnaires": .array(folder.questionnaires.map(JSONValue.string)),
                        "responses": .array(folder.responses.map(JSONValue.string)),
                        "questionCount": .int(check.questionnaires[folder.name]?.questions.count ?? 0),
                    ]
                }),
            "diffs": .array(
                check.diffs.map { diff in
                    var summary: [String: JSONValue] = [:]
                    for kind in ChangeKind.allCases { summary[kind.rawValue] = .int(diff.summary[kind] ?? 0) }
                    return ["old": .string(diff.old.cycleLabel), "new": .string(diff.new.cycleLabel), "summary": .object(summary)]
                }),
            "coverage": .array(
                check.coverages.map { entry in
                    var summary: [String: JSONValue] = Dictionary(
                        uniqueKeysWithValues: Coverage.Status.allCases.map { ($0.rawValue, JSONValue.int(entry.coverage.count($0))) })
                    summary["suspect"] = .int(entry.coverage.suspectLinks)
                    summary["broken"] = .int(entry.coverage.brokenLinks)
                    return ["cycle": .string(entry.cycle), "summary": .object(summary)]
                }),
            "responses": .array(
                check.responses.map { entry in
                    [
                        "cycle": .string(entry.cycle), "path": .string(entry.status.response.file),
                        "summary": .object(
                            Dictionary(
                                uniqueKeysWithValues: ResponseStatus.State.allCases.map {
                                    ($0.rawValue, JSONValue.int(entry.status.count($0)))
                                })),
                    ]
                }),
            "checks": .array(check.checks.map(JSONValue.string)),
            "summary": .object(counts),
            "findings": .array(
                check.findings.map { finding in
                    [
                        "kind": .string(finding.kind.rawValue), "check": .string(finding.check), "message": .string(finding.message),
                        "failing": .bool(failOn.contains(finding.kind)), "location": ModelJSON.location(finding.location),
                    ]
                }),
        ]
    }
}

extension String {
    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " }) }
}
