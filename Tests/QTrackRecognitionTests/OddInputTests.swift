import Foundation
import QTrackDocuments
import QTrackModel
import QTrackRecognition
import QTrackTestSupport
import Testing

/// Odd but legitimate input reads as a person would expect.
@Suite("Odd but legitimate input")
struct OddInputTests {
    private func recognize(_ text: String) throws -> Questionnaire {
        QuestionnaireRecognizer().recognize(try PlainTextReader().read(bytes: Array(text.utf8), file: "odd.txt"))
    }

    @Test(
        "right-to-left, CJK, emoji, combining and zero-width characters keep their questions intact",
        arguments: [
            "کیا حکومت نے متاثرین کی شناخت کی؟", "政府是否识别了贩运受害者？", "Did the 🇵🇰 government fund shelters 🏠?",
            "Did the re\u{0301}sume\u{0301} service help victims?", "Did the govern\u{200B}ment act?",
        ])
    func scripts(text: String) throws {
        let questionnaire = try recognize("Title\n\nPROTECTION\n\n1. \(text)\n\n2. Second question?\n")
        #expect(questionnaire.questions.count == 2)
        #expect(questionnaire.questions[0].text == TextNormalizer.display(text))
        #expect(questionnaire.questions[0].number == "1")
    }

    @Test("zero-width and look-alike characters do not change a fingerprint")
    func invisibleCharacters() {
        #expect(Fingerprint.of(text: "Did the govern\u{200B}ment act?") == Fingerprint.of(text: "Did the government act?"))
        #expect(Fingerprint.of(text: "Did the re\u{0301}sume\u{0301} help?") == Fingerprint.of(text: "Did the r\u{E9}sum\u{E9} help?"))
    }

    @Test("mixed line endings in one file")
    func mixedLineEndings() throws {
        let questionnaire = try recognize("Title\r\n\r\nPROTECTION\r\r1. First?\n\n2. Second?\r\n")
        #expect(questionnaire.questions.map(\.text) == ["First?", "Second?"])
    }

    @Test("a very long question and thousands of questions")
    func size() throws {
        let long = Array(repeating: "Did the government provide shelter and care", count: 2000).joined(separator: ", ") + "?"
        #expect(try recognize("Title\n\nPROTECTION\n\n1. \(long)\n").questions.first?.text == long)
        let many = (1...1800).map { "\($0). Question number \($0) about shelters?" }.joined(separator: "\n\n")
        let questionnaire = try recognize("Title\n\nPROTECTION\n\n" + many)
        #expect(questionnaire.questions.count == 1800)
        #expect(questionnaire.questions.last?.id == "protection/1800")
        #expect(questionnaire.diagnostics.allSatisfy { $0.severity == .note })
    }
}
