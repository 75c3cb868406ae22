import Foundation
import QTrackTestSupport
import Testing

/// What a CI engineer relies on: a typo is an error, a failing run says why, and ids read as typed.
@Suite("Command-line hazards")
struct CommandLineHazardTests {
    static let old = "Questionnaires/2020-2021/questionnaire.txt"
    static let new = "Questionnaires/2025/questionnaire.txt"

    @Test(
        "a --mappings folder that does not exist is an error, not a run without mappings",
        arguments: [
            ["check", "--mappings", "nowhere"], ["questions", "--mappings", "nowhere"], ["diff", old, new, "--mappings", "nowhere"],
            ["coverage", new, "--mappings", "nowhere"],
        ])
    func missingMappings(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr == "qtrack: error: nowhere: no such folder (given as --mappings)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test("--fail-on: exit 1 with a line saying which kinds occurred, and how often")
    func failOnSaysWhy() throws {
        let result = try CommandRunner.run(["diff", Self.old, Self.new, "--fail-on", "added"])
        #expect(result.status == 1)
        #expect(result.stderr == "qtrack: failing: added 60 (--fail-on)\n")
        let check = try CommandRunner.run(["check", "--fail-on", "substantive"])
        #expect(check.status == 1, "check takes the same words as diff")
        #expect(check.stderr.hasPrefix("qtrack: failing: added 60 · removed 111 · reworded 25"))
    }

    @Test("history: ids read whatever their case; no match is one error line, not a usage message")
    func history() throws {
        let found = try CommandRunner.run(["history", "2020-2021:PROTECTION/6"])
        #expect(found.status == 0)
        #expect(found.stdout.hasPrefix("L0063: "))
        let missing = try CommandRunner.run(["history", "zzzqqq"])
        #expect(missing.status == 2)
        #expect(missing.stderr.split(separator: "\n").count == 1)
    }
}
