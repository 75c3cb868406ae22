import Foundation
import QTrackTestSupport
import Testing

@Suite("qtrack status")
struct StatusCommandTests {
    let sample = "Questionnaires/2020-2021/response-sample.txt"

    @Test("the sample response: counts per state, and what is missing from the partial answers")
    func text() throws {
        let result = try CommandRunner.run(["status", sample, "--template", "Questionnaires/2020-2021/questionnaire.docx"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("answered 12 · placeholder 3 · unanswered 119 · partial 2"))
        #expect(result.stdout.contains("◐ partial       law-enforcement-training/2: sub-items d, e, f not addressed"))
    }

    @Test("json: items with id, section, number, state, answer and what made it partial")
    func json() throws {
        let result = try CommandRunner.run(["status", sample, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.count == 136)
        let placeholder = try #require(items.first { $0["id"] as? String == "human-trafficking-trends/3" })
        #expect(placeholder["state"] as? String == "placeholder")
        #expect(placeholder["answer"] as? String == "N/A")
        #expect(placeholder["number"] as? String == "3")
        let unanswered = try #require(items.first { $0["id"] as? String == "human-trafficking-trends/4" })
        #expect(unanswered["answer"] is NSNull)
        let partial = try #require(items.first { $0["id"] as? String == "prevention/2" })
        #expect(partial["partial"] as? [String] == ["sub-items c, d, e, f not addressed"])
    }

    @Test("--fail-on exits 1 when a named state occurs")
    func failOn() throws {
        #expect(try CommandRunner.run(["status", sample, "--fail-on", "placeholder"]).status == 1)
        #expect(try CommandRunner.run(["status", sample, "--fail-on", "answered"]).status == 64)
    }
}
