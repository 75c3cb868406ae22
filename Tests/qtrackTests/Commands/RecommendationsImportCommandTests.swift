import Foundation
import QTrackTestSupport
import Testing

@Suite("qtrack recommendations import")
struct RecommendationsImportCommandTests {
    static let narratives = "Tests/Fixtures/Narratives"
    static let questionnaire = "Questionnaires/2020-2021/questionnaire.txt"

    /// A copy of the repository's Mappings/ to import into.
    private func copyOfMappings() throws -> URL {
        let folder = try TestPaths.temporaryFolder().appendingPathComponent("Mappings")
        try FileManager.default.copyItem(at: TestPaths.mappings, to: folder)
        return folder
    }

    @Test("over the hand-written 2015 file, --force keeps the reviewed tags: coverage and check read it as they read the original")
    func importedFileReadsAsTheHandWrittenOne() throws {
        let mappings = try copyOfMappings()
        let target = mappings.appendingPathComponent("recommendations/2015.yaml").path
        let original = try Data(contentsOf: URL(fileURLWithPath: target))
        let arguments = [
            "recommendations", "import", "\(Self.narratives)/aassone-2015-pakistan.txt", "--country", "Pakistan", "--year", "2015",
            "--mappings", mappings.path, "-o", target,
        ]

        let refused = try CommandRunner.run(arguments)
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("qtrack: error: \(target): holds recommendations a person reviewed; --force"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == original)

        let forced = try CommandRunner.run(arguments + ["--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stderr.contains("8 recommendations of the 2015 TIP Report to Pakistan; 0 with proposed tags to check"))
        let imported = try String(contentsOfFile: target, encoding: .utf8)
        #expect(!imported.contains("proposed:"))

        for command in [["coverage", Self.questionnaire, "--format", "json"], ["check", "--format", "json"]] {
            let handWritten = try CommandRunner.run(command)
            let withImport = try CommandRunner.run(command + ["--mappings", mappings.path])
            #expect(handWritten.status == withImport.status)
            #expect(Self.comparable(withImport.stdout, mappings: mappings) == Self.comparable(handWritten.stdout, mappings: nil))
        }
    }

    @Test("--force keeps the reviewed tags of items whose text is unchanged; an item whose text changed gets proposed tags")
    func forceProposesTagsForAChangedText() throws {
        let mappings = try copyOfMappings()
        let target = mappings.appendingPathComponent("recommendations/2015.yaml").path
        // The reviewer's file says the first recommendation in other words than the report prints.
        let reviewed = try String(contentsOfFile: target, encoding: .utf8).replacingOccurrences(
            of: "text: Vigorously investigate and prosecute, respecting due process,",
            with: "text: Investigate and prosecute, respecting due process,")
        try reviewed.write(toFile: target, atomically: true, encoding: .utf8)

        let result = try CommandRunner.run([
            "recommendations", "import", "\(Self.narratives)/aassone-2015-pakistan.txt", "--country", "Pakistan", "--year", "2015",
            "--mappings", mappings.path, "-o", target, "--force",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("8 recommendations of the 2015 TIP Report to Pakistan; 1 with proposed tags to check"))
        let imported = try String(contentsOfFile: target, encoding: .utf8)
        let items = imported.components(separatedBy: "\n- id: ").dropFirst()
        #expect(items.count == 8)
        #expect(items.first?.contains("text: Vigorously investigate and prosecute, respecting due process,") == true)
        #expect(items.first?.contains("proposed:") == true)
        #expect(items.dropFirst().allSatisfy { !$0.contains("proposed:") })
        // The seven unchanged items keep the reviewer's tags word for word.
        #expect(imported.contains("  subjects:\n  - anti-trafficking law\n  - internal trafficking\n"))
    }

    @Test("a whole report with many countries: --country picks its narrative; a country not there lists those found")
    func aReportWithManyCountries() throws {
        // Three real 2019 narratives, one after another as the Report prints them (Canada's last, as its list is cut off).
        let folder = try TestPaths.temporaryFolder()
        let report = folder.appendingPathComponent("2019-report.txt")
        var text = ""
        for name in ["ecoi-2019-iceland.txt", "ecoi-2019-nepal.txt", "ecoi-2019-canada.txt"] {
            text += try String(contentsOfFile: "\(Self.narratives)/\(name)", encoding: .utf8) + "\n\n"
        }
        try text.write(to: report, atomically: true, encoding: .utf8)

        let canada = try CommandRunner.run(["recommendations", "import", report.path, "--country", "Canada", "--format", "json"])
        #expect(canada.status == 0, "\(canada.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(canada.stdout.utf8)) as? [String: Any])
        let texts = (object["recommendations"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
        #expect(texts.count == 7)
        #expect(texts.first == "Publish and implement a new national anti-trafficking action plan.")
        #expect(object["year"] as? Int == 2019)

        let missing = try CommandRunner.run(["recommendations", "import", report.path, "--country", "Pakistan"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no narrative for Pakistan; the countries found are"), "\(missing.stderr)")
        // Named as their headings print them ("ICELAND: Tier 2"), in the report's order.
        #expect(missing.stderr.contains("the countries found are ICELAND, NEPAL, CANADA"), "\(missing.stderr)")
    }

    /// Output with the Mappings folder's path, and the 2015 set's `source` line, as the repository's.
    static func comparable(_ output: String, mappings: URL?) -> String {
        var text = output
        if let mappings { text = text.replacingOccurrences(of: mappings.path, with: "Mappings") }
        return text.split(separator: "\n").filter { !$0.contains("\"source\"") }.joined(separator: "\n")
    }

    @Test("a new year's file: tags proposed and marked so; coverage scores its recommendations")
    func newFileWithProposedTags() throws {
        let mappings = try copyOfMappings()
        try FileManager.default.removeItem(at: mappings.appendingPathComponent("recommendations/2019.yaml"))
        let target = mappings.appendingPathComponent("recommendations/2019.yaml").path
        let result = try CommandRunner.run([
            "recommendations", "import", "\(Self.narratives)/ecoi-2019-pakistan.txt", "--country", "Pakistan", "--mappings", mappings.path,
            "-o", target,
        ])
        #expect(result.status == 0)
        #expect(result.stderr.contains("cut off in its third recommendation"))
        let yaml = try String(contentsOfFile: target, encoding: .utf8)
        #expect(yaml.contains("complete: false"))
        #expect(yaml.contains("proposed:\n  - subjects\n  - facets\n  - pillars"))
        let coverage = try CommandRunner.run([
            "coverage", Self.questionnaire, "--format", "json", "--mappings", mappings.path, "--include-later",
        ])
        let from2019 = try OutputJSON.decode(CoverageJSON.self, from: coverage.stdout).recommendations.filter { $0.set == 2019 }
        #expect(from2019.count == 2)
        #expect(from2019.allSatisfy { ["covered", "weak", "uncovered"].contains($0.status) })
    }

    @Test("JSON on standard output: sorted keys and schemaVersion; a web page's list")
    func json() throws {
        let result = try CommandRunner.run([
            "recommendations", "import", "\(Self.narratives)/statenewswire-2023-denmark.html", "--country", "Denmark", "--format", "json",
        ])
        #expect(result.status == 0)
        let imported = try OutputJSON.decode(RecommendationsJSON.self, from: result.stdout)
        #expect(imported.schemaVersion == 1)
        #expect(imported.year == 2023)
        #expect(imported.complete == false)
        #expect(imported.recommendations.count == 2)
        let keys = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
    }

    @Test(
        "bad input: one line naming the file, exit 2, nothing written",
        arguments: [
            ("no-such-file.txt", "Pakistan", "no such file"),
            ("Tests/Fixtures/Narratives/ecoi-2022-nepal.html", "Pakistan", "no narrative for Pakistan; the countries found are Nepal"),
            ("Questionnaires/2025/questionnaire.txt", "Pakistan", "the Pakistan narrative has no recommendations section"),
            (
                "Tests/Fixtures/Narratives/aassone-2015-pakistan.txt", "Pakistan",
                "does not say which year's report it is; give it with --year"
            ),
        ])
    func badInput(report: String, country: String, reason: String) throws {
        let folder = try TestPaths.temporaryFolder()
        let target = folder.appendingPathComponent("out.yaml").path
        let result = try CommandRunner.run(["recommendations", "import", report, "--country", country, "-o", target])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("qtrack: error: \(report): ") == true)
        #expect(result.stderr.contains(reason), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test("an unreadable PDF: one line naming the file, exit 2")
    func unreadablePDF() throws {
        let folder = try TestPaths.temporaryFolder()
        let pdf = folder.appendingPathComponent("report.pdf")
        try Data("%PDF-1.7\nthis is not really a PDF\n".utf8).write(to: pdf)
        let result = try CommandRunner.run(["recommendations", "import", pdf.path, "--country", "Pakistan"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("qtrack: error: \(pdf.path): "))
        #expect(result.stderr.contains("pdftotext"))
        #expect(result.stdout.isEmpty)
    }

    @Test("without pdftotext on the PATH, a PDF gets a message saying what to install")
    func pdfWithoutPoppler() throws {
        let folder = try TestPaths.temporaryFolder()
        let pdf = folder.appendingPathComponent("report.pdf")
        try Data("%PDF-1.7\n".utf8).write(to: pdf)
        let result = try CommandRunner.run(
            ["recommendations", "import", pdf.path, "--country", "Pakistan"], environment: ["PATH": folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs poppler's pdftotext (apt-get install poppler-utils)"))
    }
}
