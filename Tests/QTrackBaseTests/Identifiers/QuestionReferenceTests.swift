import QTrackBase
import Testing

@Suite("Question references")
struct QuestionReferenceTests {
    @Test("cycle:id is written and read back the same way")
    func roundTrip() throws {
        let reference = QuestionReference(cycle: "2020-2021", question: "protection/6")
        #expect(reference.description == "2020-2021:protection/6")
        #expect(QuestionReference(parsing: reference.description) == reference)
    }

    @Test("text that is not cycle:id is not taken for one", arguments: ["protection/6", ":protection/6", "2025:", "shelter"])
    func notAReference(_ text: String) {
        #expect(QuestionReference(parsing: text) == nil)
    }

    @Test("only the first colon separates the cycle")
    func firstColon() throws {
        let reference = try #require(QuestionReference(parsing: "2025:a:b"))
        #expect(reference.cycle == "2025")
        #expect(reference.question == "a:b")
    }
}
