import Foundation
import QTrackBase
import QTrackFixtures
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

/// Keys made up at random (seeded, so a failure replays): each unknown one is reported once, on its own line, and no
/// known key ever is, whatever the names, their case or their place (top level or inside a list item).
@Suite("Unknown keys, generated")
struct GeneratedKeyTests {
    static let known = ["old", "new", "pairs", "unrelated", "alone", "note"]

    static func name(_ random: inout SeededRandom) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_é")
        // Some names one letter away from a known key, as a typing slip makes them.
        if Int.random(in: 0..<3, using: &random) == 0, var slip = known.randomElement(using: &random).map(Array.init) {
            slip[Int.random(in: 0..<slip.count, using: &random)] = letters.randomElement(using: &random)!
            return String(slip)
        }
        return String((0..<Int.random(in: 1...12, using: &random)).map { _ in letters.randomElement(using: &random)! })
    }

    @Test("200 decisions files with made-up keys", arguments: 0..<200)
    func madeUpKeys(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var lines = ["old: 2020-2021", "new: \"2025\"", "pairs:"]
        var expected: [Int: String] = [:]
        var used: Set<String> = []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            lines.append("  - old: a/\(lines.count)")
            lines.append("    new: \"\(lines.count)\"")
            let key = Self.name(&random)
            // A known key a second time would be a duplicate key, which is another error than an unknown one.
            guard !["old", "new", "note"].contains(key), used.insert(key).inserted else { continue }
            lines.append("    \(key): x")
            expected[lines.count] = key
        }
        let top = Self.name(&random)
        if !Self.known.contains(top) {
            lines.append("\(top): 1")
            expected[lines.count] = top
        }
        let problems = MappingsSchema.problems(text: lines.joined(separator: "\n") + "\n", file: "d.yaml", MappingsSchema.decisions)
        let found = Dictionary(problems.map { ($0.line, $0.key) }, uniquingKeysWith: { first, _ in first })
        #expect(found == expected, "\(lines.joined(separator: "\n"))")
        #expect(problems.count == found.count, "one report per key")
    }
}
