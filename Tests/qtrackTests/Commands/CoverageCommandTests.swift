import Foundation
import QTrackTestSupport
import Testing

@Suite("qtrack coverage")
struct CoverageCommandTests {
    /// A copy of the 2020–2021 questionnaire in a folder named for its cycle, so the repository's links apply.
    private func copyOfQuestionnaire(editing edit: (String) -> String) throws -> (folder: URL, file: String) {
        let folder = try TestPaths.temporaryFolder()
        let cycle = folder.appendingPathComponent("2020-2021")
        try FileManager.default.createDirectory(at: cycle, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: TestPaths.questionnaire("2020-2021"), encoding: .utf8)
        let file = cycle.appendingPathComponent("questionnaire.txt").path
        try edit(text).write(toFile: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    private var links: String { TestPaths.mappings.appendingPathComponent("links/2020-2021.yaml").path }

    @Test("the repository's own links are all current, and every 2009 recommendation is covered")
    func repositoryData() throws {
        let result = try CommandRunner.run([
            "coverage", "Questionnaires/2020-2021/questionnaire.txt", "--format", "json", "--fail-on", "suspect,broken",
        ])
        #expect(result.status == 0)
        // Decoding proves every field of the contract is there (id, section, number, score, suspect, broken, reason).
        let coverage = try OutputJSON.decode(CoverageJSON.self, from: result.stdout)
        let from2009 = coverage.recommendations.filter { $0.set == 2009 }
        #expect(from2009.map(\.id) == ["labor-law-enforcement", "fraudulent-recruiting", "complicity", "victim-services"])
        #expect(from2009.allSatisfy { $0.status == "covered" })
        try #require(from2009.count == 4)
        #expect(from2009[2].questions.first?.origin == "link")
    }

    @Test("changing a linked question makes its link suspect; --fail-on suspect exits 1; --accept-links clears it")
    func suspectLink() throws {
        let (folder, file) = try copyOfQuestionnaire {
            $0.replacingOccurrences(
                of:
                    "12. Were there any prosecutions, convictions, and sentences of Pakistani government officials complicit in human trafficking?",
                with: "12. Were there any prosecutions of officials complicit in human trafficking?")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let copiedLinks = folder.appendingPathComponent("links.yaml").path
        try FileManager.default.copyItem(atPath: links, toPath: copiedLinks)

        let suspect = try CommandRunner.run(["coverage", file, "--links", copiedLinks, "--fail-on", "suspect"])
        #expect(suspect.status == 1)
        #expect(suspect.stdout.contains("laws-and-prosecution/12 [link, SUSPECT]"))

        let accepted = try CommandRunner.run(["coverage", file, "--links", copiedLinks, "--accept-links"])
        #expect(accepted.status == 0)
        #expect(accepted.stderr.contains("recorded the current text of 1 linked question"))
        #expect(try CommandRunner.run(["coverage", file, "--links", copiedLinks, "--fail-on", "suspect"]).status == 0)
        let recorded = try Data(contentsOf: URL(fileURLWithPath: copiedLinks))
        let again = try CommandRunner.run(["coverage", file, "--links", copiedLinks, "--accept-links"])
        #expect(again.stderr.contains("every linked question is as reviewed; nothing to record"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: copiedLinks)) == recorded, "nothing changed, so the file is left as it was")
    }

    @Test("a recommendation a reviewer marked not asked this year shows so in every format, never as uncovered")
    func notAskedThisYear() throws {
        let questionnaire = "Questionnaires/2025/questionnaire.txt"
        let before = try CommandRunner.run(["coverage", questionnaire, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])
        let uncovered = try #require(
            (object["recommendations"] as? [[String: Any]])?.first { $0["status"] as? String == "uncovered" }?["qualifiedId"] as? String)
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let marks = folder.appendingPathComponent("links.yaml").path
        try "cycle: \"2025\"\nlinks: []\nnotAsked:\n  - recommendation: \"\(uncovered)\"\n    note: \"not in this year's questions\"\n"
            .write(toFile: marks, atomically: true, encoding: .utf8)
        func run(_ format: String, _ more: [String] = []) throws -> CommandRunner.Result {
            try CommandRunner.run(["coverage", questionnaire, "--links", marks, "--format", format] + more)
        }
        let text = try run("text")
        #expect(text.stdout.contains("not asked this year 1"))
        #expect(text.stdout.contains("uncovered 0"))
        #expect(text.stdout.split(separator: "\n").contains { $0.contains(uncovered) && $0.contains("not asked this year") })
        #expect(try run("markdown").stdout.split(separator: "\n").contains { $0.contains(uncovered) && $0.contains("not asked this year") })
        #expect(try run("html").stdout.contains("not asked this year"))
        #expect(try run("csv").stdout.contains("\(uncovered),notAsked"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try run("json").stdout.utf8)) as? [String: Any])
        #expect((json["summary"] as? [String: Int])?["notAsked"] == 1)
        #expect((json["summary"] as? [String: Int])?["uncovered"] == 0)
        let item = (json["recommendations"] as? [[String: Any]])?.first { $0["qualifiedId"] as? String == uncovered }
        #expect(item?["status"] as? String == "notAsked")
        for format in ["junit", "sarif", "github"] {
            #expect(!(try run(format).stdout.contains("\(uncovered) (")), "\(format): no finding says it is not asked about")
        }
        #expect(try run("text", ["--fail-on", "uncovered"]).status == 0, "a reviewer's decision does not fail the run")
    }

    @Test("removing a linked question makes its link broken")
    func brokenLink() throws {
        let (folder, file) = try copyOfQuestionnaire { text in
            text.replacingOccurrences(
                of: "\n3. What efforts did the government make to punish labor recruiters",
                with: "\nREMOVED: What efforts did the government make to punish labor recruiters")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["coverage", file, "--links", links, "--fail-on", "broken"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("labor-recruitment-regulation-and-oversight/3 [link, BROKEN]"))
    }

    @Test("csv: the recommendation × question matrix")
    func csv() throws {
        let result = try CommandRunner.run(["coverage", "Questionnaires/2025/questionnaire.txt", "--format", "csv"])
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 18)
        #expect(rows[0].hasPrefix("recommendation,status,1,2,3,"))
        #expect(rows.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 87 })
    }

    @Test("with --previous, the report says which recommendations lost coverage")
    func previous() throws {
        let result = try CommandRunner.run([
            "coverage", "Questionnaires/2025/questionnaire.txt", "--previous", "Questionnaires/2020-2021/questionnaire.txt",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2015/un-tip-protocol: Accede to the UN TIP Protocol  (was covered; lost laws-and-prosecution/3)"))
    }
}

@Suite("qtrack coverage with a response")
struct CoverageWithResponseTests {
    @Test("each recommendation's questions say whether the response answered them")
    func answered() throws {
        let result = try CommandRunner.run([
            "coverage", "Questionnaires/2020-2021/questionnaire.docx", "--response", "Questionnaires/2020-2021/response-sample.txt",
            "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let coverage = try OutputJSON.decode(CoverageJSON.self, from: result.stdout)
        let complicity = try #require(coverage.recommendations.first { $0.qualifiedId == "2009/complicity" })
        let questions = complicity.questions
        #expect(questions.first { $0.id == "laws-and-prosecution/12" }?.answer == "answered")
        #expect(
            questions.first { $0.id == "human-trafficking-related-complicity-and-corruption/7" }?.answer == "answered",
            "“Nil” officials disciplined is an answer: none were")
    }

    @Test("a response to another cycle's questionnaire is refused: one line, exit 2")
    func otherCycle() throws {
        let result = try CommandRunner.run([
            "coverage", "Questionnaires/2025/questionnaire.txt", "--response", "Questionnaires/2020-2021/response-sample.txt",
        ])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "qtrack: error: Questionnaires/2020-2021/response-sample.txt: is a response to the 2020-2021 questionnaire, not to 2025 (Questionnaires/2025/questionnaire.txt)\n"
        )
    }

    @Test("the CSV matrix ends with each question's answer state")
    func csvAnswers() throws {
        let result = try CommandRunner.run([
            "coverage", "Questionnaires/2020-2021/questionnaire.docx", "--response", "Questionnaires/2020-2021/response-sample.txt",
            "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = try #require(rows.first)
        let answers = try #require(rows.last)
        #expect(answers.first == "(answer)")
        #expect(answers.count == header.count)
        let state = { (id: String) in header.firstIndex(of: id).map { answers[$0] } }
        #expect(state("human-trafficking-trends/1") == "answered")
        #expect(state("human-trafficking-trends/3") == "placeholder")
        #expect(state("human-trafficking-trends/4") == "unanswered")
        let plain = try CommandRunner.run(["coverage", "Questionnaires/2020-2021/questionnaire.docx", "--format", "csv"])
        #expect(!plain.stdout.contains("(answer)"), "no answer row without a response")
    }
}
