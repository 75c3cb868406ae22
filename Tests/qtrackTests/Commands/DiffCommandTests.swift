import Foundation
import QTrackTestSupport
import Testing

@Suite("qtrack diff")
struct DiffCommandTests {
    let old = "Questionnaires/2020-2021/questionnaire.txt"
    let word = "Questionnaires/2020-2021/questionnaire.docx"
    let new = "Questionnaires/2025/questionnaire.txt"

    @Test("text: summary first, then changes by section with word-level marks and no colour when piped")
    func text() throws {
        let result = try CommandRunner.run(["diff", old, new])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("Questionnaire changes: 2020-2021 → 2025"))
        #expect(lines[1] == "136 questions → 85 questions")
        #expect(lines[2] == "added 55 · removed 99 · merged 11 · reworded 37 · renumbered 26")
        #expect(result.stdout.contains("reporting period: 2020-01-01 to 2020-12-31 → 2024-04-01 to 2025-03-31"))
        #expect(result.stdout.contains("~ reworded, renumbered  other-questions/4 → 49"))
        #expect(result.stdout.contains("[-") && result.stdout.contains("{+"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("json: the contract's fields, one entry per question, stable bytes")
    func json() throws {
        let first = try CommandRunner.run(["diff", old, new, "--format", "json"])
        let second = try CommandRunner.run(["diff", old, new, "--format", "json"])
        #expect(first.stdout == second.stdout)
        let diff = try OutputJSON.decode(DiffJSON.self, from: first.stdout)
        #expect(diff.schemaVersion == 1)
        #expect(diff.old.cycle == "2020-2021")
        #expect(diff.new.path == new)
        #expect(diff.summary.keys.count == 11, "every change kind, optionsChanged included")
        let restitution = try #require(diff.changes.first { $0.old?.id == "other-questions/4" })
        #expect(restitution.kind == "reworded")
        #expect(restitution.new == QuestionRefJSON(id: "49", section: nil, number: "49"))
        #expect(restitution.diff.contains { $0.op == "insert" })
        #expect(restitution.similarity != nil && restitution.confidence != nil)
        let added = try #require(diff.changes.first { $0.new?.id == "18" })
        #expect(added.old == nil)
    }

    @Test("--fail-on: exit 1 when a named kind occurs, 0 when none does")
    func failOn() throws {
        #expect(try CommandRunner.run(["diff", old, new, "--fail-on", "added"]).status == 1)
        #expect(try CommandRunner.run(["diff", old, word, "--fail-on", "substantive"]).status == 0)
        #expect(try CommandRunner.run(["diff", old, new, "--fail-on", "nonsense"]).status == 64)
    }

    @Test("the .txt against the .docx: every question unchanged")
    func sameQuestionnaire() throws {
        let result = try CommandRunner.run(["diff", old, word])
        #expect(result.status == 0)
        #expect(result.stdout.contains("136 questions → 136 questions\nunchanged 136\n"))
    }

    @Test("markdown and --explain")
    func markdown() throws {
        let result = try CommandRunner.run(["diff", old, new, "--format", "markdown", "--explain"])
        #expect(result.stdout.hasPrefix("# Questionnaire changes: 2020-2021 → 2025\n"))
        #expect(result.stdout.contains("reworded **37**"))
        #expect(result.stdout.contains("paired by a reviewer's decision in Mappings/decisions/2020-2021--2025.yaml"))
        #expect(result.stdout.contains("  - shared words: "))
    }

    @Test("a broken decisions file is an error naming it")
    func brokenDecisions() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("d.yaml").path
        try "pairs: [unclosed".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["diff", old, new, "--decisions", path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("qtrack: error: \(path): not valid YAML"))
        try "old: a\npairs: []\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["diff", old, new, "--decisions", path]).stderr == "qtrack: error: \(path): missing 'new'\n")
    }
}
