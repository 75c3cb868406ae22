import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackModel
import QTrackRecognition
import QTrackTestSupport
import Testing

/// Numbers a crafted .docx puts where Word expects small ones: every one is bounded before arithmetic, so
/// reading ends promptly with labels, never with an overflow trap.
@Suite("Hostile numbers in numbering.xml")
struct HostileNumberTests {
    static func numbering(start: String, format: String = "decimal", text: String = "%1.", override: String = "", restart: String = "")
        -> String
    {
        """
        <w:numbering xmlns:w="\(DocxFixture.wordNamespace)"><w:abstractNum w:abstractNumId="1">\
        <w:lvl w:ilvl="0"><w:start w:val="\(start)"/><w:numFmt w:val="\(format)"/><w:lvlText w:val="\(text)"/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/>\(restart)<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>\
        </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/>\(override)</w:num></w:numbering>
        """
    }

    static let cases: [(String, String)] = [
        ("start at Int.max", numbering(start: "9223372036854775807")),
        ("start beyond any integer", numbering(start: "99999999999999999999999999")),
        (
            "startOverride near Int.max",
            numbering(start: "1", override: "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"9223372036854775806\"/></w:lvlOverride>")
        ),
        ("lvlRestart at Int.min", numbering(start: "1", restart: "<w:lvlRestart w:val=\"-9223372036854775808\"/>")),
        ("a literal label of Int.max", numbering(start: "1", text: "9223372036854775807.")),
        ("letters from a billion", numbering(start: "1000000000", format: "lowerLetter")),
    ]

    @Test("read without a trap, every question numbered", arguments: cases)
    func bounded(_ name: String, _ numbering: String) throws {
        let body =
            (1...3).map { DocxFixture.paragraph("Question \($0)?", numID: 1) }.joined()
            + DocxFixture.paragraph("Part?", numID: 1, level: 1)
        let data = try DocxFixture(body: body, numbering: numbering).data()
        let document = try DocumentLoader().load(data: data, file: "\(name).docx")
        let questionnaire = QuestionnaireRecognizer().recognize(document)
        #expect(questionnaire.questions.count == 3)
        #expect(questionnaire.questions.allSatisfy { ($0.label?.count ?? 0) < 40 })
    }
}
