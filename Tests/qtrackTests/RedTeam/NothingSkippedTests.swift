import Foundation
import QTrackTestSupport
import Testing

/// The third red team's "silently skipped" class: whatever qtrack cannot read it says so, naming it; it
/// never reports on a repository it only partly read as if it had read it all.
@Suite("Nothing skipped in silence")
struct NothingSkippedTests {
    @Test(
        "a folder the user may not read stops the run with exit 2 naming it, whatever command lists it",
        .enabled(if: CommandRunner.otherUserPrefix != nil, "running as root without setpriv: root reads a mode-000 folder anyway"),
        arguments: [
            ("Questionnaires/2025", ["check"]), ("Questionnaires", ["check"]), ("Questionnaires/2020-2021", ["check"]),
            ("Mappings/decisions", ["check"]), ("Mappings/links", ["check"]), ("Mappings/recommendations", ["check"]),
            ("Mappings", ["check"]), ("Mappings", ["questions"]),
            ("Mappings/recommendations", ["coverage", "Questionnaires/2025/questionnaire.txt"]),
            ("Mappings/decisions", ["diff", "Questionnaires/2020-2021/questionnaire.txt", "Questionnaires/2025/questionnaire.txt"]),
        ])
    func unreadableFolder(_ folder: String, _ command: [String]) throws {
        let repository = try RepositoryFixture()
        defer { repository.remove() }
        let healthy = try CommandRunner.runAsOtherUser(command, in: repository.root)
        #expect(healthy.status == 0, "\(healthy.stderr)")
        chmod(repository.url(folder).path, 0)
        let result = try CommandRunner.runAsOtherUser(command, in: repository.root)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("qtrack: error: \(folder): cannot be read (permission denied)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("two responses whose names differ only in NFC and NFD are two files: both read, each once")
    func twinNames() throws {
        let repository = try RepositoryFixture()
        defer { repository.remove() }
        let sample = try repository.sampleResponse
        let composed = "response-\u{E9}.txt"
        let decomposed = "response-e\u{301}.txt"
        #expect(composed == decomposed, "Swift calls the two names equal: the reason paths are compared as bytes")
        try repository.write(sample, named: Array(composed.utf8), in: "Questionnaires/2020-2021")
        try repository.write(sample, named: Array(decomposed.utf8), in: "Questionnaires/2020-2021")
        // Twice: which twin was read used to depend on the order the folder lists them in.
        for _ in 0..<2 {
            let result = try CommandRunner.run(["check", "--format", "json"], in: repository.root)
            #expect(result.status == 0, "\(result.stderr)")
            let paths = try OutputJSON.decode(CheckJSON.self, from: result.stdout).responses.map(\.path)
            #expect(paths.count == 3)
            #expect(paths.filter { Array($0.utf8) == Array("Questionnaires/2020-2021/\(composed)".utf8) }.count == 1)
            #expect(paths.filter { Array($0.utf8) == Array("Questionnaires/2020-2021/\(decomposed)".utf8) }.count == 1)
        }
    }

    @Test("a file name that is not UTF-8 is reported and left out; the rest of the check runs")
    func nonUTF8Name() throws {
        let repository = try RepositoryFixture()
        defer { repository.remove() }
        try repository.write(
            try repository.sampleResponse, named: Array("response-".utf8) + [0xFF, 0xFE] + Array(".txt".utf8),
            in: "Questionnaires/2020-2021")
        let result = try CommandRunner.run(["check"], in: repository.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("no such file"))
        #expect(result.stdout.contains("skippedFile   left out: the file name is not UTF-8"))
        #expect(result.stdout.contains("Questionnaires/2020-2021/response-\\xFF\\xFE.txt"))
        #expect(result.stdout.contains("Questionnaires/2020-2021/response-sample.txt: answered 12"))
        let failing = try CommandRunner.run(["check", "--fail-on", "skippedFile"], in: repository.root)
        #expect(failing.status == 1)
    }

    @Test("a Questionnaires folder with no cycle in it is an error, not a check of nothing that passes")
    func noCycles() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("Questionnaires/notes"), withIntermediateDirectories: true)
        for command in [["check"], ["check", "--format", "json"], ["questions"]] {
            let result = try CommandRunner.run(command, in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("qtrack: error: Questionnaires: holds no cycle"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test("status with another cycle's blank as --template is refused, as coverage refuses it, even under --fail-on")
    func statusWithAnotherCyclesTemplate() throws {
        let response = "Questionnaires/2020-2021/response-sample.txt"
        for extra in [[], ["--fail-on", "unanswered"], ["--format", "json"]] {
            let result = try CommandRunner.run(["status", response, "--template", "Questionnaires/2025/questionnaire.txt"] + extra)
            #expect(result.status == 2)
            #expect(
                result.stderr
                    == "qtrack: error: \(response): is a response to the 2020-2021 questionnaire, not to 2025 (Questionnaires/2025/questionnaire.txt)\n"
            )
            #expect(result.stdout.isEmpty)
        }
        let same = try CommandRunner.run(["status", response, "--template", "Questionnaires/2020-2021/questionnaire.txt"])
        #expect(same.status == 0)
    }
}
