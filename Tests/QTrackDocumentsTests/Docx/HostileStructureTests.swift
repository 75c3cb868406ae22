import Foundation
import QTrackDocuments
import QTrackTestSupport
import Testing

/// Structures a crafted .docx repeats thousands of times where Word writes a few: each is bounded, so the
/// read ends within the read limit (ten seconds here) instead of taking quadratic time.
@Suite("Hostile structures in WordprocessingML")
struct HostileStructureTests {
    private func read(_ fixture: DocxFixture) throws -> BlockDocument {
        var limits = ReadLimits.default
        limits.maxSeconds = 10
        return try DocumentLoader(limits: limits).load(data: try fixture.data(), file: "crafted.docx")
    }

    @Test("200,000 attributes on one element: refused at once with the reason")
    func attributes() throws {
        let attributes = (0..<200_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let body = "<w:p \(attributes)><w:r><w:t>Question?</w:t></w:r></w:p>"
        let error = try #require(throws: DocumentReadError.self) { try read(DocxFixture(body: body)) }
        #expect(error.reason.contains("an element has 200000 attributes, more than the 1000 any Word part needs"))
    }

    @Test("a basedOn chain of 5,000 styles under 2,000 paragraphs reads")
    func styleChain() throws {
        let styles =
            "<w:styles xmlns:w=\"\(DocxFixture.wordNamespace)\">"
            + (0..<5_000).map {
                "<w:style w:type=\"paragraph\" w:styleId=\"S\($0)\"><w:name w:val=\"s\($0)\"/><w:basedOn w:val=\"S\($0 + 1)\"/></w:style>"
            }
            .joined() + "</w:styles>"
        let body = (0..<2_000).map { DocxFixture.paragraph("\($0 + 1). Question?", style: "S0") }.joined()
        let document = try read(DocxFixture(body: body, styles: styles))
        #expect(document.blocks.count == 2_000)
    }

    @Test("20,000 comment marks in one paragraph read")
    func commentMarks() throws {
        let marks = (0..<20_000).map { "<w:commentRangeStart w:id=\"\($0)\"/>" }.joined()
        let document = try read(DocxFixture(body: "<w:p>\(marks)<w:r><w:t>Question?</w:t></w:r></w:p>"))
        #expect(document.blocks.count == 1)
    }
}
