import Foundation
import QTrackTestSupport
import Testing

@Suite("qtrack parse")
struct ParseCommandTests {
    @Test("outline of the real questionnaire: sections with counts, numbered questions, sub-items")
    func outline() throws {
        let result = try CommandRunner.run(["parse", "Questionnaires/2020-2021/questionnaire.docx"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout.contains(
                "cycle 2020-2021 · reporting period 2020-01-01 to 2020-12-31 · deadline 2021-01-05 · 14 sections, 136 questions"))
        #expect(result.stdout.contains("├─ PROTECTION  [19]"))
        #expect(result.stdout.contains("│  │  ├─ a. Who provided the training?"))
    }

    @Test("JSON carries the contract's fields and is byte-for-byte stable")
    func json() throws {
        let first = try CommandRunner.run(["parse", "Questionnaires/2025/questionnaire.txt", "--format", "json"])
        let second = try CommandRunner.run(["parse", "Questionnaires/2025/questionnaire.txt", "--format", "json"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let parsed = try OutputJSON.decode(ParseJSON.self, from: first.stdout)
        #expect(parsed.schemaVersion == 1)
        let keys = try OutputJSON.decode(JSONKeys.self, from: first.stdout).keys
        for key in ["title", "cycle", "reportingPeriod", "deadline", "sections", "tables", "diagnostics"] {
            #expect(keys.contains(key), "missing \(key)")
        }
        let questions = try #require(parsed.sections.first?.questions)
        #expect(questions.count == 85)
        #expect(questions[0].section == nil)
        #expect(questions[0].id == "1")
        #expect(questions[0].notes.first?.kind == "tips")
    }

    @Test("bad input: one line on stderr naming the file, nothing on stdout, exit status 2")
    func badInput() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let fake = folder.appendingPathComponent("fake.docx")
        try Data("not a zip".utf8).write(to: fake)
        let cases: [(String, String)] = [
            (folder.appendingPathComponent("missing.docx").path, "no such file"),
            (folder.path, "is a directory, not a file"),
            (empty.path, "the file is empty"),
            (fake.path, "not a valid .docx: it is not a ZIP package"),
        ]
        for (path, reason) in cases {
            let result = try CommandRunner.run(["parse", path])
            #expect(result.status == 2, "\(path)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "qtrack: error: \(path): \(reason)\n")
        }
    }

    @Test("usage errors exit 64")
    func usage() throws {
        #expect(try CommandRunner.run(["parse"]).status == 64)
        #expect(try CommandRunner.run(["parse", "x.txt", "--format", "yaml"]).status == 64)
    }

    @Test("--output writes the file whole, refuses to overwrite the input, and leaves nothing on failure")
    func output() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("q.txt")
        try FileManager.default.copyItem(atPath: TestPaths.questionnaire("2025"), toPath: input.path)
        let before = try Data(contentsOf: input)

        let refused = try CommandRunner.run(["parse", input.path, "--output", input.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is also an input"))
        #expect(try Data(contentsOf: input) == before)

        let target = folder.appendingPathComponent("out.json")
        let written = try CommandRunner.run(["parse", input.path, "--format", "json", "--output", target.path])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect((try? OutputJSON.decode(ParseJSON.self, from: target)) != nil)

        let failed = try CommandRunner.run([
            "parse", folder.appendingPathComponent("absent.txt").path, "--output", folder.appendingPathComponent("never.json").path,
        ])
        #expect(failed.status == 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == ["out.json", "q.txt"])
    }
}
