import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackTestSupport
import Testing

@Suite("DOCX reader")
struct DocxReaderTests {
    private func read(_ fixture: DocxFixture, mode: TrackedChangesMode = .accept) throws -> BlockDocument {
        try DocumentLoader(trackedChanges: mode).load(data: fixture.data(), file: "fixture.docx")
    }

    private func paragraphs(_ document: BlockDocument) -> [Paragraph] {
        document.blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
    }

    /// "label text" for each paragraph, the way a person sees it in Word.
    private func rendered(_ document: BlockDocument) -> [String] {
        paragraphs(document).map { [$0.listLabel, $0.text].compactMap { $0 }.joined(separator: " ") }
    }

    @Test("auto-numbering is rendered from numbering.xml: decimal, letters, roman, bullets, nested patterns")
    func numberingFormats() throws {
        let numbering = DocxFixture.numbering([
            [("decimal", "%1.", 1), ("lowerLetter", "%2)", 1), ("lowerRoman", "(%3)", 1)],
            [("upperRoman", "%1.", 1), ("decimal", "%1.%2.", 1)],
            [("bullet", "\u{F0B7}", 1)],
        ])
        let body = [
            DocxFixture.paragraph("First", numID: 1),
            DocxFixture.paragraph("sub a", numID: 1, level: 1),
            DocxFixture.paragraph("sub b", numID: 1, level: 1),
            DocxFixture.paragraph("deep", numID: 1, level: 2),
            DocxFixture.paragraph("Second", numID: 1),
            DocxFixture.paragraph("sub restarts", numID: 1, level: 1),
            DocxFixture.paragraph("Roman one", numID: 2),
            DocxFixture.paragraph("Roman two", numID: 2),
            DocxFixture.paragraph("legal style", numID: 2, level: 1),
            DocxFixture.paragraph("a bullet", numID: 3),
        ].joined()
        let document = try read(DocxFixture(body: body, numbering: numbering))
        #expect(
            rendered(document) == [
                "1. First", "a) sub a", "b) sub b", "(i) deep", "2. Second", "a) sub restarts",
                "I. Roman one", "II. Roman two", "II.1. legal style", "• a bullet",
            ])
        #expect(paragraphs(document).map(\.listLevel) == [0, 1, 1, 2, 0, 1, 0, 0, 1, 0])
    }

    @Test("start values, startOverride restarts, numId 0 removes numbering, and instances of one list continue")
    func startsAndOverrides() throws {
        let numbering = DocxFixture.numbering(
            [[("decimal", "%1.", 9)]],
            overrides: """
                <w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>
                <w:num w:numId="8"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
                """)
        let body = [
            DocxFixture.paragraph("nine", numID: 1),
            DocxFixture.paragraph("ten", numID: 1),
            DocxFixture.paragraph("not numbered", numID: 0),
            DocxFixture.paragraph("continues the same list", numID: 7),
            DocxFixture.paragraph("restarted", numID: 8),
            DocxFixture.paragraph("restarted two", numID: 8),
        ].joined()
        let document = try read(DocxFixture(body: body, numbering: numbering))
        #expect(
            rendered(document) == ["9. nine", "10. ten", "not numbered", "11. continues the same list", "1. restarted", "2. restarted two"])
    }

    @Test("numbering inherited through a paragraph style, and heading levels from styles and outline levels")
    func styleNumberingAndHeadings() throws {
        let styles = """
            <w:styles xmlns:w="\(DocxFixture.wordNamespace)">
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="Section Title"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="QuestionBase"><w:name w:val="Question Base"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Question"><w:name w:val="Question"/><w:basedOn w:val="QuestionBase"/></w:style>
            </w:styles>
            """
        let body = [
            DocxFixture.paragraph("Introduction", style: "Heading1"),
            DocxFixture.paragraph("PROTECTION", style: "Custom"),
            DocxFixture.paragraph("Styled question", style: "Question"),
            DocxFixture.paragraph("Another", style: "Question"),
        ].joined()
        let document = try read(DocxFixture(body: body, numbering: DocxFixture.numbering([[("decimal", "%1.", 1)]]), styles: styles))
        let found = paragraphs(document)
        #expect(found.map(\.headingLevel) == [1, 2, nil, nil])
        #expect(found.map(\.listLabel) == [nil, nil, "1.", "2."])
        #expect(found[1].emphasis.bold)
        #expect(found[2].styleName == "Question")
    }

    @Test("runs, tabs, breaks, symbols, hyphens, hyperlinks, content controls, field results and text boxes")
    func inlineContent() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t></w:r>\
            <w:r><w:t>co</w:t><w:softHyphen/><w:t>operate</w:t><w:noBreakHyphen/><w:t>now</w:t><w:sym w:font="Wingdings" w:char="2713"/></w:r></w:p>
            <w:p><w:hyperlink r:id="rId9"><w:r><w:t>a link</w:t></w:r></w:hyperlink><w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> in a control</w:t></w:r></w:sdtContent></w:sdt></w:p>
            <w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr="NUMPAGES"><w:r><w:t xml:space="preserve"> of 9</w:t></w:r></w:fldSimple></w:p>
            <w:p><w:r><w:t>Before the box</w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp="urn:x"><w:txbxContent><w:p><w:r><w:t>Inside a text box</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r></w:p>
            <w:sdt><w:sdtContent><w:p><w:r><w:t>Block-level control</w:t></w:r></w:p></w:sdtContent></w:sdt>
            """
        let document = try read(DocxFixture(body: body))
        #expect(
            rendered(document) == [
                "A\tB\nCco\u{00AD}operate\u{2011}now\u{2713}",
                "a link in a control",
                "Page 7 of 9",
                "Before the box",
                "Inside a text box",
                "Block-level control",
            ])
    }

    @Test("tables keep rows, merged cells and nested tables")
    func tables() throws {
        func cell(_ text: String, properties: String = "") -> String {
            "<w:tc><w:tcPr>\(properties)</w:tcPr>\(DocxFixture.paragraph(text))</w:tc>"
        }
        let nested = "<w:tbl><w:tr>\(cell("inner"))</w:tr></w:tbl>"
        let body = """
            <w:tbl><w:tr>\(cell("Law", properties: "<w:vMerge w:val=\"restart\"/>"))\(cell("Cases", properties: "<w:gridSpan w:val=\"2\"/>"))</w:tr>\
            <w:tr>\(cell("", properties: "<w:vMerge/>"))\(cell("Punjab"))<w:tc>\(DocxFixture.paragraph("Sindh"))\(nested)</w:tc></w:tr></w:tbl>
            """
        let document = try read(DocxFixture(body: body))
        guard case .table(let table)? = document.blocks.first else {
            Issue.record("expected a table, got \(document.blocks)")
            return
        }
        #expect(table.rows.count == 2)
        #expect(table.rows[0].map(\.text) == ["Law", "Cases"])
        #expect(table.rows[0][1].columnSpan == 2)
        #expect(table.rows[1][0].continuesMergeAbove)
        #expect(!table.rows[0][0].continuesMergeAbove)
        #expect(table.rows[1][2].text == "Sindh\ninner")
    }

    @Test("tracked changes read as accepted by default and as rejected on request, with a diagnostic")
    func trackedChanges() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Did the </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>police</w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="A"><w:r><w:t>FIA</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> act?</w:t></w:r></w:p>
            <w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Joined </w:t></w:r></w:p>
            <w:p><w:r><w:t>paragraph</w:t></w:r></w:p>
            """
        let accepted = try read(DocxFixture(body: body))
        #expect(rendered(accepted) == ["Did the FIA act?", "Joined paragraph"])
        #expect(accepted.hasTrackedChanges)
        #expect(accepted.diagnostics.contains { $0.message.contains("tracked changes") && $0.message.contains("accepted") })

        let rejected = try read(DocxFixture(body: body), mode: .reject)
        #expect(rendered(rejected) == ["Did the police act?", "Joined ", "paragraph"])
        #expect(rejected.diagnostics.contains { $0.message.contains("rejected") })
    }

    @Test("comments are kept on the paragraph they anchor to")
    func comments() throws {
        let comments = """
            <w:comments xmlns:w="\(DocxFixture.wordNamespace)"><w:comment w:id="0" w:author="FIA Reviewer"><w:p><w:r><w:t>Figures awaited from Punjab</w:t></w:r></w:p></w:comment></w:comments>
            """
        let body = """
            <w:p><w:commentRangeStart w:id="0"/><w:r><w:t>How many victims?</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>
            \(DocxFixture.paragraph("No comment here"))
            """
        let document = try read(DocxFixture(body: body, comments: comments))
        let found = paragraphs(document)
        #expect(found[0].comments == [Comment(author: "FIA Reviewer", text: "Figures awaited from Punjab")])
        #expect(found[1].comments.isEmpty)
    }

    @Test("the main part is found through the package relationships, not by its usual name")
    func mainPartFromRelationships() throws {
        var fixture = DocxFixture(body: DocxFixture.paragraph("Found it"))
        fixture.mainPart = "content/main.xml"
        #expect(rendered(try read(fixture)) == ["Found it"])
    }

    @Test("formatting hints: bold, italic and colour shared by all the paragraph's text")
    func emphasis() throws {
        let body = """
            <w:p><w:r><w:rPr><w:i/><w:color w:val="1F4E79"/></w:rPr><w:t>An answer in blue italics</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Partly </w:t></w:r><w:r><w:t>bold</w:t></w:r></w:p>
            """
        let found = paragraphs(try read(DocxFixture(body: body)))
        #expect(found[0].emphasis == Emphasis(bold: false, italic: true, color: "1F4E79"))
        #expect(found[1].emphasis == Emphasis())
    }
}
