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
        #expect(result.stderr == "qtrack: failing: added 55 (--fail-on)\n")
        let check = try CommandRunner.run(["check", "--fail-on", "substantive"])
        #expect(check.status == 1, "check takes the same words as diff")
        #expect(check.stderr.hasPrefix("qtrack: failing: added 55 · removed 99 · reworded 26 · merged 11"))
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

    @Test("--cycle scopes a check: last year's unanswered response does not fail this year's run")
    func cycleScope() throws {
        #expect(try CommandRunner.run(["check", "--cycle", "2025", "--fail-on", "unanswered"]).status == 0)
        let lastYear = try CommandRunner.run(["check", "--cycle", "2020-2021", "--fail-on", "unanswered"])
        #expect(lastYear.status == 1)
        #expect(lastYear.stderr == "qtrack: failing: unanswered 119 (--fail-on)\n")
        let unknown = try CommandRunner.run(["check", "--cycle", "2030"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "qtrack: error: Questionnaires: has no cycle '2030' (there are 2020-2021, 2025)\n")
    }
}

@Suite("history search")
struct HistorySearchTests {
    @Test("words that match many questions give a ranked list to choose from; 'protection 6' names one question")
    func search() throws {
        let shelter = try CommandRunner.run(["history", "shelter"])
        #expect(shelter.status == 0)
        let lines = shelter.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("questions match “shelter”; `qtrack history LINEAGE` shows one:") == true)
        #expect(lines.filter { $0.hasPrefix("  L") }.count >= 10, "about fifteen questions are about shelters")
        #expect(lines.contains { $0.contains("2025, question 30: Did the government operate shelters") })
        let named = try CommandRunner.run(["history", "protection 6"])
        #expect(named.stdout.hasPrefix("L0063: Can adult human trafficking choose whether to enter a shelter?"))
    }
}

@Suite("Shell completions")
struct CompletionTests {
    @Test("bash, zsh and fish completions name every subcommand, review included")
    func completions() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try CommandRunner.run(["--generate-completion-script", shell])
            #expect(result.status == 0)
            for command in ["diff", "coverage", "prepare", "check", "review"] {
                #expect(result.stdout.contains(command), "\(shell): \(command)")
            }
        }
    }
}
