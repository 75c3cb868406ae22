import Foundation
import QTrackBase
import QTrackTestSupport
import Testing

@testable import QTrackWorkspace

/// A misspelled key in a decisions, links or recommendations file means decisions not honoured: `check` must say
/// which file, line and key, or the reviewer never learns that the work was ignored.
@Suite("Unknown keys in Mappings")
struct KeyProblemsTests {
    @Test("a misspelled key in each kind of file is named with its file and line; known keys are not")
    func misspelledKeys() throws {
        let root = try TestPaths.temporaryFolder().appendingPathComponent("Mappings")
        let files = [
            "decisions/2020-2021--2025.yaml": "old: 2020-2021\nnew: \"2025\"\nunrealted:\n  - old: a/1\n    new: \"2\"\n",
            "links/2025.yaml": "cycle: \"2025\"\nlinks: []\nfuture_field: 1\n",
            "recommendations/2009.yaml":
                "report: TIP 2009\nyear: 2009\nrecommendations:\n  - id: a\n    title: A\n    text: Do it.\n    subjcts: [x]\n",
        ]
        for (relative, text) in files {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let problems = try MappingsLocation(root: root.path).keyProblems()
        let named = problems.map { "\(URL(fileURLWithPath: $0.location.file).lastPathComponent):\($0.location.line ?? 0)" }
        #expect(named == ["2020-2021--2025.yaml:3", "2025.yaml:3", "2009.yaml:7"])
        #expect(problems.allSatisfy { $0.severity == .warning })
        #expect(problems[0].message.contains("'unrealted'") && problems[0].message.contains("unrelated"))
        #expect(problems[2].message.contains("'subjcts'"))
    }

    @Test("the repository's own Mappings have no unknown key")
    func repositoryMappings() throws {
        #expect(try MappingsLocation(root: TestPaths.mappings.path).keyProblems().isEmpty)
    }
}
