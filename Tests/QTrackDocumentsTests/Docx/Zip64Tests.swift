import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackTestSupport
import Testing

/// A .docx whose ZIP ends with ZIP64 records (as some zip tools write them always) reads like any other;
/// damaged ZIP64 sizes are refused with a reason.
@Suite("ZIP64 packages")
struct Zip64Tests {
    /// The same package with its end record saying "see ZIP64", and the ZIP64 end record and locator it points to.
    static func zip64(_ data: Data, entrySize: UInt64? = nil) throws -> Data {
        var bytes = [UInt8](data)
        let end = try #require((0...(bytes.count - 22)).reversed().first { Array(bytes[$0..<($0 + 4)]) == [0x50, 0x4B, 0x05, 0x06] })
        func le(_ value: UInt64, _ width: Int) -> [UInt8] { (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) } }
        func read(_ offset: Int, _ width: Int) -> UInt64 { (0..<width).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) } }
        let count = read(end + 10, 2)
        let size = read(end + 12, 4)
        let offset = read(end + 16, 4)
        if let entrySize {
            // Make the first entry's compressed size "see ZIP64" and give a ZIP64 extra field with `entrySize`.
            let entry = Int(offset)
            bytes.replaceSubrange((entry + 20)..<(entry + 24), with: le(0xFFFF_FFFF, 4))
            let nameLength = Int(read(entry + 28, 2))
            let extraAt = entry + 46 + nameLength + Int(read(entry + 30, 2))
            bytes.insert(contentsOf: le(0x0001, 2) + le(8, 2) + le(entrySize, 8), at: extraAt)
            bytes.replaceSubrange((entry + 30)..<(entry + 32), with: le(read(entry + 30, 2) + 12, 2))
        }
        let newEnd = try #require((0...(bytes.count - 22)).reversed().first { Array(bytes[$0..<($0 + 4)]) == [0x50, 0x4B, 0x05, 0x06] })
        let body = Array(bytes[..<newEnd])
        let record =
            le(0x0606_4b50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4) + le(count, 8) + le(count, 8)
            + le(size + (entrySize == nil ? 0 : 12), 8) + le(offset, 8)
        let locator = le(0x0706_4b50, 4) + le(0, 4) + le(UInt64(body.count), 8) + le(1, 4)
        let endRecord = le(0x0605_4b50, 4) + le(0, 4) + le(0xFFFF, 2) + le(0xFFFF, 2) + le(0xFFFF_FFFF, 4) + le(0xFFFF_FFFF, 4) + le(0, 2)
        return Data(body + record + locator + endRecord)
    }

    @Test("ZIP64 end records: the questionnaire reads whole")
    func readsWhole() throws {
        let plain = try DocxFixture(body: DocxFixture.paragraph("Survey") + DocxFixture.paragraph("1. Who decides?")).data()
        let document = try DocumentLoader().load(data: try Self.zip64(plain), file: "zip64.docx")
        #expect(document.blocks.count == 2)
    }

    @Test("a ZIP64 size beyond the file is damage, refused with a reason and no overflow")
    func hugeSize() throws {
        let plain = try DocxFixture(body: DocxFixture.paragraph("1. Who decides?")).data()
        #expect(throws: DocumentReadError.self) {
            _ = try DocumentLoader().load(data: try Self.zip64(plain, entrySize: UInt64(Int.max) - 3), file: "zip64.docx")
        }
    }
}
