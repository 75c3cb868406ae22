import Foundation
import QTrackTestSupport
import Testing

/// The red team's smaller findings, each as a user meets it through the command line.
@Suite("Hostile input through the command line")
struct HostileInputTests {
    private func folder() throws -> URL { try TestPaths.temporaryFolder() }

    @Test("UTF-32 text with its BOM reads as text, not as UTF-16 garbage")
    func utf32() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bom, encoding) in [
            ("le", [0xFF, 0xFE, 0x00, 0x00], String.Encoding.utf32LittleEndian), ("be", [0x00, 0x00, 0xFE, 0xFF], .utf32BigEndian),
        ] {
            let file = folder.appendingPathComponent("\(name).txt")
            try (Data(bom.map(UInt8.init)) + "Survey 2025\n\n1. Who decides?\n".data(using: encoding)!).write(to: file)
            let result = try CommandRunner.run(["parse", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("1. Who decides?"))
        }
    }

    @Test("a file name with a line break cannot forge a second error line")
    func forgedErrorLine() throws {
        let result = try CommandRunner.run(["parse", "missing\nqtrack: error: forged.txt"])
        #expect(result.status == 2)
        #expect(result.stderr == "qtrack: error: missing\\nqtrack: error: forged.txt: no such file\n")
    }

    @Test("terminal escape sequences in a document never reach the output")
    func escapes() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("q.txt")
        try Data("Survey\n\n1. Who \u{1B}]0;owned\u{07}decides \u{1B}[31mnow\u{9B}?\n".utf8).write(to: file)
        for format in ["outline", "json"] {
            let result = try CommandRunner.run(["parse", file.path, "--format", format])
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        }
    }

    @Test("options out of range are usage errors before anything is read")
    func boundedOptions() throws {
        let new = "Questionnaires/2025/questionnaire.txt"
        #expect(try CommandRunner.run(["parse", new, "--max-file-size", "99999999999999"]).status == 64)
        #expect(try CommandRunner.run(["parse", new, "--max-seconds", "1e300"]).status == 64)
        let redline = try CommandRunner.run(["diff", new, new, "--format", "docx", "-o", "/tmp/qtrack-never.docx", "--date", "yesterday"])
        #expect(redline.status == 64)
        #expect(redline.stderr.contains("--date takes an ISO 8601 date"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/qtrack-never.docx"))
    }

    @Test(
        "a register with a repeated lineage id or an unknown cycle is refused with the reason",
        arguments: [
            (
                "cycles: ['2025']\nlineages:\n- {id: L1, title: a, members: {'2025': ['1']}}\n- {id: L1, title: b, members: {'2025': ['2']}}\n",
                "lineage id 'L1' appears twice"
            ),
            (
                "cycles: ['2025']\nlineages:\n- {id: L1, title: a, members: {'2030': ['1']}}\n",
                "lineage L1 names cycle '2030', which 'cycles' does not list"
            ),
        ])
    func register(_ yaml: String, _ reason: String) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: TestPaths.questionnaires, to: folder.appendingPathComponent("Questionnaires"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Mappings"), withIntermediateDirectories: true)
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("Mappings/register.yaml"))
        let result = try CommandRunner.run(["questions"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "qtrack: error: Mappings/register.yaml: \(reason)\n")
    }

    @Test("a link under Questionnaires/ that leads out of the repository is not read")
    func linkOutOfRepository() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cycle = folder.appendingPathComponent("repo/Questionnaires/2025")
        try FileManager.default.createDirectory(at: cycle, withIntermediateDirectories: true)
        try Data("Survey 2025\n\n1. Who?\n".utf8).write(to: cycle.appendingPathComponent("questionnaire.txt"))
        try Data("secret\n".utf8).write(to: folder.appendingPathComponent("outside.txt"))
        try FileManager.default.createSymbolicLink(
            at: cycle.appendingPathComponent("response-1.txt"), withDestinationURL: folder.appendingPathComponent("outside.txt"))
        let result = try CommandRunner.run(["check", "--format", "json"], in: folder.appendingPathComponent("repo"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("response-1.txt"))
    }

    @Test("--max-seconds and --max-memory cover the whole run: past either, one error line, exit 2, no output file")
    func wholeRunLimits() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("large.txt")
        let lines = ["Survey 2025", ""] + (1...100_000).map { "\($0). Is question \($0) about forced labour in district \($0 % 97)?" }
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let output = folder.appendingPathComponent("out.json").path
        let slow = try CommandRunner.run(["diff", file.path, file.path, "--format", "json", "-o", output, "--max-seconds", "0.5"])
        #expect(slow.status == 2)
        #expect(slow.stderr == "qtrack: error: \(file.path): took longer than 0.5 seconds; --max-seconds raises the limit\n")
        let hungry = try CommandRunner.run(["diff", file.path, file.path, "--format", "json", "-o", output, "--max-memory", "20"])
        #expect(hungry.status == 2)
        #expect(hungry.stderr == "qtrack: error: \(file.path): needed more than 20 MiB of memory; --max-memory raises the limit\n")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }
}
