import QTrackAnalysis
import QTrackDocuments
import QTrackModel
import QTrackRecognition
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

    @Test("the same options tip a pair between two rewordings that the words alone would decide the other way")
    func optionsAsEvidence() throws {
        let old = try read("Survey\n\n1. How many days did you work in the last week?\n( ) None\n( ) One to three\n( ) Four or more\n")
        let new = try read(
            "Survey\n\n1. How many days did you work for pay in the last week?\n( ) Yes\n( ) No\n\n"
                + "2. In the last seven days, how many days did you do any work?\n( ) None\n( ) One to three\n( ) Four or more\n")
        let comparison = VersionMatcher().compare(old, new)
        // The other new question may stay beside it as a probable split part; the pair itself is the one options chose.
        let pair = try #require(comparison.changes.first { $0.old?.number == "1" && $0.new != nil && $0.origin != .splitOrMerge })
        #expect(pair.new?.number == "2")
    }

    @Test("options written without their codes in one version still count as the same options")
    func unmarkedOptions() throws {
        let old = try read(
            "Survey 2015\n\n1. What are your household's housing costs, rent and utilities included?\n"
                + "      [1] Do not pay rent but do pay utilities\n      [2] Do not pay either rent or utilities\n")
        let new = try read(
            "Survey 2016\n\n1. What is your monthly rent?\n   Do not pay rent but do pay utilities\n   Do not pay either rent or utilities\n\n"
                + "2. Are the monthly costs for heat included in your housing costs?\n      [1] Yes\n      [2] No\n")
        let comparison = VersionMatcher().compare(old, new)
        #expect(comparison.changes.first { $0.old?.number == "1" && $0.new != nil }?.new?.number == "1")
    }

    @Test("options asked after a yes that became a question of their own: a split of the old question")
    func optionsSplitOff() throws {
        let old = try read(
            "Survey 2015\n\n1. Does the person in need of care receive long-term care insurance benefits?\n      [1] Yes\n      [2] No\n"
                + "   [Yes] based on:\n      [1] care level 1\n      [2] care level 2\n      [3] care level 3\n\n"
                + "2. Who provides this person with the assistance he or she needs?\n")
        let new = try read(
            "Survey 2016\n\n1. Does the person in need of care receive long-term care insurance benefits?\n      [1] Yes\n      [2] No\n\n"
                + "2. What level of care was approved by the nursing insurance for that person?\n"
                + "      [1] care level 1\n      [2] care level 2\n      [3] care level 3\n\n"
                + "3. Who provides this person with the assistance he or she needs?\n")
        let comparison = VersionMatcher().compare(old, new)
        let part = try #require(comparison.changes.first { $0.new?.number == "2" })
        #expect(part.old?.number == "1")
        #expect(part.kinds.contains(.split))
    }
}
