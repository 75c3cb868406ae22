import Foundation
import QTrackDocuments
import QTrackRecognition
import ZIPFoundation

/// Any bytes as both numbering.xml and styles.xml of a .docx whose paragraphs use lists and styles: every
/// number in them (start, startOverride, lvlRestart, ilvl, numId, outlineLvl) must be bounded.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbering(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let part = data.map { Data(bytes: $0, count: size) } ?? Data()
    guard let package = try? wrap(part), let document = try? DocumentLoader().load(data: package, file: "fuzz.docx") else { return 0 }
    _ = QuestionnaireRecognizer().recognize(document)
    return 0
}

private let body = (0..<12).map { index in
    "<w:p><w:pPr><w:pStyle w:val=\"S\(index % 3)\"/><w:numPr><w:ilvl w:val=\"\(index % 4)\"/><w:numId w:val=\"\(index % 3 + 1)\"/></w:numPr></w:pPr><w:r><w:t>Question \(index)?</w:t></w:r></w:p>"
}.joined()

private func wrap(_ part: Data) throws -> Data {
    let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let parts: [(String, Data)] = [
        (
            "[Content_Types].xml",
            Data(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"
                    .utf8)
        ),
        (
            "_rels/.rels",
            Data(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"word/document.xml\"/></Relationships>"
                    .utf8)
        ),
        (
            "word/_rels/document.xml.rels",
            Data(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdN\" Type=\"\(relationships)/numbering\" Target=\"numbering.xml\"/><Relationship Id=\"rIdS\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/></Relationships>"
                    .utf8)
        ),
        ("word/document.xml", Data("<w:document xmlns:w=\"\(word)\"><w:body>\(body)</w:body></w:document>".utf8)),
        ("word/numbering.xml", part),
        ("word/styles.xml", part),
    ]
    let archive = try Archive(accessMode: .create)
    for (name, content) in parts {
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(content.count), compressionMethod: .deflate) {
            position, chunk in
            content.subdata(in: Int(position)..<Int(position) + chunk)
        }
    }
    return archive.data ?? Data()
}
