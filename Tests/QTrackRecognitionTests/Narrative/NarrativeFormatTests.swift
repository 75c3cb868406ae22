import Foundation
import QTrackDocuments
import QTrackRecognition
import QTrackTestSupport
import Testing

/// The same narrative read from the forms reviewers get it in: a saved page, a Word file and a PDF made from it
/// by LibreOffice (the PDF read back by poppler's pdftotext) give the same recommendations.
@Suite struct NarrativeFormatTests {
    static let page = TestPaths.narratives.appendingPathComponent("ecoi-2022-nepal.html")
    static let expected = [
        "Amend the Human Trafficking and Transportation (Control) Act (HTTCA) to criminalize all forms of sex trafficking and labor trafficking, in line with the 2000 UN TIP Protocol.",
        "Increase investigations, prosecutions, and convictions of all trafficking offenses, including allegedly complicit officials, labor recruiters, and sub-agents for labor trafficking.",
        "Finalize standard operating procedures (SOPs) for victim identification and referral, train front-line responders on SOPs, and increase referrals of trafficking victims to services.",
    ]

    static var pdftotextInstalled: Bool { PDFTextExtractor().tool != nil }

    func recommendations(inFile data: Data, named name: String) throws -> NarrativeRecommendations {
        let file = try TestPaths.temporaryFolder().appendingPathComponent(name)
        try data.write(to: file)
        let document = try ReportLoader().load(path: file.path)
        return try NarrativeRecognizer().recognize(document, country: "Nepal")
    }

    @Test(.requiresLibreOffice) func aWordFileMadeFromThePage() throws {
        guard let word = try LibreOffice.wordFile(fromHTML: try String(contentsOf: Self.page, encoding: .utf8)) else {
            Issue.record("LibreOffice could not make the Word file")
            return
        }
        let found = try recommendations(inFile: word, named: "nepal.docx")
        #expect(found.items.map(\.text) == Self.expected)
        #expect(found.year == 2022)
    }

    @Test(.requiresLibreOffice, .enabled(if: pdftotextInstalled, "poppler's pdftotext is not installed; .ci/run installs poppler-utils"))
    func aPDFPrintedFromIt() throws {
        let html = try String(contentsOf: Self.page, encoding: .utf8)
        guard let word = try LibreOffice.wordFile(fromHTML: html), let pdf = try LibreOffice.pdfFile(fromWord: word) else {
            Issue.record("LibreOffice could not print the PDF")
            return
        }
        let found = try recommendations(inFile: pdf, named: "nepal.pdf")
        #expect(found.items.map(\.text) == Self.expected)
        #expect(found.complete)
    }

    @Test(.requiresLibreOffice, .enabled(if: pdftotextInstalled, "poppler's pdftotext is not installed; .ci/run installs poppler-utils"))
    func aParagraphOfClausesWrappedInAPDF() throws {
        let text = try String(contentsOf: TestPaths.narratives.appendingPathComponent("aassone-2015-pakistan.txt"), encoding: .utf8)
        let paragraphs = text.split(separator: "\n").map { "<p>\($0)</p>" }.joined(separator: "\n")
        guard let word = try LibreOffice.wordFile(fromHTML: "<html><body>\(paragraphs)</body></html>"),
            let pdf = try LibreOffice.pdfFile(fromWord: word)
        else {
            Issue.record("LibreOffice could not print the PDF")
            return
        }
        let file = try TestPaths.temporaryFolder().appendingPathComponent("pakistan.pdf")
        try pdf.write(to: file)
        let found = try NarrativeRecognizer().recognize(try ReportLoader().load(path: file.path), country: "Pakistan", year: 2015)
        #expect(found.items.count == 8)
        #expect(found.items.first?.text.hasPrefix("Vigorously investigate and prosecute, respecting due process,") == true)
        #expect(found.items.last?.text == "accede to the 2000 UN TIP Protocol")
    }
}
