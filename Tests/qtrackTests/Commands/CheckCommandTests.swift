import Foundation
import FoundationXML
import QTrackTestSupport
import Testing

@Suite("qtrack check")
struct CheckCommandTests {
    @Test("the main job: the repository's own data, summary first, exit 0")
    func mainJob() throws {
        let result = try CommandRunner.run(["check"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "qtrack check  (Questionnaires and Mappings)")
        #expect(lines.contains("  2020-2021  136 questions  (questionnaire.docx, questionnaire.txt)  1 response"))
        #expect(lines.contains("  Questionnaires/2020-2021/questionnaire.docx and Questionnaires/2020-2021/questionnaire.txt: agree"))
        #expect(lines.contains { $0.hasPrefix("  2020-2021 → 2025: added 55 · removed 99 · merged 11 · reworded 37 · renumbered 26") })
        #expect(lines.contains { $0.hasPrefix("  2025 (17 recommendations of 2009, 2015, 2019, 2021, 2023): covered ") })
        #expect(lines.contains("  Questionnaires/2020-2021/response-sample.txt: answered 12 · placeholder 3 · unanswered 119 · partial 2"))
        #expect(result.stdout == (try CommandRunner.run(["check"])).stdout, "the same repository gives the same bytes")
    }

    @Test("--fail-on makes the exit status follow the findings")
    func failOn() throws {
        #expect(try CommandRunner.run(["check", "--fail-on", "placeholder"]).status == 1)
        #expect(try CommandRunner.run(["check", "--fail-on", "suspect,broken,formatMismatch"]).status == 0)
        #expect(try CommandRunner.run(["check", "--fail-on", "nonsense"]).status == 64)
    }

    @Test("JUnit: a real XML parser reads it, one test case per check, failures carrying their findings")
    func junit() throws {
        let result = try CommandRunner.run(["check", "--format", "junit", "--fail-on", "uncovered,partial"])
        #expect(result.status == 1)
        let document = try XMLDocument(data: Data(result.stdout.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        let names = suites.compactMap { $0.attribute(forName: "name")?.stringValue }
        #expect(names == ["format", "diff", "coverage", "answers", "register", "routes"])
        let cases = suites.flatMap { $0.elements(forName: "testcase") }
        #expect(String(cases.count) == root.attribute(forName: "tests")?.stringValue)
        let failures = cases.flatMap { $0.elements(forName: "failure") }
        #expect(String(failures.count) == root.attribute(forName: "failures")?.stringValue)
        let answers = try #require(
            cases.first { $0.attribute(forName: "name")?.stringValue == "answers in Questionnaires/2020-2021/response-sample.txt" })
        let failure = try #require(answers.elements(forName: "failure").first)
        #expect(failure.stringValue?.contains("law-enforcement-training/2 is partial: sub-items d, e, f not addressed") == true)
        #expect(
            failures.contains {
                $0.attribute(forName: "message")?.stringValue?.contains(
                    "2015/un-tip-protocol (Accede to the UN TIP Protocol) is not asked about in 2025") == true
            })
    }

    @Test("SARIF: valid against the published SARIF 2.1.0 schema, with files and lines")
    func sarif() throws {
        let result = try CommandRunner.run(["check", "--format", "sarif", "--fail-on", "unanswered"])
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("check.sarif")
        try Data(result.stdout.utf8).write(to: file)
        switch try SchemaValidator.validateSARIF(file) {
        case .skipped(let reason):
            print("skipped: SARIF schema validation (\(reason))")
        case .failed(let message):
            Issue.record("SARIF does not validate: \(message)")
        case .valid:
            break
        }
        let results = try #require(try OutputJSON.decode(SARIFJSON.self, from: result.stdout).runs.first?.results)
        let unanswered = results.filter { $0.ruleId == "unanswered" }
        #expect(unanswered.count == 119)
        #expect(unanswered.allSatisfy { $0.level == "error" })
        let located = try #require(
            results.first {
                $0.message.text
                    == "other-questions/4 → 49 reworded and renumbered: “Could victims obtain restitution from defendants in criminal…”"
            })
        let physical = try #require(located.locations?.first?.physicalLocation)
        #expect(physical.artifactLocation.uri == "Questionnaires/2025/questionnaire.txt")
        #expect(physical.region?.startLine == 256)
    }

