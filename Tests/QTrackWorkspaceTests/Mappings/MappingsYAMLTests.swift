import Foundation
import QTrackAnalysis
import QTrackTestSupport
import Testing

@testable import QTrackWorkspace

/// The YAML under Mappings/: hostile files are refused before Yams composes them, and what qtrack writes
/// it reads back, whatever the text holds.
@Suite("Mappings YAML")
struct MappingsYAMLTests {
    private func write(_ text: String) throws -> String {
        let path = try TestPaths.temporaryFolder().appendingPathComponent("register.yaml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("5,000 nested brackets: refused with a reason, not a crash")
    func deepNesting() throws {
        let path = try write("cycles: " + String(repeating: "[", count: 5000) + "\n")
        #expect(throws: MappingError(file: path, reason: "nested more than 64 levels deep")) { try QuestionRegister.load(path: path) }
    }

    @Test("a merge-key bomb: refused at once")
    func mergeKeyBomb() throws {
        var text = "a0: &a0 {x: 1, y: 2}\n"
        for level in 1...30 { text += "a\(level): &a\(level) {<<: [*a\(level - 1), *a\(level - 1)]}\n" }
        let path = try write(text)
        let started = Date()
        #expect(throws: MappingError(file: path, reason: "more than 20 anchors, aliases and merge keys")) {
            try QuestionRegister.load(path: path)
        }
        #expect(Date().timeIntervalSince(started) < 10, "a guard against the bomb's expansion, not a speed measurement")
    }

    @Test("the same bomb with Windows line ends, and a line indented past any real nesting: refused too")
    func windowsLineEndsAndDeepIndent() throws {
        var text = "a0: &a0 {x: 1, y: 2}\r\n"
        for level in 1...30 { text += "a\(level): &a\(level)\r\n  <<: *a\(level - 1)\r\n" }
        let bomb = try write(text)
        #expect(throws: MappingError(file: bomb, reason: "more than 20 anchors, aliases and merge keys")) {
            try QuestionRegister.load(path: bomb)
        }
        let indented = try write("cycles:\n" + String(repeating: " ", count: 300) + "- x\n")
        #expect(throws: MappingError(file: indented, reason: "indented more than 256 spaces")) { try QuestionRegister.load(path: indented) }
    }

    @Test("ampersands, asterisks, brackets and apostrophes in plain text are words, not anchors or nesting")
    func plainText() throws {
        let themes = (1...30).map { "      - Costs & benefits of *raids*, AT&T's [pilot] n\($0)" }.joined(separator: "\n")
        let path = try write(
            """
            report: TIP 2009
            year: 2009
            source: the government's cable
            complete: true
            recommendations:
              - id: a
                title: Victim services & shelters
                text: Improve the government's victim services [all provinces]
                themes:
            \(themes)

            """)
        let set = try RecommendationSet.load(path: path)
        #expect(set.recommendations.first?.subjects?.count == 30)
    }

    @Test("control characters, quotes and line breaks in a title: what qtrack writes, it reads back")
    func roundTrip() throws {
        let register = QuestionRegister(
            cycles: ["2020-2021", "2025"],
            lineages: [
                QuestionRegister.Lineage(
                    id: "L0001", title: "Escape \u{1B}[31m, delete \u{7F}, \"quotes\" and: colons\nnew line #hash *star &amp",
                    members: ["2025": ["3"], "2020-2021": ["protection/6"]])
            ])
        let path = try write(try register.yaml())
        #expect(try QuestionRegister.load(path: path) == register)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("2020-2021:\n    - protection/6\n    2025:"), "cycles in order")
    }

    @Test("a file larger than a mappings file can be is refused before it is read as YAML")
    func tooLarge() throws {
        let path = try write("cycles: []\n" + String(repeating: "# comment\n", count: (MappingsYAML.maxBytes / 10) + 1))
        #expect(throws: MappingError.self) { try QuestionRegister.load(path: path) }
    }
}

/// What the Mappings YAML fuzzer keeps, replayed by `swift test` without building the fuzzers.
@Suite("Mappings YAML fuzz regressions")
struct MappingsYAMLFuzzRegressionTests {
    @Test("every kept input is read or refused with a reason")
    func replay() throws {
        let folders = ["Fuzz/Corpus/yaml", "Fuzz/Regressions/yaml"].map { TestPaths.packageRoot.appendingPathComponent($0) }
        let files = folders.flatMap { (try? FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil)) ?? [] }
            .filter { $0.lastPathComponent != ".gitkeep" }
        #expect(!files.isEmpty)
        for file in files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            do {
                _ = try MappingsYAML.decode(QuestionRegister.self, text: text, file: file.lastPathComponent)
            } catch {
                #expect(!error.reason.isEmpty)
            }
        }
    }
}
