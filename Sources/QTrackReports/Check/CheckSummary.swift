public import QTrackAnalysis
import QTrackBase
import QTrackModel

/// What a manager reads of a repository's check, on one screen: what changed in the latest cycle, which
/// recommendations lost coverage or are not asked about, which answers are missing, and where the details are.
public struct CheckSummary: Sendable {
    public var check: CheckResult

    public init(_ check: CheckResult) {
        self.check = check
    }

    public func markdown() -> String {
        let cycles = check.cycleFolders.map(\.name)
        guard let latest = cycles.last else { return "# qtrack summary\n\nNo cycle found under \(check.questionnairesFolder).\n" }
        var lines = ["# qtrack summary: \(Markdown.escape(latest))", ""]
        if let diff = check.diffs.last, let previous = diff.old.cycle?.description ?? cycles.dropLast().last {
            let summary = diff.summary
            let probable = diff.changes.filter { $0.certainty == .probable }.count
            var parts = [
                "\(summary[.added] ?? 0) new questions", "\(summary[.removed] ?? 0) removed", "\(summary[.reworded] ?? 0) reworded",
            ]
            if let merged = summary[.merged] { parts.append("\(merged) merged") }
            if let split = summary[.split] { parts.append("\(split) split") }
            lines += ["## What changed since \(Markdown.escape(previous))", "", parts.joined(separator: ", ") + "."]
            if probable > 0 {
                lines.append("\(probable) pairs are probable, for a person to confirm: `qtrack review --cycle \(latest)`.")
            }
            lines.append("")
        }
        if let current = check.coverages.last(where: { $0.cycle == latest })?.coverage {
            lines += ["## Recommendations", ""]
            lines.append(
                "\(current.items.count) apply to \(latest): \(current.count(.covered)) covered, \(current.count(.weak)) weakly, "
                    + "\(current.count(.uncovered)) not asked about"
                    + (current.count(.notAsked) > 0 ? ", \(current.count(.notAsked)) marked not asked this year by a reviewer." : "."))
            if let previous = check.coverages.last(where: { $0.cycle != latest })?.coverage, let diff = check.diffs.last {
                let comparison = CoverageComparison(previous: previous, current: current, diff: diff)
                let lost = current.items.filter { comparison.change(for: $0.qualifiedID)?.trend == .worse }
                if !lost.isEmpty {
                    let described = lost.map { item -> String in
                        let before = comparison.change(for: item.qualifiedID)?.previousStatus ?? item.status
                        return before == item.status
                            ? "\(item.qualifiedID) (\(item.status.rawValue), weaker)"
                            : "\(item.qualifiedID) (\(before.rawValue) → \(item.status.rawValue))"
                    }
                    lines.append("Lost coverage: " + described.joined(separator: ", ") + ".")
                }
            }
            let uncovered = current.items.filter { $0.status == .uncovered }
            if !uncovered.isEmpty {
                lines.append(
                    "Not asked about: "
                        + uncovered.map { "\($0.qualifiedID) (\(Markdown.escape($0.recommendation.title)))" }.joined(separator: ", ") + ".")
            }
            lines.append("")
        }
        if !check.responses.isEmpty {
            lines += ["## Answers", ""]
            for response in check.responses {
                let status = response.status
                let carried = status.count(.carried) > 0 ? "\(status.count(.carried)) carried and not yet reviewed, " : ""
                lines.append(
                    "- \(Markdown.escape(status.response.file)) (\(response.cycle)): \(status.count(.answered)) answered, \(carried)"
                        + "\(status.count(.placeholder)) placeholders, \(status.count(.partial)) partial, \(status.count(.unanswered)) unanswered."
                )
            }
            lines.append("")
        }
        lines.append("Details: `qtrack check` lists every finding; `qtrack diff`, `qtrack coverage` and `qtrack status` show each part.")
        return PrintableText.lines(lines)
    }
}
