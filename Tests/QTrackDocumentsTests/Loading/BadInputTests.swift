import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackTestSupport
import Testing
import ZIPFoundation

/// Each bad input is refused with one line naming the file and the reason, quickly, without crashing.
@Suite("Bad input")
struct BadInputTests {
    private func rejection(_ data: Data, file: String = "bad.docx", limits: ReadLimits = .default) -> String? {
        let started = Date()
        // A guard against a hang, not a speed measurement (that is the benchmark's): generous enough for a
        // loaded two-core machine running the whole suite in parallel.
        defer { #expect(Date().timeIntervalSince(started) < 10, "refusing \(file) took more than ten seconds") }
        do {
            _ = try DocumentLoader(limits: limits).load(data: data, file: file)
            return nil
        } catch {
            #expect(error.file == file)
            #expect(!error.description.contains("\n"))
            return error.reason
        }
    }

    @Test("an empty file")
    func empty() {
        #expect(rejection(Data(), file: "empty.txt") == "the file is empty")
        #expect(rejection(Data("  \n\n\t\n".utf8), file: "blank.txt") == "the file is empty")
    }

    @Test("a legacy .doc or an encrypted .docx (OLE2) is named as such, with what to do")
    func ole2() throws {
        let reason = try #require(rejection(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))))
        #expect(reason.contains("OLE2"))
        #expect(reason.contains("password") && reason.contains(".docx"))
    }

    @Test("a .docx that is not a ZIP, and a truncated ZIP")
    func notZip() throws {
        #expect(rejection(Data("just some text".utf8))?.contains("not a ZIP") == true)
        let good = try DocxFixture(body: DocxFixture.paragraph("x")).data()
        let truncated = good.prefix(good.count / 2)
        #expect(rejection(Data(truncated))?.contains("damaged or truncated") == true)
    }

    @Test("a ZIP without a Word document")
    func zipWithoutWord() throws {
        let reason = try #require(rejection(try DocxFixture.zip(["hello.txt": Data("hi".utf8)])))
        #expect(reason.contains("not a Word document"))
        var fixture = DocxFixture(body: DocxFixture.paragraph("x"))
        fixture.omittedParts = ["word/document.xml"]
        #expect(rejection(try fixture.data())?.contains("missing") == true)
    }

    @Test("a main part whose content type is not WordprocessingML")
    func wrongContentType() throws {
        var fixture = DocxFixture(body: DocxFixture.paragraph("x"))
        fixture.extraParts["[Content_Types].xml"] = Data(
            """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>
            """.utf8)
        #expect(rejection(try fixture.data())?.contains("is 'application/vnd.openxmlformats-officedocument.theme+xml'") == true)
    }

    @Test("XML with a DOCTYPE, external entities or entity expansion is refused without expanding anything")
    func hostileXML() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">\
            <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>\
            <w:document xmlns:w="\(DocxFixture.wordNamespace)"><w:body><w:p><w:r><w:t>&h;</w:t></w:r></w:p></w:body></w:document>
            """
        let external = """
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://203.0.113.1/x">]>\
            <w:document xmlns:w="\(DocxFixture.wordNamespace)"><w:body><w:p><w:r><w:t>&secret;&remote;</w:t></w:r></w:p></w:body></w:document>
            """
        let undeclared = """
            <w:document xmlns:w="\(DocxFixture.wordNamespace)"><w:body><w:p><w:r><w:t>&testent;</w:t></w:r></w:p></w:body></w:document>
            """
        for xml in [laughs, external, undeclared] {
            var fixture = DocxFixture(body: "")
            fixture.extraParts["word/document.xml"] = Data(xml.utf8)
            let reason = try #require(rejection(try fixture.data()))
            #expect(reason.contains("word/document.xml"))
            #expect(!reason.contains("root:"), "the content of /etc/passwd must never appear")
        }
    }

    @Test("enormous attributes and text nodes are refused, not read into memory whole", arguments: ["attribute", "text"])
    func enormousNodes(kind: String) throws {
        var fixture = DocxFixture(body: "")
        // Letters that do not compress away, so libxml2's own limit (10 MB per node without XML_PARSE_HUGE)
        // is what refuses them, not the zip-bomb ratio.
        var random = SeededRandom(seed: 7)
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        let huge = String(decoding: (0..<(11 << 20)).map { _ in letters[random.index(letters.count)] }, as: UTF8.self)
        let body = kind == "attribute" ? "<w:p w:rsidR=\"\(huge)\"/>" : "<w:p><w:r><w:t>\(huge)</w:t></w:r></w:p>"
        fixture.extraParts["word/document.xml"] = Data(
            "<w:document xmlns:w=\"\(DocxFixture.wordNamespace)\"><w:body>\(body)</w:body></w:document>".utf8)
        let data = try fixture.data()
        let started = Date()
        let reason = try #require(rejection(data))
        #expect(reason.hasPrefix("part 'word/document.xml' is not well-formed: XML error"), "\(reason)")
        #expect(Date().timeIntervalSince(started) < 10, "a guard against reading the part whole, not a speed measurement")
    }

    @Test("absurd nesting depth is refused")
    func deepNesting() throws {
        var fixture = DocxFixture(body: "")
        let deep = String(repeating: "<w:sdt><w:sdtContent>", count: 5000) + String(repeating: "</w:sdtContent></w:sdt>", count: 5000)
        fixture.extraParts["word/document.xml"] = Data(
            "<w:document xmlns:w=\"\(DocxFixture.wordNamespace)\"><w:body>\(deep)</w:body></w:document>".utf8)
        let reason = try #require(rejection(try fixture.data()))
        #expect(reason.contains("deep") || reason.contains("depth"))
    }

    @Test("a zip bomb is stopped by counting inflated bytes, by size and by ratio")
    func zipBomb() throws {
        var fixture = DocxFixture(body: "")
        let padding = String(repeating: " ", count: 40 << 20)
        fixture.extraParts["word/document.xml"] = Data(
            "<w:document xmlns:w=\"\(DocxFixture.wordNamespace)\"><w:body>\(padding)</w:body></w:document>".utf8)
        let data = try fixture.data()
        #expect(data.count < 1 << 20)
        let byRatio = try #require(rejection(data))
        #expect(byRatio.contains("inflates more than"))
        var small = ReadLimits.default
        small.maxPartBytes = 1 << 20
        let bySize = try #require(rejection(data, limits: small))
        #expect(bySize.contains("--max-part-size"))
    }

    @Test("a part whose bytes were altered fails its CRC check")
    func corruptPart() throws {
        for compressed in [true, false] {
            var fixture = DocxFixture(body: DocxFixture.paragraph(String(repeating: "abcdefgh", count: 200)))
            fixture.compressed = compressed
            var bytes = [UInt8](try fixture.data())
            // Flip one byte inside the data of the first entry ([Content_Types].xml comes first, sorted).
            let headerLength = 30 + Int(bytes[26]) + Int(bytes[27]) << 8 + Int(bytes[28]) + Int(bytes[29]) << 8
            bytes[headerLength + 10] ^= 0xFF
            let reason = try #require(rejection(Data(bytes)))
            if compressed {
                // A flipped byte in deflated data either breaks the stream or changes what it inflates to.
                #expect(reason.hasPrefix("part '[Content_Types].xml' is corrupt ("), "\(reason)")
            } else {
                #expect(reason == "part '[Content_Types].xml' is corrupt (its CRC does not match)")
            }
        }
    }

    @Test("a ZIP holding two parts of the same name")
    func duplicateParts() throws {
        let good = try DocxFixture(body: DocxFixture.paragraph("x")).data()
        let archive = try Archive(data: good, accessMode: .update)
        let duplicate = Data("<x/>".utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(duplicate.count)) { position, size in
            duplicate.subdata(in: Int(position)..<Int(position) + size)
        }
        #expect(rejection(archive.data!)?.contains("two parts named 'word/document.xml'") == true)
    }

    @Test("a ZIP whose entries are encrypted")
    func encryptedEntries() throws {
        var bytes = [UInt8](try DocxFixture(body: DocxFixture.paragraph("secret")).data())
        // Set general-purpose flag bit 0 in every central directory entry, as a password-protected ZIP has.
        var index = 0
        while index + 4 <= bytes.count {
            if bytes[index] == 0x50 && bytes[index + 1] == 0x4B && bytes[index + 2] == 0x01 && bytes[index + 3] == 0x02 {
                bytes[index + 8] |= 1
            }
            index += 1
        }
        let reason = try #require(rejection(Data(bytes)))
        #expect(reason.hasPrefix("the ZIP's parts are encrypted"))
        #expect(reason.contains("remove the password"))
    }

    @Test("entries with path-like names are never written anywhere and do not disturb reading")
    func pathLikeNames() throws {
        var fixture = DocxFixture(body: DocxFixture.paragraph("Still read"))
        fixture.extraParts["../../../../tmp/qtrack-evil.txt"] = Data("evil".utf8)
        fixture.extraParts["/etc/qtrack-evil"] = Data("evil".utf8)
        let document = try DocumentLoader().load(data: try fixture.data(), file: "paths.docx")
        #expect(document.blocks.count == 1)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/qtrack-evil.txt"))
        #expect(!FileManager.default.fileExists(atPath: "/etc/qtrack-evil"))
    }

    @Test("a text file with NUL bytes, and files too large for the limit")
    func binaryAndLimits() {
        #expect(rejection(Data([0x41, 0x00, 0x42, 0x00]), file: "x.txt")?.contains("NUL") == true)
        var limits = ReadLimits.default
        limits.maxParagraphs = 3
        #expect(rejection(Data("1. a\n2. b\n3. c\n4. d\n".utf8), file: "x.txt", limits: limits)?.contains("--max-paragraphs") == true)
    }

    @Test("missing files and directories")
    func missingAndDirectory() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: DocumentReadError.self) { try DocumentLoader().load(path: folder.path) }
        do {
            _ = try DocumentLoader().load(path: folder.appendingPathComponent("absent.docx").path)
            Issue.record("a missing file must be refused")
        } catch {
            #expect(error.reason == "no such file")
        }
        do {
            _ = try DocumentLoader().load(path: folder.path)
        } catch {
            #expect(error.reason.contains("directory"))
        }
    }
}
