import QTrackAnalysis
import QTrackDocuments
import QTrackModel
import Testing

/// Answer options in the matcher: a minor part of the similarity, and a change of their own.
@Suite("Answer options in the diff")
struct AnswerOptionTests {
    private func read(_ text: String) throws -> Questionnaire {
        QuestionnaireRecognizer().recognize(try PlainTextReader().read(bytes: Array(text.utf8), file: "q.txt"))
    }

    @Test("options changed alone: the pair says optionsChanged and which options came and went")
    func optionsOnly() throws {
        let old = try read("Survey 2024\n\nA1 Do you smoke?\n( ) Yes\n( ) No\n\nA2 How old are you?\n____\n")
        let new = try read("Survey 2025\n\nA1 Do you smoke?\n( ) Yes\n( ) No\n( ) Sometimes\n\nA2 How old are you?\n____\n")
        let comparison = VersionMatcher().compare(old, new)
        let smoking = try #require(comparison.changes.first { $0.new?.number == "A1" })
        #expect(smoking.kinds == [.optionsChanged])
        #expect(smoking.evidence.contains("options changed: added Sometimes"))
        #expect(comparison.changes.first { $0.new?.number == "A2" }?.kinds == [.unchanged])
    }

    @Test("the same options help pair a reworded question over another of the same words")
    func optionsAsEvidence() throws {
        let old = try read("Survey\n\n1. Did you work last week?\n( ) Full time\n( ) Part time\n( ) Not at all\n")
        let new = try read(
            "Survey\n\n1. Did you work last week for pay?\n( ) Yes\n( ) No\n\n2. Last week, did you work?\n( ) Full time\n( ) Part time\n( ) Not at all\n"
        )
        let comparison = VersionMatcher().compare(old, new)
        let pair = try #require(comparison.changes.first { $0.old?.number == "1" && $0.new != nil })
        #expect(pair.new?.number == "2")
    }
}
