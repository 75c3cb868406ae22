import Foundation
import QTrackTestSupport
import Testing

/// Commands run as a user would, compared whole with their golden files in `Tests/Snapshots/`: what only the
/// command shows on the repository's own questionnaires, and every command in a folder of two generated ones.
@Suite("Golden files")
struct GoldenFileTests {
    enum Folder: Sendable {
        /// The package root, with its Questionnaires/ and Mappings/.
        case repository
        /// A folder holding `GeneratedRepository`'s files.
        case generated
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var snapshot: String
        var arguments: [String]
        var folder = Folder.repository
        /// The extension of the file the command writes with `--output`, or nil for standard output.
        var writes: String?
        /// The exit status: 1 where `--fail-on` names a kind that occurs.
        var status: Int32 = 0
        var testDescription: String { snapshot }
    }

    static let old = "Questionnaires/2020-2021/questionnaire.txt"
    static let word = "Questionnaires/2020-2021/questionnaire.docx"
    static let new = "Questionnaires/2025/questionnaire.txt"
    static let response = "Questionnaires/2020-2021/response-sample.txt"
    static let first = GeneratedRepository.first
    static let second = GeneratedRepository.second

    /// What only the command shows: a file written with --output, exit status 1 from --fail-on, the list `history`
    /// prints for words, the main job as a user runs it. Every report's bytes are proved in-process by
    /// QTrackReportsTests' `ReportGoldenTests`, against the same golden files.
    static let repositoryCases: [Case] = [
        Case(snapshot: "diff/2020-2021--2025.docx.txt", arguments: ["diff", word, new, "--format", "docx"], writes: "docx"),
        Case(
            snapshot: "diff/2020-2021--2025.junit.xml", arguments: ["diff", old, new, "--format", "junit", "--fail-on", "removed"],
            status: 1),
        Case(
            snapshot: "coverage/2025.github.txt", arguments: ["coverage", new, "--format", "github", "--fail-on", "uncovered"],
            status: 1),
        Case(
            snapshot: "prepare/2025.docx.txt",
            arguments: ["prepare", "--previous", response, "--template", word, "--questionnaire", new],
            writes: "docx"),
        Case(snapshot: "history/shelter.txt", arguments: ["history", "shelter"]),
        Case(snapshot: "check/repository.txt", arguments: ["check"]),
    ]

    static let generatedCases: [Case] = [
        Case(snapshot: "generated/parse-first.outline.txt", arguments: ["parse", first], folder: .generated),
        Case(snapshot: "generated/parse-second.json", arguments: ["parse", second, "--format", "json"], folder: .generated),
        Case(snapshot: "generated/diff.txt", arguments: ["diff", first, second, "--explain"], folder: .generated),
        Case(snapshot: "generated/diff.md", arguments: ["diff", first, second, "--format", "markdown"], folder: .generated),
        Case(snapshot: "generated/diff.json", arguments: ["diff", first, second, "--format", "json"], folder: .generated),
        Case(snapshot: "generated/diff.html", arguments: ["diff", first, second, "--format", "html"], folder: .generated),
        Case(
            snapshot: "generated/diff.docx.txt", arguments: ["diff", first, second, "--format", "docx"], folder: .generated, writes: "docx"),
        Case(snapshot: "generated/coverage.txt", arguments: ["coverage", second, "--previous", first], folder: .generated),
        Case(snapshot: "generated/coverage.json", arguments: ["coverage", second, "--format", "json"], folder: .generated),
        Case(
            snapshot: "generated/status.txt",
            arguments: ["status", GeneratedRepository.response, "--template", GeneratedRepository.responseTemplate], folder: .generated),
        Case(
            snapshot: "generated/prepare.md",
            arguments: ["prepare", "--previous", GeneratedRepository.response, "--questionnaire", second, "--format", "markdown"],
            folder: .generated),
    ]

    /// The generated files, written once for the whole suite.
    static let generatedFolder: Result<URL, any Error> = Result {
        let folder = try TestPaths.temporaryFolder()
        try GeneratedRepository.write(to: folder)
        return folder
    }

    @Test("the repository's questionnaires", arguments: repositoryCases)
    func repository(_ example: Case) throws {
        try check(example)
    }

    @Test("generated questionnaires", arguments: generatedCases)
    func generated(_ example: Case) throws {
        try check(example)
    }

    private func check(_ example: Case) throws {
        let folder: URL? =
            switch example.folder {
            case .repository: nil
            case .generated: try Self.generatedFolder.get()
            }
        var arguments = example.arguments
        var written: URL?
        if let fileExtension = example.writes {
            let output = try TestPaths.temporaryFolder().appendingPathComponent("output.\(fileExtension)")
            arguments += ["--output", output.path]
            written = output
        }
        let result = try CommandRunner.run(arguments, environment: ["NO_COLOR": "1", "COLUMNS": "100"], in: folder)
        #expect(result.status == example.status, "\(result.stderr)")
        let actual: String
        if let written {
            defer { try? FileManager.default.removeItem(at: written.deletingLastPathComponent()) }
            actual = try Snapshot.describeWordPackage(try Data(contentsOf: written))
        } else {
            actual = result.stdout
        }
        if let mismatch = try Snapshot.mismatch(actual, name: example.snapshot) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }
}
