public import QTrackAnalysis
import QTrackBase

/// Typed findings for CI, from any command: JUnit XML, SARIF and GitHub annotations. Every command that
/// finds something (check, diff, coverage, status) gives its findings here, so all of them speak CI.
public struct FindingsReport: Sendable {
    public var findings: [Finding]
    /// Every check that ran, found something or not: a JUnit test case each.
    public var checks: [String]
    /// Findings that fail the run: errors rather than warnings.
    public var failOn: Set<Finding.Kind>
    /// The command, naming the JUnit test suites: "qtrack check".
    public var name: String

    public init(_ findings: CheckFindings, failOn: Set<Finding.Kind>, name: String) {
        self.init(findings: findings.findings, checks: findings.checks, failOn: failOn, name: name)
    }

    public init(findings: [Finding], checks: [String], failOn: Set<Finding.Kind>, name: String) {
        self.findings = findings
        self.checks = checks
        self.failOn = failOn
        self.name = name
    }

    /// The group a check belongs to, for JUnit test suites: "diff", "coverage", "answers", "format".
    static func suite(of check: String) -> String {
        String(check.prefix { $0 != " " })
    }

    /// The CI formats every command offers.
    public enum Format: String, Sendable, CaseIterable {
        case junit, sarif, github
    }

    public func rendered(_ format: Format) -> String {
        switch format {
        case .junit: junit()
        case .sarif: sarif()
        case .github: github()
        }
    }

    /// JUnit XML: a test suite per kind of check, a test case per check, a failure per check whose findings
    /// include a kind named in --fail-on (the message lists them); other findings go to system-out.
    public func junit() -> String {
        var byCheck: [String: [Finding]] = [:]
        for finding in findings { byCheck[finding.check, default: []].append(finding) }
        var suites: [String] = []
        var suiteCases: [String: [String]] = [:]
        var suiteFailures: [String: Int] = [:]
        for name in checks {
            let suite = Self.suite(of: name)
            if suiteCases[suite] == nil { suites.append(suite) }
            let findings = byCheck[name] ?? []
            let failing = findings.filter { failOn.contains($0.kind) }
            var testCase = "    <testcase classname=\"qtrack.\(XML.escape(suite))\" name=\"\(XML.escape(name))\""
            if failing.isEmpty && findings.isEmpty {
                testCase += "/>"
            } else {
                testCase += ">\n"
                if !failing.isEmpty {
                    suiteFailures[suite, default: 0] += 1
                    let kinds = Set(failing.map(\.kind.rawValue)).sorted().joined(separator: ",")
                    let summary =
                        "\(failing.count) finding\(failing.count == 1 ? "" : "s"): "
                        + failing.prefix(3).map(\.message).joined(separator: "; ")
                    testCase += "      <failure type=\"\(XML.escape(kinds))\" message=\"\(XML.escape(summary))\">"
                    testCase += XML.escapeText(
                        failing.map { "\($0.kind.rawValue): \($0.message) (\($0.location))" }.joined(separator: "\n"))
                    testCase += "</failure>\n"
                }
                let others = findings.filter { !failOn.contains($0.kind) }
                if !others.isEmpty {
                    testCase +=
                        "      <system-out>"
                        + XML.escapeText(others.map { "\($0.kind.rawValue): \($0.message) (\($0.location))" }.joined(separator: "\n"))
                        + "</system-out>\n"
                }
                testCase += "    </testcase>"
            }
            suiteCases[suite, default: []].append(testCase)
        }
        let totalFailures = suiteFailures.values.reduce(0, +)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(XML.escape(name))\" tests=\"\(checks.count)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
        for suite in suites {
            let cases = suiteCases[suite] ?? []
            xml +=
                "  <testsuite name=\"\(XML.escape(suite))\" tests=\"\(cases.count)\" failures=\"\(suiteFailures[suite] ?? 0)\" errors=\"0\" skipped=\"0\">\n"
            xml += cases.joined(separator: "\n") + "\n  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    /// SARIF 2.1.0: one rule per finding kind, one result per finding with its file and, where known, its line.
    public func sarif() -> String {
        JSONOutput.render(SARIFLog(self))
    }

    /// GitHub Actions workflow commands: an annotation per finding on its file and line.
    /// GitHub shows ten annotations of each level per step; past that, one notice counts the rest. Failing
    /// findings come first, so they are the ones shown.
    public static let annotationsPerLevel = 10

    /// GitHub Actions workflow commands: an annotation per finding on its file and line, errors first, at
    /// most `annotationsPerLevel` of each level, then a notice counting what was left out.
    public func github() -> String {
        var lines: [String] = []
        var shown: [String: Int] = [:]
        var left: [String: Int] = [:]
        let ordered = findings.filter { failOn.contains($0.kind) } + findings.filter { !failOn.contains($0.kind) }
        for finding in ordered {
            let command = failOn.contains(finding.kind) ? "error" : (level(finding.kind) == "note" ? "notice" : "warning")
            guard shown[command, default: 0] < Self.annotationsPerLevel else {
                left[command, default: 0] += 1
                continue
            }
            shown[command, default: 0] += 1
            var properties = ["file=\(Self.escapeProperty(finding.location.file))"]
            if let line = finding.location.line { properties.append("line=\(line)") }
            properties.append("title=\(Self.escapeProperty("qtrack \(finding.kind.rawValue)"))")
            lines.append(
                "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(finding.message + locationSuffix(finding.location)))")
        }
        let rest = ["error", "warning", "notice"].compactMap { command in left[command].map { "\($0) more \(command)s" } }
        if !rest.isEmpty {
            lines.append(
                "::notice title=qtrack::\(Self.escapeData(rest.joined(separator: ", ") + " not shown; the full list is in --format text or json"))"
            )
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    private func locationSuffix(_ location: SourceLocation) -> String {
        location.paragraph.map { " (paragraph \($0))" } ?? ""
    }

    /// error for what fails the run, warning for problems, note for changes between cycles.
    func level(_ kind: Finding.Kind) -> String {
        if failOn.contains(kind) { return "error" }
        switch kind {
        case .added, .removed, .reworded, .split, .merged, .moved, .renumbered, .dateShift, .cosmetic: return "note"
        default: return "warning"
        }
    }

    /// GitHub's own escapes for line breaks, then `PrintableText` for every other control character.
    static func escapeData(_ text: String) -> String {
        PrintableText.escaped(
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(
                of: "\n", with: "%0A"))
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
