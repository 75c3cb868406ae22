import Foundation
import QTrackDocuments
import QTrackRecognition
import ZIPFoundation

/// Any bytes as the main document part of an otherwise sound .docx (mutated WordprocessingML).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWordprocessingML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let xml = data.map { Data(bytes: $0, count: size) } ?? Data()
    guard let package = try? wrap(xml), let document = try? DocumentLoader().load(data: package, file: "fuzz.docx") else { return 0 }
    _ = QuestionnaireRecognizer().recognize(document)
    return 0
}

private func wrap(_ document: Data) throws -> Data {
    let parts: [(String, Data)] = [
        (
            "[Content_Types].xml",
            Data(
                """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """.utf8)
        ),
        (
            "_rels/.rels",
            Data(
                """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """.utf8)
        ),
        ("word/document.xml", document),
    ]
    let archive = try Archive(accessMode: .create)
    for (name, part) in parts {
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(part.count), compressionMethod: .deflate) { position, chunk in
            part.subdata(in: Int(position)..<Int(position) + chunk)
        }
    }
    return archive.data ?? Data()
}
