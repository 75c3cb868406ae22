import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackModel
import QTrackRecognition
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

    /// One questionnaire as an online editor writes it: the paragraph's style, its list level (nil: not in a
    /// list) and text. Google Docs and Word Online both style the title and headings and number the questions
    /// with Word's lists; they differ in what they wrap around the text.
    static let onlineEditorContent: [(style: String?, level: Int?, text: String)] = [
        ("Title", nil, "2025 Labour Inspection Questionnaire"), (nil, nil, "Please answer every question."),
        ("Heading1", nil, "Inspections"), (nil, 0, "How many labour inspections were made?"),
        (nil, 0, "How many inspections found forced labour, and where?"), (nil, 1, "in factories"), (nil, 1, "in brick kilns"),
        ("Heading1", nil, "Recruitment"), (nil, 0, "Were recruitment agencies licensed?"), (nil, nil, "☐ Yes"), (nil, nil, "☐ No"),
    ]

    static let onlineEditorNumbering = DocxFixture.numbering([
        [(format: "decimal", text: "%1.", start: 1), (format: "lowerLetter", text: "%2.", start: 1)]
    ])

    static let onlineEditorStyles = """
        <w:styles xmlns:w="\(DocxFixture.wordNamespace)"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>\
        <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>
        """

    static func checkOnlineEditor(_ questionnaire: Questionnaire) {
        #expect(questionnaire.title == "2025 Labour Inspection Questionnaire")
        #expect(questionnaire.cycle?.description == "2025")
        #expect(questionnaire.sections.map(\.title) == ["Inspections", "Recruitment"])
        #expect(questionnaire.questions.map(\.number) == ["1", "2", "3"])
        #expect(questionnaire.questions[1].subItems.map(\.text) == ["in factories", "in brick kilns"])
        #expect(questionnaire.questions[2].options == ["Yes", "No"])
        #expect(questionnaire.questions[0].text == "How many labour inspections were made?")
    }

    private func onlineEditorDocument(_ body: String, attributes: String) throws -> Questionnaire {
        var fixture = DocxFixture(body: body, numbering: Self.onlineEditorNumbering, styles: Self.onlineEditorStyles)
        fixture.documentAttributes = attributes
        return QuestionnaireRecognizer().recognize(try DocumentLoader().load(data: try fixture.data(), file: "q.docx"))
    }

    @Test("Google Docs' Word: revision ids, a heading bookmark and an rtl mark in every run read like Word's")
    func googleDocs() throws {
        // Google Docs writes zeroed revision ids on every paragraph and run, a bookmark "_heading=h.…" in each
        // heading, `<w:rtl w:val="0"/>` in every run, and a section's properties at the end.
        var body = ""
        for (index, paragraph) in Self.onlineEditorContent.enumerated() {
            var properties = paragraph.style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
            if let level = paragraph.level {
                properties +=
                    "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr><w:ind w:left=\"720\" w:hanging=\"360\"/>"
            }
            let bookmark =
                paragraph.style == "Heading1"
                ? "<w:bookmarkStart w:colFirst=\"0\" w:colLast=\"0\" w:name=\"_heading=h.\(index)gjdgxs\" w:id=\"\(index)\"/><w:bookmarkEnd w:id=\"\(index)\"/>"
                : ""
            body +=
                "<w:p w:rsidR=\"00000000\" w:rsidDel=\"00000000\" w:rsidP=\"00000000\" w:rsidRDefault=\"00000000\" w:rsidRPr=\"00000000\">"
                + "<w:pPr>\(properties)<w:rPr/></w:pPr>\(bookmark)<w:r w:rsidDel=\"00000000\" w:rsidR=\"00000000\" w:rsidRPr=\"00000000\">"
                + "<w:rPr><w:rtl w:val=\"0\"/></w:rPr><w:t xml:space=\"preserve\">\(DocxFixture.escape(paragraph.text))</w:t></w:r></w:p>"
        }
        body +=
            "<w:sectPr><w:pgSz w:h=\"15840\" w:w=\"12240\"/><w:pgMar w:bottom=\"1440\" w:top=\"1440\" w:left=\"1440\" w:right=\"1440\"/></w:sectPr>"
        Self.checkOnlineEditor(try onlineEditorDocument(body, attributes: ""))
    }

    @Test("Word Online's Word: paragraph ids, words split across runs, proofing marks and list paragraphs read like Word's")
    func wordOnline() throws {
        // Word Online numbers paragraphs with w14:paraId, splits text into runs where editing or proofing
        // touched it, marks misspellings with w:proofErr, and styles list items "ListParagraph".
        var body = ""
        for (index, paragraph) in Self.onlineEditorContent.enumerated() {
            var properties =
                (paragraph.style ?? (paragraph.level == nil ? nil : "ListParagraph")).map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
            if let level = paragraph.level {
                properties += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr>"
            }
            let text = DocxFixture.escape(paragraph.text)
            let middle = text.index(text.startIndex, offsetBy: text.count / 2)
            let runs =
                "<w:r><w:rPr><w:lang w:val=\"en-GB\"/></w:rPr><w:t xml:space=\"preserve\">\(text[..<middle])</w:t></w:r>"
                + "<w:proofErr w:type=\"spellStart\"/><w:r w:rsidR=\"3F2A\"><w:t xml:space=\"preserve\">\(text[middle...])</w:t></w:r>"
                + "<w:proofErr w:type=\"spellEnd\"/>"
            body +=
                "<w:p w14:paraId=\"\(String(format: "%08X", 0x1A2B_0000 + index))\" w14:textId=\"77777777\" w:rsidR=\"00C5\" w:rsidRDefault=\"00C5\">"
                + "<w:pPr>\(properties)</w:pPr>\(runs)</w:p>"
        }
        Self.checkOnlineEditor(
            try onlineEditorDocument(
                body, attributes: " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\""))
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
            ("Question 3: Who?", "3"), ("(3) Who?", "3"), ("[riskProfile3] Who?", "riskProfile3"), ("[name] Who?", "name"),
            ("[Age] Who?", "Age"),
            ("56a. Who?", "56a"),
        ])
    func labels(input: String, number: String) throws {
        let question = try #require(try text("Title line\n\nSECTION HEADING\n\n\(input)\n").questions.first)
        #expect(question.number == number)
        #expect(question.text == "Who?")
    }

    @Test(
        "what is not a label stays text",
        arguments: [
            "1.5 million victims were found.", "UKRAINIAN REFUGEES: since 2022", "[Please answer all] of it",
        ])
    func notLabels(input: String) throws {
        let questionnaire = try text("Title line\n\nSECTION HEADING\n\n1. First question?\n\(input)\n")
        #expect(questionnaire.questions.count == 1)
    }

    @Test("\"[Yes] please state:\" under a question offering Yes is a follow-up item, not a question named Yes")
    func followUpParagraph() throws {
        let questionnaire = try text(
            "Survey 2015\n\n52. Is there a telephone landline in the household?\n      [1] Yes\n      [2] No\n\n"
                + "   [Yes] please state:\n\n53. How many cars?\n")
        #expect(questionnaire.questions.map(\.number) == ["52", "53"])
        #expect(questionnaire.questions.first?.subItems.map(\.label) == ["[Yes]"])
    }

    @Test("a follow-up under an answer (\"[Yes] based on:\") is an item, and the options after it stay options")
    func followUp() throws {
        let questionnaire = try text(
            "Survey 2015\n\n64. Does the person receive care insurance benefits?\n      [1] Yes\n      [2] No\n   [Yes] based on:\n"
                + "      [1] care level 1\n      [2] care level 2\n\n65. Was this person assessed?\n")
        let question = try #require(questionnaire.questions.first)
        #expect(question.options == ["Yes", "No", "care level 1", "care level 2"])
        #expect(question.subItems.map { "\($0.label) \($0.text)" } == ["[Yes] based on:"])
        #expect(question.notes.isEmpty)
        #expect(questionnaire.questions.map(\.number) == ["64", "65"])
    }

    /// A Qualtrics matrix: the scale across the top, a statement per row, a circle to tick in each cell.
    static let matrix = [
        ["", "Never (1)", "Sometimes (2)", "Often (3)"], ["Headache (1)", "o", "o", "o"], ["Fever (2)", "o", "o", "o"],
    ]

    static func checkMatrix(_ questionnaire: Questionnaire) {
        #expect(questionnaire.questions.map(\.number) == ["A2", "A3"])
        let question = questionnaire.questions[0]
        #expect(question.options == ["Never", "Sometimes", "Often"])
        #expect(question.subItems.map(\.text) == ["Headache", "Fever"])
        #expect(question.tables.isEmpty)
    }

    @Test("a matrix question in Word: the columns are its options, the rows its items, and the table is gone")
    func matrixWord() throws {
        let cell = { (text: String) in "<w:tc>" + (text.isEmpty ? "<w:p/>" : DocxFixture.paragraph(text)) + "</w:tc>" }
        let table = "<w:tbl>" + Self.matrix.map { "<w:tr>" + $0.map(cell).joined() + "</w:tr>" }.joined() + "</w:tbl>"
        Self.checkMatrix(
            try word(
                [
                    DocxFixture.paragraph("Health survey"), DocxFixture.paragraph("A2 How often did you have each of these?"), table,
                    DocxFixture.paragraph("A3 Did you see a doctor?"),
                ]))
    }

    @Test("the same matrix pasted as text, a row per line and a tab between cells")
    func matrixText() throws {
        let rows = Self.matrix.map { $0.joined(separator: "\t") }.joined(separator: "\n")
        Self.checkMatrix(try text("Health survey\n\nA2 How often did you have each of these?\n\(rows)\n\nA3 Did you see a doctor?\n"))
    }

    @Test("a grid of figures to fill in stays a table: it has no marks to tick and no answer codes")
    func gridOfFigures() throws {
        let questionnaire = try text(
            "Survey 2025\n\n1. Please give the figures for each year.\n\t2024\t2025\nInvestigations\t\t\nProsecutions\t\t\n\n"
                + "2. Anything else?\n")
        let question = try #require(questionnaire.questions.first)
        #expect(question.options.isEmpty)
        #expect(question.tables.count == 1)
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
