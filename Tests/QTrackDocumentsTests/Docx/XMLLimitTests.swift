import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackTestSupport
import Testing

/// libxml2's limits without XML_PARSE_HUGE, which qtrack keeps for safety, said in qtrack's words: a user
/// is not sent to an option that does not exist for a file that is well-formed.
@Suite("XML limits in qtrack's words")
struct XMLLimitTests {
    /// A .docx whose main part is `body`, stored uncompressed so that no zip-bomb rule speaks first.
    private func reason(body: String) throws -> String {
        var parts = try DocxFixture.parts(of: try DocxFixture(body: "").data())
        parts["word/document.xml"] = Data("<w:document xmlns:w=\"\(DocxFixture.wordNamespace)\"><w:body>\(body)</w:body></w:document>".utf8)
        let data = try DocxFixture.zip(parts, compressed: false)
        let error = try #require(throws: DocumentReadError.self) { try DocumentLoader().load(data: data, file: "deep.docx") }
        return error.reason
    }

    @Test("a document nested past 256 levels, by 130 or by 5,000 content controls", arguments: [130, 5_000])
    func depth(_ controls: Int) throws {
        let deep =
            String(repeating: "<w:sdt><w:sdtContent>", count: controls) + String(repeating: "</w:sdtContent></w:sdt>", count: controls)
        let reason = try reason(body: deep)
        #expect(
            reason.hasPrefix(
                "part 'word/document.xml' passes a reading limit: the document is nested more than 256 levels deep, more than qtrack reads"),
            "\(reason)")
        #expect(!reason.contains("XML_PARSE_HUGE") && !reason.contains("Excessive"))
    }

    @Test("one text of 11 MB in a single node")
    func hugeText() throws {
        let text = String(repeating: "a", count: 11_000_000)
        let reason = try reason(body: "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>")
        #expect(
            reason
                == "part 'word/document.xml' passes a reading limit: the document holds a text of more than 10000000 bytes in one place, more than qtrack reads",
            "\(reason)")
    }
}
