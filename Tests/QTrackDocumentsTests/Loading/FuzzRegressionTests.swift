import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackTestSupport
import Testing

/// Replays what the fuzzers keep — their seeds and every input that ever crashed one (`Fuzz/Regressions/`)
/// — through the readers, so `swift test` guards against the same crashes without building the fuzzers.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func files(_ folder: String) -> [URL] {
        let root = TestPaths.packageRoot.appendingPathComponent("Fuzz").appendingPathComponent(folder)
        let found = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
        return found.filter { !$0.hasDirectoryPath && $0.lastPathComponent != ".gitkeep" }.sorted { $0.path < $1.path }
    }

    @Test("every kept input reads or is refused with a reason, without crashing")
    func replay() throws {
        let inputs = Self.files("Regressions") + Self.files("Corpus")
        #expect(!inputs.isEmpty)
        for url in inputs {
            let data = try Data(contentsOf: url)
            let kind = url.deletingLastPathComponent().lastPathComponent
            do {
                switch kind {
                case "text": _ = try PlainTextReader().read(bytes: [UInt8](data), file: url.lastPathComponent)
                default: _ = try DocumentLoader().load(data: data, file: url.lastPathComponent)
                }
            } catch {
                #expect(!error.reason.isEmpty)
            }
        }
    }

    static func endOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
        let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        var index = bytes.count - 22
        while index >= 0 {
            if Array(bytes[index..<(index + 4)]) == signature { return index }
            index -= 1
        }
        return nil
    }

    /// The first crash found: ZIPFoundation's in-memory archive trapped on a central directory that points
    /// past the end of the file (a fuzzed file in Apache POI's tests). qtrack now reads ZIPs from files.
    @Test("a central directory pointing past the end of the file is refused, not a crash")
    func centralDirectoryOutOfRange() throws {
        let good = [UInt8](try DocxFixture(body: DocxFixture.paragraph("x")).data())
        let end = try #require(Self.endOfCentralDirectory(good))
        var badOffset = good
        for offset in 16..<20 { badOffset[end + offset] = 0xFF }
        #expect(throws: DocumentReadError.self) { try DocumentLoader().load(data: Data(badOffset), file: "fuzzed.docx") }
        // A size that lies is survived too (ZIPFoundation finds the entries by their count).
        var badSize = good
        for offset in 12..<16 { badSize[end + offset] = 0xFF }
        _ = try? DocumentLoader().load(data: Data(badSize), file: "fuzzed.docx")
    }
}
