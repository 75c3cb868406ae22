import Foundation
import QTrackFixtures
import QTrackTestSupport
import Testing

/// Property test over response file names for `check`: names made of bytes that are not UTF-8, twin
/// normalisation forms, control characters, workflow commands and Markdown or CSV syntax. Whatever the
/// names, every file is read once or reported as left out, and no name escapes into the report's lines.
/// Seeded, so each run tries the same names; three rounds of a dozen names keep it to seconds.
@Suite("File names, fuzzed")
struct FileNameFuzzTests {
    static let pieces: [[UInt8]] = [
        Array("a".utf8), Array("Zq9".utf8), Array(" ".utf8), [0xC3, 0xA9], [0x65, 0xCC, 0x81], Array("\n".utf8), Array("\r".utf8),
        [0x1B] + Array("[31m".utf8), [0x1B] + Array("]0;title".utf8) + [0x07], [0x7F], [0x08], [0x01], [0xC2, 0x9B],
        Array("::error file=x::forged".utf8), Array("##[warning]".utf8), Array("%0A".utf8), Array(",\"".utf8), Array("`*|_#".utf8),
        [0xE2, 0x80, 0xAE], [0xE2, 0x80, 0xA8], [0xFF], [0xFE], [0xC3], [0x80], [0xED, 0xA0, 0x80], Array("اردو".utf8),
    ]

    @Test("check reads every response once or reports it left out, and prints every name as inert text", arguments: [1, 2, 3] as [UInt64])
    func names(seed: UInt64) throws {
        let root = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let cycle = root.appendingPathComponent("Questionnaires/2025")
        try FileManager.default.createDirectory(at: cycle, withIntermediateDirectories: true)
        let questionnaire = try Data(contentsOf: URL(fileURLWithPath: TestPaths.questionnaire("2025")))
        try questionnaire.write(to: cycle.appendingPathComponent("questionnaire.txt"))

        var generator = SeededRandom(seed: seed)
        var names: [[UInt8]] = []
        for index in 0..<12 {
            var name = Array("response-".utf8)
            for _ in 0..<(1 + Int(generator.next() % 4)) { name += Self.pieces[generator.index(Self.pieces.count)] }
            names.append(name + Array("-\(index).txt".utf8))
        }
        // A twin pair: the same name in NFC and in NFD.
        names += [Array("response-caf\u{E9}-\(seed).txt".utf8), Array("response-cafe\u{301}-\(seed).txt".utf8)]
        for name in names { try Self.write(questionnaire, named: name, in: cycle) }
        let readable = names.filter { String(validating: $0, as: UTF8.self) != nil }

        let json = try CommandRunner.run(["check", "--format", "json"], in: root)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stderr.isEmpty)
        let report = try OutputJSON.decode(CheckJSON.self, from: json.stdout)
        let paths = report.responses.map { Array($0.path.utf8) }
        let expected = readable.map { Array("Questionnaires/2025/".utf8) + $0 }
        #expect(paths.count == expected.count)
        #expect(Set(paths) == Set(expected), "each readable response read once, none twice")
        let skipped = report.findings.filter { $0.kind == "skippedFile" }
        #expect(skipped.count == names.count - readable.count)

        for format in ["text", "markdown", "summary"] {
            let result = try CommandRunner.run(["check", "--format", format], in: root)
            #expect(result.status == 0, "\(result.stderr)")
            for line in result.stdout.split(separator: "\n") {
                let controls = line.unicodeScalars.filter { $0.value < 0x20 && $0 != "\t" || (0x7F...0x9F).contains($0.value) }
                #expect(controls.isEmpty, "\(format): \(line.debugDescription)")
                #expect(!line.unicodeScalars.contains { [0x202E, 0x2028].contains($0.value) }, "\(format): \(line.debugDescription)")
                #expect(!line.drop { $0 == " " || $0 == "\t" }.hasPrefix("::"), "\(format): \(line)")
                #expect(!line.contains("##["), "\(format): \(line)")
            }
        }
    }

    private static func write(_ data: Data, named name: [UInt8], in folder: URL) throws {
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        #expect(descriptor >= 0, "could not create \(name)")
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    }
}