    @Test("GitHub annotations: one workflow command per finding, escaped")
    func github() throws {
        let result = try CommandRunner.run(["check", "--format", "github", "--fail-on", "partial"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("::notice ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::error ") })
        #expect(
            lines.contains(
                "::error file=Questionnaires/2020-2021/response-sample.txt,line=149,title=qtrack partial::law-enforcement-training/2 is partial: sub-items d, e, f not addressed"
            ))
    }

    @Test("two vocabulary terms that read alike: check says so once, naming the file, and coverage says so too")
    func vocabularyClash() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        for cycle in ["2020-2021", "2025"] {
            let target = folder.appendingPathComponent("Questionnaires/\(cycle)")
            try manager.createDirectory(at: target, withIntermediateDirectories: true)
            try manager.copyItem(
                at: TestPaths.packageRoot.appendingPathComponent("Questionnaires/\(cycle)/questionnaire.txt"),
                to: target.appendingPathComponent("questionnaire.txt"))
        }
        try manager.createDirectory(at: folder.appendingPathComponent("Mappings"), withIntermediateDirectories: true)
        try manager.copyItem(
            at: TestPaths.mappings.appendingPathComponent("recommendations"), to: folder.appendingPathComponent("Mappings/recommendations"))
        let vocabulary = try String(contentsOf: TestPaths.mappings.appendingPathComponent("vocabulary.yaml"), encoding: .utf8)
        try vocabulary.replacingOccurrences(of: ", VoTs, VoT]", with: ", VoTs, VoT, trafficked persons]")
            .write(to: folder.appendingPathComponent("Mappings/vocabulary.yaml"), atomically: true, encoding: .utf8)
        let clash = "'trafficking in persons' and 'trafficked persons', in different groups, read alike once stemmed"
        let check = try CommandRunner.run(["check"], in: folder)
        #expect(check.stdout.components(separatedBy: clash).count - 1 == 1, "\(check.stdout)")
        #expect(check.stdout.contains(clash + " (traffick person); keep one of them  (Mappings/vocabulary.yaml)"))
        let coverage = try CommandRunner.run(["coverage", "Questionnaires/2025/questionnaire.txt"], in: folder)
        #expect(coverage.stdout.contains(clash) || coverage.stderr.contains(clash), "\(coverage.stdout)\(coverage.stderr)")
    }

    @Test("a repository whose documents cannot be read: one error line, exit 2, nothing on stdout")
    func unreadable() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cycle = folder.appendingPathComponent("Questionnaires/2030")
        try FileManager.default.createDirectory(at: cycle, withIntermediateDirectories: true)
        try Data("PK\u{3}\u{4}broken".utf8).write(to: cycle.appendingPathComponent("questionnaire.docx"))
        let result = try CommandRunner.run(["check"], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("qtrack: error: Questionnaires/2030/questionnaire.docx: not a valid .docx"))
        let missing = try CommandRunner.run(["check", "--questionnaires", "nowhere"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr == "qtrack: error: nowhere: no such folder; run in the project root or pass --questionnaires\n")
    }

    @Test("--format summary: one screen for a manager: what changed, coverage lost, answers missing")
    func summary() throws {
        let result = try CommandRunner.run(["check", "--format", "summary"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 40, "fits on one screen")
        #expect(lines.first == "# qtrack summary: 2025")
        #expect(result.stdout.contains("## What changed since 2020-2021\n\n55 new questions, 99 removed, 37 reworded, 11 merged."))
        #expect(result.stdout.contains("pairs are probable, for a person to confirm: `qtrack review --cycle 2025`."))
        let lost = try #require(lines.first { $0.hasPrefix("Lost coverage: ") })
        #expect(lost.contains("2015/un-tip-protocol (covered → uncovered)"))
        #expect(result.stdout.contains("Not asked about: 2015/un-tip-protocol (Accede to the UN TIP Protocol)"))
        #expect(result.stdout.contains("- Questionnaires/2020-2021/response-sample.txt (2020-2021): 12 answered, 3 placeholders"))
    }
}
