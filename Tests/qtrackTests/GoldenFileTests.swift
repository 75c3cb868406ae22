import Foundation
import QTrackTestSupport
import Testing

/// Every command in every format, run as a user would, compared whole with its golden file in
/// `Tests/Snapshots/`: on the repository's own questionnaires and on two generated ones.
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

    static let repositoryCases: [Case] =
        [
            Case(snapshot: "parse/2020-2021-txt.outline.txt", arguments: ["parse", old]),
            Case(snapshot: "parse/2020-2021-txt.json", arguments: ["parse", old, "--format", "json"]),
            Case(snapshot: "parse/2020-2021-docx.outline.txt", arguments: ["parse", word]),
            Case(snapshot: "parse/2020-2021-docx.json", arguments: ["parse", word, "--format", "json"]),
            Case(snapshot: "parse/2025.outline.txt", arguments: ["parse", new]),
            Case(snapshot: "parse/2025.json", arguments: ["parse", new, "--format", "json"]),
            Case(snapshot: "diff/2020-2021--2025.txt", arguments: ["diff", old, new]),
            Case(snapshot: "diff/2020-2021--2025.explain.txt", arguments: ["diff", old, new, "--explain"]),
            Case(snapshot: "diff/2020-2021--2025.md", arguments: ["diff", old, new, "--format", "markdown", "--explain"]),
            Case(snapshot: "diff/2020-2021--2025.json", arguments: ["diff", old, new, "--format", "json"]),
            Case(snapshot: "diff/2020-2021--2025.html", arguments: ["diff", word, new, "--format", "html"]),
            Case(snapshot: "diff/2020-2021--2025.docx.txt", arguments: ["diff", word, new, "--format", "docx"], writes: "docx"),
            Case(snapshot: "diff/txt--docx.txt", arguments: ["diff", old, word]),
            Case(
                snapshot: "diff/2020-2021--2025.junit.xml", arguments: ["diff", old, new, "--format", "junit", "--fail-on", "removed"],
                status: 1),
            Case(snapshot: "diff/2020-2021--2025.sarif.json", arguments: ["diff", old, new, "--format", "sarif"]),
            Case(
                snapshot: "coverage/2025.github.txt", arguments: ["coverage", new, "--format", "github", "--fail-on", "uncovered"],
                status: 1),
            Case(snapshot: "status/sample.junit.xml", arguments: ["status", response, "--template", word, "--format", "junit"]),
            Case(snapshot: "status/sample.txt", arguments: ["status", response, "--template", word]),
            Case(snapshot: "status/sample.md", arguments: ["status", response, "--template", word, "--format", "markdown"]),
            Case(snapshot: "status/sample.json", arguments: ["status", response, "--template", word, "--format", "json"]),
            Case(snapshot: "status/sample.html", arguments: ["status", response, "--template", word, "--format", "html"]),
            Case(
                snapshot: "prepare/2025.md",
                arguments: ["prepare", "--previous", response, "--template", word, "--questionnaire", new, "--format", "markdown"]),
            Case(
                snapshot: "prepare/2025.docx.txt",
                arguments: ["prepare", "--previous", response, "--template", word, "--questionnaire", new],
                writes: "docx"),
            Case(
                snapshot: "recommendations/ecoi-2019-pakistan.yaml",
                arguments: ["recommendations", "import", "Tests/Fixtures/Narratives/ecoi-2019-pakistan.txt", "--country", "Pakistan"]),
            Case(
                snapshot: "recommendations/aassone-2015-pakistan.json",
                arguments: [
                    "recommendations", "import", "Tests/Fixtures/Narratives/aassone-2015-pakistan.txt", "--country", "Pakistan", "--year",
                    "2015", "--format", "json",
                ]),
            Case(snapshot: "questions/register.txt", arguments: ["questions"]),
            Case(snapshot: "questions/register.md", arguments: ["questions", "--format", "markdown"]),
            Case(snapshot: "questions/register.csv", arguments: ["questions", "--format", "csv"]),
            Case(snapshot: "questions/register.json", arguments: ["questions", "--format", "json"]),
            Case(snapshot: "history/protection-6.txt", arguments: ["history", "2020-2021:protection/6"]),
            Case(snapshot: "history/protection-6.md", arguments: ["history", "2020-2021:protection/6", "--format", "markdown"]),
            Case(snapshot: "history/protection-6.json", arguments: ["history", "2020-2021:protection/6", "--format", "json"]),
            Case(snapshot: "history/shelter.txt", arguments: ["history", "shelter"]),
            Case(snapshot: "check/summary.md", arguments: ["check", "--format", "summary"]),
        ]
        + ["txt", "md", "json", "csv", "html"].map { format in
            Case(
                snapshot: "coverage/2025.\(format)",
                arguments: ["coverage", new, "--previous", word, "--format", formatName(format)])
        }
        + ["txt", "json"].map { format in
            Case(
                snapshot: "coverage/2020-2021-response.\(format)",
                arguments: ["coverage", word, "--response", response, "--format", formatName(format)])
        }
        + ["txt", "md", "json", "junit.xml", "sarif.json", "github.txt", "html"].map { format in
            Case(snapshot: "check/repository.\(format)", arguments: ["check", "--format", formatName(format)])
        }

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

    /// The command's format for a snapshot's extension.
    static func formatName(_ fileExtension: String) -> String {
        switch fileExtension {
        case "txt": "text"
        case "md": "markdown"
        case "junit.xml": "junit"
        case "sarif.json": "sarif"
        case "github.txt": "github"
        default: fileExtension
        }
    }

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
