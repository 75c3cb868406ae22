import QTrackAnalysis
import QTrackModel

extension CheckReport {
    public func json() -> String {
        JSONOutput.render(CheckJSON(self))
    }
}

/// `qtrack check --format json`.
struct CheckJSON: Encodable, Sendable {
    struct Cycle: Encodable, Sendable {
        var cycle: String
        var questionnaires: [String]
        var responses: [String]
        var questionCount: Int
    }

    struct Diff: Encodable, Sendable {
        var old: String
        var new: String
        var summary: [String: Int]
    }

    struct CoverageSummary: Encodable, Sendable {
        var cycle: String
        var summary: [String: Int]
    }

    struct Response: Encodable, Sendable {
        var cycle: String
        var path: String
        var summary: [String: Int]
    }

    struct Finding: Encodable, Sendable {
        var kind: String
        var check: String
        var message: String
        var failing: Bool
        var location: ModelJSON.Location
    }

    var schemaVersion = JSONOutput.schemaVersion
    var cycles: [Cycle]
    var diffs: [Diff]
    var coverage: [CoverageSummary]
    var responses: [Response]
    var checks: [String]
    var summary: [String: Int]
    var findings: [Finding]

    init(_ report: CheckReport) {
        let check = report.check
        cycles = check.cycleFolders.map { folder in
            Cycle(
                cycle: folder.name, questionnaires: folder.questionnaires, responses: folder.responses,
                questionCount: check.questionnaires[folder.name]?.questionCount ?? 0)
        }
        diffs = check.diffs.map { diff in
            let counts = diff.summary
            return Diff(
                old: diff.old.cycleLabel, new: diff.new.cycleLabel,
                summary: Dictionary(uniqueKeysWithValues: ChangeKind.allCases.map { ($0.rawValue, counts[$0] ?? 0) }))
        }
        coverage = check.coverages.map { entry in
            var summary = Dictionary(uniqueKeysWithValues: Coverage.Status.allCases.map { ($0.rawValue, entry.coverage.count($0)) })
            summary["suspect"] = entry.coverage.suspectLinks
            summary["broken"] = entry.coverage.brokenLinks
            return CoverageSummary(cycle: entry.cycle, summary: summary)
        }
        responses = check.responses.map { entry in
            Response(
                cycle: entry.cycle, path: entry.status.response.file,
                summary: Dictionary(uniqueKeysWithValues: ResponseStatus.State.allCases.map { ($0.rawValue, entry.status.count($0)) }))
        }
        checks = check.checks
        summary = Dictionary(
            uniqueKeysWithValues: QTrackAnalysis.Finding.Kind.allCases.map { kind in
                (kind.rawValue, check.findings.filter { $0.kind == kind }.count)
            })
        findings = check.findings.map { finding in
            Finding(
                kind: finding.kind.rawValue, check: finding.check, message: finding.message, failing: report.failOn.contains(finding.kind),
                location: ModelJSON.Location(finding.location))
        }
    }
}
