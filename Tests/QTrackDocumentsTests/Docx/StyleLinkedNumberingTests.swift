import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackTestSupport
import Testing

/// Two levels of one list linked to the same paragraph style: Word's choice is not in the file, so qtrack
/// takes the shallowest, every time, whatever the process's hash seed.
@Suite("Style-linked numbering")
struct StyleLinkedNumberingTests {
    @Test("the shallowest linked level numbers the paragraph, the same in every run")
    func shallowestLevel() throws {
        let numbering = """
            <w:numbering xmlns:w="\(DocxFixture.wordNamespace)"><w:abstractNum w:abstractNumId="1">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:pStyle w:val="Q"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:pStyle w:val="Q"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>\
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:pStyle w:val="Q"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/></w:lvl>\
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>
            """
        let styles = """
            <w:styles xmlns:w="\(DocxFixture.wordNamespace)"><w:style w:type="paragraph" w:styleId="Q"><w:name w:val="Question"/>\
            <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>
            """
        let data = try DocxFixture(
            body: DocxFixture.paragraph("First?", style: "Q") + DocxFixture.paragraph("Second?", style: "Q"), numbering: numbering,
            styles: styles
        ).data()
        for _ in 0..<3 {
            let document = try DocumentLoader().load(data: data, file: "linked.docx")
            let labels = document.blocks.compactMap { block -> String? in
                if case .paragraph(let paragraph) = block { paragraph.listLabel } else { nil }
            }
            #expect(labels == ["1.", "2."])
        }
    }
}
