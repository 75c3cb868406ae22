import QTrackDocuments
import QTrackModel
import QTrackRecognition
import Testing

/// Small inputs, inline expectations: how typed labels, headings and notes are understood.
@Suite("Recognizer snippets")
struct RecognizerSnippetTests {
    private func recognize(_ text: String) throws -> Questionnaire {
        let document = try PlainTextReader().read(bytes: Array(text.utf8), file: "q.txt")
        return QuestionnaireRecognizer().recognize(document)
    }

    @Test(
        "typed number labels: 1.  1)  Q1  21..  13.  1.Were",
        arguments: [
            ("1. Who?", "1", "1."), ("1) Who?", "1", "1)"), ("Q1 Who?", "Q1", "Q1"), ("Q.7: Who?", "Q7", "Q.7:"),
            ("21.. Who?", "21", "21.."), ("13. Who?", "13", "13."), ("1.Were victims?", "1", "1."),
        ])
    func numberLabels(input: String, number: String, label: String) throws {
        let question = try #require(try recognize("TITLE LINE HERE\n\nSECTION HEADING\n\n\(input)\n").questions.first)
        #expect(question.number == number)
        #expect(question.label == label)
    }

    @Test(
        "numbers that are not labels stay text",
        arguments: ["2000 UN TIP Protocol was ratified.", "1.5 million victims?", "2020 – 2021 plans"])
    func notLabels(input: String) throws {
        let questionnaire = try recognize("Title\n\nPROTECTION\n\n1. First question?\n\(input)\n")
        #expect(questionnaire.questions.count == 1)
        #expect(questionnaire.questions[0].text.hasSuffix(input))
    }

    @Test("sub-item labels a. a) (a) i. and bullets attach to the question above")
    func subItemLabels() throws {
        let questionnaire = try recognize(
            "Title\n\nHOTLINES\n\n2. Hotlines:\na. first\nb) second\n(c) third\nii. fourth\n· fifth\n- sixth\n")
        let question = try #require(questionnaire.questions.first)
        #expect(question.subItems.map(\.label) == ["a.", "b)", "(c)", "ii.", "•", "•"])
        #expect(question.subItems.map(\.text) == ["first", "second", "third", "fourth", "fifth", "sixth"])
    }

    @Test("wrapped lines join their question; a blank line ends it")
    func wrappedLines() throws {
        let questionnaire = try recognize("Title\n\n1.Were officials\ninvolved?\n\nPlease answer in full.\n")
        #expect(questionnaire.questions.first?.text == "Were officials involved?")
        #expect(questionnaire.questions.first?.notes.map(\.text) == ["Please answer in full."])
    }

    @Test("duplicate and skipped numbers are diagnosed and ids stay unique")
    func numberingDiagnostics() throws {
        let questionnaire = try recognize("Title\n\nPROTECTION\n\n1. a?\n\n1. b?\n\n4. c?\n")
        #expect(questionnaire.questions.map(\.id) == ["protection/1", "protection/1-2", "protection/4"])
        #expect(questionnaire.diagnostics.contains { $0.message == "question number 1 appears twice in section 'PROTECTION'" })
        #expect(questionnaire.diagnostics.contains { $0.message == "question 4 follows question 1 in section 'PROTECTION'" })
        #expect(questionnaire.diagnostics.allSatisfy { $0.location.line != nil })
    }

    @Test("numbering that restarts without a heading: each repeat takes the next free suffix")
    func restartedNumbering() throws {
        let questionnaire = try recognize("Title\n\nPROTECTION\n\n1. a?\n\n2. b?\n\n1. c?\n\n2. d?\n\n1. e?\n")
        #expect(
            questionnaire.questions.map(\.id) == ["protection/1", "protection/2", "protection/1-2", "protection/2-2", "protection/1-3"])
        #expect(questionnaire.diagnostics.filter { $0.message.hasSuffix("appears twice in section 'PROTECTION'") }.count == 3)
    }

    @Test("a document with no questions says so")
    func noQuestions() throws {
        let questionnaire = try recognize("Just a letter.\n\nWith two paragraphs.\n")
        #expect(questionnaire.questions.isEmpty)
        #expect(questionnaire.diagnostics.contains { $0.message.hasPrefix("no questions found") })
    }

    @Test("fingerprints ignore whitespace, quotes and case but not words")
    func fingerprints() {
        let base = Fingerprint.of(text: "Did the government’s FIA act?")
        #expect(Fingerprint.of(text: "did  the government's fia act?") == base)
        #expect(Fingerprint.of(text: "Did the government’s police act?") != base)
        #expect(Fingerprint.of(text: "Did the government’s FIA act?", subItems: ["a"]) != base)
    }
}
