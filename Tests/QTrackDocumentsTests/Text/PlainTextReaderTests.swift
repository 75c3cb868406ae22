import Foundation
import QTrackDocuments
import Testing

@Suite("Plain-text reader")
struct PlainTextReaderTests {
    private func texts(_ bytes: [UInt8]) throws -> [String] {
        try PlainTextReader().read(bytes: bytes, file: "q.txt").blocks.compactMap {
            if case .paragraph(let paragraph) = $0 { paragraph.text } else { nil }
        }
    }

    @Test("UTF-8 with and without BOM, UTF-16 with BOM in both byte orders read the same")
    func encodings() throws {
        let text = "1. Were victims’ identities kept confidential?\n"
        let expected = ["1. Were victims’ identities kept confidential?"]
        #expect(try texts(Array(text.utf8)) == expected)
        #expect(try texts([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == expected)
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try texts(little) == expected)
        #expect(try texts(big) == expected)
    }

    @Test("Windows-1252 bytes, alone or mixed into UTF-8, are converted and reported")
    func windows1252() throws {
        // "Pakistan’s" with a Windows-1252 right quote (0x92), then a real UTF-8 "–".
        let bytes: [UInt8] = Array("Pakistan".utf8) + [0x92] + Array("s efforts – 2020".utf8)
        let document = try PlainTextReader().read(bytes: bytes, file: "q.txt")
        guard case .paragraph(let paragraph)? = document.blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(paragraph.text == "Pakistan’s efforts – 2020")
        #expect(document.diagnostics.count == 1)
        #expect(document.diagnostics[0].message.contains("Windows-1252"))
        #expect(try PlainTextReader().read(bytes: Array("plain ascii".utf8), file: "q.txt").diagnostics.isEmpty)
    }

    @Test("CRLF, CR and LF line endings, mixed, give the same lines and line numbers")
    func lineEndings() throws {
        let document = try PlainTextReader().read(bytes: Array("one\r\ntwo\rthree\n\nfour".utf8), file: "q.txt")
        let paragraphs = document.blocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
        #expect(paragraphs.map(\.text) == ["one", "two", "three", "four"])
        #expect(paragraphs.map(\.location.line) == [1, 2, 3, 5])
        #expect(paragraphs.map(\.startsBlock) == [true, false, false, true])
    }

    @Test("tab-laid-out lines become tables: one cell per line with blank lines between rows, or tab-separated rows")
    func tables() throws {
        let seedLayout = "Intro\n\tSr. #\n\tLaw\n\n\t1\n\t376\n\nAfter\n"
        let document = try PlainTextReader().read(bytes: Array(seedLayout.utf8), file: "q.txt")
        #expect(document.blocks.count == 3)
        guard case .table(let table) = document.blocks[1] else {
            Issue.record("expected a table")
            return
        }
        #expect(table.rows.map { $0.map(\.text) } == [["Sr. #", "Law"], ["1", "376"]])

        let rowLayout = "Province\tCases\tConvictions\nPunjab\t12\t3\n"
        guard case .table(let rows)? = try PlainTextReader().read(bytes: Array(rowLayout.utf8), file: "q.txt").blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(rows.rows.map { $0.map(\.text) } == [["Province", "Cases", "Convictions"], ["Punjab", "12", "3"]])
    }

    @Test("a trailing tab after text does not make a table")
    func trailingTab() throws {
        #expect(try texts(Array("12. Were there any prosecutions?\t\n".utf8)) == ["12. Were there any prosecutions?"])
    }
}
