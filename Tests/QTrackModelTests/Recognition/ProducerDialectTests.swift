import Foundation
import QTrackDocuments
import QTrackModel
import QTrackTestSupport
import Testing

/// Questionnaires as other producers make them, built by code: survey-tool exports to Word and text,
/// pandoc's Word, a document with several bodies. Each reads with every question, its label and its
/// options, and nothing else taken for a question.
@Suite("Other producers' questionnaires")
struct ProducerDialectTests {
    private func text(_ text: String) throws -> Questionnaire {
        QuestionnaireRecognizer().recognize(try PlainTextReader().read(bytes: Array(text.utf8), file: "q.txt"))
    }

    private func word(_ paragraphs: [String], styles: String? = nil, numbering: String? = nil) throws -> Questionnaire {
        let data = try DocxFixture(body: paragraphs.joined(), numbering: numbering, styles: styles).data()
        return QuestionnaireRecognizer().recognize(try DocumentLoader().load(data: data, file: "q.docx"))
    }

    /// A Qualtrics export: blocks, labelled questions, coded options, display logic, layout lines.
    static let qualtrics = [
        "Customer health survey", "Start of Block: Section A: Symptoms", "A1 How often did you have a headache?", "Never  (1)",
        "Sometimes  (2)", "Often  (3)", "Display This Question: If A1 = Often", "A1a Did you see a doctor about it?", "Yes  (1)",
        "No  (2)", "End of Block: Section A: Symptoms", "Start of Block: Section B: About you", "Page Break", "Q5 What is your age?",
        "________________________________", "B2c. Where do you live?", "( ) In a city", "( ) In the country",
        "End of Block: Section B: About you",
    ]

