import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackTestSupport
import Testing

/// Structures a crafted .docx repeats thousands of times where Word writes a few: each is refused or bounded.
@Suite("Hostile structures in WordprocessingML")
struct HostileStructureTests {
    private func read(_ fixture: DocxFixture) throws -> BlockDocument {
        try DocumentLoader().load(data: try fixture.data(), file: "crafted.docx")
    }

    @Test("200,000 attributes on one element: refused at once with the reason")
    func attributes() throws {
        let attributes = (0..<200_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let body = "<w:p \(attributes)><w:r><w:t>Question?</w:t></w:r></w:p>"
        let error = try #require(throws: DocumentReadError.self) { try read(DocxFixture(body: body)) }
        #expect(error.reason.contains("an element has 200000 attributes, more than the 1000 any Word part needs"))
    }

    @Test("a basedOn chain is followed 32 styles deep and no further: a heading 40 styles up is not inherited")
    func styleChain() throws {
        func style(_ index: Int) -> String {
            let heading = index == 39 ? "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>" : ""
            return
                "<w:style w:type=\"paragraph\" w:styleId=\"S\(index)\"><w:name w:val=\"s\(index)\"/><w:basedOn w:val=\"S\(index + 1)\"/>\(heading)</w:style>"
        }
        let styles = "<w:styles xmlns:w=\"\(DocxFixture.wordNamespace)\">" + (0..<40).map(style).joined() + "</w:styles>"
        let body = DocxFixture.paragraph("Near the top", style: "S10") + DocxFixture.paragraph("Far down", style: "S0")
        let levels = try read(DocxFixture(body: body, styles: styles)).blocks.map { block -> Int? in
            if case .paragraph(let paragraph) = block { paragraph.headingLevel } else { nil }
        }
        #expect(levels == [1, nil], "S10 reaches S39 in 29 steps; S0 would need 39")
    }

    @Test("20,000 comment marks in one paragraph read, each comment once")
    func commentMarks() throws {
        let marks = (0..<20_000).map { "<w:commentRangeStart w:id=\"\($0 % 2)\"/>" }.joined()
        let comments = """
            <w:comments xmlns:w="\(DocxFixture.wordNamespace)">\
            <w:comment w:id="0" w:author="A"><w:p><w:r><w:t>first</w:t></w:r></w:p></w:comment>\
            <w:comment w:id="1" w:author="B"><w:p><w:r><w:t>second</w:t></w:r></w:p></w:comment></w:comments>
            """
        let document = try read(DocxFixture(body: "<w:p>\(marks)<w:r><w:t>Question?</w:t></w:r></w:p>", comments: comments))
        guard case .paragraph(let paragraph) = try #require(document.blocks.first) else {
            Issue.record("no paragraph")
            return
        }
        #expect(paragraph.comments.map(\.text) == ["first", "second"])
    }
}
