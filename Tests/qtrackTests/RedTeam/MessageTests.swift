import Foundation
import QTrackFixtures
import QTrackTestSupport
import Testing

/// The third red team's "messages that send the user the wrong way": each names the real cause.
@Suite("Messages that name the cause")
struct MessageTests {
    private func folder() throws -> URL { try TestPaths.temporaryFolder() }

    /// Runs qtrack with standard input a pipe nobody writes to and, unless `readOutput`, standard output a
    /// pipe nobody reads: what a stalled reader looks like.
    private func runStalled(_ arguments: [String], readOutput: Bool) throws -> CommandRunner.Result {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = TestPaths.packageRoot
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = readOutput ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        return CommandRunner.Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test("a FIFO, /dev/zero or /dev/stdin as an input is not a regular file, said at once")
    func notRegularFiles() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("questionnaire.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        for input in [fifo, "/dev/zero", "/dev/stdin"] {
            let result = try runStalled(["parse", input, "--max-seconds", "20"], readOutput: true)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("qtrack: error: \(input): is not a regular file"), "\(result.stderr)")
        }
        let mappings = try runStalled(
            [
                "diff", "Questionnaires/2025/questionnaire.txt", "Questionnaires/2025/questionnaire.txt",
                "--decisions", fifo, "--max-seconds", "20",
            ], readOutput: true)
        #expect(mappings.stderr.hasPrefix("qtrack: error: \(fifo): is not a regular file"), "\(mappings.stderr)")
    }

    @Test("a FIFO named questionnaire.txt in a cycle stops the check naming it")
    func fifoInCycle() throws {
        let repository = try RepositoryFixture()
        defer { repository.remove() }
        let questionnaire = repository.url("Questionnaires/2025/questionnaire.txt")
        try FileManager.default.removeItem(at: questionnaire)
        #expect(mkfifo(questionnaire.path, 0o644) == 0)
        let result = try CommandRunner.run(["check", "--max-seconds", "20"], in: repository.root)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("qtrack: error: Questionnaires/2025/questionnaire.txt: is not a regular file"), "\(result.stderr)")
    }

    @Test("an output FIFO nobody reads is named as the output, at once, not blamed on the input")
    func outputFIFO() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("out.json").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let result = try CommandRunner.run([
            "parse", "Questionnaires/2025/questionnaire.txt", "--format", "json", "-o", fifo, "--max-seconds", "20",
        ])
        #expect(result.status == 2)
        #expect(result.stderr == "qtrack: error: \(fifo): cannot be written: it is a pipe (FIFO) that no program is reading\n")
    }

    @Test("standard output that stops being read: the error names it and says the reader's copy is incomplete")
    func stalledStandardOutput() throws {
        // The 2020-2021 questionnaire's JSON is larger than a pipe's 64 KiB buffer.
        let result = try runStalled(
            ["parse", "Questionnaires/2020-2021/questionnaire.txt", "--format", "json", "--max-seconds", "3"], readOutput: false)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("qtrack: error: standard output: could not be written within 3 seconds"), "\(result.stderr)")
        #expect(result.stderr.contains("only 65536 of "))
        #expect(result.stderr.contains("incomplete"))
    }

    @Test("-o - is standard output; -o '' is a usage error")
    func outputDash() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let new = TestPaths.questionnaire("2025")
        let dash = try CommandRunner.run(["parse", new, "-o", "-"], in: folder)
        #expect(dash.status == 0)
        #expect(dash.stdout.contains("cycle 2025"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
        let draft = try CommandRunner.run(
            [
                "prepare", "--previous", TestPaths.questionnaire("2020-2021", "response-sample.txt"), "--questionnaire", new, "-o", "-",
                "--mappings", TestPaths.mappings.path,
            ], in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stdout.hasPrefix("# Draft response"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
        let empty = try CommandRunner.run(["parse", new, "-o", ""], in: folder)
        #expect(empty.status == 64)
        #expect(empty.stderr.contains("--output needs a file name (or - for standard output)"))
    }

    @Test(
        "a list that names nothing and numbers below their range are usage errors that say so",
        arguments: [
            (["check", "--fail-on", ","], "The value ',' is invalid for '--fail-on <kinds>'"),
            (["check", "--fail-on", ""], "The value '' is invalid for '--fail-on <kinds>'"),
            (["diff", "a.txt", "b.txt", "--fail-on", ",,"], "The value ',,' is invalid for '--fail-on <kinds>'"),
            (["check", "--max-seconds", "-1"], "--max-seconds is out of range: -1.0"),
            (["check", "--max-file-size", "-5"], "--max-file-size is out of range: -5"),
            (["review", "--port", "-1"], "--port is out of range: -1 (it takes 0 to 65535)"),
            (["review", "--port", "70000"], "--port is out of range: 70000 (it takes 0 to 65535)"),
        ])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("Missing value"))
    }

    @Test("a symbolic link loop says so, not 'no such file'")
    func symlinkLoop() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.txt").path
        let second = folder.appendingPathComponent("b.txt").path
        #expect(symlink(second, first) == 0 && symlink(first, second) == 0)
        let result = try CommandRunner.run(["parse", first])
        #expect(result.status == 2)
        #expect(result.stderr == "qtrack: error: \(first): is a symbolic link loop (the link leads back to itself)\n")
    }

    @Test("an OpenDocument text is named as such, with what to do")
    func openDocument() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("questionnaire.docx")
        let parts = [
            "mimetype": Data("application/vnd.oasis.opendocument.text".utf8),
            "content.xml": Data("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>".utf8),
            "META-INF/manifest.xml": Data("<manifest/>".utf8),
        ]
        try DocxFixture.zip(parts).write(to: file)
        let result = try CommandRunner.run(["parse", file.path])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("this is an OpenDocument file (application/vnd.oasis.opendocument.text), not Word"), "\(result.stderr)")
    }

    @Test("UTF-16 text without a BOM reads in both byte orders")
    func unmarkedUTF16() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "Survey 2025\n\n1. Who decides the matter?\n2. Who reviews it?\n"
        for (name, encoding) in [("be", String.Encoding.utf16BigEndian), ("le", .utf16LittleEndian)] {
            let file = folder.appendingPathComponent("\(name).txt")
            try text.data(using: encoding)!.write(to: file)
            let result = try CommandRunner.run(["parse", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("1. Who decides the matter?"))
            #expect(result.stdout.contains("2 questions"))
        }
    }
}
