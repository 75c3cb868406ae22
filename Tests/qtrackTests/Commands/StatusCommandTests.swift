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
        let status = try OutputJSON.decode(StatusJSON.self, from: result.stdout)
        #expect(status.schemaVersion == 1)
        #expect(status.items.count == 136)
        let placeholder = try #require(status.items.first { $0.id == "human-trafficking-trends/3" })
        #expect(placeholder.state == "placeholder")
        #expect(placeholder.answer == "N/A")
        #expect(placeholder.number == "3")
        let unanswered = try #require(status.items.first { $0.id == "human-trafficking-trends/4" })
        #expect(unanswered.answer == nil)
        let partial = try #require(status.items.first { $0.id == "prevention/2" })
        #expect(partial.partial == ["sub-items c, d, e, f not addressed"])
    }

    @Test("--fail-on exits 1 when a named state occurs")
    func failOn() throws {
        #expect(try CommandRunner.run(["status", sample, "--fail-on", "placeholder"]).status == 1)
        #expect(try CommandRunner.run(["status", sample, "--fail-on", "answered"]).status == 64)
    }
}
