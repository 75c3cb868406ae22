import Foundation
import FoundationXML
import QTrackTestSupport
import Testing

/// Every command that finds something speaks CI: diff, coverage and status give JUnit, SARIF and GitHub
/// annotations like check does.
@Suite("CI formats from every command")
struct CIFormatTests {
    static let old = "Questionnaires/2020-2021/questionnaire.txt"
    static let new = "Questionnaires/2025/questionnaire.txt"
    static let response = "Questionnaires/2020-2021/response-sample.txt"

    static let commands: [[String]] = [
        ["diff", old, new, "--fail-on", "removed"],
        ["coverage", new, "--fail-on", "uncovered"],
        ["status", response, "--fail-on", "unanswered"],
    ]

    @Test("SARIF validates against the published schema and marks the --fail-on kinds as errors", arguments: commands)
    func sarif(_ command: [String]) throws {
        let result = try CommandRunner.run(command + ["--format", "sarif"])
        #expect(result.status == 1, "the --fail-on kind occurs, so the exit status says so")
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out.sarif")
        try Data(result.stdout.utf8).write(to: file)
        if case .failed(let message) = try SchemaValidator.validateSARIF(file) { Issue.record("SARIF does not validate: \(message)") }
        let results = try #require(try OutputJSON.decode(SARIFJSON.self, from: result.stdout).runs.first?.results)
        let failing = command[command.count - 1]
        #expect(results.contains { $0.ruleId == failing && $0.level == "error" })
        #expect(results.allSatisfy { $0.ruleId != failing || $0.level == "error" })
    }

    @Test("JUnit parses, with a failure in the check that found a --fail-on kind", arguments: commands)
    func junit(_ command: [String]) throws {
        let result = try CommandRunner.run(command + ["--format", "junit"])
        let root = try #require(try XMLDocument(data: Data(result.stdout.utf8)).rootElement())
        #expect(root.attribute(forName: "name")?.stringValue == "qtrack \(command[0])")
        #expect(Int(root.attribute(forName: "failures")?.stringValue ?? "0") ?? 0 >= 1)
    }

    @Test("GitHub annotations: failing findings first, ten of each level, then a count of the rest")
    func github() throws {
        let result = try CommandRunner.run(["diff", Self.old, Self.new, "--format", "github", "--fail-on", "removed"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10, "GitHub shows ten of a level per step")
        #expect(
            lines.last == "::notice title=qtrack::89 more errors, 82 more notices not shown; the full list is in --format text or json")
    }
}