    static func checkQualtrics(_ questionnaire: Questionnaire) {
        #expect(questionnaire.title == "Customer health survey")
        #expect(questionnaire.sections.map(\.title) == ["Section A: Symptoms", "Section B: About you"])
        #expect(questionnaire.questions.map(\.number) == ["A1", "A1a", "Q5", "B2c"])
        #expect(
            questionnaire.questions.map(\.options) == [
                ["Never", "Sometimes", "Often"], ["Yes", "No"], ["____"], ["In a city", "In the country"],
            ])
        #expect(questionnaire.questions[0].notes.map(\.text) == ["Display This Question: If A1 = Often"])
        #expect(questionnaire.questions.map(\.text).allSatisfy { !$0.contains("(1)") && !$0.contains("Block") })
        #expect(questionnaire.diagnostics.contains { $0.message == "left out 3 layout lines (Page Break, End of Block)" })
        #expect(Set(questionnaire.questions.map(\.id)).count == 4)
    }

    @Test("a survey-tool export to Word: blocks are sections, labels are numbers, options are options")
    func qualtricsWord() throws {
        Self.checkQualtrics(try word(Self.qualtrics.map { DocxFixture.paragraph($0) }))
    }

    @Test("the same export pasted as plain text reads the same")
    func qualtricsText() throws {
        Self.checkQualtrics(try text(Self.qualtrics.joined(separator: "\n\n") + "\n"))
    }

    @Test("a SurveyMonkey-like export: numbered questions, options as circles and boxes")
    func surveyMonkey() throws {
        let questionnaire = try word(
            [
                "Team survey", "1. How satisfied are you with your team?", "○ Very satisfied", "○ Satisfied", "○ Not satisfied",
                "2. Which tools do you use?", "☐ E-mail", "☐ Chat",
            ].map { DocxFixture.paragraph($0) })
        #expect(questionnaire.questions.map(\.number) == ["1", "2"])
        #expect(questionnaire.questions.map(\.options) == [["Very satisfied", "Satisfied", "Not satisfied"], ["E-mail", "Chat"]])
    }

    @Test("a Google Forms-like form: no numbers, the line above the options is the question")
    func googleForms() throws {
        let questionnaire = try text(
            """
            Event feedback

            ABOUT THE EVENT

            How did you hear about the event?
            ( ) A friend
            ( ) An advert

            Which sessions did you attend?
            [ ] Morning
            [ ] Afternoon

            """)
        #expect(questionnaire.questions.map(\.text) == ["How did you hear about the event?", "Which sessions did you attend?"])
        #expect(questionnaire.questions.map(\.options) == [["A friend", "An advert"], ["Morning", "Afternoon"]])
    }

    @Test("no numbers and no options: a paragraph that asks something is a question, in the blank and in a response")
    func unlabelled() throws {
        let blank = """
            Household survey

            How many people live in your household?

            Which of these do you own?
            [ ] A car
            [ ] A bicycle

            Please read the next part carefully.

            When did you move here?

            """
        let questionnaire = try text(blank)
        #expect(
            questionnaire.questions.map(\.text) == [
                "How many people live in your household?", "Which of these do you own?", "When did you move here?",
            ])
        #expect(questionnaire.questions.map(\.label) == [nil, nil, nil])
        let filled = blank.replacingOccurrences(of: "household?\n", with: "household?\n\nAnswer: Four.\n")
            .replacingOccurrences(of: "move here?\n", with: "move here?\n\nAnswer: In 2019.\n")
        let response = QuestionnaireRecognizer().recognizeResponse(
            try PlainTextReader().read(bytes: Array(filled.utf8), file: "r.txt"), template: questionnaire)
        #expect(response.questions.map(\.text) == questionnaire.questions.map(\.text))
        #expect(response.questions.map { $0.answer?.paragraphs ?? [] } == [["Four."], [], ["In 2019."]])
    }

    @Test("pandoc's Word: the Title-styled paragraph is the title and gives the cycle; headings are sections")
    func pandoc() throws {
        let styles = """
            <w:styles xmlns:w="\(DocxFixture.wordNamespace)"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>
            """
        let numbering = DocxFixture.numbering([[(format: "decimal", text: "%1.", start: 1)]])
        let questionnaire = try word(
            [
                DocxFixture.paragraph("2024 Questionnaire on Labour Inspection", style: "Title"),
                DocxFixture.paragraph("Author: the ministry"),
                DocxFixture.paragraph("Inspections", style: "Heading1"),
                DocxFixture.paragraph("How many inspections were made?", numID: 1),
                DocxFixture.paragraph("How many found forced labour?", numID: 1),
            ], styles: styles, numbering: numbering)
        #expect(questionnaire.title == "2024 Questionnaire on Labour Inspection")
        #expect(questionnaire.cycle?.description == "2024")
        #expect(questionnaire.sections.map(\.title) == ["Inspections"])
        #expect(questionnaire.questions.map(\.number) == ["1", "2"])
    }

    @Test("a document.xml with several bodies is read whole, in order, as Word does")
    func severalBodies() throws {
        let bodies = (1...3).map { DocxFixture.paragraph("\($0). Question in body \($0)?") }.joined(separator: "</w:body><w:body>")
        let data = try DocxFixture(body: DocxFixture.paragraph("Survey") + bodies).data()
        let questionnaire = QuestionnaireRecognizer().recognize(try DocumentLoader().load(data: data, file: "q.docx"))
        #expect(questionnaire.questions.map(\.number) == ["1", "2", "3"])
    }

    @Test(
        "question labels: the printed label without its punctuation is the number",
        arguments: [
            ("A1 Who?", "A1"), ("A1. Who?", "A1"), ("Q5: Who?", "Q5"), ("C13a Who?", "C13a"), ("1.2 Who?", "1.2"), ("1.2.3 Who?", "1.2.3"),
            ("Question 3: Who?", "3"), ("(3) Who?", "3"), ("[riskProfile3] Who?", "riskProfile3"), ("56a. Who?", "56a"),
        ])
    func labels(input: String, number: String) throws {
        let question = try #require(try text("Title line\n\nSECTION HEADING\n\n\(input)\n").questions.first)
        #expect(question.number == number)
        #expect(question.text == "Who?")
    }

    @Test(
        "what is not a label stays text",
        arguments: ["1.5 million victims were found.", "UKRAINIAN REFUGEES: since 2022", "[Please answer all] of it"])
    func notLabels(input: String) throws {
        let questionnaire = try text("Title line\n\nSECTION HEADING\n\n1. First question?\n\(input)\n")
        #expect(questionnaire.questions.count == 1)
    }

    @Test("LibreOffice's Word: headings, auto-numbered questions and their options read as from Word", .requiresLibreOffice)
    func libreOffice() throws {
        let html = """
            <html><body><h1>Labour Inspection Questionnaire 2025</h1><h2>Inspections</h2>
            <ol><li>How many inspections were made?</li><li>Did inspectors find forced labour?</li></ol>
            <p>( ) Yes</p><p>( ) No</p></body></html>
            """
        let data = try #require(try LibreOffice.wordFile(fromHTML: html))
        let questionnaire = QuestionnaireRecognizer().recognize(try DocumentLoader().load(data: data, file: "libreoffice.docx"))
        #expect(questionnaire.sections.map(\.title) == ["Inspections"])
        #expect(questionnaire.questions.map(\.number) == ["1", "2"])
        #expect(questionnaire.questions.last?.options == ["Yes", "No"])
        #expect(questionnaire.cycle?.description == "2025")
    }
}
